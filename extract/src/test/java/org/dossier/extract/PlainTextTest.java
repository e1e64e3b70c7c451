package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.Comment;
import org.junit.jupiter.api.Test;

/** Plain text as people paste it from web pages: one rule a test. */
class PlainTextTest {

  private static Article extract(String text) {
    return Extractor.standard()
        .extract(
            Capture.of(
                text.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                URI.create("file:///pasted/story.txt"),
                Instant.parse("2026-12-01T00:00:00Z")));
  }

  @Test
  void aHeadlineMayEndWithAFullStopWhenABlankLineSetsItApart() {
    Article a = extract("Ferry link to Vessa returns in December.\n\nThe ferry will sail again.");
    assertEquals("Ferry link to Vessa returns in December.", a.title());
    assertFalse(a.titleDerived());
    Article b =
        extract("The ferry will sail again. It was announced today.\nMore text follows here.");
    assertTrue(b.titleDerived(), "two sentences are a paragraph, not a headline");
    assertEquals("The ferry will sail again", b.title());
  }

  @Test
  void withoutAHeadlineTheTitleIsMadeFromTheLeadAndMarked() {
    Article a =
        extract(
            "KESTREL BAY — The ferry that ran aground off Skarvik Point last year will carry cars"
                + " and passengers to Vessa again from December 1, the operator said on Monday."
                + " More follows.\n\nA second paragraph.");
    assertTrue(a.titleDerived());
    assertEquals(
        "The ferry that ran aground off Skarvik Point last year will carry cars and…", a.title());
  }

  @Test
  void bylinesDatelinesAndFootersNameTheOutlet() {
    assertEquals(
        "Coastal Herald",
        extract("Headline here\n\nBy Maren Olsen | Coastal Herald\n\nThe text of it.").outlet());
    assertEquals(
        List.of("Maren Olsen"),
        extract("Headline here\n\nBy Maren Olsen | Coastal Herald\n\nThe text of it.").byline());
    assertEquals(
        "AP", extract("Headline here\n\nPARIS (AP) — The text of the story goes on.").outlet());
    assertEquals(
        "Reuters", extract("Headline here\n\n(Reuters) - The text of the story goes on.").outlet());
    assertEquals(
        "Reuters",
        extract("Headline here\n\nWASHINGTON, March 20 (Reuters) - The text goes on.").outlet());
    // The state as wires abbreviate it after the city.
    assertEquals("AP", extract("Headline here\n\nRENO, Nev. (AP) — The text goes on.").outlet());
    assertEquals(
        "UPI", extract("Headline here\n\nFLINT, Mich., Oct. 4 (UPI) — The text goes on.").outlet());
    assertEquals(
        "AP", extract("Headline here\n\nDES MOINES, Iowa (AP) — The text goes on.").outlet());
    assertEquals(
        "The Islands Post",
        extract("Headline here\n\nThe text of the story.\n\nPublished 2026 by The Islands Post")
            .outlet());
    assertNull(extract("Headline here\n\nThe text of the story goes on.").outlet());
  }

