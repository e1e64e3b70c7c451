package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The byline a reader sees on the page: a link to an author page ({@code /author/jane-doe}), an
 * element whose class names an author or byline, or a short line that starts "By", "Written by",
 * "Posted by", "Von" or "Autor:". Candidates inside comments, navigation, footers and lists of
 * other articles are ignored, since their names belong to other texts.
 */
final class VisibleByline {
  /** Author-page paths: the segment before the author's slug. */
  private static final Pattern AUTHOR_HREF =
      Pattern.compile(
          "(?i)/(?:author|authors|autor|autoren|autores|auteur|auteurs|writer|writers|contributor"
              + "|contributors|journalist|journalists|redakteur|producers|people|staff|byline|profile"
              + "|profiles|users|members|experts)/[^/?#]+/?(?:[?#].*)?$");

  /** Class names of author boxes that describe rather than name: their text is a biography. */
  private static final Pattern NOT_A_BYLINE =
      Pattern.compile("avatar|image|img|photo|bio|desc|about|label|title-wrapper|social|follow");

  /** Class names of an article's own container. */
  private static final Pattern POST =
      Pattern.compile("(?:^|\\s)(?:post|hentry|article|entry|story)(?:\\s|$)");

  /** Ancestors whose names belong to other texts. */
  private static final Pattern OTHER_TEXTS =
      Pattern.compile(
          "comment|related|recommend|popular|trending|more-from|read-next|teaser"
              + "|navbar|breadcrumb|respond|reply");

  /**
   * A line that is a byline: stricter than {@link Bylines#LEAD}, which strips lead words from text
   * already known to be a byline. Here the words must be capitalised as bylines write them, and
   * "door", "text" or a bare "written" do not count ("Written On Freewrite" is a menu entry, "Door
   * Anchor" a product).
   */
  private static final Pattern BY_LINE =
      Pattern.compile(
          "^(?:(?:Written|Posted|Published|Reported|Words|Story|Text)\\s+[bB]y|By|BY|by|Von|Autor:"
              + "|Author:|Auteur\\s*:|Par)\\s*:?\\s+\\p{Lu}");

  /**
   * A byline's label standing alone, its name in the next element; a bare "by" only capitalised, as
   * labels write it (a widget's "by Tsun" credit is not a byline).
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i:(?:written|posted|published|reported|words|story|text)\\s+by:?|von:?|par:?"
              + "|autor(?:in)?:?|authors?:?|auteur:?|contributors?:?)|By:?|BY:?");

  /** A cheap first test on an element's own text before {@link #BY_LINE} reads all of it. */
  private static final Pattern BY_START =
      Pattern.compile(
          "(?:Written|Posted|Published|Reported|Words|Story|Text|By|BY|by|Von|Autor|Author|Auteur"
              + "|Par|Contributors|Contributor)\\b");

  /** Where a name stops: a date, a time, a separator, "on", "in", "|", a role after a comma. */
  private static final Pattern NAME_END =
      Pattern.compile(
          "(?i)\\s+(?:on|in|am|le|el|il|op|at|for|from|updated|published|posted)\\b.*$"
              + "|[\\s,]+\\d.*$"
              + "|\\s*[|•·–—/]\\s.*$"
              + "|\\s+-\\s+.*$");

  private static final int MAX_SCANNED = 20_000;

  private VisibleByline() {}

  /** Raw byline strings from the first credible visible byline, or an empty list. */
  static List<String> find(PageElements elements) {
    String fromClass = null;
    String fromLine = null;
    int scanned = 0;
    for (Element e : elements.body()) {
      if (++scanned > MAX_SCANNED) {
        break;
      }
      String tag = e.normalName();
      if (tag.equals("a")) {
        String href = HtmlAttributes.get(e, "href");
        if (!href.isEmpty() && AUTHOR_HREF.matcher(href).find() && credible(e)) {
          String name = name(pieces(e));
          if (name != null) {
            return List.of(name);
          }
        }
      }
      if (fromClass == null
          && (authorName(HtmlAttributes.className(e)) || authorName(HtmlAttributes.id(e)))) {
        if (!NOT_A_BYLINE.matcher(classKey(e)).find() && credible(e)) {
          String name = name(pieces(e));
          if (name != null) {
            fromClass = name;
          }
        }
      }
      if (fromLine == null && e.childrenSize() <= 3 && startsLikeAByline(e)) {
        String text = e.text();
        if (text.length() > 3
            && text.length() < 120
            && BY_LINE.matcher(text).find()
            && credible(e)) {
          fromLine = name(pieces(e));
        } else if (e.childrenSize() == 0 && LABEL.matcher(text.strip()).matches()) {
          // "<p>Written by</p><p>Edzel Tabing</p>": the label, then the name beside it, in the
          // next element or in the text right after the label ("<b>Contributors:</b> Jan Loy").
          org.jsoup.nodes.Node after = e.nextSibling();
          while (after instanceof TextNode t && t.isBlank()) {
            after = after.nextSibling();
          }
          String beside =
              after instanceof TextNode t
                  ? t.text()
                  : after instanceof Element next ? pieces(next) : null;
          if (beside != null && beside.strip().length() < 80 && credible(e)) {
            fromLine = name(beside);
          }
        }
      }
    }
    if (fromClass != null) {
      return List.of(fromClass);
    }
    return fromLine == null ? List.of() : List.of(fromLine);
  }

  /** Words in the class or id of an author box, in any case. */
  private static final String[] AUTHOR_WORDS = {
    "author", "byline", "writer", "auteur", "autor", "verfasser"
  };

