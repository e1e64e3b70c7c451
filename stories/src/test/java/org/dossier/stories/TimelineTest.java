package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

class TimelineTest {

  private static StorySource dated(
      String id, String outlet, String text, String timeText, String value) {
    StorySource s = Fixtures.source(id, outlet, "2026-05-02", text);
    int at = text.indexOf(timeText);
    Annotation a = s.annotation();
    return new StorySource(
        s.article(),
        new Annotation(
            1,
            text,
            "2026-05-02",
            false,
            a.entities(),
            List.of(new TimeMention(timeText, at, at + timeText.length(), value, false)),
            List.of()),
        List.of());
  }

  /** A source of {@code text} published on {@code date} with the given times in it. */
  private static StorySource timed(String text, String date, TimeMention... times) {
    StorySource s = Fixtures.source("a", "Herald", date, text);
    return new StorySource(
        s.article(),
        new Annotation(1, text, date, false, s.annotation().entities(), List.of(times), List.of()),
        List.of());
  }

  /** The mention of {@code written}, first found in {@code text}, with its value. */
  private static TimeMention mention(String text, String written, String value) {
    int at = text.indexOf(written);
    return new TimeMention(written, at, at + written.length(), value, false);
  }

  @Test
  void aRelativeDayWithItsDateInBracketsIsThatDate() {
    String text = "Nordlink said today (14 October 2025) that the ferry cable was mended.";
    StorySource s =
        timed(
            text,
            "2025-10-08",
            mention(text, "today", "2025-10-08"),
            mention(text, "14 October 2025", "2025-10-14"));
    assertEquals(
        List.of("2025-10-14"),
        Timeline.of(List.of(s), null).stream().map(Dossier.Event::when).toList());
    // A stored annotation whose times run past its text (an older or damaged record) is read
    // without failing.
    String shorter = "Nordlink said today.";
    StorySource damaged =
        timed(
            shorter,
            "2025-10-08",
            new TimeMention("today", 14, 19, "2025-10-08", false),
            new TimeMention("14 October 2025", 21, 36, "2025-10-14", false));
    assertEquals(
        List.of("2025-10-08"),
        Timeline.of(List.of(damaged), null).stream().map(Dossier.Event::when).toList());
  }

  @Test
  void aYearThatNamesAnEventIsNotWhenTheSentenceHappened() {
    String ran = "Ines Berg won her first seat in the 2026 race for the harbour board.";
    assertTrue(Timeline.of(List.of(dated("a", "Ledger", ran, "2026", "2026")), null).isEmpty());
    String possessive = "The council cut Vessa's 2025 budget for the ferry.";
    assertTrue(
        Timeline.of(List.of(dated("b", "Ledger", possessive, "2025", "2025")), null).isEmpty());
    String monthNamed = "Berg settled the claim from her June 2025 ferry accident case.";
    assertTrue(
        Timeline.of(List.of(dated("h", "Ledger", monthNamed, "June 2025", "2025-06")), null)
            .isEmpty());
    String month = "In June 2025 the ferry ran aground off Skarvik Point.";
    assertEquals(
        1, Timeline.of(List.of(dated("i", "Ledger", month, "June 2025", "2025-06")), null).size());
    String year = "In 2025 the ferry ran aground off Skarvik Point.";
    assertEquals(
        List.of("2025"),
        Timeline.of(List.of(dated("c", "Ledger", year, "2025", "2025")), null).stream()
            .map(Dossier.Event::when)
            .toList());
    String ends = "The ferry has not sailed since the winter of 2025.";
    assertEquals(1, Timeline.of(List.of(dated("d", "Ledger", ends, "2025", "2025")), null).size());
    // A name that ends in a year: "campaign 2026", "Expo 2025"; not "summer 2025", "March 2025".
    String named = "The Latest on campaign 2026 as the harbour board votes.";
    assertTrue(Timeline.of(List.of(dated("e", "Ledger", named, "2026", "2026")), null).isEmpty());
    String expo = "Ines Berg spoke at Harbour Expo 2026 on the pier.";
    assertTrue(Timeline.of(List.of(dated("g", "Ledger", expo, "2026", "2026")), null).isEmpty());
    for (String when :
        List.of(
            "summer 2025",
            "March 2025",
            "fiscal 2025",
            "in 2025",
            "Q3 2025",
            "said 2025",
            "The ferry said. Perhaps 2025")) {
      String text = "The ferry sailed again " + when + " was the year, the operator said.";
      int at = text.indexOf("2025");
      StorySource s = dated("f", "Ledger", text, "2025", "2025");
      assertEquals(1, Timeline.of(List.of(s), null).size(), when + " at " + at);
    }
  }

