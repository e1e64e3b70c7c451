package org.dossier.extract;

import org.jsoup.nodes.Element;

/**
 * An element's attributes read by their lower-case names, as jsoup's HTML parser stores them: it
 * lower-cases every attribute name it reads, so a case-sensitive lookup finds what jsoup's own
 * {@link Element#attr}, {@link Element#hasAttr}, {@link Element#className} and {@link Element#id}
 * find, without comparing each name letter by letter in both cases. The readers that look at every
 * element of a page (widgets, comments, bylines, hidden boxes) ask several of them each.
 *
 * <p>NOTE: only for names in lower case, on elements of a parsed page or copies of them.
 */
final class HtmlAttributes {
  private HtmlAttributes() {}

  /** The attribute's value, or "" when the element has none of that name. */
  static String get(Element e, String name) {
    return e.attributesSize() == 0 ? "" : e.attributes().get(name);
  }

  /** Whether the element has an attribute of that name. */
  static boolean has(Element e, String name) {
    return e.attributesSize() != 0 && e.attributes().hasKey(name);
  }

  /** The {@code class} attribute without spaces at its ends: {@link Element#className}. */
  static String className(Element e) {
    return get(e, "class").trim();
  }

  /** The {@code id} attribute: {@link Element#id}. */
  static String id(Element e) {
    return get(e, "id");
  }
}
