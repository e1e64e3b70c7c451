package org.dossier.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.ContentHash;

/** Compares two wordings of a statement: normalised forms, word overlap, and a word-level diff. */
final class Wording {

  private Wording() {}

  /** The text with quote marks, apostrophes, dashes, ellipses and spaces unified. */
  static String normal(String text) {
    String t =
        Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    // One pass (the regular expressions it replaces were a third of compiling a dossier): quote
    // marks and dashes of every style made plain, "…" spelt out, runs of white space made one
    // space.
    StringBuilder b = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
          space = true;
          continue;
        }
        case '“', '”', '„', '«', '»' -> c = '"';
        case '‘', '’', '‚', '‹', '›', '`' -> c = '\'';
        case '–', '—' -> c = '-';
        default -> {}
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      if (c == '…') {
        b.append("...");
      } else {
        b.append(c);
      }
    }
    String out = b.toString().trim();
    int from = 0;
    int to = out.length();
    while (from < to && (out.charAt(from) == '"' || out.charAt(from) == '\'')) {
      from++;
    }
    while (to > from && (out.charAt(to - 1) == '"' || out.charAt(to - 1) == '\'')) {
      to--;
    }
    return out.substring(from, to).trim();
  }

  /**
   * The words of a text as {@link ContentHash#normalize} folds it (case, quote marks, dashes,
   * compatibility forms such as "…"), without punctuation; "I'm" gives "i'm".
   */
  static List<String> words(String text) {
    return Terms.tokens(text);
  }

  /** Shared words over the words of the shorter wording, from 0 to 1. */
  static double containment(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    Set<String> both = new HashSet<>(sa);
    both.retainAll(sb);
    return (double) both.size() / Math.min(sa.size(), sb.size());
  }

  /**
   * Shared pairs of adjacent words over the pairs of the shorter wording, from 0 to 1: words in the
   * same order, as two printings of one statement keep them and two statements that share only
   * their small words ("of his", "to the") do not.
   */
  static double pairContainment(List<String> a, List<String> b) {
    Set<String> pa = pairs(a);
    Set<String> pb = pairs(b);
    if (pa.isEmpty() || pb.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String x : pa) {
      shared += pb.contains(x) ? 1 : 0;
    }
    return (double) shared / Math.min(pa.size(), pb.size());
  }

  private static Set<String> pairs(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }

  /** Length of the longest common subsequence of two word lists. */
  static int lcs(List<String> a, List<String> b) {
    int[][] t = table(a, b);
    return t[0][0];
  }

  private static int[][] table(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        t[i][j] =
            a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t;
  }

  /**
   * A word-level diff from {@code from} to {@code to}: unchanged words as they are, removed words
   * as "[-…-]", added words as "{+…+}".
   */
  static String diff(String from, String to) {
    List<String> a = List.of(normal(from).split(" "));
    List<String> b = List.of(normal(to).split(" "));
    List<String> ka = new ArrayList<>();
    List<String> kb = new ArrayList<>();
    for (String w : a) {
      ka.add(key(w));
    }
    for (String w : b) {
      kb.add(key(w));
    }
    int[][] t = table(ka, kb);
    StringBuilder out = new StringBuilder();
    List<String> del = new ArrayList<>();
    List<String> add = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && ka.get(i).equals(kb.get(j))) {
        flush(out, del, add);
        append(out, b.get(j));
        i++;
        j++;
      } else if (j < b.size() && (i == a.size() || t[i][j + 1] >= t[i + 1][j])) {
        add.add(b.get(j++));
      } else {
        del.add(a.get(i++));
      }
    }
    flush(out, del, add);
    return out.toString();
  }

  private static String key(String w) {
    return w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", "");
  }

  private static void flush(StringBuilder out, List<String> del, List<String> add) {
    if (!del.isEmpty()) {
      append(out, "[-" + String.join(" ", del) + "-]");
      del.clear();
    }
    if (!add.isEmpty()) {
      append(out, "{+" + String.join(" ", add) + "+}");
      add.clear();
    }
  }

  private static void append(StringBuilder out, String s) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(s);
  }
}
