package org.dossier.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.ContentHash;

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

  /**
   * The one tokenizer of the stories module: the words of a text in order, normalised as {@link
   * ContentHash#normalize} does (NFKC, lower case, plain quotes and dashes), runs of letters and
   * digits with their inner apostrophes ("don't", "o'neill"). Clustering, the ledger's word
   * matching, the tone lexicon and the story index all see text through it.
   */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    scan(text, out::add);
    return out;
  }

  /** Feeds the tokens of a text to a sink in order, until the sink says stop (false). */
  private static void scan(String text, java.util.function.Predicate<String> sink) {
    String t = ContentHash.normalize(text);
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n
          && (Character.isLetterOrDigit(t.charAt(i))
              || (t.charAt(i) == '\''
                  && i + 1 < n
                  && Character.isLetterOrDigit(t.charAt(i + 1))))) {
        i++;
      }
      if (i > start && !sink.test(t.substring(start, i))) {
        return;
      }
    }
  }

  /**
   * The content words of a text in order: its {@link #tokens}, a possessive "'s" and a regular
   * plural folded, without stop words and one-letter words, at most {@code max}.
   */
  static List<String> words(String text, int max) {
    if (max <= 0) {
      return new ArrayList<>();
    }
    // The first words of a long text are read from its beginning alone (cut at a space, so no word
    // is split): normalising all of a long article to keep its first few hundred words was most of
    // choosing a story's title.
    int enough = max * 16;
    if (text.length() > 2 * enough) {
      int cut = enough;
      while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
        cut++;
      }
      List<String> head = wordsOf(text.substring(0, cut), max);
      if (head.size() >= max) {
        return head;
      }
    }
    return wordsOf(text, max);
  }

  private static List<String> wordsOf(String text, int max) {
    List<String> out = new ArrayList<>();
    scan(
        text,
        token -> {
          String w = token.endsWith("'s") ? token.substring(0, token.length() - 2) : token;
          w = fold(w.replace("'", ""));
          if (w.length() > 1 && !STOP.contains(w)) {
            out.add(w);
          }
          return out.size() < max;
        });
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
