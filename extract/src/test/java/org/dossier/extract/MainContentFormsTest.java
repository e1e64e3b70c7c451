package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A form a reader writes in (a comment or contact form) is no part of the article, even where its
 * help text reads as sentences inside the article's element; a form that wraps the whole page keeps
 * the article.
 */
class MainContentFormsTest {
  private static final String ARTICLE =
      "<h1>The night the river rose</h1>"
          + "<p>The river rose two metres in a single night, and by morning the lower town was under"
          + " water from the station to the old bridge.</p>"
          + "<p>Volunteers filled sandbags until dawn, and the mayor said the town would ask the"
          + " region for help with the repairs before the winter.</p>";

  private static final String COMMENT_FORM =
      "<form action=\"/comment\"><fieldset><p class=\"explication\">To make paragraphs, simply"
          + " leave blank lines between them when you write your comment below.</p>"
          + "<p>Your email address will not be published, and your comment will be read before it"
          + " appears on this page.</p><p>Comments that insult other readers or the people in"
          + " the story are removed by the moderators without notice.</p>"
          + "<textarea name=\"text\"></textarea>"
          + "<input type=\"submit\" value=\"Send\"></fieldset></form>";

  @Test
  void aCommentFormInsideTheArticleIsLeftOut() {
    Article a =
        Pages.extract(
            "https://town.example/2026/11/river",
            "<html><head><title>The night the river rose</title></head><body><article>"
                + ARTICLE
                + COMMENT_FORM
                + "</article></body></html>");
    assertTrue(a.text().contains("Volunteers filled sandbags"), a.text());
    assertFalse(a.text().contains("leave blank lines"), a.text());
    assertFalse(a.text().contains("will not be published"), a.text());
    assertFalse(a.text().contains("removed by the moderators"), a.text());
  }

  @Test
  void aFormAroundTheWholePageKeepsTheArticle() {
    StringBuilder longer = new StringBuilder(ARTICLE);
    for (int i = 0; i < 6; i++) {
      longer.append(
          "<p>Farmers upstream counted their losses in fields that had been ready for the harvest,"
              + " and the insurers sent assessors to every farm along the valley.</p>");
    }
    Article a =
        Pages.extract(
            "https://town.example/2026/11/river",
            "<html><head><title>The night the river rose</title></head><body>"
                + "<form id=\"aspnetForm\" action=\"/default.aspx\"><article>"
                + longer
                + "</article><textarea name=\"feedback\"></textarea></form></body></html>");
    assertTrue(a.text().contains("Volunteers filled sandbags"), a.text());
    assertTrue(a.text().contains("insurers sent assessors"), a.text());
  }
}
