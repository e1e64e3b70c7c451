package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds a page's main text: boilerplate removed by tag and by class/id, then the container that
 * declares itself the article body, else the element whose paragraphs score highest by text length
 * and punctuation, discounted by link density.
 *
 * <p>NOTE: this is the first, simple version; the extraction issue replaces it with a measured one.
 */
final class MainContent {
  private static final String JUNK_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea,"
          + " nav, footer, aside, figcaption, [hidden], [aria-hidden=true], dialog";
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(share|social|related|newsletter|cookie|consent|promo|advert|\\bads?\\b|ad-slot|sidebar|subscribe"
              + "|breadcrumb|menu|navbar|masthead|popup|modal|paywall|signup|recommend|trending|most-popular"
              + "|more-stories|read-more|tag-list|author-bio|caption)");
  private static final String DECLARED_BODY =
      "[itemprop=articleBody], .article-body, .article__body, .story-body, .entry-content, .post-content,"
          + " .article-content, .articleBody, .story-content, .post-body, .main-content-body";
  private static final Pattern LINE_BREAKS = Pattern.compile("\n[ ]*\n");
  private static final Evaluator DECLARED = QueryParser.parse(DECLARED_BODY);
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "dd",
          "dt",
          "dl",
          "header",
          "body",
          "figure",
          "address",
          "hr",
          "center");
  private static final Pattern SHORT_JUNK =
      Pattern.compile(
          "(?i)^(advertisement|advert|sponsored|share( this)?( article)?|read more|continue reading|sign up.*|subscribe.*|follow us.*|click here.*|related:.*|copyright.*|©.*|all rights reserved.*)$");

  private MainContent() {}

  /** The body paragraphs of a page, in reading order, without the title line. */
  static List<String> paragraphs(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    body.select(JUNK_TAGS).remove();
    removeBoilerplate(body);
    Element main = declared(body);
    if (main == null) {
      main = best(body);
    }
    List<String> out = new ArrayList<>();
    for (String p : blocks(main)) {
      if (title != null && p.equalsIgnoreCase(title)) {
        continue;
      }
      if (p.length() < 80 && SHORT_JUNK.matcher(p).matches()) {
        continue;
      }
      out.add(p);
    }
    return out;
  }

  private static void removeBoilerplate(Element body) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String className = e.className();
      String id = e.id();
      if (className.isEmpty() && id.isEmpty()) {
        continue;
      }
      String key = (className + " " + id).toLowerCase(Locale.ROOT);
      if (!BOILERPLATE.matcher(key).find() || e.is(DECLARED)) {
        continue;
      }
      int length = e.text().length();
      if (length < 1000 || linkDensity(e) > 0.5) {
        doomed.add(e);
      }
    }
    doomed.forEach(Node::remove);
  }

  private static Element declared(Element body) {
    Element best = null;
    for (Element e : body.select(DECLARED_BODY)) {
      if (e.text().length() >= 200 && (best == null || e.text().length() > best.text().length())) {
        best = e;
      }
    }
    if (best != null) {
      return best;
    }
    Elements articles = body.select("article");
    for (Element a : articles) {
      if (a.select("p").size() >= 2 && (best == null || a.text().length() > best.text().length())) {
        best = a;
      }
    }
    return best;
  }

  private static Element best(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote, td")) {
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100.0, 3);
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = body;
    double top = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = e.getValue() * (1 - linkDensity(e.getKey()));
      if (s > top) {
        top = s;
        best = e.getKey();
      }
    }
    return best;
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += a.text().length();
    }
    return Math.min(1.0, (double) links / total);
  }

  /** The text of an element split at block boundaries and double line breaks. */
  static List<String> blocks(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] linkChars = {0};
    int[] inLink = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              // Source line breaks are plain white space; only <br> breaks a line.
              String s = collapse(t.getWholeText());
              if (!s.isEmpty()) {
                boolean spaced = Character.isWhitespace(t.getWholeText().charAt(0));
                current.append(spaced && !current.isEmpty() ? " " : "").append(s);
                if (Character.isWhitespace(
                    t.getWholeText().charAt(t.getWholeText().length() - 1))) {
                  current.append(' ');
                }
              } else if (!t.getWholeText().isEmpty()) {
                current.append(' ');
              }
              if (inLink[0] > 0) {
                linkChars[0] += s.strip().length();
              }
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                current.append('\n');
              } else if (tag.equals("a")) {
                inLink[0]++;
              } else if (BLOCKS.contains(tag)) {
                flush(out, current, linkChars);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.normalName().equals("a")) {
                inLink[0]--;
              } else if (BLOCKS.contains(e.normalName())) {
                flush(out, current, linkChars);
              }
            }
          }
        },
        root);
    flush(out, current, linkChars);
    return out;
  }

  private static void flush(List<String> out, StringBuilder current, int[] linkChars) {
    if (current.isEmpty()) {
      return;
    }
    for (String part : LINE_BREAKS.split(current)) {
      String text = collapse(part);
      if (text.isEmpty()) {
        continue;
      }
      boolean mostlyLinks = linkChars[0] > 0.6 * text.length() && text.length() < 200;
      if (!mostlyLinks) {
        out.add(text);
      }
    }
    current.setLength(0);
    linkChars[0] = 0;
  }

  /**
   * White space runs (including no-break spaces and line breaks) folded to one space, ends trimmed.
   */
  static String collapse(CharSequence s) {
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
