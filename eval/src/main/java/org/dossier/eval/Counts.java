package org.dossier.eval;

/** Confusion counts and the figures derived from them. */
final class Counts {
  long truePositives;
  long falsePositives;
  long falseNegatives;
  long trueNegatives;

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
