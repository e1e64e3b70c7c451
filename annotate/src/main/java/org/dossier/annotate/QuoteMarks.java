package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs quotation marks: straight and curly double quotes, guillemets (« » and » «), German „ “,
 * and single quotes where a text uses them as its primary quotes. A quote that runs over several
 * paragraphs, with the opening mark repeated at the start of each, is one quote; so is one whose
 * closing mark stands in the next paragraph. A quote whose closing mark is missing ends with its
 * paragraph. Returns {open offset, close offset} pairs; the close offset of an unclosed quote is
 * just past its paragraph's last visible character. Two apostrophes or two backticks written as one
 * double quotation mark ({@code ''So terrible''}, {@code "mother ship ''}), as news archives and
 * tokenised corpora print them, are read as one ({@link #withDoubleQuotes}), and three apostrophes
 * as a single mark beside a double one ({@code 'old-school,'''}); where a text opens with straight
 * quotes and closes with apostrophes only, each mark does only that.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  static List<int[]> find(String written) {
    String text = withDoubleQuotes(written);
    boolean german = text.indexOf('„') >= 0;
    boolean doubles =
        text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || german;
    // German style » … «: the first guillemet in the text is a closing-looking one.
    int right = text.indexOf('»');
    int left = text.indexOf('«');
    boolean reversedGuillemets = right >= 0 && (left < 0 || right < left);
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char expectClose = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          // A paragraph ends inside a quote: it continues only if the next paragraph reopens it.
          int next = i;
          while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          if (next < text.length() && isOpening(text, next, german, doubles, reversedGuillemets)) {
            i = next;
            continue;
          }
          // The next paragraph closes it without reopening it: one quote across the break.
          if (closedInNextParagraph(text, next, expectClose)) {
            continue;
          }
          // No closing mark (a slip, or pasting lost it): the quote ends with its paragraph.
          out.add(new int[] {open, contentEnd(text, i)});
          open = -1;
        }
        continue;
      }
      if (open < 0) {
        if (isOpening(text, i, german, doubles, reversedGuillemets)) {
          open = i;
          expectClose = closing(c);
        }
      } else if (c == expectClose
          || (expectClose == '"' && c == '”')
          || (expectClose == '”' && c == '"')) {
        if (c == '\'' || c == '’') {
          // An apostrophe inside a word ("don't") does not close a single-quoted quote.
          boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
          if (letterAfter) {
            continue;
          }
        }
        out.add(new int[] {open, i});
        open = -1;
      }
    }
    if (open >= 0 && open + 1 < text.length()) {
      out.add(new int[] {open, contentEnd(text, text.length())});
    }
    return out;
  }

  /**
   * The text with each pair of apostrophes or backticks that stands for a double quotation mark
   * turned into a double quote beside a space, in the same number of characters, so that every
   * offset still holds. A pair glued to the word before it and not to a word after closes ({@code
   * terrible''} becomes {@code terrible" }); a pair glued only to the word after opens ({@code
   * ''So} becomes {@code "So}); a pair with spaces on both sides, as tokenised text has it, becomes
   * a straight quote, which pairs by turns. Three apostrophes or more, and a pair inside a word,
   * are left alone. Where the text's straight quotes only open and its pairs only close ({@link
   * #apostrophesClose}), openings become “ and closings ”. The text itself when it has no such
   * pair.
   */
  static String withDoubleQuotes(String text) {
    if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
      return text;
    }
    // Where the text's straight quotes only open and its pairs of apostrophes close ("A man came
    // in, '' Fanning said), as tokenised corpora and some archives print them, the marks say which
    // they do: curly quotes, so that a quote reopened before it closes runs on.
    boolean closers = apostrophesClose(text);
    char open = closers ? '“' : '"';
    char close = closers ? '”' : '"';
    char[] c = text.toCharArray();
    boolean inQuote = false; // whether the marks so far leave a quote open
    for (int i = 0; i + 1 < c.length; i++) {
      if (closers && c[i] == '"') {
        boolean closes = inQuote && spacedCloser(text, i);
        c[i] = closes ? close : open;
        inQuote = !closes;
      } else if (c[i] == '`' && c[i + 1] == '`') {
        c[i] = ' ';
        c[i + 1] = open;
        inQuote = true;
        i++;
      } else {
        switch (triple(text, i)) {
          case CLOSES -> {
            // "… 'We'll bomb them,''' said …": a single quote closes inside, then the double one.
            c[i + 1] = close;
            c[i + 2] = ' ';
            inQuote = false;
            i += 2;
            continue;
          }
          case OPENS -> {
            // "'''Sir, …": the double quote opens, then a single one inside it.
            c[i] = ' ';
            c[i + 1] = open;
            inQuote = true;
            i++;
            continue;
          }
          default -> {}
        }
        switch (pair(text, i)) {
          case OPENS -> {
            c[i] = ' ';
            c[i + 1] = open;
            inQuote = true;
            i++;
          }
          case CLOSES, EITHER -> {
            c[i] = close;
            c[i + 1] = ' ';
            inQuote = false;
            i++;
          }
          case NONE -> {}
        }
      }
    }
    return new String(c);
  }

  /**
   * Whether the straight quote at {@code i}, in a text whose straight quotes open, closes the quote
   * left open before it instead, as tokenised text prints some: spaces on both sides, and a full
   * stop or comma before the space ({@code personable, " said}), or another straight quote right
   * after ({@code the final say " "This}). With no quote open, such a mark opens one ({@code said a
   * senior officer. " INS Mysore, …}).
   */
  private static boolean spacedCloser(String text, int i) {
    if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int after = i + 1;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after < text.length() && after > i + 1 && text.charAt(after) == '"') {
      return true;
    }
    return i >= 2 && text.charAt(i - 1) == ' ' && ",.!?;".indexOf(text.charAt(i - 2)) >= 0;
  }

  /** What a pair of apostrophes stands for: an opening or a closing mark, either, or neither. */
  private enum Pair {
    NONE,
    OPENS,
    CLOSES,
    EITHER
  }

  /**
   * What the two characters at {@code i} stand for: a pair of apostrophes glued to the word before
   * it and not to a word after closes; glued only to the word after, opens; with spaces on both
   * sides, either. Not a pair, three apostrophes or more, or a pair inside a word: neither.
   */
  private static Pair pair(String text, int i) {
    if (i + 1 >= text.length() || text.charAt(i) != '\'' || text.charAt(i + 1) != '\'') {
      return Pair.NONE;
    }
    if ((i > 0 && text.charAt(i - 1) == '\'')
        || (i + 2 < text.length() && text.charAt(i + 2) == '\'')) {
      return Pair.NONE;
    }
    boolean gluedBefore = gluedBefore(text, i);
    boolean wordAfter = i + 2 < text.length() && Character.isLetterOrDigit(text.charAt(i + 2));
    boolean spaceAfter = i + 2 >= text.length() || Character.isWhitespace(text.charAt(i + 2));
    if (gluedBefore) {
      return wordAfter ? Pair.NONE : Pair.CLOSES;
    }
    return spaceAfter ? Pair.EITHER : Pair.OPENS;
  }

  /**
   * What three apostrophes at {@code i} stand for, as tokenised archives print a single quote that
   * closes or opens beside a double one: glued to the word before and not to a word after, a single
   * closing mark then a double one; glued only to the word after, a double opening mark then a
   * single one. Anything else, and runs of four or more: neither.
   */
  private static Pair triple(String text, int i) {
    if (!text.startsWith("'''", i)
        || (i > 0 && text.charAt(i - 1) == '\'')
        || (i + 3 < text.length() && text.charAt(i + 3) == '\'')) {
      return Pair.NONE;
    }
    boolean wordAfter = i + 3 < text.length() && Character.isLetterOrDigit(text.charAt(i + 3));
    if (gluedBefore(text, i)) {
      return wordAfter ? Pair.NONE : Pair.CLOSES;
    }
    return wordAfter ? Pair.OPENS : Pair.NONE;
  }

  /**
   * Whether the marks at {@code i} are glued to the word before them: no space, and no opening
   * bracket or dash, before them.
   */
  private static boolean gluedBefore(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    return !Character.isWhitespace(before) && "([{—–".indexOf(before) < 0;
  }

  /** Two apostrophes or two backticks written for one double quotation mark, at {@code i}. */
  static boolean isDoubled(String text, int i) {
    return text.startsWith("''", i) || text.startsWith("``", i);
  }

  /**
   * Whether a text opens its quotes with straight quotes or backticks and closes them with pairs of
   * apostrophes only: it has both, and no straight quote stands where a closing one would (after a
   * word, before a space or the end).
   */
  private static boolean apostrophesClose(String text) {
    boolean openers = text.contains("``");
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != '"') {
        continue;
      }
      boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
      boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
      if (afterWord && !beforeWord) {
        return false;
      }
      openers = true;
    }
    if (!openers) {
      return false;
    }
    for (int i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 1)) {
      Pair p = pair(text, i);
      if (p == Pair.CLOSES || p == Pair.EITHER || triple(text, i) == Pair.CLOSES) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the content of a quote left open before {@code end} stops: its last visible character.
   */
  private static int contentEnd(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Whether the paragraph starting at {@code from} holds the closing mark a quote waits for before
   * any other quotation mark: the quote runs on over the paragraph break. Straight quotes open and
   * close alike, so they never run on this way.
   */
  private static boolean closedInNextParagraph(String text, int from, char expectClose) {
    if (expectClose == '"' || expectClose == '\'') {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (c == expectClose) {
        return true;
      }
      if ("\"“„«»".indexOf(c) >= 0) {
        return false;
      }
    }
    return false;
  }

  private static boolean isOpening(
      String text, int i, boolean german, boolean doubles, boolean reversedGuillemets) {
    char c = text.charAt(i);
    switch (c) {
      case '"':
        return true;
      case '“':
        return !german;
      case '„':
        return true;
      case '«':
        return !reversedGuillemets;
      case '»':
        return reversedGuillemets;
      case '‘':
      case '\'':
        if (doubles) {
          return false; // single marks are the inner quotes of a double-quoting text
        }
        boolean startOfWord =
            (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
        return startOfWord && !elision(text, i + 1);
      default:
        return false;
    }
  }

  /** What an apostrophe stands for when a word starts with it: "I 'm", "it 's", "rock 'n' roll". */
  private static final Set<String> ELISIONS =
      Set.of("s", "m", "re", "ve", "ll", "d", "t", "n", "em", "cause", "til", "tis", "twas");

  /**
   * Whether the letters at {@code from} up to the next non-letter are an elision's, so that the
   * apostrophe before them opens no quote: tokenised archives print "I 'm joined now", "it 's".
   */
  private static boolean elision(String text, int from) {
    int end = from;
    while (end < text.length() && Character.isLetter(text.charAt(end)) && end - from <= 5) {
      end++;
    }
    return ELISIONS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
  }

  private static char closing(char open) {
    return switch (open) {
      case '"' -> '"';
      case '“' -> '”';
      case '„' -> '“';
      case '«' -> '»';
      case '»' -> '«';
      case '‘' -> '’';
      case '\'' -> '\'';
      default -> open;
    };
  }

  /**
   * Whether a quotation of {@code marks} (its opening and closing marks' offsets) overlaps {@code
   * start..end}.
   */
  static boolean overlapsQuote(List<int[]> marks, int start, int end) {
    for (int[] q : marks) {
      if (q[0] < end && q[1] >= start) {
        return true;
      }
    }
    return false;
  }
}
