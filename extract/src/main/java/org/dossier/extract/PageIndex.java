package org.dossier.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Capture;
import org.dossier.model.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a page states about itself, gathered once for the metadata readers ({@link PageTitles},
 * {@link PageBylines}, {@link PageDates}): its meta tags, its JSON-LD (parsed once), the JSON-LD
 * node of the article, the canonical URL and the outlet's name.
 */
record PageIndex(
    Document doc,
    PageElements elements,
    Capture capture,
    Map<String, String> metas,
    List<JsonNode> jsonLd,
    JsonNode ld,
    Set<String> types,
    String canonical,
    String outlet) {

  /**
   * JSON as pages write it, in JSON-LD and in scripts' state: raw line breaks in strings, trailing
   * commas, comments, single quotes, NaN.
   */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  /** Microdata types, lower case, that say what the whole page is. */
  private static final Set<String> MICRODATA_PAGE_TYPES =
      Set.of("discussionforumposting", "qapage", "profilepage");

  /** JSON-LD types of articles, lower case. */
  static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle",
          "article",
          "reportagenewsarticle",
          "blogposting",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "socialmediaposting",
          "liveblogposting",
          "techarticle",
          "scholarlyarticle");

  private static final List<String> META_KEY_ATTRIBUTES =
      List.of("property", "name", "itemprop", "http-equiv");
  private static final Evaluator JSON_LD =
      QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");

  /** Indexes a parsed page. */
  static PageIndex of(Document doc, Capture capture) {
    return of(doc, PageElements.of(doc), capture);
  }

  /** Indexes a parsed page whose elements have been gathered. */
  static PageIndex of(Document doc, PageElements elements, Capture capture) {
    Map<String, String> metas = metas(elements);
    List<JsonNode> jsonLd = jsonLd(elements);
    JsonNode ld = null;
    for (int i = 0; i < jsonLd.size() && ld == null; i++) {
      ld = findArticle(jsonLd.get(i), 0);
    }
    Set<String> types = new TreeSet<>();
    for (JsonNode node : jsonLd) {
      collectTypes(node, 0, types);
    }
    // Microdata says what a page is only for the kinds that are whole pages: a Discourse thread is
    // an itemscope of http://schema.org/DiscussionForumPosting. Blog posts embed FAQ, product and
    // list items, and listings an article item per teaser, so those stay unread.
    for (Element item : elements.topItems()) {
      for (String url : item.attr("itemtype").trim().split("\\s+")) {
        String type = url.substring(url.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (MICRODATA_PAGE_TYPES.contains(type)) {
          types.add(type);
        }
      }
    }
    String canonical = canonical(elements, metas, ld, capture.source());
    String outlet =
        first(
            metas.get("og:site_name"),
            ld == null ? null : text(ld.path("publisher").path("name")),
            metas.get("application-name"),
            capture.hint().get("outlet"),
            domain(canonical != null ? canonical : capture.source().toString()));
    return new PageIndex(
        doc,
        elements,
        capture,
        metas,
        jsonLd,
        ld,
        // Sorted: the first type readers pick (the reason a page is no article) is the same on
        // every run, where Set.copyOf's order changes from one JVM to the next.
        Collections.unmodifiableSet(types),
        canonical,
        outlet);
  }

  /** A meta tag's content by its property, name, itemprop or http-equiv, or null. */
  String meta(String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
  }

  /**
   * The page's title as a browser reads it: the first {@code <title>} element in the document,
   * outside any SVG image, wherever it stands. jsoup's own title looks in the head only, and a
   * stray character before the title ("&amp;nbsp;&lt;title&gt;…") ends the head there. "" if none.
   */
  String title() {
    String head = doc.title();
    if (!head.isEmpty()) {
      return head;
    }
    for (Element t : elements.tag("title")) {
      if (t.closest("svg") == null) {
        return Spaces.collapse(t.text()).strip();
      }
    }
    return "";
  }

  /** The language the {@code <html>} element declares ("de", "en-GB"), stripped; "" if none. */
  String htmlLang() {
    List<Element> html = elements.tag("html");
    return html.isEmpty() ? "" : html.get(0).attr("lang").strip();
  }

  /** A text field of the article's JSON-LD node, or null. */
  String ldText(String field) {
    return ld == null ? null : text(ld.path(field));
  }

  /**
   * A text field of the first JSON-LD node anywhere on the page that has it (a {@code WebPage}'s
   * {@code datePublished} where no article node states one), or null.
   */
  String ldAnywhere(String field) {
    for (JsonNode node : jsonLd) {
      JsonNode found = find(node, field, 0);
      if (found != null) {
        return text(found);
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode node, String field, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isObject()) {
      JsonNode value = node.get(field);
      if (value != null && (value.isTextual() || value.isArray())) {
        return value;
      }
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        JsonNode found = find(child, field, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** What a feed or an archive record said about the page ("title", "byline", "published"). */
  String hint(String key) {
    return capture.hint().get(key);
  }

  /** The URL the page's dates and domain are read from: the canonical URL, else the source. */
  String url() {
    return canonical != null ? canonical : capture.source().toString();
  }

  /**
   * The page's JSON-LD blocks, each parsed once; of a broken block, what stands before the break.
   */
  private static List<JsonNode> jsonLd(PageElements elements) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : elements.select("script", JSON_LD)) {
      try {
        JsonNode node = JSON.readTree(script.data());
        if (node != null) {
          out.add(node);
        }
      } catch (Exception e) {
        // Broken JSON-LD is common: what stood before the break still counts, and so does the
        // page's other metadata.
        JsonNode read = BrokenJson.salvage(JSON, script.data());
        if (read != null && !read.isEmpty()) {
          out.add(read);
        }
      }
    }
    return out;
  }

  /** Every {@code @type} in a JSON-LD tree, lower case, without the schema.org prefix. */
  private static void collectTypes(JsonNode node, int depth, Set<String> out) {
    if (node == null || depth > 8) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collectTypes(n, depth + 1, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    if (type != null) {
      for (JsonNode t : type.isArray() ? type : List.of(type)) {
        if (t.isTextual()) {
          out.add(t.asText().toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", ""));
        }
      }
    }
    node.forEach(n -> collectTypes(n, depth + 1, out));
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 6) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = findArticle(n, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!node.isObject()) {
      return null;
    }
    JsonNode type = node.path("@type");
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
    } else {
      types.add(type.asText().toLowerCase(Locale.ROOT));
    }
    if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
      return node;
    }
    JsonNode f = findArticle(node.get("@graph"), depth + 1);
    return f != null ? f : findArticle(node.get("mainEntity"), depth + 1);
  }

  private static String canonical(
      PageElements elements, Map<String, String> metas, JsonNode ld, URI source) {
    List<Element> links = elements.select("link", CANONICAL);
    Element link = links.isEmpty() ? null : links.get(0);
    String href =
        first(
            link == null ? null : link.attr("href"),
            metas.get("og:url"),
            ld == null ? null : text(ld.path("url")));
    if (href == null) {
      return null;
    }
    try {
      URI uri = source.resolve(href.strip());
      String scheme = uri.getScheme();
      return scheme != null && scheme.startsWith("http") && uri.getHost() != null
          ? uri.toString()
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A URL's host without "www.", for http and https URLs only. */
  static String domain(String url) {
    try {
      URI uri = URI.create(url);
      String host = uri.getHost();
      if (host == null || !"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        return null;
      }
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The page's meta tags, keyed by lower-cased property, name, itemprop and http-equiv; the first
   * non-empty content of each key wins.
   */
  private static Map<String, String> metas(PageElements elements) {
    Map<String, String> out = new HashMap<>();
    for (Element m : elements.tag("meta")) {
      String c = m.attr("content").strip();
      if (c.isEmpty()) {
        continue;
      }
      for (String attr : META_KEY_ATTRIBUTES) {
        String key = m.attr(attr);
        if (!key.isEmpty()) {
          out.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return out;
  }

  /** A JSON-LD value as text (the first of an array), entities decoded; null when empty. */
  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  /** The first value that is not blank, stripped; null when none is. */
  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
