package org.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Normalised text and content hashes: what makes two articles "the same text" and what makes an
 * article id stable.
 */
public final class ContentHash {
  private ContentHash() {}

  /**
   * Folds text so that typographic and spacing differences do not make copies look distinct:
   * Unicode NFKC, lower case, curly quotes and dashes made plain, whitespace collapsed.
   */
  public static String normalize(String text) {
    // Most text is already in NFKC (curly quotes and dashes are): checking is cheaper than
    // building.
    String s =
        isAscii(text) || Normalizer.isNormalized(text, Normalizer.Form.NFKC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFKC);
    String folded = fold(s, true);
    return folded != null ? folded : foldLowered(s);
  }

  /** What {@link #normalize} does after NFKC, in two passes: the reference for the one pass. */
  static String foldLowered(String s) {
    return fold(s.toLowerCase(Locale.ROOT), false);
  }

  /**
   * Curly quotes, primes and dashes made plain, spaces collapsed, ends trimmed; with {@code lower},
   * each character lowered on the way, as {@link String#toLowerCase(Locale)} with {@link
   * Locale#ROOT} lowers it for every character but those that lower by context or into more than
   * one character (capital I with a dot, capital sigma) and surrogates: null when the text has one.
   */
  private static String fold(String s, boolean lower) {
    // At most one character out for each in: a space stands for a run of at least one.
    char[] out = new char[s.length()];
    int n = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (lower && c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c > ' ' && c < 0x7f) {
          // Printable ASCII, the common case: no space and nothing plain() changes.
          if (space) {
            out[n++] = ' ';
            space = false;
          }
          out[n++] = c;
          continue;
        }
      } else if (lower) {
        if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
          return null;
        }
        int lowered = Character.toLowerCase((int) c);
        if (lowered > Character.MAX_VALUE) {
          return null;
        }
        c = (char) lowered;
      }
      c = plain(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = n > 0;
        continue;
      }
      if (space) {
        out[n++] = ' ';
        space = false;
      }
      out[n++] = c;
    }
    return new String(out, 0, n);
  }

  private static char plain(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> '\'';
      case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      default -> c;
    };
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The SHA-256 of a string's UTF-8 bytes, as lower-case hex. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of some bytes, as lower-case hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /**
   * The stable id of an article: 16 hex digits of the hash of its identity and its normalised text
   * (title and body), so that the same page twice gets the same id.
   */
  public static String articleId(String identity, String title, String body) {
    String text = normalize((title == null ? "" : title) + "\n" + body);
    return sha256(identity + "\u0000" + text).substring(0, 16);
  }
}
