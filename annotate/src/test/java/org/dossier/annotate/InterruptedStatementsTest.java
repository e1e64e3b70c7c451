package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Statements that an "according to" or a source and its cue interrupt, annotated as whole texts.
 */
class InterruptedStatementsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 5, 4);

  private static List<Quote> quotes(String text) {
    Annotation a = Annotator.shared().annotate(text, DATE);
    return a.quotes();
  }

  private static List<Quote> accordingTo(List<Quote> quotes) {
    return quotes.stream()
        .filter(q -> q.cue() != null && q.cue().text().equalsIgnoreCase("according to"))
        .toList();
  }

  @Test
  void aSubjectAndWhatTheSourceSaysOfItAreOneStatement() {
    List<Quote> found =
        accordingTo(
            quotes(
                "Harbour budget under strain\n\nThe harbour board met on Monday to discuss the"
                    + " budget. The dredging contract, according to a report from the Kallvik"
                    + " Gazette, has cost the town twice what it was promised. Board members"
                    + " declined to comment."));
    assertEquals(1, found.size(), found.toString());
    Quote q = found.get(0);
    assertEquals(
        "The dredging contract, according to a report from the Kallvik Gazette, has cost the"
            + " town twice what it was promised",
        q.content().text());
    assertEquals("a report from the Kallvik Gazette", q.speaker().text());
  }

  @Test
  void aVerbLeftOpenBeforeTheSourceGoesOnAfterIt() {
    List<Quote> found =
        accordingTo(
            quotes(
                "A ferryman remembered\n\nOle Brandvik ran the night ferry for forty years. He"
                    + " was, according to the Kallvik Gazette, the last ferryman of the old"
                    + " harbour. He died on Sunday."));
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        "He was, according to the Kallvik Gazette, the last ferryman of the old harbour",
        found.get(0).content().text());
  }

  @Test
  void theSourcesDescriptionIsNoStatement() {
    List<Quote> found =
        accordingTo(
            quotes(
                "Cable cut slows internet\n\nInternet traffic across the islands has also been"
                    + " hit by the cut, according to Tomas Berg, chief security officer with"
                    + " Nordnet Systems.\n\nRepairs could take a week."));
    assertEquals(1, found.size(), found.toString());
    assertEquals(
        "Internet traffic across the islands has also been hit by the cut",
        found.get(0).content().text());
  }

  @Test
  void aDescriptionWithAClauseOfItsOwnIsNoStatementEither() {
    List<Quote> found =
        accordingTo(
            quotes(
                "Harbour court needs a judge\n\nThe harbour court has so many cases that it"
                    + " should have a second judge, according to the Kallvik Bar Council, the"
                    + " body that speaks for the town's lawyers. The council wrote to the minister"
                    + " on Friday."));
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).content().text().startsWith("The harbour court"), found.toString());
  }

  @Test
  void aClauseAfterTheSourcesCommaStaysAStatement() {
    List<Quote> found =
        accordingTo(
            quotes(
                "Harbour dues\n\nAccording to the harbour board, dues will double next year."
                    + " Fishermen say they cannot pay."));
    assertEquals(1, found.size(), found.toString());
    assertEquals("dues will double next year", found.get(0).content().text());
  }

  @Test
  void aSubjectOrAnOpeningBeforeTheSourceAndCueIsTheStatementsOpening() {
    List<Quote> found =
        quotes(
            "Ferry news\n\nThe night ferry, Ines Berg said, will resume on Monday after the"
                + " repairs.\n\nIn the long run, harbour economists say, the levy could double"
                + " the cost of a crossing.");
    assertEquals(2, found.size(), found.toString());
    assertEquals(
        "The night ferry, Ines Berg said, will resume on Monday after the repairs",
        found.get(0).content().text());
    assertEquals("Ines Berg", found.get(0).speakerResolved());
    assertEquals(
        "In the long run, harbour economists say, the levy could double the cost of a crossing",
        found.get(1).content().text());
    assertEquals("harbour economists", found.get(1).speaker().text());
  }

  @Test
  void aClauseOfItsOwnBeforeTheSourceAndCueIsNotJoinedToWhatFollows() {
    List<Quote> found =
        quotes(
            "Storm at the harbour\n\nThe tide rose quickly, Ines Berg said, and the pier flooded"
                + " within an hour.");
    assertTrue(
        found.stream().noneMatch(q -> q.content().text().contains("rose quickly")),
        found.toString());
    assertTrue(
        found.stream().anyMatch(q -> q.content().text().startsWith("and the pier flooded")),
        found.toString());
  }
}
