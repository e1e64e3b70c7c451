package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** A photo's caption is not the story: it would date the timeline by the picture's year. */
class MainContentCaptionsTest {
  private static final String PROSE =
      "<p>The harbour authority said on Monday that traffic through the port fell by a fifth last"
          + " year, as two of the largest ferry lines moved their routes to the deeper water"
          + " terminal further up the coast, and the council now expects a loss.</p>";

  private static Article extract(String body) {
    String html =
        "<html><head><title>Harbour traffic falls</title></head><body><article>"
            + "<h1>Harbour traffic falls by a fifth</h1>"
            + body
            + "</article></body></html>";
    return Pages.extract("https://news.example/2026/harbour", html);
  }

  @Test
  void captionsMarkedAsAPhotosOrMediasAreLeftOut() {
    Article a =
        extract(
            PROSE
                + "<div class=\"el__embedded\"><img alt=\"The pier in 2014\" src=\"p.jpg\">"
                + "<div class=\"media__caption\"><div>The pier in 2014</div></div></div>"
                + PROSE.replace("Monday", "Tuesday")
                + "<div class=\"wp-caption\"><img src=\"q.jpg\"><p class=\"wp-caption-text\">"
                + "The old ferry terminal in 1998</p></div>"
                + PROSE.replace("Monday", "Friday"));
    assertTrue(a.text().contains("said on Tuesday"), a.text());
    assertFalse(a.text().contains("The pier in 2014"), a.text());
    assertFalse(a.text().contains("terminal in 1998"), a.text());
  }

  @Test
  void aProductsCaptionIsNotAPhotosAndStays() {
    Article a =
        extract(
            PROSE
                + "<div class=\"product-caption\"><p>Handmade stoneware mug, glazed in"
                + " the harbour workshop from local clay and fired twice.</p></div>"
                + PROSE);
    assertTrue(a.text().contains("Handmade stoneware mug"), a.text());
  }

  @Test
  void aThumbnailsCaptionAndACreditOnItsOwnLineAreLeftOut() {
    Article a =
        extract(
            "<div class=\"thumbnail-caption\">Photo by Ada Berg on Unsplash</div>"
                + PROSE
                + "<p>Photo by Ola Nordmann on Unsplash</p>"
                + PROSE.replace("Monday", "Tuesday")
                + "<p>The new terminal at dawn. Harbour Authority/Getty Images</p>"
                + PROSE.replace("Monday", "Friday"));
    assertTrue(a.text().contains("said on Tuesday"), a.text());
    assertFalse(a.text().contains("Ada Berg"), a.text());
    assertFalse(a.text().contains("Ola Nordmann"), a.text());
    assertFalse(a.text().contains("Getty Images"), a.text());
  }

  @Test
  void aConfigurationsImageOrAPriceListsCreditIsNoCaption() {
    Article a =
        extract(
            PROSE
                + "<p>Cost per Credit: In-State $472</p>"
                + "<p>services: web: build: . db: image: postgres:18</p>"
                + PROSE.replace("Monday", "Friday"));
    assertTrue(a.text().contains("Cost per Credit"), a.text());
    assertTrue(a.text().contains("image: postgres:18"), a.text());
  }
}