  @Test
  void aSpanOfYearsDatesNoEvent() {
    String season = "Berg scored twelve goals in the 2024-25 season for the harbour club.";
    assertTrue(
        Timeline.of(List.of(dated("j", "Ledger", season, "2024-25", "2024")), null).isEmpty());
    String life = "The show is the first for the painter Ines Berg (1935-2022) at the pier.";
    assertTrue(
        Timeline.of(List.of(dated("k", "Ledger", life, "1935-2022", "1935")), null).isEmpty());
    // A month written as the annotator read it, year and month: a date.
    String month = "The ferry's new timetable took effect in 2025-11 at Skarvik Point.";
    assertEquals(
        1, Timeline.of(List.of(dated("l", "Ledger", month, "2025-11", "2025-11")), null).size());
  }

  @Test
  void todayAsAFigureOfSpeechDatesNothingButTodaysVoteDoes() {
    for (String figure :
        List.of(
            "In today's world, the ferry is the lifeblood of Skarvik Point.",
            "Today’s homeowners on the pier are prioritizing value and longevity.",
            "The board keeps shaping tomorrow's harbour tech for Skarvik Point.",
            "The harbour board trains the ferry pilots of tomorrow.")) {
      assertTrue(datedByItsDay(figure).isEmpty(), figure);
    }
    for (String event :
        List.of(
            "Today's vote on the ferry was postponed by the harbour board.",
            "The harbour board met today to discuss the ferry.",
            "Tomorrow's crucial hearing on the pier will be held in Skarvik.")) {
      assertEquals(1, datedByItsDay(event).size(), event);
    }
  }

  /** The timeline of one article whose one time is its "today" or "tomorrow", dated 2026-05-02. */
  private static List<Dossier.Event> datedByItsDay(String text) {
    String day = text.replaceAll("(?i).*?\\b(today|tomorrow)\\b.*", "$1");
    return Timeline.of(List.of(dated("a", "Ledger", text, day, "2026-05-02")), null);
  }

  /** A sentence dated by its first "now", in whatever case it is written. */
  private static StorySource datedByNow(String text) {
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("now");
    return dated("a", "Ledger", text, text.substring(at, at + 3), "2026-05-02");
  }

  @Test
  void aReferencesPublisherAccessOrDoiDatesNoEvent() {
    for (String[] line :
        List.of(
            new String[] {"Oslo, NO: Harbour Institute Press; 2011.", "2011", "2011"},
            new String[] {
              "Accessed at harbour.example on June 3, 2022.", "June 3, 2022", "2022-06-03"
            },
            new String[] {
              "Retrieved June 3, 2022, from https://harbour.example/ferries",
              "June 3, 2022",
              "2022-06-03"
            },
            new String[] {"Berg I. Ferries. Harbour J. 2019. doi: 10.1000/182", "2019", "2019"})) {
      assertTrue(
          Timeline.of(List.of(dated("r", "Ledger", line[0], line[1], line[2])), null).isEmpty(),
          line[0]);
    }
    String event = "On June 3, 2022, the ferry ran aground off Skarvik Point.";
    assertEquals(
        1,
        Timeline.of(List.of(dated("e", "Ledger", event, "June 3, 2022", "2022-06-03")), null)
            .size());
  }

