package org.dossier.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The quoted words an expression made only of them must find in a text: SUTime's rules for time
 * zones are {@code \b(\Qpacific standard time\E|\Qpst\E|…)\b}, some six hundred names and ids tried
 * case-insensitively at every character of every sentence it reads, where {@link RequiredText}
 * finds no character that every match needs. A text none of whose stretches is one of the words,
 * compared character by character as the expression's flags compare them, has no match; the test
 * costs a lookup per character instead of an attempt per word.
 */
final class LiteralAlternatives {
  private final boolean ignoreCase;
  private final boolean unicodeCase;

  /** The words folded, by their first two characters folded. */
  private final Map<Integer, List<char[]>> byStart = new HashMap<>();

  /** A bit per hash of two characters that start a word: most characters are ruled out here. */
  private final boolean[] starts = new boolean[1 << 16];

  private LiteralAlternatives(List<String> words, int flags) {
    this.ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
    this.unicodeCase = (flags & Pattern.UNICODE_CASE) != 0;
    for (String w : words) {
      char[] folded = new char[w.length()];
      for (int k = 0; k < folded.length; k++) {
        folded[k] = fold(w.charAt(k));
      }
      starts[hash(folded[0], folded[1])] = true;
      byStart.computeIfAbsent(key(folded[0], folded[1]), x -> new ArrayList<>()).add(folded);
    }
  }

  /**
   * The words of an expression that is one group of quoted words, with a word boundary or nothing
   * either side ({@code \b(\Qa\E|\Qb\E)\b}); null for any other expression, or for one with a word
   * shorter than two characters, or with flags this does not read (only the case flags are).
   */
  static LiteralAlternatives of(Pattern pattern) {
    int flags = pattern.flags();
    if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
      return null;
    }
    String re = pattern.pattern();
    int i = re.startsWith("\\b") ? 2 : 0;
    int end = re.endsWith(")\\b") ? re.length() - 3 : re.length() - 1;
    if (i >= re.length() || re.charAt(i) != '(' || end <= i || re.charAt(end) != ')') {
      return null;
    }
    i++;
    if (re.startsWith("?:", i)) {
      i += 2;
    }
    List<String> words = new ArrayList<>();
    while (i < end) {
      if (!re.startsWith("\\Q", i)) {
        return null;
      }
      int close = re.indexOf("\\E", i + 2);
      if (close < 0 || close > end) {
        return null;
      }
      String word = re.substring(i + 2, close);
      if (word.length() < 2) {
        return null;
      }
      words.add(word);
      i = close + 2;
      if (i < end) {
        if (re.charAt(i) != '|') {
          return null;
        }
        i++;
        if (i == end) {
          return null; // an empty alternative matches anywhere
        }
      }
    }
    return words.isEmpty() ? null : new LiteralAlternatives(words, flags);
  }

  /** Whether one of the words stands somewhere in a text (word boundaries not asked for). */
  boolean foundIn(String text) {
    int n = text.length();
    if (n < 2) {
      return false;
    }
    char next = fold(text.charAt(0));
    for (int i = 0; i + 1 < n; i++) {
      char c = next;
      next = fold(text.charAt(i + 1));
      if (!starts[hash(c, next)]) {
        continue;
      }
      List<char[]> words = byStart.get(key(c, next));
      if (words == null) {
        continue;
      }
      for (char[] w : words) {
        if (at(text, i, w)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean at(String text, int from, char[] word) {
    if (from + word.length > text.length()) {
      return false;
    }
    for (int k = 2; k < word.length; k++) {
      if (fold(text.charAt(from + k)) != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static int key(char a, char b) {
    return (a << 16) | b;
  }

  private static int hash(char a, char b) {
    return (a * 31 + b) & 0xFFFF;
  }

  /**
   * A character as the expression's flags compare it: unchanged when case matters; an ASCII letter
   * in lower case under CASE_INSENSITIVE alone; any letter's upper case in lower case with
   * UNICODE_CASE, as {@link Pattern} folds it.
   */
  private char fold(char c) {
    if (!ignoreCase) {
      return c;
    }
    if (unicodeCase) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
