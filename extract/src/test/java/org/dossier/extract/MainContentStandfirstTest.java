package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The standfirst under the headline, in an element the page names for it, opens the body even when
 * the body's container is below it; said once when the body repeats it.
 */
class MainContentStandfirstTest {
  private static final String STANDFIRST =
      "The regional council will close the old ferry pier for six weeks of repairs, leaving the"
          + " island's commuters with one crossing a day.";

  private static final String BODY =
      "<p>The pier, built in 1962, failed its last inspection in October, when engineers found"
          + " cracks in two of the pillars that carry the ramp.</p>"
          + "<p>The council's transport chair said the repairs could not wait for the spring, and"
          + " that the ferry would use the north pier until they were finished.</p>"
          + "<p>Residents asked for a shuttle bus between the two piers, which the council said it"
          + " would consider at its next meeting in December.</p>";

  /** A row of links between the headline and the body, which keeps the article element out. */
  private static final String SHARE_BAR =
      "<div class=\"share-tools\"><a href=\"/s/1\">Share this story on Facebook</a>"
          + "<a href=\"/s/2\">Share this story on Twitter</a><a href=\"/s/3\">Share this story by"
          + " email with a friend</a><a href=\"/s/4\">Print this story for later reading</a></div>";

  private static Article page(String lead, String body) {
    return Pages.extract(
        "https://gazette.example/2026/11/30/ferry-pier",
        "<html><head><title>Old ferry pier to close for repairs</title></head><body>"
            + "<header class=\"single-header\"><h1>Old ferry pier to close for repairs</h1>"
            + lead
            + "<p class=\"credit\">Photo: Harbour Gazette archive</p></header>"
            + SHARE_BAR
            + "<article><div class=\"entry-content\">"
            + body
            + "</div></article>"
            + SHARE_BAR
            + "</body></html>");
  }

  @Test
  void theStandfirstOpensTheBody() {
    Article a = page("<div class=\"texto-bajada\"><p>" + STANDFIRST + "</p></div>", BODY);
    assertTrue(a.text().startsWith(STANDFIRST), a.text());
    assertTrue(a.text().contains("cracks in two of the pillars"), a.text());
    assertFalse(a.text().contains("Gazette archive"), a.text());
  }

  @Test
  void aStandfirstTheBodyRepeatsIsSaidOnce() {
    Article a =
        page("<p class=\"excerpt\">" + STANDFIRST + "</p>", "<p>" + STANDFIRST + "</p>" + BODY);
    assertEquals(a.text().indexOf(STANDFIRST), a.text().lastIndexOf(STANDFIRST), a.text());
  }

  @Test
  void anUnnamedLineUnderTheHeadlineStaysOut() {
    Article a = page("<p>" + STANDFIRST + "</p>", BODY);
    assertFalse(a.text().contains("six weeks of repairs"), a.text());
  }
}
