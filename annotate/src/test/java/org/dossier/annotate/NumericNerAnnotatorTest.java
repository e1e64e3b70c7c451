package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.TimeMention;
import org.junit.jupiter.api.Test;

/** CoreNLP's numeric classifiers run only on the sentences that hold something they can tag. */
class NumericNerAnnotatorTest {
  private static List<CoreLabel> tokens(String sentence) {
    List<CoreLabel> out = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setTag(w.equals("a") ? "DT" : "NN");
      out.add(t);
    }
    return out;
  }

  @Test
  void aSentenceWithoutNumbersAmountsOrTimesIsLeftOut() {
    assertFalse(
        NumericNerAnnotator.numeric(tokens("The mayor spoke to reporters outside the hall .")));
  }

  @Test
  void numbersAmountsAndTimesLetASentenceThrough() {
    for (String s :
        new String[] {
          "Prices rose 5 % .",
          "It cost three pounds .",
          "It cost €5 .",
          "the twenty-first edition",
          "a dozen eggs",
          "They met at lunchtime .",
          "They met on Tuesday .",
          "It opened last Sept. ."
        }) {
      assertTrue(NumericNerAnnotator.numeric(tokens(s)), s);
    }
    List<CoreLabel> tagged = tokens("He scored in the match");
    tagged.get(4).setTag("CD"); // a word the tagger calls a number
    assertTrue(NumericNerAnnotator.numeric(tagged));
  }

  @Test
  void aTimeOnlyTheNumericClassifiersKnowIsStillFound() {
    // "lunchtime" is a time word of CoreNLP's numeric classifiers, not of SUTime's triggers.
    Annotation a =
        Annotator.shared()
            .annotate(
                "The council will meet again at lunchtime to vote.", LocalDate.of(2026, 3, 3));
    assertTrue(
        a.times().stream().map(TimeMention::text).anyMatch("lunchtime"::equals),
        "times: " + a.times());
  }
}
