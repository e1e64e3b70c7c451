package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo corpus through stories, story, export and recluster: every difference planted in the
 * corpus (docs/demo-corpus.md) must show up in the right section of the dossier.
 */
class StoriesCliTest {
  @TempDir static Path dir;
  static String main;
  static String earlier;
  static String dossier;

  @BeforeAll
  static void ingestTheDemo() throws IOException {
    CliTest.Run demo = run("demo", "--data", dir.toString());
    assertEquals(0, demo.code(), demo.err());
    assertTrue(demo.out().contains("stories    11 articles assigned"), demo.out());
    JsonNode stories =
        JSON.readTree(run("--data", dir.toString(), "stories", "--json").out()).get("stories");
    assertEquals(2, stories.size(), stories.toString());
    for (JsonNode s : stories) {
      if (s.get("articles").asInt() == 10) {
        main = s.get("id").asText();
      } else {
        earlier = s.get("id").asText();
      }
    }
    CliTest.Run story = run("--data", dir.toString(), "story", main.substring(0, 8));
    assertEquals(0, story.code(), story.err());
    dossier = story.out();
  }

  private static String section(String heading) {
    int start = dossier.indexOf("## " + heading);
    assertTrue(start >= 0, "no section " + heading + " in\n" + dossier);
    int end = dossier.indexOf("\n## ", start + 3);
    return dossier.substring(start, end < 0 ? dossier.length() : end);
  }

  @Test
  void aListCutByItsLimitSaysSo() {
    CliTest.Run one = run("--data", dir.toString(), "stories", "--limit", "1");
    assertEquals(0, one.code(), one.err());
    assertEquals(1, one.out().strip().lines().count(), one.out());
    assertTrue(one.err().contains("there are more: --limit N"), one.err());
    CliTest.Run all = run("--data", dir.toString(), "stories", "--limit", "2");
    assertEquals(2, all.out().strip().lines().count(), all.out());
    assertTrue(all.err().isEmpty(), all.err());
  }

