package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every statement in the demo corpus's pages, with the right speaker and platform: the expected
 * rows sit beside the test in {@code demo-quotes/expected.tsv}.
 */
class DemoQuotesTest {

  @Test
  void annotateFindsEveryDemoQuoteWithItsSpeakerAndPlatform() throws IOException {
    List<String> expected = new ArrayList<>();
    try (var in = DemoQuotesTest.class.getResourceAsStream("/demo-quotes/expected.tsv")) {
      for (String line :
          new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
              .split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(line);
        }
      }
    }
    TreeMap<String, Path> pages = new TreeMap<>();
    try (var files = Files.list(ROOT.resolve("demo/pages"))) {
      files.forEach(p -> pages.put(p.getFileName().toString(), p));
    }
    List<String> found = new ArrayList<>();
    for (var page : pages.entrySet()) {
      CliTest.Run r = run("annotate", page.getValue().toString());
      assertEquals(0, r.code(), r.err());
      for (JsonNode q : JSON.readTree(r.out()).get("quotes")) {
        if (q.get("kind").asText().equals("fragment")) {
          continue;
        }
        String content = q.get("content").get("text").asText();
        found.add(
            String.join(
                "\t",
                page.getKey(),
                q.get("kind").asText(),
                content.substring(0, Math.min(40, content.length())),
                q.get("speaker").isNull() ? "-" : q.get("speaker").get("text").asText(),
                q.get("speaker_resolved").isNull() ? "-" : q.get("speaker_resolved").asText(),
                q.get("platform").isNull() ? "-" : q.get("platform").asText()));
      }
    }
    // Every statement of the demo is found, with the same kind, speaker and platform; the learned
    // tagger may find more (reported statements the rules missed).
    List<String> foundKeys = found.stream().map(DemoQuotesTest::key).toList();
    List<String> missing = expected.stream().filter(e -> !foundKeys.contains(key(e))).toList();
    assertEquals(List.of(), missing, "found:\n" + String.join("\n", found));
  }

  /** A row without the speaker as written: page, kind, content, resolved speaker, platform. */
  private static String key(String row) {
    String[] c = row.split("\t", -1);
    return String.join("\t", c[0], c[1], c[2], c[4], c[5]);
  }
}
