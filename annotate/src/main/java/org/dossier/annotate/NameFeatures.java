package org.dossier.annotate;

import java.util.Arrays;
import java.util.Locale;

/**
 * The name tagger's features: for each token, hashes of its word as written and in lower case, its
 * shape ("Xx", "X.X.", "dd"), prefixes and suffixes, its part of speech, its word cluster, and the
 * same of the tokens around it, alone and in pairs.
 */
final class NameFeatures {
  private NameFeatures() {}

  static final String START = "<s>";
  static final String END = "</s>";

  /** Each word of a sentence in lower case, its shape and its cluster: what both taggers read. */
  record Forms(String[] lower, String[] shape, String[] cluster) {
    static Forms of(String[] words, WordClusters clusters) {
      int n = words.length;
      Forms f = new Forms(new String[n], new String[n], new String[n]);
      for (int i = 0; i < n; i++) {
        f.lower[i] = words[i].toLowerCase(Locale.ROOT);
        f.shape[i] = NameFeatures.shape(words[i]);
        f.cluster[i] = clusters.of(f.lower[i]);
      }
      return f;
    }
  }

  /** Where the neighbours of places 1 to 4 ({@link #neighbour}) stand from the token. */
  private static final int[] PLACES = {-1, 1, -2, 2};

  /**
   * The features of every token of a sentence, each a list of hashes: those that read its own word
   * ({@link #word}), those that read one neighbour's ({@link #neighbour}, the two either side) and
   * the rest ({@link #context}). The taggers keep the first two kinds per word.
   */
  static int[][] of(String[] words, String[] pos, WordClusters clusters) {
    int n = words.length;
    Forms forms = Forms.of(words, clusters);
    String[] lower = forms.lower();
    String[] shape = forms.shape();
    String[] cluster = forms.cluster();
    int[][] out = new int[n][];
    int[] b = new int[WORD_FEATURES + 10 + CONTEXT_FEATURES];
    int[] part = new int[WORD_FEATURES];
    for (int i = 0; i < n; i++) {
      int k = word(b, words[i], lower[i], shape[i], cluster[i]);
      for (int place = 1; place <= 4; place++) {
        int j = i + PLACES[place - 1];
        int m = neighbour(part, place, at(words, j), at(lower, j), at(cluster, j));
        System.arraycopy(part, 0, b, k, m);
        k += m;
      }
      int m = context(part, i, words, lower, shape, cluster, pos);
      System.arraycopy(part, 0, b, k, m);
      k += m;
      out[i] = Arrays.copyOf(b, k);
    }
    return out;
  }

  /** The most features {@link #word} writes. */
  static final int WORD_FEATURES = 16;

  /** The features {@link #context} writes. */
  static final int CONTEXT_FEATURES = 16;

  /**
   * Writes into {@code out} the features of {@link #of} that read the token's own word alone (its
   * forms as written, in lower case, shape, affixes and cluster), and returns how many.
   */
  static int word(int[] out, String word, String lower, String shape, String cluster) {
    int k = 0;
    out[k++] = hash("b", "");
    out[k++] = hash("w", word);
    out[k++] = hash("l", lower);
    out[k++] = hash("s", shape);
    k = affixes(out, k, lower, 4, 3);
    out[k++] = hash("c", cluster);
    out[k++] = AttributionFeatures.hash("cs", cluster, shape);
    return k;
  }

  /**
   * Writes into {@code out} the features of {@link #of} that read one neighbour's word alone, for a
   * word standing one before the token ({@code place} 1), one after (2), two before (3) or two
   * after (4), and returns how many.
   */
  static int neighbour(int[] out, int place, String word, String lower, String cluster) {
    switch (place) {
      case 1 -> {
        out[0] = hash("l-1", lower);
        out[1] = hash("w-1", word);
        out[2] = hash("c-1", cluster);
        return 3;
      }
      case 2 -> {
        out[0] = hash("l+1", lower);
        out[1] = hash("w+1", word);
        out[2] = hash("c+1", cluster);
        return 3;
      }
      case 3 -> {
        out[0] = hash("l-2", lower);
        out[1] = hash("c-2", cluster);
        return 2;
      }
      default -> {
        out[0] = hash("l+2", lower);
        out[1] = hash("c+2", cluster);
        return 2;
      }
    }
  }

  /**
   * Writes into {@code out} the other features of {@link #of} for token {@code i}: those of its
   * part of speech and its neighbours', and those that pair its forms with a neighbour's or read
   * its place. Returns how many ({@link #CONTEXT_FEATURES}).
   */
  static int context(
      int[] out,
      int i,
      String[] words,
      String[] lower,
      String[] shape,
      String[] cluster,
      String[] pos) {
    String l = lower[i];
    String s = shape[i];
    String c = cluster[i];
    String lm1 = at(lower, i - 1);
    String lp1 = at(lower, i + 1);
    String pm1 = at(pos, i - 1);
    String pp1 = at(pos, i + 1);
    String sm1 = at(shape, i - 1);
    String sp1 = at(shape, i + 1);
    int k = 0;
    out[k++] = hash("p", pos[i]);
    out[k++] = AttributionFeatures.hash("l-1l", lm1, l);
    out[k++] = AttributionFeatures.hash("ll+1", l, lp1);
    out[k++] = hash("p-1", pm1);
    out[k++] = hash("p+1", pp1);
    out[k++] = AttributionFeatures.hash("p-1p", pm1, pos[i]);
    out[k++] = AttributionFeatures.hash("pp+1", pos[i], pp1);
    out[k++] = AttributionFeatures.hash("s-1ss+1", sm1, s, sp1);
    out[k++] = AttributionFeatures.hash("s-1s", sm1, s);
    out[k++] = AttributionFeatures.hash("ss+1", s, sp1);
    out[k++] = AttributionFeatures.hash("first", i == 0 ? "true" : "false", s);
    out[k++] = AttributionFeatures.hash("ws", words[i], sp1);
    out[k++] = AttributionFeatures.hash("l-1s", lm1, s);
    out[k++] = AttributionFeatures.hash("sl+1", s, lp1);
    out[k++] = AttributionFeatures.hash("c-1c", at(cluster, i - 1), c);
    out[k++] = AttributionFeatures.hash("cc+1", c, at(cluster, i + 1));
    return k;
  }

  /**
   * Writes into {@code out} from {@code k} the hashes of a lower-case word's suffixes up to {@code
   * suffixes} letters, then its prefixes up to {@code prefixes}, and returns where it stopped.
   */
  static int affixes(int[] out, int k, String lower, int suffixes, int prefixes) {
    for (int j = 1; j <= suffixes && j <= lower.length(); j++) {
      out[k++] = hash("suf" + j, lower.substring(lower.length() - j));
    }
    for (int j = 1; j <= prefixes && j <= lower.length(); j++) {
      out[k++] = hash("pre" + j, lower.substring(0, j));
    }
    return k;
  }

  private static int hash(String template, String value) {
    return AttributionFeatures.hash(template, value);
  }

  private static String at(String[] values, int i) {
    return i < 0 ? START : i >= values.length ? END : values[i];
  }

  /**
   * A word's shape: capitals as X, small letters as x, digits as d, other characters as they are,
   * runs of one kind beyond two shortened to two ("Okonkwo" is "Xxx", "U.S." is "X.X.").
   */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder();
    char last = 0;
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char s =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      run = s == last ? run + 1 : 1;
      if (run <= 2) {
        sb.append(s);
      }
      last = s;
    }
    return sb.toString();
  }
}
