package org.dossier.stories;

import static org.dossier.stories.Fixtures.input;
import static org.dossier.stories.Fixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {

  static final String QUAKE_A =
      "A magnitude 6.1 earthquake struck near the town of Arlesford early on Monday, collapsing"
          + " a church tower and injuring 14 people, the regional fire service said.";
  static final String QUAKE_A2 =
      "Rescuers in Arlesford searched the rubble of the collapsed church tower after Monday's"
          + " 6.1 earthquake; the fire service said 14 people were injured.";
  static final String QUAKE_B =
      "A magnitude 5.4 earthquake shook the coastal city of Porto Vell on Thursday, cutting power"
          + " to 30,000 homes, the national seismology institute said.";
  static final String QUAKE_B2 =
      "Power returned to most of Porto Vell's 30,000 affected homes after Thursday's 5.4"
          + " earthquake, the seismology institute said.";
  static final String FILLER =
      " Officials asked residents to stay away from damaged buildings while engineers inspect"
          + " them.";

  @Test
  void articlesOfOneEventJoinAndTwoSimilarEventsStayApart() throws IOException {
    try (StoryClusterer c = StoryClusterer.inMemory(StoryClusterer.Settings.defaults())) {
      Assignment a1 =
          c.assign(
              input(source("a1", "Ledger", "2026-03-02", QUAKE_A + FILLER, "location:Arlesford")));
      Assignment b1 =
          c.assign(
              input(
                  source("b1", "Courier", "2026-03-05", QUAKE_B + FILLER, "location:Porto Vell")));
      Assignment a2 =
          c.assign(input(source("a2", "Courier", "2026-03-02", QUAKE_A2, "location:Arlesford")));
      Assignment b2 =
          c.assign(input(source("b2", "Ledger", "2026-03-06", QUAKE_B2, "location:Porto Vell")));
      assertTrue(a1.started() && b1.started());
      assertNotEquals(a1.storyId(), b1.storyId());
      assertEquals(a1.storyId(), a2.storyId());
      assertEquals(b1.storyId(), b2.storyId());
      assertEquals(4, c.size());
    }
  }

  @Test
  void aPageThatIsNoArticleStandsAloneAndDrawsNoArticleToIt() throws IOException {
    try (StoryClusterer c = StoryClusterer.inMemory(StoryClusterer.Settings.defaults())) {
      Assignment a1 =
          c.assign(
              input(source("a1", "Ledger", "2026-03-02", QUAKE_A + FILLER, "location:Arlesford")));
      // A front page that lists the quake among other headlines, with the quake's own words.
      StorySource front =
          source("front", "Courier", "2026-03-02", QUAKE_A2 + " " + QUAKE_A, "location:Arlesford");
      Article listing =
          new Article(
              front.article().id(),
              front.article().source(),
              null,
              front.article().outlet(),
              "Courier: top stories",
              List.of(),
              front.article().published(),
              null,
              "en",
              front.article().paragraphs(),
              List.of(),
              List.of(
                  Diagnostic.warning(
                      Article.NOT_ARTICLE, "front: probably not an article: no text of its own")),
              List.of());
      assertFalse(StoryInput.of(front.article(), front.annotation()).alone());
      Assignment page = c.assign(StoryInput.of(listing, front.annotation()));
      assertTrue(page.started(), "a page that is no article starts a story of its own");
      assertNotEquals(a1.storyId(), page.storyId());
      // The next report of the quake joins the first one, not the page that listed it.
      Assignment a2 =
          c.assign(input(source("a2", "Courier", "2026-03-03", QUAKE_A2, "location:Arlesford")));
      assertEquals(a1.storyId(), a2.storyId());
      assertTrue(a2.merged().isEmpty(), a2.merged().toString());
      // The same page as an article would have joined the quake's story.
      Assignment asArticle = c.assign(StoryInput.of(front.article(), front.annotation()));
      assertEquals(a1.storyId(), asArticle.storyId());
    }
  }

  /**
   * Five outlets' first reports of one event, each in its own words and with its own details, in a
   * store that holds nothing else: the words they share are in every article of the store, so the
   * store's own document frequencies weigh them least; the reference counts of {@link
   * BackgroundFrequencies} keep them weighed as the rarer words they are.
   */
  @Test
  void theFirstReportsOfOneEventFormOneStoryInANewStore() throws IOException {
    String[][] reports = {
      {
        "Ledger",
        "A fire broke out on the ferry Nordlys Star off Kallvik harbour on Tuesday night, forcing"
            + " 212 passengers into lifeboats. The coastguard said two crew members were treated"
            + " for smoke inhalation."
      },
      {
        "Courier",
        "Passengers described panic as smoke filled the decks of the Nordlys Star. All 212 people"
            + " on board were rescued near Kallvik, officials said, and the cause of the blaze is"
            + " under investigation."
      },
      {
        "Herald",
        "The operator of the Nordlys Star suspended sailings from Kallvik after Tuesday's fire."
            + " Its chief executive apologised to passengers and promised a full inquiry into the"
            + " engine room blaze."
      },
      {
        "Post",
        "Coastguard helicopters circled the burning ferry as lifeboats reached Kallvik harbour,"
            + " witnesses said. Firefighters boarded the vessel at dawn and put out the fire in the"
            + " engine room."
      },
      {
        "Tribune",
        "Investigators from the maritime safety board arrived in Kallvik on Wednesday to examine"
            + " the fire-damaged Nordlys Star. The ferry's engine room, where the blaze began, was"
            + " sealed off."
      }
    };
    try (StoryClusterer c = StoryClusterer.inMemory(StoryClusterer.Settings.defaults())) {
      java.util.Set<String> stories = new java.util.TreeSet<>();
      for (int i = 0; i < reports.length; i++) {
        Assignment a =
            c.assign(
                input(
                    source(
                        "f" + i,
                        reports[i][0],
                        "2026-05-1" + (2 + i / 3),
                        reports[i][1],
                        "location:Kallvik")));
        stories.add(a.storyId());
        a.merged().forEach(stories::remove);
      }
      assertEquals(1, stories.size(), stories.toString());
    }
  }

  @Test
  void aBridgingArticleMergesTwoStoriesThatAreOne() throws IOException {
    StoryClusterer.Settings s = StoryClusterer.Settings.defaults();
    try (StoryClusterer c = StoryClusterer.inMemory(s)) {
      // Two halves of one story, told with different words and names, start two stories...
      Assignment first =
          c.assign(
              input(
                  source(
                      "m1",
                      "Ledger",
                      "2026-04-01",
                      "Harrow Motors recalled 12,000 Vexa hatchbacks over faulty brake sensors, the carmaker said.",
                      "organisation:Harrow Motors")));
      Assignment second =
          c.assign(
              input(
                  source(
                      "m2",
                      "Courier",
                      "2026-04-02",
                      "Transport regulator Nordreg opened an inquiry into brake complaints from Vexa owners.",
                      "organisation:Nordreg")));
      assertNotEquals(first.storyId(), second.storyId());
      // ...until an article that tells both halves shows they are one.
      Assignment bridge =
          c.assign(
              input(
                  source(
                      "m3",
                      "Post",
                      "2026-04-03",
                      "Harrow Motors recalled 12,000 Vexa hatchbacks over faulty brake sensors as regulator Nordreg"
                          + " opened an inquiry into brake complaints from Vexa owners.",
                      "organisation:Harrow Motors",
                      "organisation:Nordreg")));
      assertEquals(
          List.of(second.storyId().equals(bridge.storyId()) ? first.storyId() : second.storyId()),
          bridge.merged());
      Assignment later =
          c.assign(
              input(
                  source(
                      "m4",
                      "Ledger",
                      "2026-04-04",
                      "Nordreg's inquiry into brake complaints from Vexa owners widened on Saturday.",
                      "organisation:Nordreg")));
      assertEquals(bridge.storyId(), later.storyId(), "the merged story takes what follows");
    }
  }

  @Test
  void theSamePeopleAYearLaterAreALinkedChapterNotTheSameStory() throws IOException {
    try (StoryClusterer c = StoryClusterer.inMemory(StoryClusterer.Settings.defaults())) {
      Assignment row =
          c.assign(
              input(
                  source(
                      "r1",
                      "Ledger",
                      "2025-10-22",
                      "Singer Amara Okafor cut ties with Maison Verrault over its holiday campaign.",
                      "person:Amara Okafor",
                      "organisation:Maison Verrault")));
      Assignment comeback =
          c.assign(
              input(
                  source(
                      "r2",
                      "Ledger",
                      "2026-11-18",
                      "Singer Amara Okafor was named global ambassador of Maison Verrault, a year after she cut ties with it.",
                      "person:Amara Okafor",
                      "organisation:Maison Verrault")));
      assertNotEquals(row.storyId(), comeback.storyId());
      assertEquals(row.storyId(), comeback.links().get(0).storyId());
    }
  }

  @Test
  void theIndexSurvivesTheProcessAndReassigningAnArticleIsIdempotent(@TempDir Path dir)
      throws IOException {
    StorySource a1 = source("a1", "Ledger", "2026-03-02", QUAKE_A + FILLER, "location:Arlesford");
    String story;
    try (StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults())) {
      story = c.assign(input(a1)).storyId();
    }
    try (StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults())) {
      assertEquals(1, c.size());
      assertEquals(
          story,
          c.assign(input(source("a2", "Courier", "2026-03-02", QUAKE_A2, "location:Arlesford")))
              .storyId());
      c.assign(input(a1));
      assertEquals(2, c.size(), "the same article filed again replaces itself");
    }
    try (StoryClusterer c = StoryClusterer.rebuild(dir, StoryClusterer.Settings.defaults())) {
      assertEquals(0, c.size(), "a rebuild starts empty");
    }
  }

  @Test
  void aDamagedIndexIsNamedOnOpenAndARebuildReplacesIt(@TempDir Path dir) throws IOException {
    try (StoryClusterer c = StoryClusterer.open(dir, StoryClusterer.Settings.defaults())) {
      c.assign(input(source("a1", "Ledger", "2026-03-02", QUAKE_A, "location:Arlesford")));
    }
    try (var files = java.nio.file.Files.list(dir)) {
      for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
        java.nio.file.Files.writeString(f, "not a Lucene file");
      }
    }
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> StoryClusterer.open(dir, StoryClusterer.Settings.defaults()));
    assertTrue(e.getMessage().startsWith("story index " + dir), e.getMessage());
    try (StoryClusterer c = StoryClusterer.rebuild(dir, StoryClusterer.Settings.defaults())) {
      assertEquals(0, c.size());
      c.assign(input(source("a2", "Courier", "2026-03-02", QUAKE_A2, "location:Arlesford")));
      assertEquals(1, c.size());
    }
  }
}
