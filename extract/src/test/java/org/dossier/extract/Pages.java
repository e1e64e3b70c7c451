package org.dossier.extract;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/** Pages written for a test, extracted as `dossier extract` would extract them. */
final class Pages {
  private Pages() {}

  /** The article the standard extractor makes of an HTML page fetched from {@code url}. */
  static Article extract(String url, String html) {
    return Extractor.standard()
        .extract(
            Capture.of(
                html.getBytes(StandardCharsets.UTF_8),
                MediaTypes.HTML,
                URI.create(url),
                Instant.EPOCH));
  }
}
