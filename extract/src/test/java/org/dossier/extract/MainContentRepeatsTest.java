package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page that sends its article twice (a copy for small screens, or one a style sheet hides) gives
 * each paragraph once: the quotes and names of a story are counted once, not twice.
 */
class MainContentRepeatsTest {
  private static final String[] PARAGRAPHS = {
    "The council voted on Tuesday to close the old library on Mill Street at the end of the year,"
        + " after a survey found the building needed repairs it could not pay for.",
    "Residents who spoke at the meeting said the library was the only place in the town where"
        + " children could do their homework in the evening, and asked for a delay.",
    "The council's leader said a smaller library would open in the community centre in the spring,"
        + " with longer opening hours and computers for the public to use."
  };

  private static long count(String text, String paragraph) {
    return Arrays.stream(text.split("\n")).filter(line -> line.strip().equals(paragraph)).count();
  }

  @Test
  void anArticleSentTwiceGivesEachParagraphOnce() {
    StringBuilder copy = new StringBuilder();
    for (String p : PARAGRAPHS) {
      copy.append("<p>").append(p).append("</p>");
    }
    String html =
        "<html><head><title>Council votes to close the Mill Street library</title></head><body>"
            + "<h1>Council votes to close the Mill Street library</h1>"
            + "<div class=\"content\"><div class=\"rich-text\">"
            + copy
            + "</div><div class=\"post-main hide\"><div class=\"rich-text\">"
            + copy
            + "</div></div></div></body></html>";
    Article a = Pages.extract("https://news.example/2025/01/14/library-vote", html);
    for (String p : PARAGRAPHS) {
      assertEquals(1, count(a.text(), p), a.text());
    }
  }

  @Test
  void aShortLineMayStandMoreThanOnce() {
    // The headings of a review's sections ("Pros", "Cons") come back for every product.
    String html =
        "<html><head><title>Three library apps compared</title></head><body>"
            + "<h1>Three library apps compared</h1><article>"
            + "<h2>Libby</h2><p>"
            + PARAGRAPHS[0]
            + "</p><h3>Pros</h3><p>Free with a card.</p>"
            + "<h2>Hoopla</h2><p>"
            + PARAGRAPHS[1]
            + "</p><h3>Pros</h3><p>No waiting lists.</p>"
            + "<h2>Kanopy</h2><p>"
            + PARAGRAPHS[2]
            + "</p><h3>Pros</h3><p>Films as well as books.</p>"
            + "<p>All three apps are free to library members, and the library's staff will help"
            + " anyone who wants to set one up on a phone or a tablet.</p>"
            + "</article></body></html>";
    Article a = Pages.extract("https://news.example/2025/01/14/library-apps", html);
    assertEquals(3, count(a.text(), "Pros"), a.text());
  }
}
