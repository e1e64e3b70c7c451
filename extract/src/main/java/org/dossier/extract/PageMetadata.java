package org.dossier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Capture;
import org.dossier.model.PublishDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's metadata, read from structured data first (JSON-LD, Open Graph and other meta
 * tags), then markup ({@code <time>}, {@code rel=author}, {@code <h1>}), then the URL.
 */
record PageMetadata(
    String title,
    List<String> byline,
    PublishDate published,
    String outlet,
    String canonicalUrl,
    String language) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
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
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");

  /** Reads the metadata of a parsed page; hints from a feed or record fill what the page lacks. */
  static PageMetadata read(Document doc, Capture capture) {
    JsonNode ld = jsonLdArticle(doc);
    String canonical = canonical(doc, ld, capture.source());
    String outlet =
        first(
            meta(doc, "og:site_name"),
            ld == null ? null : text(ld.path("publisher").path("name")),
            meta(doc, "application-name"),
            capture.hint().get("outlet"),
            domain(canonical != null ? canonical : capture.source().toString()));
    String title = title(doc, ld, outlet, capture.hint().get("title"));
    List<String> byline = byline(doc, ld, capture.hint().get("byline"));
    PublishDate published = published(doc, ld, canonical, capture);
    String language = language(doc, ld);
    return new PageMetadata(title, byline, published, outlet, canonical, language);
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        JsonNode found = findArticle(JSON.readTree(script.data()), 0);
        if (found != null) {
          return found;
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
      }
    }
    return null;
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

  private static String title(Document doc, JsonNode ld, String outlet, String hint) {
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    String h1Text = h1 == null ? null : h1.text();
    String candidate =
        first(
            ld == null ? null : text(ld.path("headline")),
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            hint,
            h1Text,
            doc.title());
    if (candidate == null) {
      return null;
    }
    return stripSiteName(candidate, outlet);
  }

  /** Drops " | Outlet" or " - Outlet" that sites glue to titles. */
  static String stripSiteName(String title, String outlet) {
    String t = title.strip();
    String[] parts = t.split("\\s+[|–—·»:-]\\s+");
    if (parts.length < 2) {
      return t;
    }
    String last = parts[parts.length - 1].strip();
    String firstPart = parts[0].strip();
    if (outlet != null
        && (last.equalsIgnoreCase(outlet)
            || last.toLowerCase(Locale.ROOT).contains(outlet.toLowerCase(Locale.ROOT)))) {
      return t.substring(0, t.lastIndexOf(last)).replaceAll("\\s+[|–—·»:-]\\s*$", "").strip();
    }
    if (outlet != null && firstPart.equalsIgnoreCase(outlet)) {
      return t.substring(firstPart.length()).replaceAll("^\\s*[|–—·»:-]\\s+", "").strip();
    }
    if (parts.length == 2
        && last.split("\\s+").length <= 3
        && firstPart.length() > 3 * last.length()) {
      return firstPart;
    }
    return t;
  }

  private static List<String> byline(Document doc, JsonNode ld, String hint) {
    List<String> raw = new ArrayList<>();
    if (ld != null) {
      JsonNode author = ld.path("author");
      if (author.isArray()) {
        author.forEach(a -> raw.add(a.isObject() ? text(a.path("name")) : a.asText()));
      } else if (author.isObject()) {
        raw.add(text(author.path("name")));
      } else if (author.isTextual()) {
        raw.add(author.asText());
      }
    }
    if (raw.stream().allMatch(r -> r == null || r.isBlank())) {
      raw.clear();
      for (Element m :
          doc.select(
              "meta[name=author], meta[property=article:author], meta[name=byl], meta[name=dc.creator]")) {
        String c = m.attr("content");
        if (!c.startsWith("http")) {
          raw.add(c);
        }
      }
    }
    if (raw.isEmpty()) {
      for (Element e :
          doc.select(
              "[rel=author], [itemprop=author] [itemprop=name], .byline, .author-name, .by-author")) {
        raw.add(e.text());
        if (raw.size() >= 4) {
          break;
        }
      }
    }
    if (raw.isEmpty() && hint != null) {
      raw.add(hint);
    }
    return Bylines.clean(raw);
  }

  private static PublishDate published(
      Document doc, JsonNode ld, String canonical, Capture capture) {
    List<PublishDate> found = new ArrayList<>();
    if (ld != null) {
      add(found, DateParsing.parse(text(ld.path("datePublished")), "json-ld"));
      add(found, DateParsing.parse(text(ld.path("dateCreated")), "json-ld"));
    }
    for (String key :
        List.of(
            "article:published_time",
            "og:article:published_time",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "date",
            "dc.date.issued",
            "dc.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "originalpublicationdate")) {
      add(found, DateParsing.parse(meta(doc, key), "meta"));
    }
    for (Element e : doc.select("[itemprop=datePublished]")) {
      add(
          found,
          DateParsing.parse(
              e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"), "meta"));
    }
    if (found.isEmpty()) {
      for (Element e : doc.select("time[datetime]")) {
        add(found, DateParsing.parse(e.attr("datetime"), "time"));
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    if (found.isEmpty()) {
      add(found, DateParsing.parse(capture.hint().get("published"), "feed"));
    }
    if (found.isEmpty()) {
      add(found, urlDate(canonical != null ? canonical : capture.source().toString()));
    }
    return found.isEmpty() ? null : found.get(0);
  }

  private static PublishDate urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find()
        ? DateParsing.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "url")
        : null;
  }

  private static String language(Document doc, JsonNode ld) {
    String lang =
        first(
            doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
            meta(doc, "content-language"),
            meta(doc, "og:locale"),
            ld == null ? null : text(ld.path("inLanguage")),
            meta(doc, "language"));
    if (lang == null) {
      return null;
    }
    String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String canonical(Document doc, JsonNode ld, URI source) {
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String href =
        first(
            link == null ? null : link.attr("href"),
            meta(doc, "og:url"),
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

  private static String domain(String url) {
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

  /** The content of a meta tag by property, name or itemprop, or null. */
  static String meta(Document doc, String key) {
    for (Element m : doc.getElementsByTag("meta")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))
          || key.equalsIgnoreCase(m.attr("http-equiv"))) {
        String c = m.attr("content").strip();
        if (!c.isEmpty()) {
          return c;
        }
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : text(node.get(0));
    }
    String s = node.asText().strip();
    return s.isEmpty() ? null : org.jsoup.parser.Parser.unescapeEntities(s, false);
  }

  private static void add(List<PublishDate> list, PublishDate d) {
    if (d != null) {
      list.add(d);
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
