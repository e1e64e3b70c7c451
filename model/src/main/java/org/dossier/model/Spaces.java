package org.dossier.model;

/** White space as readers see it: runs of it read as one space. */
public final class Spaces {
  private Spaces() {}

  /**
   * White space runs (including no-break and zero-width spaces and line breaks) folded to one
   * space, ends trimmed.
   */
  public static String collapse(CharSequence s) {
    if (collapsed(s)) {
      return s.toString(); // most text nodes and lines: nothing to build
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (space(c)) {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a text is already as {@link #collapse} leaves it: single plain spaces inside only. */
  private static boolean collapsed(CharSequence s) {
    boolean afterSpace = true; // a leading space is one to cut
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (space(c)) {
        if (c != ' ' || afterSpace) {
          return false;
        }
        afterSpace = true;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || s.length() == 0;
  }

  /**
   * Whether a character is white space as {@link #collapse} reads it: Java's white space, the
   * no-break space and the zero-width space ("A&amp;nbsp;&lt;a&gt;link&lt;/a&gt;" has a space
   * before the link).
   */
  public static boolean isSpace(char c) {
    return space(c);
  }

  private static boolean space(char c) {
    if (c <= ' ') {
      // Java's white space among the control characters: tab to carriage return, and the four
      // separators U+001C to U+001F.
      return c == ' ' || (c >= '\t' && c <= '\r') || c >= '\u001c';
    }
    if (c < 0x7f) {
      return false; // printable ASCII, the common case
    }
    // Java's white space above ASCII (Character.isWhitespace: the space, line and paragraph
    // separators but the no-break ones), written out so that text in other scripts skips the
    // Unicode tables; then the no-break and zero-width spaces. SpacesTest checks every character.
    return c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200b' && c != '\u2007')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u205f'
        || c == '\u3000';
  }
}
