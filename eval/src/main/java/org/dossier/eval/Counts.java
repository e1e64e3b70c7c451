package org.dossier.eval;

import java.util.Set;

/** Confusion counts and the figures derived from them. */
final class Counts {
  long truePositives;
  long falsePositives;
  long falseNegatives;
  long trueNegatives;

  /**
   * Adds a comparison of predicted items with gold ones: those in both are true positives, the rest
   * false positives or false negatives.
   */
  <T> void compare(Set<T> predicted, Set<T> gold) {
    long both = 0;
    for (T item : predicted) {
      if (gold.contains(item)) {
        both++;
      }
    }
    truePositives += both;
    falsePositives += predicted.size() - both;
    falseNegatives += gold.size() - both;
  }

  double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  double accuracy() {
    return ratio(
        truePositives + trueNegatives,
        truePositives + trueNegatives + falsePositives + falseNegatives);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
