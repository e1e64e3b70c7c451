package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.time.TimeAnnotator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeValuesTest {
  /** No tense beside the weekday: SUTime's rules leave its value untagged. */
  private static final String UNTAGGED =
      "Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday, and all were"
          + " honoring the sanctions.";

  /** A past tense right after the weekday: the rules tag its value to resolve to the past. */
  private static final String PAST =
      "The announcement on Wednesday surprised many in the industry.";

  @Test
  void aSentenceGetsTheSameValuesWhateverSutimeReadBeforeIt() {
    TimeAnnotator sutime = new TimeAnnotator("sutime", Pipeline.timeProperties());
    TimeValues.isolate(sutime);
    // SUTime's values against TimeRuleGuardsTest's document date, Tuesday 2026-03-03.
    List<String> alone = TimeRuleGuardsTest.times(sutime, UNTAGGED);
    assertEquals(List.of("67-76 DATE 2026-03-04 Wednesday"), alone);
    // Its own tense still counts: "on Wednesday surprised" is the Wednesday before.
    assertEquals(
        List.of("20-29 DATE 2026-02-25 Wednesday"), TimeRuleGuardsTest.times(sutime, PAST));
    // Without the copies, the past tag stayed on the one "Wednesday" value every sentence
    // shares, and this became 2026-02-25 too.
    assertEquals(alone, TimeRuleGuardsTest.times(sutime, UNTAGGED));
  }

  @Test
  void everyStageOfSutimeIsReached() {
    // A CoreNLP upgrade that renames SUTime's fields leaves the values shared, and this says so.
    TimeAnnotator sutime = new TimeAnnotator("sutime", Pipeline.timeProperties());
    assertTrue(TimeValues.isolate(sutime) > 2);
  }
}
