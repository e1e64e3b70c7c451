package org.dossier.model;

/** White space as readers see it: runs of it read as one space. */
public final class Spaces {
  private Spaces() {}

  /**
   * White space runs (including no-break and zero-width spaces and line breaks) folded to one
   * space, ends trimmed.
   */
  public static String collapse(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
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
}
