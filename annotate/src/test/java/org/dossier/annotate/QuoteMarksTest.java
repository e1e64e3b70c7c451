package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> contents(String text) {
    return QuoteMarks.find(text).stream().map(m -> text.substring(m[0] + 1, m[1])).toList();
  }

  @Test
  void anElisionAfterASpaceOpensNoQuoteAsTokenisedTextsPrintIt() {
    // "I 'm", "it 's", "rock 'n' roll": a word the apostrophe stands for letters of.
    String text =
        "I 'm joined now by a writer from Oslo. It 's late there. They play rock 'n' roll. Then"
            + " she said 'never again' and left.";
    assertEquals(List.of("never again"), contents(text));
  }

  @Test
  void aQuoteWithoutItsClosingMarkEndsWithItsParagraph() {
    String text =
        "Halvorsen said: “We have rebuilt every part of this service.\n\n"
            + "The ship sails on Monday. “It is ready,” said the captain.";
    assertEquals(
        List.of("We have rebuilt every part of this service.", "It is ready,"), contents(text));
  }

  @Test
  void aStraightQuoteLeftOpenAtTheEndOfTheTextEndsThere() {
    assertEquals(
        List.of("We will be back by spring."),
        contents("The mayor said: \"We will be back by spring.  \n"));
  }

  @Test
  void aQuoteClosedInTheNextParagraphRunsOverTheBreak() {
    String text = "She wrote: “We owe the islanders\n\nnothing less than safety.” Then she left.";
    assertEquals(List.of("We owe the islanders\n\nnothing less than safety."), contents(text));
  }

  @Test
  void aQuoteReopenedAtEachParagraphIsStillOne() {
    String text = "“First part.\n\n“Second part,” he said.";
    assertEquals(List.of("First part.\n\n“Second part,"), contents(text));
  }

  @Test
  void twoApostrophesOpenAndCloseAQuoteAsNewsArchivesPrintThem() {
    String text =
        "He posted on his network - ''So terrible'' - with a link. \"Others\" agreed. ''We're"
            + " offering our community help,'' said Geoff Garin, who didn't stop.";
    assertEquals(
        List.of("So terrible", "Others", "We're offering our community help,"), contents(text));
  }

  @Test
  void aStraightQuoteClosedByTwoApostrophesIsOneQuote() {
    String text =
        "It received a \"distress call '' from the Gibe. \"The prisoners will be handed over,''"
            + " the navy said.";
    assertEquals(List.of("distress call ", "The prisoners will be handed over,"), contents(text));
  }

  @Test
  void whereApostrophesOnlyCloseAQuoteReopenedBeforeItClosesRunsOn() {
    // Straight quotes open, pairs of apostrophes close: the second opening continues the quote,
    // and what follows its close is no quote.
    String text =
        "\"A man came in and shot another man, '' Const. Tim Fanning said. \"There were a dozen"
            + " people inside. They got out. \"Our negotiators talked him down. '' Fanning said no"
            + " one else was hurt. \"We were asked to stay inside, '' Christie said.";
    assertEquals(
        List.of(
            "A man came in and shot another man, ",
            "There were a dozen people inside. They got out. \"Our negotiators talked him down. ",
            "We were asked to stay inside, "),
        contents(text));
  }

  @Test
  void aSpacedStraightQuoteAfterAStopClosesTheQuoteLeftOpenAndOpensOtherwise() {
    // Tokenised text whose straight quotes open and whose apostrophes close: a straight quote
    // with spaces on both sides closes after a comma or a full stop, or before another quote, when
    // a quote is open; with none open, it opens one.
    String text =
        "\"He is so sparkling, and he delivers, \" said Sid Ganis. \"I saw him recently. '' A"
            + " senior officer said. \" The ship may head for Djibouti. '' \"It does not matter."
            + " The president has the final say \" \"This campaign is open, '' an official said.";
    assertEquals(
        List.of(
            "He is so sparkling, and he delivers, ",
            "I saw him recently. ",
            " The ship may head for Djibouti. ",
            "It does not matter. The president has the final say ",
            "This campaign is open, "),
        contents(text));
  }

  @Test
  void backticksOpenAQuote() {
    assertEquals(List.of("It is over,"), contents("``It is over,'' she said of the '90s."));
  }

  @Test
  void threeApostrophesAreASingleMarkBesideADoubleOne() {
    String text =
        "''I would use the word 'old-school,''' said Mr. Slayton. '''Sir, we've decided,' he"
            + " told me,'' she recalled.";
    assertEquals(
        List.of("I would use the word 'old-school,'", "'Sir, we've decided,' he told me,"),
        contents(text));
  }

  @Test
  void apostrophesThatQuoteNothingStayAsWritten() {
    String text = "Three ''' marks, and rock'n''roll.";
    assertEquals(text, QuoteMarks.withDoubleQuotes(text));
  }
}