  /**
   * The first letters of {@link #AUTHOR_WORDS}, in both cases, by character (all ASCII): where a
   * closer look is worth it.
   */
  private static final boolean[] AUTHOR_INITIALS = initials(AUTHOR_WORDS);

  private static boolean[] initials(String[] words) {
    boolean[] out = new boolean[128];
    for (String w : words) {
      out[Character.toLowerCase(w.charAt(0))] = true;
      out[Character.toUpperCase(w.charAt(0))] = true;
    }
    return out;
  }

  /** Whether a class or id names an author box; tested without a regex, on every element. */
  private static boolean authorName(String name) {
    for (int i = 0; i + 5 <= name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || !AUTHOR_INITIALS[c]) {
        continue;
      }
      for (String w : AUTHOR_WORDS) {
        if (name.regionMatches(true, i, w, 0, w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an element's own text starts with a byline's first word ({@link #BY_START}), read from
   * its first own words instead of building all of its own text.
   */
  private static boolean startsLikeAByline(Element e) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        String text = t.getWholeText().stripLeading();
        return BY_START.matcher(text).lookingAt();
      }
    }
    return false;
  }

  private static String classKey(Element e) {
    String cls = HtmlAttributes.className(e);
    String id = HtmlAttributes.id(e);
    if (cls.isEmpty() && id.isEmpty()) {
      return null;
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  private static boolean credible(Element e) {
    boolean footer = false;
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      String tag = a.normalName();
      if (tag.equals("nav")) {
        return false;
      }
      String key = classKey(a);
      if (tag.equals("article") || tag.equals("main") || key != null && POST.matcher(key).find()) {
        footer = false; // an article's own footer credits its author
      } else if (tag.equals("footer") || key != null && key.contains("footer")) {
        footer = true;
      }
      if (key != null && OTHER_TEXTS.matcher(key).find()) {
        return false;
      }
    }
    return !footer;
  }

  /**
   * An element's text with " | " where one piece of text ends and an unrelated one begins (a name
   * and the role under it), and a space where the pieces read on ("By" and the linked name, "and"
   * between two names).
   */
  static String pieces(Element e) {
    StringBuilder out = new StringBuilder();
    String previous = "";
    for (TextNode t : texts(e)) {
      String piece = t.text().replace('\u00a0', ' ').strip();
      if (piece.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        boolean readsOn =
            CONNECTOR.matcher(piece).lookingAt()
                || CONNECTOR_END.matcher(previous).find()
                || Bylines.LEAD.matcher(previous).matches();
        out.append(readsOn ? " " : " | ");
      }
      out.append(piece);
      previous = piece;
      if (out.length() > 200) {
        break;
      }
    }
    return out.toString();
  }

  private static List<TextNode> texts(Element e) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && out.size() < 40 && !inCategory(t, e)) {
            out.add(t);
          }
        },
        e);
    return out;
  }

  /**
   * An element's text without the parts whose class names a category or tags ("<span
   * class="byline__category">Wellness &amp; Prevention</span>" after the date).
   */
  static String textWithoutCategories(Element e) {
    if (e.getAllElements().stream().skip(1).noneMatch(VisibleByline::category)) {
      return e.text();
    }
    Element copy = e.clone();
    copy.getAllElements().stream()
        .skip(1)
        .filter(VisibleByline::category)
        .toList()
        .forEach(Element::remove);
    return copy.text();
  }

  /** Class words of a byline's part that names the section or tags, not the author. */
  private static final Pattern CATEGORY =
      Pattern.compile("categor|(?:^|[\\s_-])tags?(?:$|[\\s_-])");

  /** Whether an element's class or id names a category or tags. */
  private static boolean category(Element e) {
    String key = classKey(e);
    return key != null && CATEGORY.matcher(key).find();
  }

  /** Whether a text stands in a part of the byline that names a category or tags. */
  private static boolean inCategory(TextNode t, Element byline) {
    for (Element a = (Element) t.parent(); a != null && a != byline; a = a.parent()) {
      if (category(a)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:and|und|et|y|&|,)(?:\\s|$)");
  private static final Pattern CONNECTOR_END = Pattern.compile("(?i)(?:\\band|\\bund|&|,)$");

  /**
   * The names in a byline's text, with the lead word ("By"), a trailing date, role or place cut
   * off; null when what is left does not look like names.
   */
  static String name(String text) {
    String s = Bylines.withoutLead(text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip());
    int cut = s.indexOf(" | ");
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    s = NAME_END.matcher(s).replaceFirst("").replaceAll("[\\s,;:]+$", "").strip();
    if (NOT_A_NAME.matcher(s).matches()) {
      return null;
    }
    if (s.length() < 2 || s.length() > 80) {
      return null;
    }
    String[] words = s.split("[\\s,&]+");
    int capitalised = 0;
    int plain = 0;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isUpperCase(w.codePointAt(0))) {
        capitalised++;
      } else if (!w.equals("and") && !w.equals("und") && !NAME_PARTICLE.matcher(w).matches()) {
        plain++;
      }
    }
    if (words.length == 1) {
      return s.matches("[\\p{L}0-9._\\-]{2,40}") ? s : null;
    }
    return capitalised >= 1 && plain == 0 && words.length <= 12 ? s : null;
  }

  /** Date words and page furniture that sit where bylines sit. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
              + "|[a-z]+day|admin|home|jobs|hire|login|logout|abmelden|anmelden|share|follow"
              + "|zur artikelübersicht|more|view profile|author|authors|autor|autoreninfo|posts?|vo[nm]"
              + "|\\p{L}+ von)\\.?");

  private static final Pattern NAME_PARTICLE =
      Pattern.compile("von|van|der|den|de|del|della|da|di|du|la|le|bin|ibn|al|zu|ten|ter|y");
}
