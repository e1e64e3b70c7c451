package org.dossier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** White space runs read as one space, whatever the space characters. */
class SpacesTest {
  @Test
  void runsOfAnySpaceBecomeOneAndTheEndsGo() {
    assertEquals("", Spaces.collapse(""));
    assertEquals("", Spaces.collapse(" \t\n\u00a0"));
    assertEquals("a b c d", Spaces.collapse(" a  b\u00a0c\u200b\u2003d\n"));
    assertEquals("a b", Spaces.collapse("a\tb"));
    assertEquals("a b", Spaces.collapse("a b"));
    assertEquals("Ferry returns", Spaces.collapse("Ferry\r\n  returns "));
  }

  @Test
  void everyCharacterIsSpaceExactlyWhenJavaOrTheNoBreakOrZeroWidthSpaceSaySo() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean expected = Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b';
      assertEquals(expected, Spaces.isSpace(c), () -> String.format("U+%04X", (int) c));
    }
  }

  /** The text as words, the way readers see them: the plain rule the fast path must agree with. */
  private static String words(String s) {
    StringBuilder out = new StringBuilder();
    for (String w :
        s.split(
            "[\\s\\u00a0\\u200b\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000\\u001c-\\u001f\\u1680]+")) {
      if (!w.isEmpty()) {
        out.append(out.length() > 0 ? " " : "").append(w);
      }
    }
    return out.toString();
  }

  @Test
  void randomTextsAgreeWithThePlainRule() {
    Random random = new Random(7);
    char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\u00a0', '\u200b', '\u2003', 'é', '.'};
    for (int n = 0; n < 5_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertEquals(words(s.toString()), Spaces.collapse(s), "[" + s + "]");
    }
  }
}
