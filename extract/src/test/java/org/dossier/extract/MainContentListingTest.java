package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page with no text of its own, a front page or a shop's list, whose every line links to another
 * page: its body is what it lists, and it is no article.
 */
class MainContentListingTest {
  /** A story's card on a front page: its headline and summary, both inside its link. */
  private static String card(String slug, String headline, String summary) {
    return "<div class=\"promo-card\"><a href=\"/news/"
        + slug
        + "\"><h3>"
        + headline
        + "</h3><p>"
        + summary
        + "</p></a></div>";
  }

  private static final String CARDS =
      card(
              "ferry",
              "Harbour Board doubles ferry fares",
              "Commuters from Kallvik face the second rise this year, after the board's vote.")
          + card(
              "bridge",
              "Old bridge to close for repairs",
              "The crossing will shut for six weeks from March while engineers replace its deck.")
          + card(
              "school",
              "New school opens in Nordhamn",
              "Four hundred pupils started lessons on Monday in a building of timber and glass.");

  private static Article frontPage(String main) {
    return Pages.extract(
        "https://harbour-news.example/",
        "<html><head><title>Harbour News</title></head><body>"
            + "<div class=\"site-header\"><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a>"
            + " <a href=\"/weather\">Weather</a></div>"
            + main
            + "<div class=\"cookie-consent\"><p>We use cookies to improve your experience of our"
            + " site and to show you news that matters to you.</p></div></body></html>");
  }

  @Test
  void aFrontPageIsWhatItListsAndNoArticle() {
    Article a = frontPage("<main><h2>Top stories</h2>" + CARDS + "</main>");
    assertTrue(a.text().contains("Harbour Board doubles ferry fares"), a.text());
    assertTrue(a.text().contains("engineers replace its deck"), a.text());
    assertTrue(a.text().contains("timber and glass"), a.text());
    // The site's header and its cookie notice are the page's chrome, not what it lists.
    assertFalse(a.text().contains("Weather"), a.text());
    assertFalse(a.text().contains("cookies"), a.text());
    assertFalse(a.isArticle());
    assertTrue(
        a.diagnostics().stream()
            .anyMatch(d -> d.code().equals(Article.NOT_ARTICLE) && d.message().contains("lists")),
        a.diagnostics().toString());
  }

  @Test
  void withoutMainTheBodyIsWhatItLists() {
    Article a = frontPage(CARDS);
    assertEquals(
        "Harbour Board doubles ferry fares", a.paragraphs().get(0), a.paragraphs().toString());
    assertFalse(a.isArticle());
  }

  /** Many cards: a shop's category, a long front page. */
  private static String manyCards() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      b.append(
          card(
              "boot-" + i,
              "Trail boot number " + i + " in brown leather",
              "A waterproof boot with a rubber sole, laced to the toe, in sizes from 36 to 47."));
    }
    return b.toString();
  }

  private static final String INTRO =
      "<p>Hiking boots carry you over rock, mud and snow. Ours are made in Portugal of leather"
          + " and rubber, and each pair is tested on the coast path above Kallvik before it is"
          + " sold.</p>";

  @Test
  void anIntroductionAboveALongListIsPartOfTheListing() {
    Article a = frontPage("<main><h1>Hiking boots</h1>" + INTRO + manyCards() + "</main>");
    assertTrue(a.text().contains("made in Portugal"), a.text());
    assertTrue(a.text().contains("Trail boot number 12"), a.text());
    assertFalse(a.isArticle());
  }

  @Test
  void aDatedBriefAboveALongListKeepsItsOwnText() {
    // A news brief names its day and its writer; a shop's introduction does not.
    Article a =
        Pages.extract(
            "https://harbour-news.example/news/boots",
            "<html><head><title>Boot maker opens shop</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\">"
                + "<meta name=\"author\" content=\"Ines Berg\"></head><body><main>"
                + "<h1>Boot maker opens shop</h1>"
                + INTRO
                + manyCards()
                + "</main></body></html>");
    assertTrue(a.text().contains("made in Portugal"), a.text());
    assertFalse(a.text().contains("Trail boot number 12"), a.text());
  }

  @Test
  void anArticleBesideItsListsKeepsItsOwnText() {
    Article a =
        frontPage(
            "<main><article><h1>Harbour Board doubles ferry fares</h1><p>Commuters from Kallvik"
                + " will pay twice as much for the crossing from April, after the Harbour Board"
                + " voted on Tuesday to double fares for the second time this year.</p><p>The"
                + " board said fuel and wages had risen faster than it had planned for, and that"
                + " the ferries would otherwise run at a loss by the summer.</p></article>"
                + "<h2>More stories</h2>"
                + CARDS
                + "</main>");
    assertTrue(a.text().contains("voted on Tuesday"), a.text());
    assertFalse(a.text().contains("timber and glass"), a.text());
  }
}
