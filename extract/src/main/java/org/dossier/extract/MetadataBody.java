package org.dossier.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of a page whose markup holds no text, a page a script renders in the browser: the
 * JSON-LD {@code articleBody}, the whole text, which news sites that render with scripts often
 * state. Without it the page was skipped at ingest with "no body text found", and a dossier lost
 * the article.
 *
 * <p>The page's description is not used so. On the tune halves of the shared sets it would have
 * stood in for nine empty bodies: two whose gold holds no text (a board game list, a service page),
 * six of listings, services and forum threads, and a how-to whose steps a script renders; and it
 * made one forum question an article.
 */
final class MetadataBody {
  private MetadataBody() {}

  /** Fewer words than this and an {@code articleBody} is a teaser, not the text. */
  static final int ARTICLE_BODY_WORDS = 30;

  /**
   * What stood in for the body.
   *
   * @param paragraphs the body's paragraphs
   * @param origin where they were read, for the diagnostic ("the JSON-LD articleBody")
   */
  record Found(List<String> paragraphs, String origin) {}

  /** The body the page's metadata gives, or null when it gives none worth reading. */
  static Found of(PageIndex page) {
    String body = page.ldText("articleBody");
    List<String> paragraphs = paragraphs(body);
    if (HtmlExtractor.words(paragraphs, ARTICLE_BODY_WORDS) >= ARTICLE_BODY_WORDS) {
      return new Found(paragraphs, "the JSON-LD articleBody");
    }
    List<String> state =
        ScriptStateBody.of(
            page.elements(),
            Arrays.asList(page.title(), page.meta("og:title"), page.ldText("headline")));
    if (HtmlExtractor.words(state, ARTICLE_BODY_WORDS) >= ARTICLE_BODY_WORDS) {
      return new Found(state, "the rich text in the page's script data");
    }
    return null;
  }

  /**
   * A field's text as paragraphs: its {@code <p>} elements when it is markup, else its lines, with
   * white space collapsed and entities read.
   */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    Document fragment = Jsoup.parseBodyFragment(text);
    List<Element> ps = fragment.body().getElementsByTag("p");
    if (!ps.isEmpty()) {
      for (Element p : ps) {
        add(out, p.text());
      }
      return out;
    }
    for (String line : fragment.body().wholeText().split("\n")) {
      add(out, line);
    }
    return out;
  }

  private static void add(List<String> out, String text) {
    String t = Spaces.collapse(text).strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }
}