  @Test
  void aDateLineAtTheTopDatesTheTextAndLeavesTheBody() {
    Article a =
        extract(
            "Harbour plans a second ferry\n\nOctober 04, 2025\n\nThe harbour board said on"
                + " Tuesday it will order a second ferry by March 3, 2026.");
    assertEquals("2025-10-04", a.published().value());
    assertEquals("text", a.published().origin());
    assertEquals(
        List.of("The harbour board said on Tuesday it will order a second ferry by March 3, 2026."),
        a.paragraphs());

    Article labelled =
        extract(
            "Headline here\n\nBy Maren Olsen\n\nPublished: Monday 3 March 2025, 10:42\n\n"
                + "Updated 2025-03-04\n\nThe text of the story goes on.");
    assertEquals("2025-03-03", labelled.published().value());
    assertEquals("2025-03-04", labelled.modified().value());
    assertEquals(List.of("Maren Olsen"), labelled.byline());
    assertEquals(List.of("The text of the story goes on."), labelled.paragraphs());

    // A date line above the headline, as a page's header prints it.
    Article above =
        extract(
            "Thursday 14 March 2025 11.02 GMT\nHarbour plans a second ferry\nThe harbour board"
                + " said on Thursday it will order a second ferry.");
    assertEquals("Harbour plans a second ferry", above.title());
    assertEquals("2025-03-14", above.published().value());
    assertEquals(
        List.of("The harbour board said on Thursday it will order a second ferry."),
        above.paragraphs());

    // A sentence with a date is body text; a date line after the capture day is not believed.
    Article sentence = extract("Headline here\n\nOn March 3, 2025 the ferry sailed.\n\nMore.");
    assertEquals(2, sentence.paragraphs().size());
    Article ahead = extract("Headline here\n\nJanuary 5, 2027\n\nThe text of the story.");
    assertNull(ahead.published());
  }

  @Test
  void captionsAndCreditsAreKeptApart() {
    Article a =
        extract(
            "Headline here\n\nThe text of the story goes on.\n\n"
                + "The pier after the refit. Photo: Sune Berg\n\n"
                + "Sune Berg/Getty Images\n\n"
                + "Image: The ferry leaving the dock / Mari Dahl for The Islands Post\n\n"
                + "The story goes on after the pictures.\n\n"
                + "(Reporting by Erik Sand; Editing by Lena Holm)");
    assertEquals(
        List.of("The text of the story goes on.", "The story goes on after the pictures."),
        a.paragraphs());
    assertEquals(4, a.captions().size(), a.captions().toString());
  }

  @Test
  void aPastedThreadWithoutAHeaderInTheNumberedLayout() {
    Article a =
        extract(
            "Headline here\n\nThe text of the story goes on.\n\n"
                + "1. Tomas Reid says:\nNovember 16, 2026 at 9:14 am\nFirst paragraph.\n\n"
                + "Second paragraph.\nReply\nLike\n"
                + "• Anna Morgan says:\nIt held last winter.\nReply\n"
                + "2. Pete Lund wrote:\nA long wait.\n");
    List<Comment> c = a.comments();
    assertEquals(3, c.size(), c.toString());
    assertEquals("Tomas Reid", c.get(0).author());
    assertEquals("First paragraph.\n\nSecond paragraph.", c.get(0).text());
    assertEquals("2026-11-16", c.get(0).published());
    assertEquals(c.get(0).id(), c.get(1).parent());
    assertNull(c.get(2).parent());
    assertEquals(List.of("The text of the story goes on."), a.paragraphs());
  }

  @Test
  void aSaidColonInTheBodyIsNotACommentThread() {
    Article a =
        extract(
            "Headline here\n\nThe captain said:\n\"We are ready.\"\n\nThe ferry sails on Monday.");
    assertTrue(a.comments().isEmpty());
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }

  @Test
  void theOnDateSaidLayout() {
    Article a =
        extract(
            "Headline here\n\nThe text of the story goes on.\n\n"
                + "Ana on 16 November 2026 said:\nGood news.\n"
                + "Ben on 17 November 2026 said:\nAgreed.\n");
    assertEquals(2, a.comments().size(), a.comments().toString());
    assertEquals("2026-11-17", a.comments().get(1).published());
  }

  private static Article saved(String path, String text) {
    return Extractor.standard()
        .extract(
            Capture.of(
                text.getBytes(StandardCharsets.UTF_8),
                "text/plain",
                URI.create("file://" + path),
                Instant.parse("2026-12-01T00:00:00Z")));
  }

