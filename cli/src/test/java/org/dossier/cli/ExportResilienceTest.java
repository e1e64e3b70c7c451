package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One story that cannot be compiled costs the export that story, never the others. */
class ExportResilienceTest {
  @TempDir Path dir;

  @Test
  void aStoryThatFailsIsNamedAndTheOthersAreWritten() throws Exception {
    assertEquals(0, run("demo", "--data", dir.toString()).code());
    JsonNode stories =
        JSON.readTree(run("--data", dir.toString(), "stories", "--json").out()).get("stories");
    assertEquals(2, stories.size());
    String broken = null;
    String kept = null;
    for (JsonNode s : stories) {
      if (s.get("articles").asInt() == 1) {
        broken = s.get("id").asText();
      } else {
        kept = s.get("id").asText();
      }
    }
    JsonNode one = JSON.readTree(run("--data", dir.toString(), "story", broken, "--json").out());
    String article = one.get("articles").get(0).get("id").asText();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dossier.db"));
        PreparedStatement p =
            c.prepareStatement("UPDATE annotations SET json = ? WHERE article_id = ?")) {
      p.setString(1, "{\"version\": 1, \"text\": [not json");
      p.setString(2, article);
      assertEquals(1, p.executeUpdate());
    }
    CliTest.Run export = run("--data", dir.toString(), "export", "--format", "json");
    assertEquals(1, export.code(), export.err());
    assertTrue(export.err().contains("story " + broken), export.err());
    assertTrue(export.err().contains("1 of 2 stories could not be exported"), export.err());
    JsonNode doc = JSON.readTree(export.out());
    assertEquals(1, doc.get("stories").size());
    assertEquals(kept, doc.get("stories").get(0).get("id").asText());
  }
}