  @Test
  void aNowThatLeadsOnOrMeansForTheTimeBeingDatesNothing() {
    for (String text :
        List.of(
            "Now, consider the ferry timetable for the winter months.",
            "Now that the pier is open, ferries call twice a day.",
            "Now here's what to pack for the crossing to Skarvik.",
            "Okay, now for the ferries we tested this season.",
            "Now's the time to book a winter crossing to Skarvik.",
            "For now at least, the ferry runs twice a day.",
            "With the harbour reopened, now's the time to book a winter crossing.")) {
      assertTrue(Timeline.of(List.of(datedByNow(text)), null).isEmpty(), text);
    }
    for (String text :
        List.of(
            "The pier is now closed to ferries after the storm.",
            "Right now, the pier is closed to ferries after the storm.",
            "Now the harbour board has closed the pier to ferries.",
            "But now, the harbour board has closed the pier to ferries.")) {
      assertEquals(1, Timeline.of(List.of(datedByNow(text)), null).size(), text);
    }
  }

  @Test
  void currentBeforeANounDatesNothing() {
    for (String text :
        List.of(
            "The ferry falls short of current safety standards.",
            "For our current timetable please visit the harbour office.")) {
      assertTrue(
          Timeline.of(List.of(dated("c", "Ledger", text, "current", "2026-05-02")), null).isEmpty(),
          text);
    }
    String now = "The ferry is currently stuck off Skarvik Point.";
    assertEquals(
        1, Timeline.of(List.of(dated("n", "Ledger", now, "currently", "2026-05-02")), null).size());
    // Beside "currently", "current" is no other date that would make "currently" the reporting.
    String both = "The current timetable is currently suspended after the storm.";
    StorySource two = dated("b", "Ledger", both, "currently", "2026-05-02");
    int at = both.indexOf("current ");
    Annotation a = two.annotation();
    List<TimeMention> times =
        List.of(new TimeMention("current", at, at + 7, "2026-05-02", false), a.times().get(0));
    StorySource withBoth =
        new StorySource(
            two.article(),
            new Annotation(1, both, "2026-05-02", false, a.entities(), times, List.of()),
            List.of());
    assertEquals(1, Timeline.of(List.of(withBoth), null).size());
  }

  @Test
  void nowDatesASentenceOnlyWhenNothingElseDoes() {
    String text =
        "On Tuesday the mayor pointed to donors supporting him now. The pier is now closed.";
    StorySource s = Fixtures.source("a", "Ledger", "2026-05-02", text);
    int tuesday = text.indexOf("Tuesday");
    int now1 = text.indexOf("now");
    int now2 = text.indexOf("now", now1 + 3);
    StorySource timed =
        new StorySource(
            s.article(),
            new Annotation(
                1,
                text,
                "2026-05-02",
                false,
                s.annotation().entities(),
                List.of(
                    new TimeMention("Tuesday", tuesday, tuesday + 7, "2026-04-28", false),
                    new TimeMention("now", now1, now1 + 3, "2026-05-02", false),
                    new TimeMention("now", now2, now2 + 3, "2026-05-02", false)),
                List.of()),
            List.of());
    List<Dossier.Event> events = Timeline.of(List.of(timed), LocalDate.of(2026, 5, 1));
    assertEquals(
        List.of("2026-04-28", "2026-05-02"),
        events.stream().map(Dossier.Event::when).toList(),
        events.toString());
    assertTrue(events.get(1).text().startsWith("The pier is now closed"), events.toString());
  }

  @Test
  void oneEventReportedByTwoOutletsIsOneEntryAndOldEventsAreBackground() {
    List<StorySource> sources =
        List.of(
            dated(
                "a",
                "Ledger",
                "The bridge collapsed on Friday after days of rain. Nobody was hurt.",
                "Friday",
                "2026-05-01"),
            dated(
                "b",
                "Courier",
                "After days of heavy rain the old bridge collapsed on Friday.",
                "Friday",
                "2026-05-01"),
            dated(
                "c",
                "Post",
                "The bridge, built in 1911, was due for repair. Copyright 2026 Post.",
                "1911",
                "1911"),
            dated(
                "d",
                "Post",
                "Engineers will inspect the river banks next month.",
                "next month",
                "2026-06"));
    List<Dossier.Event> events = Timeline.of(sources, LocalDate.of(2026, 5, 1));
    assertEquals(2, events.size(), events.toString());
    assertEquals("1911", events.get(0).when());
    assertTrue(events.get(0).background());
    assertEquals("2026-05-01", events.get(1).when());
    assertEquals(List.of("a", "b"), events.get(1).articles());
    assertFalse(events.get(1).background());
  }

