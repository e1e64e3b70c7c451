package org.dossier.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reads a page's headline from its metadata titles and its visible heading. */
final class PageTitles {
  private PageTitles() {}

  private static final Evaluator HEADLINE = QueryParser.parse("article h1, main h1, h1");

  static String read(PageIndex page) {
    String outlet = page.outlet();
    Element h1 = page.doc().selectFirst(HEADLINE);
    String h1Text = h1 == null ? null : h1.text();
    String candidate =
        PageIndex.first(
            page.ldText("headline"),
            page.meta("og:title"),
            page.meta("twitter:title"),
            page.hint("title"),
            h1Text,
            page.doc().title());
    if (candidate == null) {
      return null;
    }
    String stripped = stripSiteName(unescapeTwice(candidate), outlet);
    if (h1Text != null && !h1Text.equals(candidate) && sameHeadline(h1Text, stripped)) {
      // The headline as shown beats the metadata's variant of it (site names, SEO suffixes).
      return org.dossier.model.Spaces.collapse(h1Text);
    }
    return stripped;
  }

  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp);");

  /**
   * A title whose character references a site escaped twice ("SQL &amp;#x26; AI" in the page, so
   * "SQL &#x26; AI" once parsed) read as the site meant them; a title without any is unchanged.
   */
  static String unescapeTwice(String title) {
    return CHARACTER_REFERENCE.matcher(title).find()
        ? org.jsoup.parser.Parser.unescapeEntities(title, false)
        : title;
  }

  /** Whether a page's visible heading is the metadata title, worded a little differently. */
  private static boolean sameHeadline(String h1, String title) {
    String a = h1.strip();
    if (a.isEmpty() || a.length() > 300) {
      return false;
    }
    Set<String> x = words(a);
    Set<String> y = words(title);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : x) {
      shared += y.contains(w) ? 1 : 0;
    }
    return shared >= 0.6 * Math.min(x.size(), y.size())
        && shared >= 0.4 * Math.max(x.size(), y.size());
  }

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The marks sites put between a headline and their name: one set for splitting and stripping. */
  static final String SEPARATORS = "|–—·•»:-";

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[" + SEPARATORS + "]\\s+");
  private static final Pattern TRAILING_SEPARATOR =
      Pattern.compile("\\s+[" + SEPARATORS + "]\\s*$");
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[" + SEPARATORS + "]\\s+");

  /** Drops " | Outlet", " - Outlet" or " • Outlet" that sites glue to titles. */
  static String stripSiteName(String title, String outlet) {
    String t = title.strip();
    String[] parts = SEPARATOR.split(t);
    if (parts.length < 2) {
      return t;
    }
    String last = parts[parts.length - 1].strip();
    String firstPart = parts[0].strip();
    if (outlet != null
        && (last.equalsIgnoreCase(outlet)
            || last.toLowerCase(Locale.ROOT).contains(outlet.toLowerCase(Locale.ROOT)))) {
      return TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(last))).replaceAll("").strip();
    }
    if (outlet != null && firstPart.equalsIgnoreCase(outlet)) {
      return LEADING_SEPARATOR.matcher(t.substring(firstPart.length())).replaceAll("").strip();
    }
    if (parts.length == 2
        && last.split("\\s+").length <= 3
        && firstPart.length() > 3 * last.length()) {
      return firstPart;
    }
    return t;
  }
}
