package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.junit.jupiter.api.Test;

class SpeakerSpansTest {
  /** The speaker of the one statement in {@code text} whose speaker span is {@code speaker}. */
  private static String speakerAfterLeadIns(String text, String speaker, String content) {
    int s = text.indexOf(speaker);
    int c = text.indexOf(content);
    Quote q =
        new Quote(
            QuoteKind.INDIRECT,
            new Span(content, c, c + content.length()),
            null,
            new Span(speaker, s, s + speaker.length()),
            null,
            null);
    return SpeakerSpans.withoutLeadIns(text, List.of(q)).get(0).speaker().text();
  }

  @Test
  void aSpeakerIsNamedWithoutTheConjunctionOfItsClause() {
    String text = "Though Lund maintains a large lead, a defeat would raise questions.";
    assertEquals("Lund", speakerAfterLeadIns(text, "Though Lund", "a large lead"));
    String described = "As the harbour master told reporters, the cranes will arrive in June.";
    assertEquals(
        "the harbour master",
        speakerAfterLeadIns(described, "As the harbour master", "the cranes will arrive"));
  }

  @Test
  void aQuantityKeepsItsAs() {
    String text = "As many as 40 percent of the voters say the port should close.";
    assertEquals(
        "As many as 40 percent of the voters",
        speakerAfterLeadIns(text, "As many as 40 percent of the voters", "the port should close"));
  }
}
