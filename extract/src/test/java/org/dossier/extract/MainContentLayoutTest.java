package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Layout boxes whose class names a widget ("main-container fixed-sidebar": the box that lays the
 * main content out beside a sidebar) still give the page's {@code <main>} its text.
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
}
