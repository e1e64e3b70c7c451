package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeValuesTest {
  private static final String TUESDAY = "2026-03-03";

  /** No tense beside the weekday: SUTime's rules leave its value untagged. */
  private static final String UNTAGGED =
      "Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday, and all were"
          + " honoring the sanctions.";

  /** A past tense right after the weekday: the rules tag its value to resolve to the past. */
  private static final String PAST =
      "The announcement on Wednesday surprised many in the industry.";

  /** SUTime's values for a text, sentence by sentence, as the annotator asks for them. */
  private static List<String> values(TimeAnnotator sutime, String text) {
    Annotation doc = new Annotation(text);
    Pipeline.get().annotate(doc);
    List<String> out = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreMap t : sutime.annotateSingleSentence(sentence, TUESDAY, new SUTime.TimeIndex())) {
        out.add(t.get(TimeAnnotations.TimexAnnotation.class).value());
      }
    }
    return out;
  }

  @Test
  void aSentenceGetsTheSameValuesWhateverSutimeReadBeforeIt() {
    TimeAnnotator sutime = new TimeAnnotator("sutime", Pipeline.timeProperties());
    TimeValues.isolate(sutime);
    List<String> alone = values(sutime, UNTAGGED);
    assertEquals(List.of("2026-03-04"), alone);
    // Its own tense still counts: "on Wednesday surprised" is the Wednesday before.
    assertEquals(List.of("2026-02-25"), values(sutime, PAST));
    // Without the copies, the past tag stayed on the one "Wednesday" value every sentence
    // shares, and this became 2026-02-25 too.
    assertEquals(alone, values(sutime, UNTAGGED));
  }

  @Test
  void everyStageOfSutimeIsReached() {
    // A CoreNLP upgrade that renames SUTime's fields leaves the values shared, and this says so.
    TimeAnnotator sutime = new TimeAnnotator("sutime", Pipeline.timeProperties());
    assertTrue(TimeValues.isolate(sutime) > 2);
  }
}
