package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** is_article says no to products, listings and documentation, and yes to articles. */
class ArticleSignalsTest {
  private static final String PROSE =
      "<p>The harbour authority said on Monday that traffic through the port fell by a fifth last"
          + " year, as two of the largest ferry lines moved their routes to the deeper water"
          + " terminal further up the coast, and the council now expects a loss.</p>";
  private static final String[] MORE = {
    "<p>Dock workers said the first months of the year had been the quietest they could remember,"
        + " with cranes standing idle for days at a time while the new terminal filled.</p>",
    "<p>The ferry lines said the deeper water let them use larger ships, and that fares would not"
        + " rise this year, although the crossing now takes twenty minutes longer.</p>"
  };

  /** {@code n} paragraphs of a news story (at most three), each of its own words. */
  private static String prose(int n) {
    StringBuilder sb = new StringBuilder(PROSE);
    for (int i = 0; i < n - 1; i++) {
      sb.append(MORE[i]);
    }
    return sb.toString();
  }

  private static Article extract(String url, String head, String body) {
    String html =
        "<html><head><title>Page</title>"
            + head
            + "</head><body><main><h1>A headline for the page</h1>"
            + body
            + "</main></body></html>";
    return Pages.extract(url, html);
  }

  @Test
  void aNewsArticleMarkedAsOneIsAnArticle() {
    Article a =
        extract(
            "https://news.example/2026/11/30/harbour",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>",
            prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void plainProseWithoutMarkupIsStillAnArticle() {
    Article a = extract("https://blog.example/why-ports-move", "", prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void aThreadThatSaysSoInMicrodataIsNotAnArticle() {
    Article a =
        extract(
            "https://community.example/t/harbour-traffic/4417",
            "",
            "<div itemscope itemtype=\"http://schema.org/DiscussionForumPosting\">"
                + "<div class=\"post\">"
                + prose(3)
                + "</div></div>");
    assertFalse(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void anFaqItemInsideABlogPostLeavesItAnArticle() {
    Article a =
        extract(
            "https://blog.example/why-ports-move",
            "",
            prose(3)
                + "<div itemscope itemtype=\"https://schema.org/FAQPage\">"
                + "<div itemprop=\"mainEntity\" itemscope itemtype=\"https://schema.org/Question\">"
                + "<h3 itemprop=\"name\">Why do ports move?</h3></div></div>");
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void aProductIsNotAnArticle() {
    Article a =
        extract(
            "https://shop.example/kettle",
            "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"K\"}</script>",
            prose(3));
    assertFalse(a.isArticle());
    assertTrue(a.diagnostics().toString().contains("product"), a.diagnostics().toString());
  }

  @Test
  void aShopPageWithABuyButtonIsNotAnArticle() {
    Article a =
        extract("https://shop.example/kettle", "", prose(3) + "<button>Add to cart</button>");
    assertFalse(a.isArticle());
  }

  @Test
  void documentationIsNotAnArticle() {
    Article a = extract("https://tool.example/docs/install", "", prose(3));
    assertFalse(a.isArticle());
    Article code =
        extract(
            "https://tool.example/setup",
            "",
            prose(2) + "<pre>make</pre><pre>make install</pre><pre>tool --help</pre>");
    assertFalse(code.isArticle());
  }

  @Test
  void aListingOfShortItemsIsNotAnArticle() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      items.append("<p>Harbour course number ").append(i).append(" for beginners</p>");
    }
    Article a = extract("https://school.example/courses-for-everyone", "", items.toString());
    assertFalse(a.isArticle(), a.diagnostics().toString());
    Article section = extract("https://news.example/news", "", prose(3));
    assertFalse(section.isArticle());
  }

  @Test
  void aForumThreadIsNotAnArticleThoughDatedAndSigned() {
    String signed =
        "<meta property=\"article:published_time\" content=\"2026-11-30T09:00:00Z\">"
            + "<meta name=\"author\" content=\"Ingrid Solheim\">";
    for (String url :
        new String[] {
          "https://www.boatforum.example/threads/which-ferry-to-vessa.123456/",
          "https://forum.example/viewtopic.php?t=4242",
          "https://ask.example/questions/7809/how-to-book-the-ferry",
          "https://community.example/travel-forum/islands/first-trip-to-vessa"
        }) {
      Article a = extract(url, signed, prose(3));
      assertFalse(a.isArticle(), url);
    }
    // The same words in an article's address are not a forum's.
    Article a = extract("https://news.example/2026/11/30/forum-on-ferries", signed, prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void aSitesHomePageIsNotAnArticle() {
    for (String url : new String[] {"https://herald.example/", "https://herald.example"}) {
      Article a = extract(url, "", prose(3));
      assertFalse(a.isArticle(), url);
    }
  }

  @Test
  void openGraphsArticleDoesNotOutweighAShopsOrAManualsAddress() {
    String og = "<meta property=\"og:type\" content=\"article\">";
    assertFalse(
        extract("https://kettles.example/product/harbour-kettle", og, prose(3)).isArticle());
    assertFalse(extract("https://ferry.example/docs/timetable-api", og, prose(3)).isArticle());
    assertFalse(extract("https://firm.example/services/hr-consulting/", og, prose(3)).isArticle());
    // It still outweighs an FAQ block the article embeds, and a blog's archive address.
    String faq = og + "<script type=\"application/ld+json\">{\"@type\":\"FAQPage\"}</script>";
    Article a = extract("https://blog.example/why-ports-move", faq, prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
    a = extract("https://blog.example/archive/2025/12/why-ports-move.html", og, prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void aDocumentationShopOrForumSubdomainIsNotANewsSite() {
    assertFalse(extract("https://docs.ferry.example/timetables/api", "", prose(3)).isArticle());
    assertFalse(extract("https://store.ferry.example/app/4242/", "", prose(3)).isArticle());
    // A news site's section named so: a dated, signed story stays an article.
    String signed =
        "<meta property=\"article:published_time\" content=\"2026-11-30T09:00:00Z\">"
            + "<meta name=\"author\" content=\"Ingrid Solheim\">";
    Article a =
        extract("https://developers.news.example/story/26/11/30/ferry-app", signed, prose(3));
    assertTrue(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void aRedditThreadIsAForumsNotAnArticle() {
    Article a =
        extract(
            "https://www.reddit.com/r/BuyItForLife/comments/1rjl74r/best_laptop_for_college/",
            "",
            prose(3));
    assertFalse(a.isArticle(), a.diagnostics().toString());
  }

  @Test
  void theTypeAPageIsNamedByIsTheSameOnEveryRun() {
    // A shop page that declares a product and its offer: the reason names the first type in
    // alphabetical order, not whichever a hash set gives first in this JVM.
    for (String types : List.of("\"Product\",\"Offer\"", "\"Offer\",\"Product\"")) {
      Article a =
          extract(
              "https://shop.example/coffee/qualita-rossa",
              "<script type=\"application/ld+json\">{\"@type\":[" + types + "]}</script>",
              prose(3));
      assertTrue(
          a.diagnostics().toString().contains("its structured data calls it a offer"),
          a.diagnostics().toString());
    }
  }

  @Test
  void wordsAreCountedAsASplitAtWhiteSpaceCountsThem() {
    String[] pieces = {
      "a", "word", " ", "  ", "\t", "\n", "\u000b", "\u2003", "\u00a0", "\u001c", "é"
    };
    Random random = new Random(21);
    for (int n = 0; n < 20_000; n++) {
      String p = RandomTexts.of(random, pieces, 0, 11);
      if (!p.isBlank()) {
        String stripped = p.strip();
        assertEquals(
            stripped.split("\\s+").length,
            ArticleSignals.wordsBetweenSpaces(stripped),
            () -> "text: " + p);
      }
    }
  }
}
