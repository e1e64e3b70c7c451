package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A list of links that a sentence of the article introduces with a colon is the article's own (a
 * progress report's patches, each a link to its review); a menu, or a list introduced as other
 * stories, is not.
 */
class MainContentIntroducedListTest {
  private static final String URL = "https://blog.example/2025/12/progress-report-39";

  private static String report(String introduction, String items) {
    return "<html><head><title>Progress report #39</title></head><body><main><article>"
        + "<h1>Progress report #39</h1>"
        + "<p>There has been some nice progress on the compiler side these past months, and most"
        + " of the work went into the code generation for the new architectures.</p>"
        + "<div class=\"paragraph\"><p>"
        + introduction
        + "</p></div><div class=\"ulist\"><ul>"
        + items
        + "</ul></div>"
        + "<p>Next month the team will look at the failing tests again, and at the memory used by"
        + " deeply nested expressions, which still grows too fast on large crates.</p>"
        + "</article></main></body></html>";
  }

  private static final String PATCHES =
      "<li><p><a href=\"https://forge.example/pulls/97\">Make the type check support floating"
          + " point types</a></p></li>"
          + "<li><p><a href=\"https://forge.example/pulls/98\">Allow casts between integers and"
          + " pointers</a></p></li>"
          + "<li><p><a href=\"https://forge.example/pulls/99\">Add support for the weak variable"
          + " attribute</a></p></li>";

  @Test
  void aListOfLinksASentenceIntroducesStaysInTheArticle() {
    Article a = Pages.extract(URL, report("Many patches were sent for review:", PATCHES));
    assertTrue(a.text().contains("Many patches were sent for review:"), a.text());
    assertTrue(a.text().contains("Allow casts between integers and pointers"), a.text());
    assertTrue(a.text().contains("deeply nested expressions"), a.text());
    assertTrue(a.isArticle(), a.toString());
  }

  @Test
  void aListIntroducedAsOtherStoriesStaysOut() {
    Article a =
        Pages.extract(URL, report("Here are some related stories you might like:", PATCHES));
    assertFalse(a.text().contains("Allow casts between integers"), a.text());
    assertTrue(a.text().contains("deeply nested expressions"), a.text());
  }

  @Test
  void aMenuOfSingleWordsStaysOut() {
    String menu =
        "<li><a href=\"/\">Home</a></li><li><a href=\"/blog\">Blog</a></li>"
            + "<li><a href=\"/about\">About</a></li>";
    Article a = Pages.extract(URL, report("Find your way around this site:", menu));
    assertFalse(a.text().contains("About"), a.text());
  }

  @Test
  void aListWithoutAnIntroductionStaysOut() {
    Article a = Pages.extract(URL, report("Many patches were sent for review.", PATCHES));
    assertFalse(a.text().contains("Allow casts between integers"), a.text());
  }
}
