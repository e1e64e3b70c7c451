package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of fictional articles as people paste them into text files (cli/src/test/resources/
 * pasted): no metadata, captions and credits among the paragraphs, five outlets (two unknown), an
 * older report of the earlier event, a comment thread in the numbered and bulleted layout, a
 * statement quoted directly by some outlets and reported by others, an honorific-only mention and a
 * misspelt name. What the dossier must show of each is asserted here.
 */
class PastedCorpusTest {
  static final Path CORPUS = ROOT.resolve("cli/src/test/resources/pasted");

  @TempDir static Path dir;
  static Map<String, JsonNode> articles = new HashMap<>();
  static String current;
  static String earlier;
  static JsonNode dossier;

  @BeforeAll
  static void ingest() throws IOException {
    CliTest.Run in = run("--data", dir.toString(), "ingest", "-q", CORPUS.toString());
    assertEquals(0, in.code(), in.err() + in.out());
    for (JsonNode a : JSON.readTree(run("--data", dir.toString(), "articles", "--json").out())) {
      JsonNode full =
          JSON.readTree(
              run("--data", dir.toString(), "show", a.get("id").asText(), "--json").out());
      String source = full.get("source").asText();
      articles.put(source.substring(source.lastIndexOf('/') + 1), full);
    }
    JsonNode stories =
        JSON.readTree(run("--data", dir.toString(), "stories", "--json").out()).get("stories");
    assertEquals(2, stories.size(), stories.toString());
    for (JsonNode s : stories) {
      if (s.get("articles").asInt() == 5) {
        current = s.get("id").asText();
        assertEquals(5, s.get("outlets").asInt(), "two unknown outlets count one each: " + s);
      } else {
        earlier = s.get("id").asText();
      }
    }
    assertNotNull(current, stories.toString());
    dossier = JSON.readTree(run("--data", dir.toString(), "story", current, "--json").out());
  }

  private static JsonNode article(String file) {
    JsonNode a = articles.get(file);
    assertNotNull(a, "no article from " + file + " among " + articles.keySet());
    return a;
  }

  @Test
  void everyArticleHasATitleAndTheHeadlessOneADerivedTitle() {
    assertEquals(6, articles.size());
    for (JsonNode a : articles.values()) {
      assertFalse(a.get("title").isNull(), a.toString());
    }
    assertEquals(
        "Ferry link to Vessa returns in December.",
        article("islands-post-ferry.txt").get("title").asText());
    JsonNode headless = article("vessa-voice-ferry.txt");
    assertTrue(headless.get("title_derived").asBoolean());
    assertTrue(
        headless.get("title").asText().startsWith("The ferry that ran aground off Skarvik Point"),
        headless.get("title").asText());
    assertFalse(article("tidewire-nordlys.txt").get("title_derived").asBoolean());
  }

  @Test
  void datesAreInferredAtThePrecisionTheTextSupports() {
    JsonNode herald = article("coastal-herald-ferry-returns.txt");
    assertEquals("2026-11-16", herald.get("published").asText());
    assertEquals("inferred", herald.get("published_origin").asText());
    assertEquals("day", herald.get("published_precision").asText());
    // "said on Monday" and a footer naming 2026: the year, not a guessed day.
    JsonNode post = article("islands-post-ferry.txt");
    assertEquals("2026", post.get("published").asText());
    assertEquals("year", post.get("published_precision").asText());
    // "will cross … from December 1, 2026" is ahead of the writing, not its date, and a year
    // beside "announced on Monday" is as often background: the text fixes no date.
    JsonNode blog = article("fjordlife-ferry-comments.txt");
    assertTrue(blog.get("published").isNull(), blog.get("published").toString());
    assertEquals(
        "2025-09-14", article("coastal-herald-grounding-2025.txt").get("published").asText());
  }

  @Test
  void outletsComeFromBylinesDatelinesAndFootersAndUnknownOnesStayUnknown() {
    assertEquals(
        "Coastal Herald", article("coastal-herald-ferry-returns.txt").get("outlet").asText());
    assertEquals("Tidewire", article("tidewire-nordlys.txt").get("outlet").asText());
    assertEquals("The Islands Post", article("islands-post-ferry.txt").get("outlet").asText());
    assertTrue(article("vessa-voice-ferry.txt").get("outlet").isNull());
    assertEquals(
        "Maren Olsen", article("coastal-herald-ferry-returns.txt").get("byline").get(0).asText());
    List<String> coverage = new ArrayList<>();
    dossier.get("coverage").forEach(c -> coverage.add(c.get("outlet").asText()));
    assertEquals(
        2,
        coverage.stream().filter(o -> o.equals("(unknown outlet)")).count(),
        coverage.toString());
  }

  @Test
  void captionsAndCreditsAreKeptApartFromTheBody() {
    JsonNode herald = article("coastal-herald-ferry-returns.txt");
    assertFalse(herald.get("text").asText().contains("Photo: Sune Berg"));
    assertTrue(herald.get("captions").toString().contains("Photo: Sune Berg"));
    assertFalse(article("vessa-voice-ferry.txt").get("text").asText().contains("Photo by"));
    assertFalse(article("islands-post-ferry.txt").get("text").asText().contains("Mari Dahl"));
    assertFalse(article("tidewire-nordlys.txt").get("text").asText().contains("Reporting by"));
    // The photographer named only in credits is a person of the story, linked across outlets,
    // while no quote or event comes from a caption.
    JsonNode photographer = null;
    for (JsonNode e : dossier.get("entities")) {
      if (e.get("name").asText().equals("Sune Berg")) {
        photographer = e;
      }
    }
    assertNotNull(photographer, dossier.get("entities").toString());
    assertEquals(
        3, photographer.get("variants").get(0).get("articles").size(), photographer.toString());
    assertFalse(dossier.get("quotes").toString().contains("Sune Berg"));
    assertFalse(dossier.get("timeline").toString().contains("Photo"));
  }

