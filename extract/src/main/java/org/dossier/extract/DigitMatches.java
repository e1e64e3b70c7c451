package org.dossier.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern every match of which holds a digit, and starts at most a few characters
 * other than white space before its first digit (a date, "Published: March 3, 2024"): the same
 * matches, in the same order, as {@link Matcher#find()} over the whole text, but the pattern is
 * tried only at the positions where such a match can start. A page's text of 20,000 characters has
 * a few hundred of them, where {@code find()} tries every character.
 *
 * <p>NOTE: right only for such patterns; {@code DigitMatchesTest} checks the page dates' own
 * patterns against {@code find()}.
 */
final class DigitMatches {
  private final Matcher m;
  private final String text;
  private final int lead;

  /** Where the next search starts. */
  private int next;

  /**
   * The matches of {@code pattern} in {@code text}.
   *
   * @param lead the most characters other than white space ({@code \s}) that a match holds before
   *     its first digit
   */
  DigitMatches(Pattern pattern, String text, int lead) {
    // Transparent bounds: a look-behind at a candidate sees the text before it, as find() would.
    this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    this.text = text;
    this.lead = lead;
  }

  /** Moves to the next match; false when there is none. */
  boolean find() {
    int n = text.length();
    int p = next;
    while (p < n) {
      int digit = p;
      while (digit < n && !digit(text.charAt(digit))) {
        digit++;
      }
      if (digit == n) {
        break;
      }
      // The first position from which the digit is at most `lead` characters other than white
      // space away: a match that starts before it cannot reach this digit, nor the ones before.
      int from = digit;
      for (int other = 0; from > p; from--) {
        if (!MainContent.regexSpace(text.charAt(from - 1)) && ++other > lead) {
          break;
        }
      }
      for (int at = from; at <= digit; at++) {
        m.region(at, n);
        if (m.lookingAt()) {
          next = m.end() > at ? m.end() : at + 1;
          return true;
        }
      }
      p = digit + 1;
    }
    next = n;
    return false;
  }

  /** A group of the match {@link #find()} moved to. */
  String group(int group) {
    return m.group(group);
  }

  /** Where the match {@link #find()} moved to starts. */
  int start() {
    return m.start();
  }

  /** What {@code \d} matches. */
  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
