package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A {@code noscript} is junk (a tracking pixel, "enable JavaScript"), unless it holds the page
 * itself: forums such as Discourse send the whole thread there and leave the rest to a script.
 */
class MainContentNoscriptTest {
  private static final String POST =
      "<p>The valuation question keeps coming back, so here is how I think about it: take what the"
          + " company will likely earn in two or three years, put a sober multiple on it, and"
          + " compare that with what the market asks today.</p>"
          + "<p>If the two are far apart, the price is paying for growth that has not happened yet,"
          + " and the risk is that it never does; the maths itself is simple.</p>"
          + "<p>What differs from one investor to the next is how much of that future each is"
          + " willing to pay for now, and how sure each is of the figures.</p>";

  private static Article extract(String body) {
    String html =
        "<html><head><title>My take on valuation - Community</title></head><body>"
            + body
            + "</body></html>";
    return Pages.extract("https://forum.example/t/my-take-on-valuation/105724", html);
  }

  @Test
  void aThreadSentInsideNoscriptIsThePage() {
    Article a =
        extract(
            "<section id=\"splash\"><p>Loading…</p></section>"
                + "<noscript><div id=\"main-outlet\"><h1>My take on valuation</h1>"
                + "<div class=\"post\">"
                + POST
                + "</div></div></noscript><section id=\"main\"></section>");
    assertTrue(a.text().contains("The valuation question keeps coming back"), a.text());
    assertTrue(a.text().contains("how sure each is of the figures"), a.text());
    assertFalse(a.diagnostics().stream().anyMatch(d -> d.code().equals("no-body")));
  }

  @Test
  void aCopyOfTheArticleInsideNoscriptIsNotReadTwice() {
    Article a =
        extract("<article>" + POST + "</article><noscript><div>" + POST + "</div></noscript>");
    String first = "The valuation question keeps coming back";
    assertEquals(a.text().indexOf(first), a.text().lastIndexOf(first), a.text());
  }

  @Test
  void aSmallNoscriptStaysJunk() {
    Article a =
        extract(
            "<article>"
                + POST
                + "<noscript><p>Please enable JavaScript to view the comments.</p></noscript>"
                + "</article>");
    assertFalse(a.text().contains("enable JavaScript"), a.text());
  }
}
