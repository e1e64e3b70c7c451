package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Interviews and transcripts, annotated as a whole text: each turn is its speaker's statement. */
class TurnsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 12);

  private static Annotation annotate(String text) {
    return Annotator.shared().annotate(text, DATE);
  }

  /** The statement whose content is the words given, whole (without the full stop after them). */
  private static Quote turn(Annotation a, String content) {
    return a.quotes().stream()
        .filter(q -> q.content().text().equals(content))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement '" + content + "' in " + a.quotes()));
  }

  private static Quote quoteWithCue(Annotation a, String cue) {
    return a.quotes().stream()
        .filter(q -> q.cue() != null && q.cue().text().equals(cue))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement cued '" + cue + "' in " + a.quotes()));
  }

  @Test
  void anInterviewsAnswersAreTheWordsOfThePersonInterviewed() {
    Annotation a =
        annotate(
            "Ferry captain speaks out\n\nInes Berg has run the Kallvik ferry for twenty years."
                + " This week Berg, 54, talked to us about the strike.\n\nQ: Why did the crews"
                + " stop work on Monday?\n\nA: I think the company broke its promise. We were told"
                + " the new rota would be fair, and it was not.\n\nQ: Will the ferry run again"
                + " soon?\n\nA: I hope so. I want the island to have its ferry back.");
    Quote answer =
        turn(
            a,
            "I think the company broke its promise. We were told the new rota would be fair, and"
                + " it was not");
    assertEquals(QuoteKind.DIRECT, answer.kind());
    assertEquals("A", answer.speaker().text());
    assertEquals(":", answer.cue().text());
    assertEquals("Ines Berg", answer.speakerResolved());
    // First said in an interview, as the text says before its first question ("talked to us").
    assertEquals("interview", answer.platform());
    assertEquals(
        "Ines Berg",
        turn(a, "I hope so. I want the island to have its ferry back").speakerResolved());
    Quote question = turn(a, "Why did the crews stop work on Monday?");
    assertEquals("Q", question.speaker().text());
    assertNull(question.speakerResolved());
    // The statements inside an answer stay, and its "I" is the person interviewed.
    Quote inside = quoteWithCue(a, "think");
    assertEquals("I", inside.speaker().text());
    assertEquals("Ines Berg", inside.speakerResolved());
  }

  @Test
  void aTranscriptsNamedTurnsAreTheirSpeakersWords() {
    Annotation a =
        annotate(
            "Mayor defends budget on radio\n\nMayor Alan Brightwater spoke to the radio reporter Lena"
                + " Holt on Tuesday.\n\nHOLT: Mr Mayor, why cut the library budget?\n\nYou"
                + " promised in March that you would not.\n\nBRIGHTWATER: We had no choice. The port"
                + " lost money and I will not raise taxes.\n\nThe council had voted on the cuts in"
                + " March.\n\nHOLT: Will the library close?\n\nBRIGHTWATER: No, it will stay"
                + " open.");
    Quote answer = turn(a, "We had no choice. The port lost money and I will not raise taxes");
    assertEquals(QuoteKind.DIRECT, answer.kind());
    assertEquals("BRIGHTWATER", answer.speaker().text());
    assertEquals("Alan Brightwater", answer.speakerResolved());
    assertEquals("interview", answer.platform());
    assertEquals("Alan Brightwater", turn(a, "No, it will stay open").speakerResolved());
    // A paragraph that goes on speaking to someone is the same turn.
    Quote question =
        turn(
            a, "Mr Mayor, why cut the library budget?\n\nYou promised in March that you would not");
    assertEquals("Lena Holt", question.speakerResolved());
    // The writer's own line between two turns is no one's turn.
    for (Quote q : a.quotes()) {
      assertFalse(q.content().text().contains("The council had voted"), a.quotes().toString());
    }
  }

  @Test
  void unlabelledQuestionsBetweenAnswersAreNotTheAnswers() {
    Annotation a =
        annotate(
            "Two founders on their app\n\nWe talked to Rick Terrill and Marissa Halpert about their"
                + " reading app.\n\nHow did it start?\n\nRick: I wrote the first version in a"
                + " weekend.\n\nMarissa: I joined a month later and we rewrote it.\n\nWhat comes"
                + " next?\n\nRick: We want to ship it to schools.");
    Quote marissa = turn(a, "I joined a month later and we rewrote it");
    assertEquals("Marissa Halpert", marissa.speakerResolved());
    // "We talked to …" says where the words were said.
    assertEquals("interview", marissa.platform());
    assertEquals("Rick Terrill", turn(a, "We want to ship it to schools").speakerResolved());
  }

  @Test
  void sectionLabelsListsAndAddressesAreNotTurns() {
    List<Quote> quotes =
        annotate(
                "Study of ferry use\n\nBackground: Ferry use on the Kallvik line fell in"
                    + " 2024.\n\nMethods: We counted passengers on every crossing.\n\nResults: Use"
                    + " fell by a third.\n\nPrices\n\nNordline: 45 euros\n\nKallvik Ferries: 40"
                    + " euros\n\nVotes\n\nInes Berg: 1,769.\n\nAlan Brightwater: 547.\n\nInes Berg:"
                    + " 46.\n\nAuthors\n\nDr. Lena Holt: 12 Harbour Road, Kallvik.\n\nDr. Rick"
                    + " Terrill: 3 Quay Street, Kallvik.")
            .quotes();
    for (Quote q : quotes) {
      assertFalse(
          q.kind() == QuoteKind.DIRECT && q.cue() != null && q.cue().text().equals(":"),
          quotes.toString());
    }
    assertTrue(quotes.stream().noneMatch(q -> q.content().text().startsWith("45 euros")));
    assertTrue(quotes.stream().noneMatch(q -> q.content().text().contains("Harbour Road")));
  }

  @Test
  void aPageOfFrequentlyAskedQuestionsIsNoInterview() {
    List<Quote> quotes =
        annotate(
                "Ferry questions\n\nKallvik Ferries runs the island line, and Ines Berg has"
                    + " captained it for twenty years.\n\nQ: When does the first ferry"
                    + " leave?\n\nA: The first ferry leaves at six.\n\nQ: Can I bring a bike?\n\nA:"
                    + " Yes, bikes travel free.")
            .quotes();
    assertTrue(
        quotes.stream().noneMatch(q -> q.speaker() != null && q.speaker().text().equals("A")),
        quotes.toString());
  }

  @Test
  void aRemarkInBracketsAfterANameIsNoPartOfItsLabel() {
    Annotation a =
        annotate(
            "Mayor on the library\n\nMayor Alan Brightwater spoke to the radio reporter Lena Holt"
                + " on Tuesday.\n\nHOLT: Will the library close?\n\nBRIGHTWATER (laughing): No,"
                + " it will stay open.\n\nHOLT: And on Saturdays?\n\nBRIGHTWATER: We will see in"
                + " the autumn.");
    Quote answer = turn(a, "No, it will stay open");
    assertEquals("BRIGHTWATER", answer.speaker().text());
    assertEquals("Alan Brightwater", answer.speakerResolved());
  }

  @Test
  void questionAndAnswerWrittenOutAreAnInterviewsTurns() {
    Annotation a =
        annotate(
            "Ferry captain speaks out\n\nInes Berg talked to us about the strike.\n\nQuestion:"
                + " Why did the crews stop work?\n\nAnswer: The company broke its promise.");
    assertEquals("Ines Berg", turn(a, "The company broke its promise").speakerResolved());
    assertEquals("Question", turn(a, "Why did the crews stop work?").speaker().text());
  }

  @Test
  void aLabelInCapitalsIsNoOtherPersonOfItsSurname() {
    Annotation a =
        annotate(
            "Songs of the island\n\nThe radio reporter Lena Holt talked to a singer from the"
                + " island about her new record, which covers songs by Chuck Berry.\n\nHOLT: Why"
                + " Chuck"
                + " Berry?\n\nJO BERRY: My father played his records every day.\n\nHOLT: And"
                + " the island?\n\nJO BERRY: I wrote the last song here, on the ferry.");
    for (Quote q : a.quotes()) {
      assertFalse("Chuck Berry".equals(q.speakerResolved()), a.quotes().toString());
    }
    assertEquals("Lena Holt", turn(a, "Why Chuck Berry?").speakerResolved());
  }
}
