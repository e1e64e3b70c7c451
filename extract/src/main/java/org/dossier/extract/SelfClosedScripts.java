package org.dossier.extract;

/**
 * Script and style tags written as if they closed themselves ({@code <script type="text/javascript"
 * />}), read as a browser reads them in HTML: the slash means nothing, and what follows up to the
 * next {@code </script>} is the script's code. jsoup closes such a tag at once, so the code after
 * it came out as the page's text (a recipe page's body opened with its newsletter widget's
 * JavaScript, whose quoted strings the annotator then read as quotes).
 *
 * <p>Only a tag whose closing tag comes before the next opening one of its kind is read so: a page
 * that writes {@code <script src="a.js"/>} with no {@code </script>} after it, as XHTML allows,
 * would lose all that follows in a browser, and keeps it here.
 */
final class SelfClosedScripts {
  private SelfClosedScripts() {}

  private static final String[] TAGS = {"script", "style"};

  /** The page with such tags' slashes made spaces, in the same length; the page itself if none. */
  static String asBrowsersReadThem(String html) {
    char[] out = null;
    for (int end = html.indexOf("/>"); end >= 0; end = html.indexOf("/>", end + 2)) {
      int open = html.lastIndexOf('<', end);
      String tag = open < 0 ? null : rawTextTag(html, open);
      if (tag != null && closedBeforeReopened(html, tag, end + 2)) {
        if (out == null) {
          out = html.toCharArray();
        }
        out[end] = ' ';
      }
    }
    return out == null ? html : new String(out);
  }

  /** The raw-text tag ({@link #TAGS}) that opens at {@code open}, or null. */
  private static String rawTextTag(String html, int open) {
    for (String tag : TAGS) {
      int after = open + 1 + tag.length();
      if (html.regionMatches(true, open + 1, tag, 0, tag.length())
          && after < html.length()
          && (Character.isWhitespace(html.charAt(after)) || html.charAt(after) == '/')) {
        return tag;
      }
    }
    return null;
  }

  /** Whether {@code </tag} comes after {@code from} before another {@code <tag}. */
  private static boolean closedBeforeReopened(String html, String tag, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (i + 1 < html.length() && html.charAt(i + 1) == '/') {
        if (html.regionMatches(true, i + 2, tag, 0, tag.length())) {
          return true;
        }
      } else if (html.regionMatches(true, i + 1, tag, 0, tag.length())) {
        return false;
      }
    }
    return false;
  }
}
