package org.dossier.stories;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;

/**
 * How alike two articles are, from 0 to 1: the cosine of their TF-IDF word vectors and the
 * IDF-weighted overlap (Dice) of the names they mention; and how far apart they were published.
 */
final class Similarity {

  private Similarity() {}

  /**
   * An article's weights, computed once: its words' TF-IDF weights with their norm, and its names'
   * IDF weights with their sum.
   */
  record Vector(
      String[] words,
      double[] weights,
      double norm,
      String[] names,
      double[] nameWeights,
      double nameSum,
      Signature signature) {}

  /** Weights a signature with the given inverse document frequencies. */
  static Vector vector(Signature s, Idf idf) {
    String[] words = new String[s.terms().size()];
    double[] weights = new double[words.length];
    double norm = 0;
    int i = 0;
    for (Map.Entry<String, Integer> e : s.terms().entrySet()) {
      words[i] = e.getKey();
      weights[i] = (1 + Math.log(e.getValue())) * idf.word(e.getKey());
      norm += weights[i] * weights[i];
      i++;
    }
    String[] names = s.entities().toArray(new String[0]);
    double[] nameWeights = new double[names.length];
    double sum = 0;
    for (int j = 0; j < names.length; j++) {
      nameWeights[j] = idf.name(names[j]);
      sum += nameWeights[j];
    }
    return new Vector(words, weights, Math.sqrt(norm), names, nameWeights, sum, s);
  }

  /**
   * The combined similarity of a new article (with its words in a map for lookups) and an indexed
   * one: the lexical similarity, mixed with the cosine of their embeddings when both have one.
   *
   * @param wordWeight the weight of the word cosine; the names take the rest
   * @param embeddingWeight the share of the embedding cosine when both articles have one
   */
  static double of(
      Vector a, Map<String, Double> aWeights, Vector b, double wordWeight, double embeddingWeight) {
    double lexical = lexical(a, aWeights, b, wordWeight);
    float[] ea = a.signature().embedding();
    float[] eb = b.signature().embedding();
    if (ea == null || eb == null || ea.length != eb.length || embeddingWeight == 0) {
      return lexical;
    }
    double dot = 0;
    for (int i = 0; i < ea.length; i++) {
      dot += ea[i] * eb[i];
    }
    return (1 - embeddingWeight) * lexical + embeddingWeight * Math.max(0, dot);
  }

  private static double lexical(
      Vector a, Map<String, Double> aWeights, Vector b, double wordWeight) {
    double dot = 0;
    for (int i = 0; i < b.words().length; i++) {
      Double w = aWeights.get(b.words()[i]);
      if (w != null) {
        dot += w * b.weights()[i];
      }
    }
    double words = a.norm() == 0 || b.norm() == 0 ? 0 : dot / (a.norm() * b.norm());
    if (a.names().length == 0 || b.names().length == 0) {
      return words;
    }
    Set<String> aNames = a.signature().entities();
    double shared = 0;
    for (int i = 0; i < b.names().length; i++) {
      if (aNames.contains(b.names()[i])) {
        shared += b.nameWeights()[i];
      }
    }
    double names = 2 * shared / (a.nameSum() + b.nameSum());
    return wordWeight * words + (1 - wordWeight) * names;
  }

  /**
   * Days between two publish dates, or -1 when either is unknown. A date known only to the month or
   * year is the span of its days, and the gap is between the nearest days of the two spans (0 when
   * they overlap): an inferred "2026" is not far from a day of 2026.
   */
  static long gapDays(Signature a, Signature b) {
    if (a.day() == null || b.day() == null) {
      return -1;
    }
    long after = ChronoUnit.DAYS.between(a.until(), b.day());
    long before = ChronoUnit.DAYS.between(b.until(), a.day());
    return Math.max(0, Math.max(after, before));
  }

  /** Inverse document frequencies of words and names. */
  interface Idf {
    double word(String w);

    double name(String e);
  }

  /** The inverse document frequency of a name found in {@code df} of {@code documents}. */
  static double idf(long documents, long df) {
    return Math.log((documents + 1.0) / (df + 1.0)) + 1;
  }

  /**
   * The inverse document frequency of a word found in {@code df} of {@code documents}, counted
   * together with the reference articles of {@link BackgroundFrequencies}.
   */
  static double wordIdf(long documents, long df, String word) {
    BackgroundFrequencies b = BackgroundFrequencies.shipped();
    return idf(documents + b.documents(), df + b.df(word));
  }
}
