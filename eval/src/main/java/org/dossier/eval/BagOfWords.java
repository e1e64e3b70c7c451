package org.dossier.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level bag-of-words F1 as the WCXB benchmark defines it: lower-cased {@code \w+} tokens,
 * counted with multiplicity, precision over the extracted tokens and recall over the gold tokens.
 */
final class BagOfWords {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private BagOfWords() {}

  static Map<String, Integer> tokens(String text) {
    Map<String, Integer> bag = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      bag.merge(m.group(), 1, Integer::sum);
    }
    return bag;
  }

  /** F1 of extracted against gold text; 1 when both are empty, 0 when only one is. */
  static double f1(String extracted, String gold) {
    return score(extracted, gold)[2];
  }

  /** Precision, recall and F1 of extracted against gold text, in that order. */
  static double[] score(String extracted, String gold) {
    Map<String, Integer> e = tokens(extracted);
    Map<String, Integer> g = tokens(gold);
    long ne = e.values().stream().mapToLong(Integer::longValue).sum();
    long ng = g.values().stream().mapToLong(Integer::longValue).sum();
    if (ne == 0 && ng == 0) {
      return new double[] {1, 1, 1};
    }
    if (ne == 0 || ng == 0) {
      return new double[] {ne == 0 ? 1 : 0, ng == 0 ? 1 : 0, 0};
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> entry : e.entrySet()) {
      overlap += Math.min(entry.getValue(), g.getOrDefault(entry.getKey(), 0));
    }
    double p = (double) overlap / ne;
    double r = (double) overlap / ng;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }
}