  @Test
  void aSavedFileIsDatedByTheWholeDateInItsNameWhenTheTextGivesNone() {
    String text =
        "Harbour plans a second ferry\n\nThe harbour board said on Tuesday it will order one.";
    Article named = saved("/corpus/coastal-herald_2025-10-04_harbour-plans.txt", text);
    assertEquals("2025-10-04", named.published().value());
    assertEquals("file-name", named.published().origin());
    assertEquals("2024-05-06", saved("/in/20240506-harbour.txt", text).published().value());
    assertEquals("2019-03-21", saved("/archive/2019/03/21/story.txt", text).published().value());
    // A year alone, a number that is no date, a mixed separator, or a day after the file was
    // written: no date.
    assertNull(saved("/in/harbour-2025.txt", text).published());
    assertNull(saved("/in/story-2025-13-04.txt", text).published());
    assertNull(saved("/in/story-2025-10_04.txt", text).published());
    assertNull(saved("/in/id-120251004.txt", text).published());
    assertNull(saved("/in/harbour_2027-01-05.txt", text).published());
    // A name no file system allows, as an archive's record may give it, is read as text.
    assertEquals("2025-10-04", saved("/in/a%00b_2025-10-04.txt", text).published().value());
    // A date line in the text comes first.
    Article both =
        saved("/in/harbour_2025-10-06.txt", "Harbour plans\n\nOctober 04, 2025\n\nThe text.");
    assertEquals("2025-10-04", both.published().value());
    assertEquals("text", both.published().origin());
  }

  @Test
  void aHeadlineAndADeckAsNewsDatabasesExportThemAndTheirSectionLabels() {
    Article a =
        extract(
            "Ferry link to Vessa returns; \nThe operator promises daily sailings from December."
                + "\n\nABSTRACT.\n\nThe ferry will sail again.\n\nFULL TEXT.\n\n"
                + "The ferry that ran aground will sail again, the operator said.");
    assertEquals("Ferry link to Vessa returns", a.title());
    assertFalse(a.titleDerived());
    assertEquals(
        List.of(
            "The operator promises daily sailings from December.",
            "The ferry will sail again.",
            "The ferry that ran aground will sail again, the operator said."),
        a.paragraphs());
    Article dated =
        extract(
            "Ferry link to Vessa returns;\n\nJuly 25, 2016\n\nThe operator promises sailings."
                + "\n\nThe ferry will sail again, the operator said.");
    assertEquals("Ferry link to Vessa returns", dated.title());
    assertEquals("2016-07-25", dated.published().value());
    assertEquals("The operator promises sailings.", dated.paragraphs().get(0));
    // A first line that ends in a semicolon and runs on into its next line is no headline.
    Article b =
        extract("The ferry will sail again;\nthe operator said so on Monday.\n\nMore follows.");
    assertTrue(b.titleDerived());
  }

  @Test
  void headlinesWithAbbreviationsTwoSentencesInTitleCaseOrAQuoteMarkFirst() {
    String body = "\n\nThe operator said so on Monday, and the ferry will sail again.";
    assertEquals(
        "U.S. Flexes Muscles As Asia Worries About Sea Row.",
        extract("U.S. Flexes Muscles As Asia Worries About Sea Row." + body).title());
    assertEquals(
        "Rep. Olsen to back the ferry plan.",
        extract("Rep. Olsen to back the ferry plan." + body).title());
    assertEquals(
        "The Ferry Suffered A Big Blow. Here’s The Plan Going Forward.",
        extract("The Ferry Suffered A Big Blow. Here’s The Plan Going Forward." + body).title());
    assertEquals(
        "Oops! Ferry ran aground again.", extract("Oops! Ferry ran aground again." + body).title());
    assertEquals(
        "'We are in shock': a harbour town mourns.",
        extract("'We are in shock': a harbour town mourns." + body).title());
    // Two sentences in sentence case, set apart, are the lead, not a headline.
    Article lead = extract("The ferry will sail again. It was announced today." + body);
    assertTrue(lead.titleDerived());
  }

