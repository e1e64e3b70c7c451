package org.dossier.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A page's elements in document order, gathered in one walk of its DOM and shared by every reader
 * that would otherwise walk it again (meta tags, JSON-LD, headings, date lines, bylines, comment
 * candidates, widgets): on a news page each walk of the whole tree cost about as much as the reader
 * that asked for it.
 *
 * <p>{@link #select(String, Evaluator)} is for selectors without combinators ("A B", "A > B"):
 * jsoup keeps the verdicts of those per root until a {@code select} resets them, which a filter
 * over this list never does.
 *
 * <p>The list is taken before the extractor cuts anything out of the DOM. A reader that runs after
 * a cut sees elements that are no longer in the page: removing one of those again changes nothing,
 * but a reader that counts or reads them must ask {@link #attached} first.
 */
final class PageElements {
  private final Document doc;
  private final List<Element> all;
  private final Map<String, List<Element>> byTag;
  private final List<Element> itemprops;
  private final List<Element> topItems;
  private final List<Element> maybeHidden;
  private final int bodyFrom;
  private final int bodyTo;

  private PageElements(
      Document doc,
      List<Element> all,
      Map<String, List<Element>> byTag,
      List<Element> itemprops,
      List<Element> topItems,
      List<Element> maybeHidden,
      int from,
      int to) {
    this.doc = doc;
    this.all = all;
    this.byTag = byTag;
    this.itemprops = itemprops;
    this.topItems = topItems;
    this.maybeHidden = maybeHidden;
    this.bodyFrom = from;
    this.bodyTo = to;
  }

  /** Walks a parsed page once. */
  static PageElements of(Document doc) {
    List<Element> all = new ArrayList<>();
    Map<String, List<Element>> byTag = new HashMap<>();
    List<Element> itemprops = new ArrayList<>();
    List<Element> topItems = new ArrayList<>();
    List<Element> maybeHidden = new ArrayList<>();
    Element body = doc.body();
    int[] range = {0, 0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          private boolean inBody;
          private int scopes; // microdata items open around the element

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              if (e == body) {
                range[0] = all.size();
                inBody = true;
              }
              all.add(e);
              byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>(4)).add(e);
              if (HtmlAttributes.has(e, "itemprop")) {
                itemprops.add(e);
              }
              if (HtmlAttributes.has(e, "itemscope")) {
                if (scopes == 0 && HtmlAttributes.has(e, "itemtype")) {
                  topItems.add(e);
                }
                scopes++;
              }
              if (inBody
                  && (e.normalName().equals("form")
                      || HtmlAttributes.has(e, "hidden")
                      || HtmlAttributes.get(e, "aria-hidden").trim().equalsIgnoreCase("true")
                      || modal(e))) {
                maybeHidden.add(e);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && HtmlAttributes.has(e, "itemscope")) {
              scopes--;
            }
            if (node == body) {
              range[1] = all.size();
              inBody = false;
            }
          }
        },
        doc);
    return new PageElements(doc, all, byTag, itemprops, topItems, maybeHidden, range[0], range[1]);
  }

  /** Every element of the page, the document first, in document order. */
  List<Element> all() {
    return Collections.unmodifiableList(all);
  }

  /** The {@code <body>} and the elements in it, in document order; empty without a body. */
  List<Element> body() {
    return Collections.unmodifiableList(all.subList(bodyFrom, bodyTo));
  }

  /** The elements of one tag ("meta", "h1"), in document order. */
  List<Element> tag(String name) {
    return Collections.unmodifiableList(byTag.getOrDefault(name, List.of()));
  }

  /** The elements with an {@code itemprop}, in document order, for microdata selectors. */
  List<Element> itemprops() {
    return Collections.unmodifiableList(itemprops);
  }

  /**
   * The microdata items that no other item holds ({@code itemscope} with an {@code itemtype}), in
   * document order: what the page says it is, not a breadcrumb inside a post.
   */
  List<Element> topItems() {
    return Collections.unmodifiableList(topItems);
  }

  /**
   * Whether an element is a modal dialog: a {@code <dialog>}, or a box marked {@code
   * aria-modal=true} or {@code role=dialog} ("Republish this article", a sign-in box).
   */
  static boolean modal(Element e) {
    if (e.normalName().equals("dialog")
        || HtmlAttributes.get(e, "aria-modal").trim().equalsIgnoreCase("true")) {
      return true;
    }
    String role = HtmlAttributes.get(e, "role").trim();
    return role.equalsIgnoreCase("dialog") || role.equalsIgnoreCase("alertdialog");
  }

  /**
   * The body's forms, hidden elements ({@code [hidden]}, {@code [aria-hidden=true]}) and modal
   * dialogs ({@link #modal}), in document order: {@code doc.body().select("form, [hidden],
   * [aria-hidden=true], dialog, [aria-modal=true], [role=dialog], [role=alertdialog]")}.
   */
  List<Element> maybeHidden() {
    return Collections.unmodifiableList(maybeHidden);
  }

  /**
   * The elements of one tag that match a selector, in document order: {@code doc.select(evaluator)}
   * for a selector that only matches that tag, without testing the others.
   */
  List<Element> select(String tag, Evaluator evaluator) {
    return matching(tag(tag), evaluator);
  }

  private List<Element> matching(List<Element> elements, Evaluator evaluator) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) {
      if (evaluator.matches(doc, e)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether an element is still in the page, not in a part the extractor has cut out. */
  boolean attached(Element e) {
    return e.root() == doc;
  }
}
