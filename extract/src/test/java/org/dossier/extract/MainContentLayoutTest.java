package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Layout boxes whose class names a widget ("main-container fixed-sidebar": the box that lays the
 * main content out beside a sidebar) still give the page's {@code <main>} its text, and the article
 * body that declares itself so ({@code entry-content}) inside them.
 */
class MainContentLayoutTest {
  private static final String POST =
      "<p>Hi, all! I am a second year college student and my laptop has finally given out after"
          + " serving me through high school and last year.</p><p>I am looking for something that"
          + " is not too heavy, with a battery that lasts a day of lectures.</p>";

  /** A thread whose {@code <main>} stands beside a sidebar in a box of the given class. */
  private static Article thread(String boxClass) {
    return Pages.extract(
        "https://community.example/t/best-laptop/4417",
        "<html><head><title>Best laptop for college?</title></head><body>"
            + "<div class=\""
            + boxClass
            + "\"><main><h1>Best laptop for college?</h1>"
            + POST
            + "</main><div class=\"sidebar\"><p>Community rules: be kind to each other.</p></div>"
            + "</div></body></html>");
  }

  @Test
  void aLayoutBoxNamedForItsSidebarKeepsTheMainContent() {
    Article a = thread("main-container grid fixed-sidebar");
    assertTrue(a.text().contains("finally given out"), a.toString());
    assertFalse(a.text().contains("Community rules"), a.text());
  }

  @Test
  void aWidgetThatHoldsNoMainStaysAWidget() {
    // A box named as a sidebar, with no <main> inside it: the name counts.
    String html =
        "<html><head><title>Laptops</title></head><body><article><h1>Laptops</h1>"
            + "<p>A longer article about laptops, their batteries and their weight, that a student"
            + " would read before buying one for the years of study ahead of them.</p>"
            + "<div class=\"fixed-sidebar\"><p>Community rules: be kind to each other, and do not"
            + " post the same question twice in one week.</p></div></article></body></html>";
    Article a = Pages.extract("https://news.example/laptops", html);
    assertTrue(a.text().contains("batteries"), a.text());
    assertFalse(a.text().contains("Community rules"), a.text());
  }

  private static final String SHORT_POST =
      "<p>This page was down yesterday, and we were at the climate march in town with some eight"
          + " thousand people.</p><p>The party has published a plan of seventeen points on climate"
          + " policy, a way out of the stagnation of the established parties.</p>";

  /** A blog post whose theme wraps its text in a box named for the share icons pinned beside it. */
  private static String pinnedShareBox(String related) {
    return "<html><head><title>We support the climate strike</title></head><body><main>"
        + "<article><h1>We support the climate strike</h1><div id=\"socialicons-sticky\">"
        + "<div class=\"entry-content\">"
        + SHORT_POST
        + "</div></div></article>"
        + related
        + "</main></body></html>";
  }

  @Test
  void aDeclaredArticleBodyInsideABoxNamedForShareIconsKeepsItsText() {
    Article a = Pages.extract("https://party.example/2019/09/21/strike/", pinnedShareBox(""));
    assertTrue(a.text().contains("climate march"), a.toString());
    assertTrue(a.text().contains("seventeen points"), a.text());
  }

  @Test
  void aSmallerDeclaredExcerptInARelatedWidgetStaysBoilerplate() {
    // Themes give related posts' excerpts the same class as the post: only the largest shields.
    String related =
        "<div class=\"related-posts\"><div class=\"entry-content\"><p>Our stand at the town"
            + " fair last spring, where members answered questions about the party.</p></div></div>";
    Article a = Pages.extract("https://party.example/2019/09/21/strike/", pinnedShareBox(related));
    assertTrue(a.text().contains("climate march"), a.toString());
    assertFalse(a.text().contains("town fair"), a.text());
  }
}
