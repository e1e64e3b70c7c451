package org.dossier.stories;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How alike two articles are, from 0 to 1: the cosine of their TF-IDF word vectors and the
 * IDF-weighted overlap of the names they mention; and how far apart they were published.
 */
final class Similarity {

  private Similarity() {}

  /**
   * The combined similarity.
   *
   * @param idf the inverse document frequency of a word or a name
   * @param wordWeight the weight of the word cosine; the names take the rest
   */
  static double of(Signature a, Signature b, Idf idf, double wordWeight) {
    double words = cosine(a.terms(), b.terms(), idf::word);
    if (a.entities().isEmpty() || b.entities().isEmpty()) {
      return words;
    }
    double names = dice(a.entities(), b.entities(), idf::name);
    return wordWeight * words + (1 - wordWeight) * names;
  }

  /** Days between two publish days, or -1 when either is unknown. */
  static long gapDays(Signature a, Signature b) {
    if (a.day() == null || b.day() == null) {
      return -1;
    }
    return Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
  }

  static double cosine(
      Map<String, Integer> a, Map<String, Integer> b, ToDoubleFunction<String> idf) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      double w = weight(e.getValue(), idf.applyAsDouble(e.getKey()));
      na += w * w;
      Integer other = b.get(e.getKey());
      if (other != null) {
        dot += w * weight(other, idf.applyAsDouble(e.getKey()));
      }
    }
    for (Map.Entry<String, Integer> e : b.entrySet()) {
      double w = weight(e.getValue(), idf.applyAsDouble(e.getKey()));
      nb += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static double weight(int count, double idf) {
    return (1 + Math.log(count)) * idf;
  }

  static double dice(Set<String> a, Set<String> b, ToDoubleFunction<String> idf) {
    double shared = 0;
    double sa = 0;
    double sb = 0;
    for (String e : a) {
      double w = idf.applyAsDouble(e);
      sa += w;
      if (b.contains(e)) {
        shared += w;
      }
    }
    for (String e : b) {
      sb += idf.applyAsDouble(e);
    }
    return sa + sb == 0 ? 0 : 2 * shared / (sa + sb);
  }

  /** Inverse document frequencies of words and names. */
  interface Idf {
    double word(String w);

    double name(String e);
  }
}