  @Test
  void theOlderReportIsAnotherChapterLinkedToTheStory() {
    assertTrue(earlier != null, "the 2025 report should be a story of its own");
    JsonNode links = null;
    try {
      for (JsonNode s :
          JSON.readTree(run("--data", dir.toString(), "stories", "--json").out()).get("stories")) {
        if (s.get("id").asText().equals(main)) {
          links = s.get("links");
        }
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertEquals(earlier, links.get(0).asText());
    String chapters = section("Other chapters of this saga");
    assertTrue(chapters.contains("earlier, 2025-10-22"), chapters);
    assertTrue(
        chapters.contains("Amara Okafor on x: \"I will not be working with Maison Verrault again."),
        chapters);
  }

  @Test
  void conflictsListEveryPlantedDifferenceWithItsSources() {
    String c = section("Agreements and conflicts");
    assertTrue(
        c.matches(
            "(?s).*nationality of Maison Verrault\\*\\* \\(descriptor\\): French \\[[^\\n]*vs Italian \\[.*"),
        c);
    assertTrue(
        c.matches(
            "(?s).*founding year of Maison Verrault\\*\\* \\(date\\): 1962 [^\\n]* vs 1965 .*"),
        c);
    assertTrue(
        c.matches(
            "(?s).*value of the deal\\*\\* \\(number\\): \\$4 million [^\\n]* vs \\$5 million .*"),
        c);
    assertTrue(c.matches("(?s).*number of stores\\*\\* \\(number\\): 210 [^\\n]* vs 180 .*"), c);
    assertTrue(c.contains("spelling of Lars Lindqvist** (spelling): Lars Lindqvist"), c);
    assertTrue(c.contains("vs Lars Lindquist"), c);
  }

  @Test
  void theQuoteLedgerShowsEachOutletsWording() {
    String q = section("Quote ledger");
    assertTrue(q.contains("**Amara Okafor** on instagram: \"I have spent a year listening"), q);
    assertTrue(q.contains("Pulse Entertainment, direct (\"posted\"), wording"), q);
    assertTrue(q.contains("[-I am-] {+I'm+}"), q);
    assertTrue(q.contains("Harbor Times, direct (\"wrote\"), shortened"), q);
    assertTrue(q.contains("The Daily Ledger, direct (\"wrote\"), identical"), q);
    assertTrue(q.contains("**Claire Dubois-Lambert** on statement"), q);
    assertTrue(
        q.contains("StyleWire, indirect (\"said\"), paraphrase: \"she was proud to join a house"),
        q);
    assertTrue(
        q.contains("**Claire Dubois-Lambert** on interview (\"told\"): \"the singer had"), q);
  }

  @Test
  void entitiesCoverageAndReactionAreInTheirSections() {
    String e = section("People and organisations");
    assertTrue(e.contains("\"Lars Lindquist\""), e);
    String coverage = section("Coverage");
    assertTrue(
        coverage.matches(
            "(?s).*Harbor Times: 3 articles, first [^\\n]*, tone (positive|mixed|negative) .*"),
        coverage);
    assertTrue(coverage.contains("is a syndicated copy or rewrite of"), coverage);
    assertTrue(coverage.contains("is a later version of"), coverage);
    String reaction = section("Reader reaction");
    assertTrue(reaction.contains("6 comments, 6 on Pulse Entertainment"), reaction);
    assertTrue(reaction.contains("    - Mira K: Fair, but what actually changed"), reaction);
    String timeline = section("Timeline");
    assertTrue(timeline.contains("**2025-10** (background): Verrault withdrew"), timeline);
  }

  @Test
  void theJsonExportValidatesAgainstThePublishedSchema() throws IOException {
    CliTest.Run export = run("--data", dir.toString(), "export", "--format", "json");
    assertEquals(0, export.code(), export.err());
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Files.readString(ROOT.resolve("docs/export-schema.json")));
    JsonNode doc = JSON.readTree(export.out());
    Set<ValidationMessage> errors = schema.validate(doc);
    assertTrue(errors.isEmpty(), errors.toString());
    assertEquals(2, doc.get("stories").size());
    assertEquals(11, doc.get("articles").size());

    JsonNode broken =
        JSON.readTree(
            export.out().replace("\"when\" : \"2025-10\"", "\"when\" : \"October 2025\""));
    assertTrue(!schema.validate(broken).isEmpty(), "the schema must reject a non-ISO date");
  }

  @Test
  void markdownAndCsvExportsAndOneStoryOnly() throws IOException {
    CliTest.Run md = run("--data", dir.toString(), "export", "--format", "md", "--story", main);
    assertEquals(0, md.code(), md.err());
    assertEquals(dossier, md.out());
    Path csv = dir.resolve("out.csv");
    CliTest.Run c =
        run("--data", dir.toString(), "export", "--format", "csv", "-o", csv.toString());
    assertEquals(0, c.code(), c.err());
    String text = Files.readString(csv);
    assertTrue(text.startsWith("story,section,key,value,detail,articles\r\n"), text);
    assertTrue(text.contains(",conflict,nationality of Maison Verrault,Italian,descriptor,"), text);
    Path nowhere = dir.resolve("no-such-folder").resolve("out.json");
    CliTest.Run unwritable = run("--data", dir.toString(), "export", "-o", nowhere.toString());
    assertEquals(1, unwritable.code());
    assertTrue(unwritable.err().contains(nowhere + ": cannot write the export"), unwritable.err());
    CliTest.Run bad = run("--data", dir.toString(), "export", "--format", "xml");
    assertEquals(2, bad.code());
    CliTest.Run missing = run("--data", dir.toString(), "story", "szzzzzzzz");
    assertEquals(1, missing.code());
  }

  @Test
  void reclusterAgreesWithTheIncrementalAssignment() throws IOException {
    Path copy = dir.resolve("recluster");
    assertEquals(0, run("demo", "--data", copy.toString()).code());
    CliTest.Run r = run("--data", copy.toString(), "recluster", "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode report = JSON.readTree(r.out());
    assertEquals(11, report.get("assigned").asInt());
    assertEquals(2, report.get("stories").asInt());
    assertEquals(1.0, report.get("agreement_bcubed_f1").asDouble(), 1e-9);
  }
}
