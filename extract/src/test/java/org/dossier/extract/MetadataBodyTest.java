package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page a script renders holds no text in its markup; its JSON-LD {@code articleBody} stands in
 * for the body, and a teaser there does not.
 */
class MetadataBodyTest {
  private static final String TEXT =
      "The harbour board voted on Tuesday to close the old ferry pier for repairs.\\n\\nRepairs"
          + " will take six weeks, the board's chair said, and the ferry will use the north pier"
          + " until then. Residents asked for a shuttle bus between the two piers, and the council"
          + " said it would consider one at its next meeting.";

  private static String page(String articleBody) {
    return "<html><head><title>Old ferry pier to close for repairs</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Old ferry pier to close for repairs\","
        + "\"datePublished\":\"2026-11-03T08:00:00Z\",\"articleBody\":\""
        + articleBody
        + "\"}</script></head><body><div id=\"root\"></div>"
        + "<script src=\"/app.js\"></script></body></html>";
  }

  @Test
  void aPageAScriptRendersTakesItsBodyFromTheJsonLd() {
    Article a = Pages.extract("https://harbour.example/news/ferry-pier", page(TEXT));
    assertTrue(a.text().startsWith("The harbour board voted on Tuesday"), a.text());
    assertTrue(a.text().contains("\n\nRepairs will take six weeks"), a.text());
    assertTrue(a.isArticle(), a.toString());
    assertTrue(
        a.diagnostics().stream().anyMatch(d -> d.code().equals("body-from-metadata")),
        a.diagnostics().toString());
  }

  @Test
  void aTeaserInTheJsonLdIsNoBody() {
    Article a =
        Pages.extract(
            "https://harbour.example/news/ferry-pier", page("The old pier closes. Read more."));
    assertEquals("", a.text());
    assertTrue(
        a.diagnostics().stream().anyMatch(d -> d.code().equals("no-body")),
        a.diagnostics().toString());
  }

  @Test
  void markupInTheFieldIsReadAsParagraphs() {
    assertEquals(
        List.of("One & two.", "Three."),
        MetadataBody.paragraphs("<p>One &amp; two.</p>\n<p>Three.</p>"));
    assertEquals(List.of("A line.", "Another."), MetadataBody.paragraphs("A line.\n\n  Another. "));
  }
}
