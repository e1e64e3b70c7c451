package org.dossier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Reads a page's byline from its JSON-LD, author meta tags, visible byline and author markup. */
final class PageBylines {
  private PageBylines() {}

  private static final Evaluator AUTHOR_META =
      QueryParser.parse(
          "meta[name=author], meta[property=article:author], meta[name=article:author],"
              + " meta[name=byl], meta[name=dc.creator], meta[name=parsely-author],"
              + " meta[name=sailthru.author]");

  /**
   * Author markup, read as raw text after the visible byline found no name: a byline class whose
   * text is an institutional credit ("The Currency editors") still counts as one.
   */
  private static final Evaluator AUTHOR_MARKUP =
      QueryParser.parse("[rel=author], .byline, .author-name, .by-author");

  /**
   * With {@link #AUTHOR_MARKUP}, a name inside an author: {@code [itemprop=author]
   * [itemprop=name]}.
   */
  private static final Evaluator NAME = QueryParser.parse("[itemprop=name]");

  private static final Evaluator AUTHOR = QueryParser.parse("[itemprop=author]");

  private static final Pattern WRITTEN_BY =
      Pattern.compile("(?i)written by|author|verfasst|geschrieben|auteur|autor");

  /**
   * The byline: person names from JSON-LD, then author meta tags, then the visible byline, the
   * first source that names a person winning. When none does, an institutional credit ("News Desk")
   * found in any of them; only then raw author markup and the feed, which may name a photographer
   * or an editor as readily as the author; last, a name equal to the outlet's.
   */
  static List<String> read(PageIndex page) {
    Document doc = page.doc();
    JsonNode ld = page.ld();
    String outlet = page.outlet();
    List<Supplier<List<String>>> sources =
        List.of(
            () -> ldAuthors(ld, false),
            () -> metaAuthors(page),
            () -> VisibleByline.find(page.elements()));
    List<String> fallback = ldAuthors(ld, true);
    List<String> seen = new ArrayList<>();
    for (Supplier<List<String>> source : sources) {
      List<String> names = names(source.get(), outlet, fallback);
      List<String> found = Bylines.clean(names);
      if (!found.isEmpty()) {
        return found;
      }
      seen.addAll(names);
    }
    List<String> credits = Bylines.credits(seen);
    if (!credits.isEmpty()) {
      return credits;
    }
    List<String> markup = names(markupAuthors(page, page.hint("byline")), outlet, fallback);
    List<String> found = Bylines.clean(markup);
    if (found.isEmpty()) {
      found = Bylines.credits(markup);
    }
    return found.isEmpty() ? Bylines.clean(fallback) : found;
  }

  /** Raw names that may be authors; one equal to the outlet's name goes to {@code fallback}. */
  private static List<String> names(List<String> raw, String outlet, List<String> fallback) {
    List<String> names = new ArrayList<>();
    for (String r : raw) {
      if (r == null || r.isBlank() || r.startsWith("http")) {
        continue;
      }
      (outlet != null && r.strip().equalsIgnoreCase(outlet) ? fallback : names).add(r);
    }
    return names;
  }

  /**
   * JSON-LD authors: persons (and plain names), or the organisations, which count only after
   * everything else, as the outlet's own name does.
   */
  private static List<String> ldAuthors(JsonNode ld, boolean organisations) {
    List<String> out = new ArrayList<>();
    if (ld == null) {
      return out;
    }
    JsonNode author = ld.path("author");
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      if (a.isTextual() && !organisations) {
        out.add(a.asText());
      } else if (a.isObject()) {
        String type = a.path("@type").asText("");
        boolean organisation =
            type.equalsIgnoreCase("Organization") || type.equalsIgnoreCase("NewsMediaOrganization");
        if (organisation == organisations) {
          out.add(PageIndex.text(a.path("name")));
        }
      }
    }
    return out;
  }

  private static boolean insideAuthor(Document doc, Element e) {
    for (Element a = e.parent(); a != null && a != doc; a = a.parent()) {
      if (AUTHOR.matches(doc, a)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> metaAuthors(PageIndex page) {
    List<String> out = new ArrayList<>();
    for (Element m : page.elements().select("meta", AUTHOR_META)) {
      out.add(m.attr("content"));
    }
    String label = page.meta("twitter:label1");
    if (label != null && WRITTEN_BY.matcher(label).find()) {
      out.add(page.meta("twitter:data1")); // Yoast's "Written by" label
    }
    return out;
  }

  private static List<String> markupAuthors(PageIndex page, String hint) {
    List<String> out = new ArrayList<>();
    Document doc = page.doc();
    for (Element e : page.elements().all()) {
      if (out.size() >= 4) {
        break;
      }
      if (AUTHOR_MARKUP.matches(doc, e) || (NAME.matches(doc, e) && insideAuthor(doc, e))) {
        // "<section class="byline">March 20, 2023 | <span class="byline__category">Wellness
        // &amp; Prevention</span>": the section's name is no author's.
        out.add(VisibleByline.textWithoutCategories(e));
      }
    }
    if (hint != null) {
      out.add(hint);
    }
    return out;
  }
}
