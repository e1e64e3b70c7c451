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

  /** Whether the expression asks for a word boundary before the words, and after them. */
  private final boolean boundaryBefore;

  private final boolean boundaryAfter;

  /** The words folded, by their first two characters folded. */
  private final Map<Integer, List<char[]>> byStart = new HashMap<>();

  /** A bit per hash of two characters that start a word: most characters are ruled out here. */
  private final boolean[] starts = new boolean[1 << 16];

  private LiteralAlternatives(
      List<String> words, int flags, boolean boundaryBefore, boolean boundaryAfter) {
    this.ignoreCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
    this.unicodeCase = (flags & Pattern.UNICODE_CASE) != 0;
    this.boundaryBefore = boundaryBefore;
    this.boundaryAfter = boundaryAfter;
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
    boolean before = re.startsWith("\\b");
    boolean after = re.endsWith(")\\b");
    int i = before ? 2 : 0;
    int end = after ? re.length() - 3 : re.length() - 1;
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
    return words.isEmpty() ? null : new LiteralAlternatives(words, flags, before, after);
  }

  /**
   * Whether one of the words stands somewhere in a text, at word boundaries where the expression
   * asks for them. Java's {@code \b} reads letters beyond ASCII as word characters up to Java 18
   * and not since, so only a boundary between two ASCII letters, digits or underscores is ruled
   * out: where no word stands, or each stands inside a longer word ("est" in "best", "met" in
   * "method"), the expression has no match on either.
   */
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
        if (at(text, i, w) && edges(text, i, i + w.length)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a word found at {@code [from, to)} may have the boundaries the expression asks for. */
  private boolean edges(String text, int from, int to) {
    if (boundaryBefore
        && from > 0
        && asciiWord(text.charAt(from - 1))
        && asciiWord(text.charAt(from))) {
      return false;
    }
    return !(boundaryAfter
        && to < text.length()
        && asciiWord(text.charAt(to - 1))
        && asciiWord(text.charAt(to)));
  }

  /** A word character for {@code \b} on every Java: an ASCII letter or digit, or "_". */
  private static boolean asciiWord(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
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
