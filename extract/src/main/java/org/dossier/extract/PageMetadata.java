package org.dossier.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Capture;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * An HTML page's metadata, read from structured data first (JSON-LD, Open Graph and other meta
 * tags), then markup ({@code <time>}, {@code rel=author}, {@code <h1>}), then the URL.
 */
record PageMetadata(
    String title,
    List<String> byline,
    PublishDate published,
    PublishDate modified,
    String outlet,
    String canonicalUrl,
    String language,
    Set<String> types,
    String ogType) {

  /** JSON-LD as pages write it: raw line breaks in strings, trailing commas, comments. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .build();

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

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");

  /** Reads the metadata of a parsed page; hints from a feed or record fill what the page lacks. */
  static PageMetadata read(Document doc, Capture capture) {
    Map<String, String> metas = metas(doc);
    List<JsonNode> jsonLd = jsonLd(doc);
    JsonNode ld = null;
    for (int i = 0; i < jsonLd.size() && ld == null; i++) {
      ld = findArticle(jsonLd.get(i), 0);
    }
    Set<String> types = new java.util.TreeSet<>();
    for (JsonNode node : jsonLd) {
      collectTypes(node, 0, types);
    }
    String canonical = canonical(doc, metas, ld, capture.source());
    String outlet =
        first(
            meta(metas, "og:site_name"),
            ld == null ? null : text(ld.path("publisher").path("name")),
            meta(metas, "application-name"),
            capture.hint().get("outlet"),
            domain(canonical != null ? canonical : capture.source().toString()));
    String title = title(doc, metas, ld, outlet, capture.hint().get("title"));
    List<String> byline = byline(doc, metas, ld, outlet, capture.hint().get("byline"));
    PublishDate published = published(doc, metas, ld, canonical, capture);
    PublishDate modified = modified(doc, metas, ld, published);
    String language = language(doc, metas, ld);
    String ogType = meta(metas, "og:type");
    return new PageMetadata(
        title,
        byline,
        published,
        modified,
        outlet,
        canonical,
        language,
        Set.copyOf(types),
        ogType == null ? "" : ogType.strip().toLowerCase(Locale.ROOT));
  }

  /** The page's JSON-LD blocks, each parsed once; a broken block is left out. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element script : doc.select(JSON_LD)) {
      try {
        JsonNode node = JSON.readTree(script.data());
        if (node != null) {
          out.add(node);
        }
      } catch (Exception e) {
        // Broken JSON-LD is common; the page's other metadata still counts.
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

  private static String title(
      Document doc, Map<String, String> metas, JsonNode ld, String outlet, String hint) {
    Element h1 = doc.selectFirst(HEADLINE);
    String h1Text = h1 == null ? null : h1.text();
    String candidate =
        first(
            ld == null ? null : text(ld.path("headline")),
            meta(metas, "og:title"),
            meta(metas, "twitter:title"),
            hint,
            h1Text,
            doc.title());
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

  private static final java.util.regex.Pattern SEPARATOR =
      java.util.regex.Pattern.compile("\\s+[" + SEPARATORS + "]\\s+");
  private static final java.util.regex.Pattern TRAILING_SEPARATOR =
      java.util.regex.Pattern.compile("\\s+[" + SEPARATORS + "]\\s*$");
  private static final java.util.regex.Pattern LEADING_SEPARATOR =
      java.util.regex.Pattern.compile("^\\s*[" + SEPARATORS + "]\\s+");

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

  /**
   * The byline: person names from JSON-LD, then author meta tags, then the visible byline, the
   * first source that names a person winning. When none does, an institutional credit ("News Desk")
   * found in any of them; only then raw author markup and the feed, which may name a photographer
   * or an editor as readily as the author; last, a name equal to the outlet's.
   */
  private static List<String> byline(
      Document doc, Map<String, String> metas, JsonNode ld, String outlet, String hint) {
    List<Supplier<List<String>>> sources =
        List.of(
            () -> ldAuthors(ld, false),
            () -> metaAuthors(doc, metas),
            () -> VisibleByline.find(doc));
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
    List<String> markup = names(markupAuthors(doc, hint), outlet, fallback);
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
          out.add(text(a.path("name")));
        }
      }
    }
    return out;
  }

  private static List<String> metaAuthors(Document doc, Map<String, String> metas) {
    List<String> out = new ArrayList<>();
    for (Element m : doc.select(AUTHOR_META)) {
      out.add(m.attr("content"));
    }
    String label = meta(metas, "twitter:label1");
    if (label != null && WRITTEN_BY.matcher(label).find()) {
      out.add(meta(metas, "twitter:data1")); // Yoast's "Written by" label
    }
    return out;
  }

  private static List<String> markupAuthors(Document doc, String hint) {
    List<String> out = new ArrayList<>();
    for (Element e : doc.select(AUTHOR_MARKUP)) {
      out.add(e.text());
      if (out.size() >= 4) {
        break;
      }
    }
    if (hint != null) {
      out.add(hint);
    }
    return out;
  }

  private static final Pattern WRITTEN_BY =
      Pattern.compile("(?i)written by|author|verfasst|geschrieben|auteur|autor");

  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "published_time",
          "date",
          "dc.date.issued",
          "dc.date",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "citation_publication_date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "originalpublicationdate",
          "cxenseparse:recs:publishtime",
          "release_date");
  private static final List<String> MODIFIED_KEYS =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "og:article:modified_time",
          "datemodified",
          "last-modified",
          "lastmod",
          "dcterms.modified",
          "dc.date.modified",
          "article.updated",
          "modified_time");

  private static final int TEXT_DATE_CHARS = 20_000;
  private static final String DATE_TEXT =
      "(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?"
          + "\\p{L}{3,10}\\.?,?\\s+(?:de\\s+)?\\d{4}|\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";
  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(?i)(?:published|posted|datum|date|stand|veröffentlicht(?: am)?|erstellt(?: am)?"
              + "|publié le|publicado|pubblicato|gepubliceerd|opublikowano)\\s*:?\\s*(?:on\\s+|am\\s+|le\\s+)?"
              + DATE_TEXT);
  private static final Pattern ANY_DATE = Pattern.compile(DATE_TEXT);

  /** Class or id words that mark an element holding a date line. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "date|publish|posted|datum|fecha|dateline|timestamp|byline|entry-meta|post-meta"
              + "|article-meta|meta-info");

  private static final List<String> META_KEY_ATTRIBUTES =
      List.of("property", "name", "itemprop", "http-equiv");
  private static final Evaluator JSON_LD =
      QueryParser.parse("script[type~=(?i)application/ld\\+json]");
  private static final Evaluator HEADLINE = QueryParser.parse("article h1, main h1, h1");
  private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator DATE_MODIFIED = QueryParser.parse("[itemprop=dateModified]");
  private static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
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
      QueryParser.parse(
          "[rel=author], [itemprop=author] [itemprop=name], .byline, .author-name, .by-author");

  /**
   * The dates a page's structured data states, in order of trust: the JSON-LD fields, the meta
   * tags, then microdata elements matching {@code itemprop}.
   */
  private static List<PublishDate> structured(
      Document doc,
      Map<String, String> metas,
      JsonNode ld,
      List<String> ldFields,
      List<String> metaKeys,
      Evaluator itemprop) {
    List<PublishDate> found = new ArrayList<>();
    if (ld != null) {
      for (String field : ldFields) {
        add(found, DateParsing.parse(text(ld.path(field)), "json-ld"));
      }
    }
    for (String key : metaKeys) {
      add(found, DateParsing.parse(metas.get(key), "meta"));
    }
    for (Element e : doc.select(itemprop)) {
      add(
          found,
          DateParsing.parse(
              e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"), "meta"));
    }
    return found;
  }

  /**
   * The publish date: structured data first (JSON-LD, meta tags, microdata), the earliest of them
   * when they disagree; then {@code <time>} elements and date lines; then a labelled date or the
   * first date at the headline in the text; then a feed's date; then a date in the URL. A full date
   * in the URL wins over an unstructured date that disagrees with it (a date line may belong to a
   * teaser), and over a UTC timestamp that falls a day off it, since the URL holds the day as the
   * newsroom saw it.
   */
  private static PublishDate published(
      Document doc, Map<String, String> metas, JsonNode ld, String canonical, Capture capture) {
    List<PublishDate> structured =
        structured(
            doc,
            metas,
            ld,
            List.of("datePublished", "dateCreated"),
            PUBLISHED_KEYS,
            DATE_PUBLISHED);
    PublishDate url = urlDate(canonical != null ? canonical : capture.source().toString());
    PublishDate best = earliest(structured);
    if (best == null) {
      best = visible(doc);
    }
    if (best == null) {
      best = textDate(doc);
    }
    if (best == null) {
      best = DateParsing.parse(capture.hint().get("published"), "feed");
    }
    if (best == null) {
      return url;
    }
    if (url == null || best.day() == null || best.day().equals(url.day())) {
      return best;
    }
    boolean fromStructuredData = best.origin().equals("json-ld") || best.origin().equals("meta");
    boolean utc = best.value().endsWith("Z") || best.value().endsWith("+00:00");
    if (!fromStructuredData
        || (best.precision() == DatePrecision.TIME
            && utc
            && Math.abs(best.day().toEpochDay() - url.day().toEpochDay()) == 1)) {
      return url;
    }
    return best;
  }

  /** The last-modified date, when the page states one no earlier than the publish date. */
  private static PublishDate modified(
      Document doc, Map<String, String> metas, JsonNode ld, PublishDate published) {
    for (PublishDate d :
        structured(doc, metas, ld, List.of("dateModified"), MODIFIED_KEYS, DATE_MODIFIED)) {
      if (published == null
          || published.day() == null
          || d.day() == null
          || !d.day().isBefore(published.day())) {
        return d;
      }
    }
    return null;
  }

  private static PublishDate earliest(List<PublishDate> dates) {
    PublishDate best = null;
    for (PublishDate d : dates) {
      if (best == null || (d.day() != null && best.day() != null && d.day().isBefore(best.day()))) {
        best = d;
      }
    }
    return best;
  }

  private static boolean dateLine(Element e) {
    String tag = e.normalName();
    if (tag.equals("time") || (tag.equals("abbr") && e.hasClass("published"))) {
      return true;
    }
    String key = e.className() + " " + e.id();
    return key.length() > 1 && DATE_LINE.matcher(key.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean insideComment(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      String key = a.className() + " " + a.id();
      if (key.length() > 1 && key.toLowerCase(Locale.ROOT).contains("comment")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date in the page's text: one after a label such as "Published", "Datum" or "Stand", else the
   * first date at or after the headline.
   */
  private static PublishDate textDate(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    String text = body.text();
    if (text.length() > TEXT_DATE_CHARS) {
      text = text.substring(0, TEXT_DATE_CHARS);
    }
    Matcher labelled = LABELLED_DATE.matcher(text);
    if (labelled.find()) {
      PublishDate d = DateParsing.parse(labelled.group(1), "text");
      if (d != null) {
        return d;
      }
    }
    Element h1 = body.selectFirst("h1");
    int from = h1 == null ? 0 : Math.max(0, text.indexOf(h1.text()) - 200);
    Matcher any = ANY_DATE.matcher(text);
    if (any.find(from)) {
      return DateParsing.parse(any.group(), "text");
    }
    return null;
  }

  /** The first date in a {@code <time>} element or a date line, read as the page shows it. */
  private static PublishDate visible(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    int looked = 0;
    for (Element e : body.getAllElements()) {
      if (!dateLine(e) || insideComment(e)) {
        continue;
      }
      PublishDate d = e.hasAttr("datetime") ? DateParsing.parse(e.attr("datetime"), "time") : null;
      if (d == null) {
        String text = e.ownText().isBlank() ? e.text() : e.ownText();
        if (text.length() <= 120) {
          d = DateParsing.parse(text, "text");
        }
      }
      if (d != null) {
        return d;
      }
      if (++looked >= 40) {
        break;
      }
    }
    return null;
  }

  private static PublishDate urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find()
        ? DateParsing.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "url")
        : null;
  }

  private static String language(Document doc, Map<String, String> metas, JsonNode ld) {
    String lang =
        first(
            doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
            meta(metas, "content-language"),
            meta(metas, "og:locale"),
            ld == null ? null : text(ld.path("inLanguage")),
            meta(metas, "language"));
    if (lang == null) {
      return null;
    }
    String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  private static String canonical(
      Document doc, Map<String, String> metas, JsonNode ld, URI source) {
    Element link = doc.selectFirst(CANONICAL);
    String href =
        first(
            link == null ? null : link.attr("href"),
            meta(metas, "og:url"),
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

  /**
   * The page's meta tags, keyed by lower-cased property, name, itemprop and http-equiv; the first
   * non-empty content of each key wins.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element m : doc.getElementsByTag("meta")) {
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

  private static String meta(Map<String, String> metas, String key) {
    return metas.get(key.toLowerCase(Locale.ROOT));
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
