package org.dossier.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that was UTF-8, read once as Latin-1 or windows-1252 and written out again as UTF-8
 * somewhere upstream ("Investorâ€™s" for "Investor’s"): each such sequence decoded as the UTF-8 it
 * was. A page needs at least two of them before anything is changed, since one may be meant.
 */
final class Mojibake {
  private Mojibake() {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The characters windows-1252 puts where Latin-1 has C1 controls. */
  private static final String CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

  private static final String CONTINUATION = "[\\u0080-\\u00BF" + CP1252_HIGH + "]";

  /** A UTF-8 lead byte read as a character, and the continuation bytes after it. */
  private static final Pattern SEQUENCE =
      Pattern.compile(
          "[\\u00C2-\\u00DF]"
              + CONTINUATION
              + "|[\\u00E0-\\u00EF]"
              + CONTINUATION
              + "{2}|[\\u00F0-\\u00F4]"
              + CONTINUATION
              + "{3}");

  private static final int LEAST = 2;

  /** The text with its double-encoded sequences decoded; the text itself when it has none. */
  static String repair(String text) {
    Matcher m = SEQUENCE.matcher(text);
    int found = 0;
    while (found < LEAST && m.find()) {
      found += decoded(m.group()) != null ? 1 : 0;
    }
    if (found < LEAST) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    m.reset();
    int last = 0;
    while (m.find()) {
      String fixed = decoded(m.group());
      if (fixed != null) {
        out.append(text, last, m.start()).append(fixed);
        last = m.end();
      }
    }
    return out.append(text, last, text.length()).toString();
  }

  /** The UTF-8 a sequence of characters encodes as bytes, or null when it is not valid UTF-8. */
  private static String decoded(String sequence) {
    byte[] bytes = new byte[sequence.length()];
    for (int i = 0; i < sequence.length(); i++) {
      char c = sequence.charAt(i);
      if (c <= 0xFF) {
        bytes[i] = (byte) c;
      } else {
        byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
        if (b.length != 1) {
          return null;
        }
        bytes[i] = b[0];
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
