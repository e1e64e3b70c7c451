package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

/** Our statements in PolNeAR's conventions, as {@code eval quotes} scores them. */
class QuoteEvaluationTest {
  private static Span span(String text, String part) {
    int at = text.indexOf(part);
    return new Span(part, at, at + part.length());
  }

  /** The content pieces {@code eval quotes} scores for one statement of {@code text}. */
  private static List<int[]> pieces(
      String text, QuoteKind kind, String content, String cue, String speaker) {
    Quote q =
        new Quote(kind, span(text, content), span(text, cue), span(text, speaker), null, null);
    return QuoteEvaluation.predictions(text, List.of(q)).get(0).content().parts();
  }

  @Test
  void aStatementRunningOverItsAccordingToAndSourceIsTheTwoPiecesAroundThem() {
    String text =
        "The dredging contract, according to a report from the Gazette, has cost the town twice"
            + " as much.";
    List<int[]> parts =
        pieces(
            text,
            QuoteKind.INDIRECT,
            text.substring(0, text.length() - 1),
            "according to",
            "a report from the Gazette");
    assertEquals(2, parts.size());
    assertEquals("The dredging contract", text.substring(parts.get(0)[0], parts.get(0)[1]));
    assertEquals(
        "has cost the town twice as much", text.substring(parts.get(1)[0], parts.get(1)[1]));
  }

  @Test
  void aReportedStatementRunningOverItsSourceAndCueIsTheTwoPiecesAroundThem() {
    String text = "This campaign, Ana Ruiz said, is different.";
    List<int[]> parts =
        pieces(
            text,
            QuoteKind.INDIRECT,
            "This campaign, Ana Ruiz said, is different",
            "said",
            "Ana Ruiz");
    assertEquals(2, parts.size());
    assertEquals("This campaign", text.substring(parts.get(0)[0], parts.get(0)[1]));
    assertEquals("is different", text.substring(parts.get(1)[0], parts.get(1)[1]));
  }

  @Test
  void aQuotationThatHoldsItsSpeakerStaysOnePiece() {
    String text = "It was, Ana Ruiz said, a long night";
    List<int[]> parts = pieces(text, QuoteKind.DIRECT, text, "said", "Ana Ruiz");
    assertEquals(1, parts.size());
    assertArrayEquals(new int[] {0, text.length()}, parts.get(0));
  }
}
