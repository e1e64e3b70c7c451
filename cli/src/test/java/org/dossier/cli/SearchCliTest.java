package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier search and reindex over the demo corpus. */
class SearchCliTest {
  @TempDir static Path dir;

  @BeforeAll
  static void demo() {
    assertEquals(0, run("demo", "--data", dir.toString()).code());
  }

  private static JsonNode search(String... args) throws IOException {
    String[] all = new String[args.length + 4];
    all[0] = "--data";
    all[1] = dir.toString();
    all[2] = "search";
    all[3] = "--json";
    System.arraycopy(args, 0, all, 4, args.length);
    CliTest.Run r = run(all);
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void aPhraseIsFoundAndHighlightedWithFacetCounts() throws IOException {
    JsonNode r = search("\"global ambassador\"");
    assertTrue(r.get("total").asInt() >= 3, r.toString());
    boolean marked = false;
    for (JsonNode part : r.get("hits").get(0).get("snippet")) {
      marked |=
          part.get("match").asBoolean() && part.get("text").asText().equals("global ambassador");
    }
    assertTrue(marked, r.get("hits").get(0).toString());
    int sum = 0;
    for (JsonNode f : r.get("facets").get("outlet")) {
      sum += f.get("count").asInt();
    }
    assertEquals(r.get("total").asInt(), sum, r.get("facets").toString());
  }

  @Test
  void filtersNarrowTheHits() throws IOException {
    JsonNode all = search("Verrault");
    JsonNode harbor = search("Verrault", "--outlet", "Harbor Times");
    assertTrue(harbor.get("total").asInt() < all.get("total").asInt());
    for (JsonNode h : harbor.get("hits")) {
      assertEquals("Harbor Times", h.get("outlet").asText());
    }
    JsonNode early = search("Verrault", "--to", "2025-12-31");
    assertEquals(1, early.get("total").asInt(), early.toString());
    JsonNode quoted = search("--speaker", "Amara Okafor");
    assertTrue(quoted.get("total").asInt() >= 3, quoted.toString());
    JsonNode inQuotes = search("quotes:accountability");
    assertTrue(inQuotes.get("total").asInt() >= 1, inQuotes.toString());
  }

  @Test
  void aQueryTheParserRejectsSaysWhy() {
    CliTest.Run r = run("--data", dir.toString(), "search", "title:(");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("cannot be read"), r.err());
  }

  @Test
  void reindexRebuildsFromTheStore() throws IOException {
    CliTest.Run r = run("--data", dir.toString(), "reindex");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Indexed 11 articles"), r.out());
    assertEquals(11, search().get("total").asInt());
  }
}
