package org.dossier.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a text, for comparing articles: lower-cased, stop words dropped, plurals folded.
 */
final class Terms {

  private static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "herself",
          "him",
          "himself",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "me",
          "more",
          "most",
          "my",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "out",
          "over",
          "own",
          "s",
          "said",
          "same",
          "say",
          "says",
          "she",
          "should",
          "so",
          "some",
          "such",
          "t",
          "than",
          "that",
          "the",
          "their",
          "theirs",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "told",
          "under",
          "until",
          "up",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "would",
          "you",
          "your",
          "yours",
          "year",
          "years",
          "new",
          "one",
          "two",
          "first",
          "last",
          "week",
          "day",
          "according",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mr",
          "ms",
          "mrs",
          "re",
          "ll",
          "ve",
          "d",
          "m",
          "don",
          "didn",
          "doesn",
          "won",
          "isn",
          "wasn",
          "get",
          "got",
          "like",
          "make",
          "made",
          "many",
          "much",
          "may",
          "might",
          "must",
          "people",
          "time");

  private Terms() {}

  /** The words of a text in order, lower-cased, without stop words, at most {@code max}. */
  static List<String> words(String text, int max) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && out.size() < max) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)))) {
        i++;
      }
      if (i > start) {
        String w = fold(text.substring(start, i).toLowerCase(Locale.ROOT));
        if (w.length() > 1 && !STOP.contains(w)) {
          out.add(w);
        }
      }
    }
    return out;
  }

  /** Counts of the words of a text. */
  static Map<String, Integer> count(String text, int max) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String w : words(text, max)) {
      counts.merge(w, 1, Integer::sum);
    }
    return counts;
  }

  /** Folds a regular English plural to its singular, so "arrests" and "arrest" meet. */
  static String fold(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