  @Test
  void thePastedThreadKeepsItsRepliesAndItsParagraphs() {
    JsonNode comments = article("fjordlife-ferry-comments.txt").get("comments");
    assertEquals(4, comments.size(), comments.toString());
    assertEquals("Tomas Reid", comments.get(0).get("author").asText());
    assertTrue(comments.get(0).get("text").asText().contains("I just hope the new timetable"));
    assertTrue(comments.get(0).get("parent").isNull());
    assertEquals("Anna Morgan", comments.get(1).get("author").asText());
    assertEquals(comments.get(0).get("id"), comments.get(1).get("parent"));
    assertEquals(comments.get(1).get("id"), comments.get(2).get("parent"));
    assertEquals("Pete Lund", comments.get(3).get("author").asText());
    assertTrue(comments.get(3).get("parent").isNull());
    assertEquals("2026-11-16", comments.get(3).get("published").asText());
    for (JsonNode c : comments) {
      assertFalse(c.get("text").asText().contains("Reply"), c.toString());
    }
    assertFalse(article("fjordlife-ferry-comments.txt").get("text").asText().contains("says:"));
  }

  private static JsonNode statement(String speaker, String words) {
    for (JsonNode s : dossier.get("quotes")) {
      if (speaker.equals(s.get("speaker").asText()) && s.get("text").asText().contains(words)) {
        return s;
      }
    }
    throw new AssertionError(
        "no statement of " + speaker + " with '" + words + "' in " + dossier.get("quotes"));
  }

  @Test
  void theStatementIsOneEntryAcrossDirectIndirectHonorificAndMisspeltRenderings() {
    JsonNode s = statement("Ingrid Halvorsen", "rebuilt every part of this service");
    List<String> kinds = new ArrayList<>();
    List<String> outlets = new ArrayList<>();
    s.get("variants")
        .forEach(
            v -> {
              kinds.add(v.get("kind").asText());
              outlets.add(v.get("outlet").asText());
            });
    assertTrue(kinds.contains("direct") && kinds.contains("indirect"), kinds.toString());
    // The Islands Post reports it, Tidewire quotes "Ms Halvorsen", the blog misspells her name.
    assertTrue(outlets.contains("The Islands Post"), outlets.toString());
    assertTrue(outlets.contains("Tidewire"), outlets.toString());
    assertTrue(s.get("variants").size() >= 4, s.toString());
    assertEquals(s, dossier.get("quotes").get(0), "the most widely printed statement leads");
    JsonNode brekke = statement("Jonas Brekke", "glad to be back");
    assertEquals(2, brekke.get("variants").size(), brekke.toString());
  }

  @Test
  void theOldApologyIsBackgroundAndHeadlinesAreNotStatements() {
    JsonNode apology = statement("Ingrid Halvorsen", "deeply sorry");
    assertTrue(apology.get("background").asBoolean(), apology.toString());
    for (JsonNode s : dossier.get("quotes")) {
      assertFalse(s.get("text").asText().contains("back in service from Dec 1"), s.toString());
      assertFalse("Coastal Herald".equals(s.get("speaker").asText()), s.toString());
    }
    for (JsonNode e : dossier.get("timeline")) {
      assertFalse(
          e.get("text").asText().startsWith("Nordlys says Kestrel Bay ferry"), e.toString());
    }
  }

  @Test
  void namesLinkAcrossOutletsAndTheMisspellingIsAConflict() {
    JsonNode person = null;
    for (JsonNode e : dossier.get("entities")) {
      if (e.get("name").asText().equals("Ingrid Halvorsen")) {
        person = e;
      }
    }
    assertNotNull(person, dossier.get("entities").toString());
    List<String> spellings = new ArrayList<>();
    person.get("variants").forEach(v -> spellings.add(v.get("text").asText()));
    assertTrue(spellings.contains("Ingrid Halvorson"), spellings.toString());
    assertTrue(spellings.contains("Halvorsen"), spellings.toString());
    List<String> conflicts = new ArrayList<>();
    dossier.get("conflicts").forEach(c -> conflicts.add(c.toString()));
    assertTrue(conflicts.toString().contains("spelling of Ingrid Halvorsen"), conflicts.toString());
    assertFalse(
        conflicts.toString().contains("\"Halvorsen\""),
        "a short form is not a misspelling: " + conflicts);
    assertTrue(conflicts.toString().contains("221"), conflicts.toString());
    assertTrue(conflicts.toString().contains("$35 million"), conflicts.toString());
  }

  @Test
  void theOlderReportIsAnEarlierChapterAndIdsSurviveARecluster() throws IOException {
    JsonNode chapters = dossier.get("chapters");
    assertEquals(1, chapters.size(), chapters.toString());
    assertEquals(earlier, chapters.get(0).get("story").asText());
    assertEquals("earlier", chapters.get(0).get("relation").asText());
    CliTest.Run again = run("--data", dir.toString(), "recluster", "--json");
    assertEquals(0, again.code(), again.err());
    List<String> ids = new ArrayList<>();
    JSON.readTree(run("--data", dir.toString(), "stories", "--json").out())
        .get("stories")
        .forEach(s -> ids.add(s.get("id").asText()));
    assertTrue(ids.contains(current) && ids.contains(earlier), ids.toString());
  }
}
