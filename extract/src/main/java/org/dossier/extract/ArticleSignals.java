package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page is an article, from what the page says of itself and from the shape of its text: a
 * service page, a product, a listing, a forum thread or documentation can have hundreds of words of
 * body text and still be none. Structured data speaks first (a JSON-LD or Open Graph type of
 * article or of product, list, forum, question); then the text: article prose comes in paragraphs
 * of sentences, listings and catalogues in short items.
 */
final class ArticleSignals {
  private ArticleSignals() {}

  /** JSON-LD types of pages that are not articles. */
  private static final Set<String> OTHER_TYPES =
      Set.of(
          "product",
          "productgroup",
          "offer",
          "aggregateoffer",
          "itemlist",
          "collectionpage",
          "searchresultspage",
          "faqpage",
          "qapage",
          "discussionforumposting",
          "softwareapplication",
          "webapplication",
          "mobileapplication",
          "course",
          "event",
          "store",
          "localbusiness",
          "jobposting",
          "recipe",
          "profilepage");

  /**
   * The article types that decide: all of {@link PageIndex.ARTICLE_TYPES} but the technical and
   * scholarly articles, which documentation and reference pages use too.
   */
  private static final Set<String> NEWS_TYPES =
      PageIndex.ARTICLE_TYPES.stream()
          .filter(t -> !t.equals("techarticle") && !t.equals("scholarlyarticle"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** What a page says of itself, read before the extractor cleans its DOM. */
  record Page(
      boolean articleType,
      String otherType,
      String ogType,
      String path,
      String subdomain,
      boolean home,
      int codeBlocks,
      boolean shop) {}

  /**
   * Reads a page's signals from its metadata and its DOM; call it before the main content is cut
   * out of the DOM.
   */
  static Page read(Document doc, PageElements elements, PageMetadata meta) {
    boolean articleType = meta.types().stream().anyMatch(NEWS_TYPES::contains);
    String otherType = meta.types().stream().filter(OTHER_TYPES::contains).findFirst().orElse(null);
    boolean shop = doc.body() != null && SHOP.matcher(buttons(elements)).find();
    int codeBlocks = 0;
    for (Element pre : elements.tag("pre")) {
      codeBlocks += elements.attached(pre) ? 1 : 0;
    }
    String domain = PageIndex.domain(doc.location()); // null unless a web address
    String path = path(doc.location());
    boolean home = domain != null && path.replace("/", "").isEmpty();
    return new Page(
        articleType, otherType, meta.ogType(), path, subdomain(domain), home, codeBlocks, shop);
  }

  /**
   * Why a page with body text is not an article, or null when it is one.
   *
   * @param paragraphs the body the extractor kept
   * @param hasDate whether the page carries a publish date
   * @param hasByline whether it names an author
   */
  static String notAnArticle(
      Page page, List<String> paragraphs, boolean hasDate, boolean hasByline) {
    boolean articleType = page.articleType();
    String otherType = page.otherType();
    String ogType = page.ogType();
    if (articleType) {
      return null;
    }
    // Open Graph's "article" is many site builders' default for every page, products and manuals
    // among them: it outweighs the shape of the text and the JSON-LD blocks that articles embed
    // (an FAQ, the business behind them), but not an address of documentation or of a shop (a
    // blog files its posts under "/archive/2025/12/", so a listing's address does not count).
    boolean ogArticle = ogType.equals("article") || ogType.startsWith("article:");
    if (otherType != null && !ogArticle) {
      return "its structured data calls it a " + otherType;
    }
    if (ogType.startsWith("product") || ogType.equals("profile") || ogType.startsWith("video")) {
      return "its Open Graph type is " + ogType;
    }
    List<String> segments =
        java.util.Arrays.stream(page.path().split("/")).filter(x -> !x.isEmpty()).toList();
    if (page.home()) {
      return "it is the site's home page";
    }
    String kind = HOSTS.get(page.subdomain());
    // A news site may name a section so too (developers.slashdot.org): a dated, signed story stays.
    if (kind != null && !(hasDate && hasByline)) {
      return "its address is " + kind + " (" + page.subdomain() + ".)";
    }
    for (String segment : segments) {
      // Forum software names its threads so, and a thread is dated and signed like an article.
      if (FORUM.contains(segment) || segment.endsWith("-forum")) {
        return "its address is a forum's (/" + segment + "/)";
      }
    }
    if (!(hasDate && hasByline)) {
      for (String segment : segments) {
        if (DOCUMENTATION.contains(segment)) {
          return "its address is documentation (/" + segment + "/)";
        }
        if (PRODUCT.contains(segment)) {
          return "its address is a shop's (/" + segment + "/)";
        }
        if (SERVICE.contains(segment)) {
          return "its address is a service's (/" + segment + "/)";
        }
        if (LISTING.contains(segment) && !ogArticle) {
          return "its address is a listing (/" + segment + "/)";
        }
      }
      if (segments.size() == 1 && SECTIONS.contains(segments.get(0)) && !ogArticle) {
        return "its address is a section's front page (/" + segments.get(0) + ")";
      }
      if (!ogArticle && page.codeBlocks() >= 3) {
        return "it is mostly code and reference (" + page.codeBlocks() + " code blocks)";
      }
      if (!ogArticle && page.shop()) {
        return "it sells something (a buy or add-to-cart button)";
      }
    }
    if (ogArticle) {
      return null;
    }
    // The shape of the text: how much of it stands in paragraphs of prose.
    int words = 0;
    int proseWords = 0;
    for (String p : paragraphs) {
      int n = p.isBlank() ? 0 : wordsBetweenSpaces(p.strip());
      words += n;
      if (n >= 25 && endsLikeASentence(p)) {
        proseWords += n;
      }
    }
    double prose = words == 0 ? 0 : (double) proseWords / words;
    if (prose < 0.35 && !(hasDate && hasByline)) {
      return String.format(
          Locale.ROOT,
          "only %.0f %% of its %d words stand in paragraphs of prose",
          100 * prose,
          words);
    }
    return null;
  }

  /**
   * How many pieces {@code s.split("\\s+")} cuts a stripped, non-blank text into (the runs of
   * characters other than {@code \s}), counted without building them.
   */
  static int wordsBetweenSpaces(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = MainContent.regexSpace(c);
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** Path segments of documentation sites. */
  private static final Set<String> DOCUMENTATION =
      Set.of(
          "docs",
          "doc",
          "documentation",
          "manual",
          "manuals",
          "reference",
          "api",
          "apidocs",
          "kb",
          "knowledgebase",
          "knowledge-base",
          "wiki");

  /**
   * Sub-domains that sites give to what is not their news: documentation and help centres, shops,
   * forums ("docs" of docs.github.com, "store" of store.steampowered.com).
   */
  private static final java.util.Map<String, String> HOSTS =
      java.util.Map.ofEntries(
          java.util.Map.entry("docs", "a documentation site's"),
          java.util.Map.entry("developer", "a documentation site's"),
          java.util.Map.entry("developers", "a documentation site's"),
          java.util.Map.entry("help", "a help centre's"),
          java.util.Map.entry("support", "a help centre's"),
          java.util.Map.entry("wiki", "a wiki's"),
          java.util.Map.entry("kb", "a help centre's"),
          java.util.Map.entry("store", "a shop's"),
          java.util.Map.entry("community", "a forum's"),
          java.util.Map.entry("forum", "a forum's"),
          java.util.Map.entry("forums", "a forum's"));

  /** Path segments of forum threads and questions, as forum software writes them. */
  private static final Set<String> FORUM =
      Set.of(
          "forum",
          "forums",
          "threads",
          "thread",
          "showthread.php",
          "viewtopic.php",
          "showtopic.php",
          "questions",
          "discussion",
          "discussions",
          // Reddit's threads: /r/{community}/comments/{id}/{slug}/
          "comments");

  /** Path segments of the pages where a business presents what it offers. */
  private static final Set<String> SERVICE =
      Set.of("services", "service", "solutions", "pricing", "portfolio", "capabilities");

  /** Path segments of shops. */
  private static final Set<String> PRODUCT = Set.of("product", "products", "shop", "dp");

  /** Path segments of pages that list other pages. */
  private static final Set<String> LISTING =
      Set.of(
          "category",
          "categories",
          "tag",
          "tags",
          "topic",
          "topics",
          "archive",
          "archives",
          "issues",
          "search");

  /** Sections whose front page lists articles: "/news", "/blog". */
  private static final Set<String> SECTIONS =
      Set.of("news", "blog", "blogs", "articles", "stories", "press", "latest", "events", "media");

  private static final Pattern SHOP =
      Pattern.compile(
          "(?i)\\b(?:add to (?:cart|basket|bag)|buy now|in den warenkorb|ajouter au panier)\\b");

  /** The first label of a domain of three or more ("docs" of docs.github.com), or "". */
  private static String subdomain(String domain) {
    if (domain == null) {
      return "";
    }
    String d = domain.toLowerCase(Locale.ROOT);
    int dot = d.indexOf('.');
    return dot < 0 || d.indexOf('.', dot + 1) < 0 ? "" : d.substring(0, dot);
  }

  private static String path(String location) {
    try {
      String p = java.net.URI.create(location.replace(" ", "%20")).getPath();
      return p == null ? "" : p.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The text of the page's buttons and button-like links and inputs. */
  private static String buttons(PageElements elements) {
    StringBuilder b = new StringBuilder();
    // Tag by tag: the order of the buttons does not change what they offer.
    List<Element> candidates = new java.util.ArrayList<>(elements.select("button", BUTTONS));
    candidates.addAll(elements.select("input", BUTTONS));
    candidates.addAll(elements.select("a", BUTTONS));
    for (Element e : candidates) {
      if (elements.attached(e)) {
        b.append(e.text()).append(' ').append(e.attr("value")).append(" | ");
      }
    }
    return b.toString();
  }

  private static final org.jsoup.select.Evaluator BUTTONS =
      org.jsoup.select.QueryParser.parse(
          "button, input[type=submit], a[class*=button], a[class*=btn]");

  private static boolean endsLikeASentence(String paragraph) {
    String p = paragraph.strip();
    while (!p.isEmpty() && "\"'”’)]".indexOf(p.charAt(p.length() - 1)) >= 0) {
      p = p.substring(0, p.length() - 1);
    }
    return !p.isEmpty() && ".!?…:".indexOf(p.charAt(p.length() - 1)) >= 0;
  }
}
