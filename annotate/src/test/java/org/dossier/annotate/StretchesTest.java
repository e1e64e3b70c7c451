package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dossier.annotate.Stretches.Stretch;
import org.junit.jupiter.api.Test;

/**
 * The stretches of a sentence handed to CoreNLP's taggers around the words a fast one is unsure of.
 */
class StretchesTest {
  private static double[] gaps(int n, int... unsure) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, 10);
    for (int i : unsure) {
      out[i] = 1;
    }
    return out;
  }

  @Test
  void eachUnsureWordGetsItsCoreInsideItsContextUpToTheSentencesEnds() {
    assertEquals(
        List.of(new Stretch(2, 11, 5, 8), new Stretch(14, 23, 17, 20)),
        Stretches.around(gaps(30, 6, 18), 5, 1, 3));
    assertEquals(
        List.of(new Stretch(0, 4, 0, 1), new Stretch(5, 9, 8, 9)),
        Stretches.around(gaps(9, 0, 8), 5, 0, 3));
  }

  @Test
  void stretchesWhoseContextsMeetAreOne() {
    // Cores 5-8 and 12-15: their contexts (2-11 and 9-18) overlap, so the words between are read
    // and tagged once.
    assertEquals(List.of(new Stretch(2, 18, 5, 15)), Stretches.around(gaps(30, 6, 13), 5, 1, 3));
    // Cores 5-8 and 15-18: contexts 2-11 and 12-21 neither overlap nor touch.
    assertEquals(2, Stretches.around(gaps(30, 6, 16), 5, 1, 3).size());
  }

  @Test
  void aSureSentenceHasNoneAndANegativeContextHandsTheWholeSentenceOver() {
    assertEquals(List.of(), Stretches.around(gaps(12), 5, 1, 3));
    assertEquals(List.of(), Stretches.around(gaps(12), 5, 1, -1));
    assertEquals(List.of(new Stretch(0, 12, 0, 12)), Stretches.around(gaps(12, 3, 9), 5, 1, -1));
  }
}
