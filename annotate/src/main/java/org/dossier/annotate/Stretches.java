package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a sentence that a surer, slower tagger (CoreNLP's CRF names, its part-of-speech
 * tagger) tags again where a distilled tagger is unsure: each unsure word with {@code core} words
 * either side, whose tags are taken from the slower tagger, inside {@code context} more words
 * either side that it reads but whose tags are kept. Both of CoreNLP's taggers read a few words
 * either side of a word (their features' windows are four words at most), so a word's tag from its
 * stretch is almost always the tag the whole sentence gives it, at the cost of the stretch alone:
 * in news, a sentence with one unsure word has a dozen or more words the fast tagger is sure of.
 */
final class Stretches {
  private Stretches() {}

  /**
   * How many words either side of a stretch's core the slower tagger reads, besides the core's own.
   * On 100 PolNeAR train texts, three gave the same agreement with the whole sentences' tags as
   * four (names F1 0.979, part-of-speech tags 99.8 %), and six 0.002 more in names for a quarter
   * more words read. The system property {@code dossier.fallback.context} sets another; a negative
   * value hands whole sentences over, as up to annotator version 14.
   */
  static final int CONTEXT = Integer.getInteger("dossier.fallback.context", 3);

  /**
   * A stretch: the words {@code from} to {@code to} (exclusive) the slower tagger reads, and among
   * them {@code coreFrom} to {@code coreTo} (exclusive), whose tags it gives.
   */
  record Stretch(int from, int to, int coreFrom, int coreTo) {}

  /**
   * The stretches around every word whose gap between its best and second-best tag is under {@code
   * unsure} ({@link #around(boolean[], int, int)}). With {@code context} negative, one stretch of
   * the whole sentence when any word is unsure.
   */
  static List<Stretch> around(double[] gaps, double unsure, int core, int context) {
    int n = gaps.length;
    boolean[] marked = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      marked[i] = gaps[i] < unsure;
      any |= marked[i];
    }
    if (context < 0) {
      return any ? List.of(new Stretch(0, n, 0, n)) : List.of();
    }
    return around(marked, core, context);
  }

  /**
   * The stretches around every marked word, in order: its core of {@code core} words either side,
   * read with {@code context} more; stretches whose reading windows overlap or touch are one, with
   * one core from the first's to the last's. SUTime's stretches ({@link TimeTriggers#stretches})
   * are these with no context beyond the core.
   */
  static List<Stretch> around(boolean[] marked, int core, int context) {
    int n = marked.length;
    List<Stretch> out = new ArrayList<>();
    int coreFrom = -1;
    int coreTo = -1;
    for (int i = 0; i < n; i++) {
      if (!marked[i]) {
        continue;
      }
      int from = Math.max(0, i - core);
      int to = Math.min(n, i + core + 1);
      if (coreFrom >= 0 && from - context <= coreTo + context) {
        coreTo = to; // its window meets the last one's: the same stretch
        continue;
      }
      if (coreFrom >= 0) {
        out.add(stretch(coreFrom, coreTo, context, n));
      }
      coreFrom = from;
      coreTo = to;
    }
    if (coreFrom >= 0) {
      out.add(stretch(coreFrom, coreTo, context, n));
    }
    return out;
  }

  private static Stretch stretch(int coreFrom, int coreTo, int context, int n) {
    return new Stretch(
        Math.max(0, coreFrom - context), Math.min(n, coreTo + context), coreFrom, coreTo);
  }
}