  @Test
  void aWholePagePastedLosesItsMenuButtonsAndListsOfOtherStories() {
    Article a =
        extract(
            "Skip to main content\nMenu\nSign in\nWorld\nBusiness\n"
                + "Ferry operator fined £2m over Kestrel Bay grounding\n"
                + "The company admitted safety failings after the vessel ran aground\n"
                + "Maren Olsen\nTue 5 Mar 2024 14.20 GMT\nShare\n"
                + "A ferry operator has been fined £2m after one of its vessels ran aground off"
                + " Kestrel Bay with 300 passengers on board.\nAdvertisement\n"
                + "Harbour Lines admitted failing to ensure the safety of its passengers.\n"
                + "Related: Ferry grounding: what we know so far\n"
                + "The captain had been on duty for 19 hours, the court heard.\n"
                + "Most viewed\nFerry operator fined £2m over Kestrel Bay grounding\n"
                + "Storm warning issued for the west coast\nComments (12)");
    assertEquals("Ferry operator fined £2m over Kestrel Bay grounding", a.title());
    assertEquals(List.of("Maren Olsen"), a.byline());
    assertEquals("2024-03-05", a.published().value());
    assertEquals(
        List.of(
            "The company admitted safety failings after the vessel ran aground",
            "A ferry operator has been fined £2m after one of its vessels ran aground off Kestrel"
                + " Bay with 300 passengers on board.",
            "Harbour Lines admitted failing to ensure the safety of its passengers.",
            "The captain had been on duty for 19 hours, the court heard."),
        a.paragraphs());
    // An article pasted alone keeps its first line as its title, and a name in it as text.
    Article alone =
        extract(
            "Harbour plans a second ferry\n\nMaren Olsen\n\nThe harbour board said on Tuesday it"
                + " will order a second ferry.\n\nAdvertisement\n\nIt will sail in May.");
    assertEquals("Harbour plans a second ferry", alone.title());
    assertEquals(
        List.of(
            "Maren Olsen",
            "The harbour board said on Tuesday it will order a second ferry.",
            "It will sail in May."),
        alone.paragraphs());
  }

  @Test
  void aBylineWithItsOutletLineAndADateLineThatCountsBack() {
    Article a =
        extract(
            "Home\nNews\nSport\n\nThousands march in Oslo over fuel prices\n\nBy Ingrid Halvorsen\n"
                + "Coastal News, Oslo\n\nPublished\n3 hours ago\n\nShare\n\nThousands of people"
                + " marched through central Oslo on Saturday to protest against fuel prices.\n\n"
                + "More on this story\nFuel prices hit record high");
    assertEquals("Thousands march in Oslo over fuel prices", a.title());
    assertEquals(List.of("Ingrid Halvorsen"), a.byline());
    assertEquals("Coastal News", a.outlet());
    // Captured at midnight on 1 December: three hours before is 30 November.
    assertEquals("2026-11-30", a.published().value());
    assertEquals(
        List.of(
            "Thousands of people marched through central Oslo on Saturday to protest against fuel"
                + " prices."),
        a.paragraphs());
  }

  @Test
  void aSectionsNameAboveTheHeadlineIsNeitherTitleNorText() {
    Article a =
        extract(
            "POLITICS\nSenate passes harbour bill after late-night vote\nThe Senate passed a bill"
                + " on Tuesday that funds the harbour, officials said.\nThe vote was 52 to 48.");
    assertEquals("Senate passes harbour bill after late-night vote", a.title());
    assertEquals(
        List.of(
            "The Senate passed a bill on Tuesday that funds the harbour, officials said.",
            "The vote was 52 to 48."),
        a.paragraphs());
    Article opinion =
        extract(
            "Opinion\n\nWhy the harbour bill matters\n\nBy Ines Berg\n\nThe Senate passed a bill"
                + " on Tuesday that funds the harbour.");
    assertEquals("Why the harbour bill matters", opinion.title());
    assertEquals(List.of("Ines Berg"), opinion.byline());
    // A short headline above its text stays the title.
    Article shortHeadline =
        extract("Ferry sinks\n\nThe ferry sank off Kestrel Bay on Tuesday, officials said.");
    assertEquals("Ferry sinks", shortHeadline.title());
  }
}
