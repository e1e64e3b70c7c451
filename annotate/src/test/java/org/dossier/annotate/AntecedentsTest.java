package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/** Whom a speaker "he" or "she" means, on texts written for the project. */
class AntecedentsTest {
  private static String speakerOf(String text, String words) {
    Annotation a = Annotator.shared().annotate(text, LocalDate.of(2026, 11, 30));
    return a.quotes().stream()
        .filter(q -> q.content().text().contains(words))
        .findFirst()
        .map(Quote::speakerResolved)
        .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + a.quotes()));
  }

  @Test
  void aChainOfPronounsGoesBackToTheManTheParagraphIsAbout() {
    // The names nearest before "he" are the reporters he helped, in the object of the sentence
    // before; the "he" of that sentence is its subject, and means Brandt.
    String text =
        "Walter Brandt ran the bureau's counter-intelligence office for a decade. A veteran of the"
            + " Berlin station, he secretly helped the reporters Tom Lasker and Carl Wendt pursue"
            + " the story. Thirty years later he told an interviewer: \"I was the source they never"
            + " named.\"";
    assertEquals("Walter Brandt", speakerOf(text, "the source they never named"));
  }

  @Test
  void theSubjectOfTheSentenceBeforeOutranksAPersonNamedInItsClause() {
    String text =
        "Mayor Ellen Harper said on Monday that Governor Ruth Alvarez had not been told of the"
            + " plan. \"Nobody in the capital knew about it,\" she said.";
    assertEquals("Ellen Harper", speakerOf(text, "Nobody in the capital"));
  }

  @Test
  void aPersonAfterAPrepositionInThePronounsOwnSentenceIsNotWhomItMeans() {
    String text =
        "Maria Costa met reporters on Tuesday. During her interview with Laura Finch she said the"
            + " budget would be late by a month.";
    assertEquals("Maria Costa", speakerOf(text, "the budget would be late"));
  }

  @Test
  void aPersonInTheObjectOfThePronounsOwnSentenceComesAfterTheSubjectBefore() {
    String text =
        "Elena Ruiz, 21, told jurors she and two friends went to the market on May 29. Two men"
            + " followed Maria Lopez to the corner of First Street, she said.";
    assertEquals("Elena Ruiz", speakerOf(text, "followed Maria Lopez"));
  }

  @Test
  void aPossessiveLeadingThePronounsOwnSentenceIsWhomItMeans() {
    String text =
        "The Lopez family ran the oil business for decades. When Frederick Lopez's name started"
            + " appearing in newspapers, he told a reporter that he was not a millionaire.";
    assertEquals("Frederick Lopez", speakerOf(text, "not a millionaire"));
  }

  @Test
  void aTitleTellsTheGenderOfANameTheListOfFirstNamesDoesNot() {
    // "Clinton" alone has no first name to tell; "Mrs." does.
    String text =
        "The senator spoke in Charleston on Monday. Mrs. Clinton will face the same partisan fire"
            + " Mr. Obama has faced. He said that the coal country had turned on both of them.";
    assertEquals("Obama", speakerOf(text, "coal country"));
  }

  @Test
  void thePersonNamedNearestStaysWhenItIsTheSubjectBefore() {
    // "As David Moreno left": a name before its verb is its clause's subject, though a
    // conjunction the tagger tags as a preposition comes before it.
    String text =
        "Judge Peter Olsen ruled on Friday. As David Moreno left the hearing, he said he would"
            + " appeal the ruling.";
    assertEquals("David Moreno", speakerOf(text, "he would appeal"));
  }

  @Test
  void aPersonNamedInPassingDoesNotTakeOverTheSpeakerOfTheStatementBefore() {
    String text =
        "Paul Henry, an analyst with the bank, says the rates will rise, as Tom Riley predicted."
            + " \"The bad news is that everyone will pay more,\" he says.";
    assertEquals("Paul Henry", speakerOf(text, "everyone will pay more"));
  }
}