  @Test
  void aRelativeYearBesideAFullDateIsNotTheSentencesDate() {
    String text =
        "The ferry that ran aground last year will sail again, the firm said on November 16, 2026.";
    StorySource both =
        timed(
            text,
            "2026-11-16",
            mention(text, "last year", "2025"),
            mention(text, "November 16, 2026", "2026-11-16"));
    List<Dossier.Event> events = Timeline.of(List.of(both), LocalDate.of(2026, 11, 16));
    assertEquals(1, events.size(), events.toString());
    assertEquals("2026-11-16", events.get(0).when());
  }

  @Test
  void aDateLineOrAReferenceListTellsNoEvent() {
    String line = "Updated Apr 04 2026";
    assertTrue(
        Timeline.of(List.of(dated("a", "Ledger", line, "Apr 04 2026", "2026-04-04")), null)
            .isEmpty());
    String reference =
        "Berg I, Nilsen K. Ferry wakes and shore erosion. J Coast Res. 2024;58(10):2043–4.";
    assertTrue(
        Timeline.of(List.of(dated("b", "Ledger", reference, "2024", "2024")), null).isEmpty());
    String event = "Voting closed on Apr 04 2026.";
    assertEquals(
        1,
        Timeline.of(List.of(dated("c", "Ledger", event, "Apr 04 2026", "2026-04-04")), null)
            .size());
  }

  @Test
  void anEventLineDropsTheOneQuotationMarkItHoldsUnpairedAtItsEnds() {
    assertEquals(
        "I am disappointed that he was shown the mercy he did not show on March 11, 2005.",
        Timeline.unpairedMarkTrimmed(
            "I am disappointed that he was shown the mercy he did not show on March 11, 2005. ''"));
    assertEquals(
        "We will rebuild the terminal by May,",
        Timeline.unpairedMarkTrimmed("“We will rebuild the terminal by May,"));
    assertEquals(
        "She called it \"a turning point\" on Monday.",
        Timeline.unpairedMarkTrimmed("She called it \"a turning point\" on Monday."));
  }

  @Test
  void aHeadingALabelOrACreditLineTellsNoEventButAShortSentenceDoes() {
    assertTrue(
        Timeline.of(List.of(dated("a", "Ledger", "Their lives today", "today", "2026-04-04")), null)
            .isEmpty());
    assertTrue(
        Timeline.of(
                List.of(dated("b", "Ledger", "Best Backpacking Quilts of 2026", "2026", "2026")),
                null)
            .isEmpty());
    assertTrue(
        Timeline.of(
                List.of(dated("c", "Ledger", "A THOUGHT FOR TODAY:", "TODAY", "2026-04-04")), null)
            .isEmpty());
    String told = "The pier reopened today.";
    assertEquals(
        1, Timeline.of(List.of(dated("d", "Ledger", told, "today", "2026-04-04")), null).size());
  }

  @Test
  void aCallToActionIsNoEventButAQuotedExclamationIs() {
    String call = "Start your 14-day free trial with GlossGenius today!";
    assertTrue(
        Timeline.of(List.of(dated("a", "Ledger", call, "today", "2026-04-04")), null).isEmpty());
    String quoted = "The mayor shouted \"We open the bridge today!\"";
    assertEquals(
        1, Timeline.of(List.of(dated("b", "Ledger", quoted, "today", "2026-04-04")), null).size());
    String told = "The ferry company reopened the pier today.";
    assertEquals(
        1, Timeline.of(List.of(dated("c", "Ledger", told, "today", "2026-04-04")), null).size());
  }
}
