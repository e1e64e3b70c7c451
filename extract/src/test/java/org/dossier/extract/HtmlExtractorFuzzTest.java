package org.dossier.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.time.Instant;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

class HtmlExtractorFuzzTest {
  /** Any bytes give an article (possibly empty, with diagnostics), never an exception. */
  @FuzzTest(maxDuration = "90s")
  void neverThrows(byte[] data) {
    for (String type : new String[] {MediaTypes.HTML, MediaTypes.TEXT, MediaTypes.NEWS_PLEASE}) {
      Article a =
          Extractor.standard()
              .extract(
                  Capture.of(data, type, URI.create("https://fuzz.example/page"), Instant.EPOCH));
      if (a == null
          || a.diagnostics().stream().anyMatch(d -> d.code().equals("extractor-failure"))) {
        throw new IllegalStateException("extractor failed on fuzz input: " + a);
      }
    }
  }
}
