package org.dossier.extract;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Text that was UTF-8, read once as Latin-1 or windows-1252 and written out again as UTF-8
 * somewhere upstream ("Investorâ€™s" for "Investor’s"): each such sequence decoded as the UTF-8 it
 * was. A page needs at least two of them before anything is changed ({@link #found}), since one may
 * be meant.
 */
final class Mojibake {
  private Mojibake() {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The characters windows-1252 puts where Latin-1 has C1 controls. */
  private static final String CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

  private static final int LEAST = 2;

  /** Whether texts of one page hold at least two double-encoded sequences between them. */
  static boolean found(List<String> texts) {
    int found = 0;
    for (String text : texts) {
      for (int i = 0; text != null && i < text.length() && found < LEAST; i++) {
        int n = length(text.charAt(i));
        if (n > 0 && decoded(text, i, n) != null) {
          found++;
          i += n - 1;
        }
      }
    }
    return found >= LEAST;
  }

  /** The text with every double-encoded sequence decoded. */
  static String decodedAgain(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      int n = length(text.charAt(i));
      String fixed = n > 0 ? decoded(text, i, n) : null;
      if (fixed != null) {
        out.append(fixed);
        i += n - 1;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** How many bytes a UTF-8 sequence has whose lead byte reads as this character; 0 if none. */
  private static int length(char c) {
    if (c >= 0xC2 && c <= 0xDF) {
      return 2;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      return 3;
    }
    return c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  }

  /** A continuation byte read as a character: Latin-1's 0x80-0xBF, or windows-1252's own. */
  private static boolean continuation(char c) {
    return (c >= 0x80 && c <= 0xBF) || (c > 0xFF && CP1252_HIGH.indexOf(c) >= 0);
  }

  /** The characters at {@code from}, {@code n} of them, decoded as UTF-8 bytes; else null. */
  private static String decoded(String text, int from, int n) {
    if (from + n > text.length()) {
      return null;
    }
    for (int k = 1; k < n; k++) {
      if (!continuation(text.charAt(from + k))) {
        return null;
      }
    }
    return decoded(text.substring(from, from + n));
  }

  /**
   * The UTF-8 a sequence of characters encodes as bytes, or null when it is not valid UTF-8; every
   * character is a byte of Latin-1 or, past 0xFF, of windows-1252 ({@link #continuation}).
   */
  private static String decoded(String sequence) {
    byte[] bytes = new byte[sequence.length()];
    for (int i = 0; i < sequence.length(); i++) {
      char c = sequence.charAt(i);
      bytes[i] = c <= 0xFF ? (byte) c : String.valueOf(c).getBytes(WINDOWS_1252)[0];
    }
    return TextDecoding.strictUtf8(bytes);
  }
}
