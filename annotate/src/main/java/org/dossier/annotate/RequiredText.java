package org.dossier.annotate;

import java.util.regex.Pattern;

/**
 * What every match of a regular expression must contain: characters other than letters that stand
 * in it unconditionally ("-" in {@code (\d+)[-](years?)}), and whether it needs an ASCII digit
 * ({@code \d}, {@code [0-9]}). Read from the expression's text, conservatively: a part inside an
 * alternation, under a quantifier that allows none, or in a lookaround requires nothing, letters
 * are left out (case-insensitive matching folds them in ways a plain search would not), and an
 * expression with a construct not read here gets no requirement at all.
 *
 * <p>Why: SUTime's rules over a sentence's text are Java regular expressions, tried at every
 * character, case-insensitively, which is slow; most sentences hold neither the hyphen nor the
 * digit that most of those rules need.
 */
record RequiredText(String characters, boolean digit) {

  /** The requirement of an expression; null when it requires nothing this reads. */
  static RequiredText of(Pattern pattern) {
    // With UNICODE_CHARACTER_CLASS a \d is any script's digit, not an ASCII one.
    if ((pattern.flags() & (Pattern.LITERAL | Pattern.COMMENTS | Pattern.UNICODE_CHARACTER_CLASS))
        != 0) {
      return null;
    }
    Scan scan = new Scan(pattern.pattern());
    Found found = scan.sequence(false);
    if (found == null || scan.i < scan.re.length() || found.isEmpty()) {
      return null;
    }
    return new RequiredText(found.chars.toString(), found.digit);
  }

  /** Whether a text holds every character required, and a digit if one is. */
  boolean foundIn(String text) {
    for (int k = 0; k < characters.length(); k++) {
      if (text.indexOf(characters.charAt(k)) < 0) {
        return false;
      }
    }
    if (digit) {
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (c >= '0' && c <= '9') {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /** What a part of an expression requires. */
  private static final class Found {
    final StringBuilder chars = new StringBuilder();
    boolean digit;

    void add(Found other) {
      for (int k = 0; k < other.chars.length(); k++) {
        add(other.chars.charAt(k));
      }
      digit |= other.digit;
    }

    void add(char c) {
      if (chars.indexOf(String.valueOf(c)) < 0) {
        chars.append(c);
      }
    }

    boolean isEmpty() {
      return chars.length() == 0 && !digit;
    }
  }

  /** A reader of an expression's text, left to right. */
  private static final class Scan {
    final String re;
    int i;

    Scan(String re) {
      this.re = re;
    }

    /**
     * The requirements of a sequence up to the end of its group (the closing parenthesis read) or
     * of the expression; empty when the sequence has alternatives, null for a construct not read.
     */
    Found sequence(boolean inGroup) {
      Found found = new Found();
      boolean alternatives = false;
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == ')') {
          if (!inGroup) {
            return null;
          }
          i++;
          return alternatives ? new Found() : found;
        }
        if (c == '|') {
          alternatives = true;
          i++;
          continue;
        }
        Found atom = new Found();
        if (c == '(') {
          i++;
          boolean lookaround = false;
          if (i < re.length() && re.charAt(i) == '?') {
            if (re.startsWith("?:", i)) {
              i += 2;
            } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
              i += 2;
              lookaround = true;
            } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
              i += 3;
              lookaround = true;
            } else if (re.startsWith("?<", i)) {
              int close = re.indexOf('>', i);
              if (close < 0) {
                return null;
              }
              i = close + 1;
            } else {
              return null; // inline flags, atomic groups and the like
            }
          }
          Found inner = sequence(true);
          if (inner == null) {
            return null;
          }
          if (!lookaround) {
            atom = inner;
          }
        } else if (c == '[') {
          int end = classEnd(i);
          if (end < 0) {
            return null;
          }
          String body = re.substring(i + 1, end);
          if (body.equals("0-9")) {
            atom.digit = true;
          } else if (body.length() == 1 && plain(body.charAt(0))) {
            atom.add(body.charAt(0));
          }
          i = end + 1;
        } else if (c == '\\') {
          if (i + 1 >= re.length()) {
            return null;
          }
          char n = re.charAt(i + 1);
          if (n == 'Q') {
            // A quoted run: each character itself; a quantifier after it takes the last one only.
            int end = re.indexOf("\\E", i + 2);
            String run = re.substring(i + 2, end < 0 ? re.length() : end);
            for (int k = 0; k + 1 < run.length(); k++) {
              if (quoted(run.charAt(k))) {
                found.add(run.charAt(k));
              }
            }
            if (!run.isEmpty() && quoted(run.charAt(run.length() - 1))) {
              atom.add(run.charAt(run.length() - 1));
            }
            i = end < 0 ? re.length() : end + 2;
          } else if (n == 'd') {
            atom.digit = true;
          } else if (n == 'p' || n == 'P') {
            // A property (\p{L}): one character of a class, no requirement.
            int close = re.indexOf('}', i);
            if (close < 0 || i + 2 >= re.length() || re.charAt(i + 2) != '{') {
              return null;
            }
            i = close + 1;
          } else if (Character.isLetterOrDigit(n)) {
            if ("bBsSwWDAzZG".indexOf(n) < 0) {
              return null; // quoted runs, escapes of code points, back references
            }
          } else if (plain(n)) {
            atom.add(n);
          }
          if (n != 'Q' && n != 'p' && n != 'P') {
            i += 2;
          }
        } else {
          if (plain(c) && c != '.' && c != '^' && c != '$') {
            atom.add(c);
          }
          i++;
        }
        // The quantifier: a part that may occur no time requires nothing.
        boolean optional = false;
        if (i < re.length()) {
          char q = re.charAt(i);
          if (q == '?' || q == '*') {
            optional = true;
            i++;
          } else if (q == '+') {
            i++;
          } else if (q == '{') {
            int close = re.indexOf('}', i);
            if (close < 0) {
              return null;
            }
            String min = re.substring(i + 1, close).split(",", -1)[0].strip();
            if (!min.matches("\\d+")) {
              return null;
            }
            optional = Integer.parseInt(min) == 0;
            i = close + 1;
          } else {
            q = 0;
          }
          if (q != 0 && i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++; // lazy or possessive
          }
        }
        if (!optional) {
          found.add(atom);
        }
      }
      if (inGroup) {
        return null; // an unclosed group
      }
      return alternatives ? new Found() : found;
    }

    /** The index of the bracket that closes the class opening at {@code open}, or -1. */
    int classEnd(int open) {
      int k = open + 1;
      if (k < re.length() && re.charAt(k) == '^') {
        k++;
      }
      if (k < re.length() && re.charAt(k) == ']') {
        k++; // a "]" first in the class is a character
      }
      for (; k < re.length(); k++) {
        char c = re.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '[') {
          return -1; // nested classes and intersections
        } else if (c == ']') {
          return k;
        }
      }
      return -1;
    }
  }

  /** A quoted character worth looking for: no letter, and plain ASCII. */
  private static boolean quoted(char c) {
    return c < 0x80 && !Character.isLetter(c);
  }

  /** A character that matches only itself, whatever the flags: no letter, no special. */
  private static boolean plain(char c) {
    return c < 0x80 && !Character.isLetter(c) && "\\[](){}|?*+".indexOf(c) < 0;
  }
}
