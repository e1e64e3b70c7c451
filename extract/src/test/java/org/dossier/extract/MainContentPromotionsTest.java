package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * What a news site puts inside its own article that is not the article: a box asking readers to
 * join its WhatsApp group, a line sending them to a newsletter, the heading of a grid of other
 * stories; and a live blog's timestamps, laid out as separate spans.
 */
class MainContentPromotionsTest {
  private static final String STORY =
      "<p>The dad of a man missing for a decade has said he has finally accepted his son is dead,"
          + " ten years after he left a nightclub in the town shortly after two in the morning.</p>"
          + "<p>Police are set to hold a press conference about the disappearance on Friday and are"
          + " urging anyone with information to come forward, however small it may seem.</p>";
  private static final String MORE =
      "<p>The remains found in 2020 were later confirmed as those of another man, a 61-year-old"
          + " from a village nearby, which the family said had been a fresh blow.</p>"
          + "<p>The detective leading the inquiry said every anniversary was another blow for the"
          + " family and that finding him remained a priority for the force.</p>";

  private static Article extract(String article) {
    String html =
        "<html><head><title>Dad of missing man gives up hope | Daily Example</title></head><body>"
            + "<article><h1>Dad of missing man gives up hope</h1>"
            + article
            + "</article></body></html>";
    return Pages.extract("https://news.example/dad-of-missing-man-31328293", html);
  }

  @Test
  void aBoxHeadedByACallToActionLeavesTheArticle() {
    Article a =
        extract(
            STORY
                + "<div class=\"factbox\"><span><h3>Join the Daily Example WhatsApp"
                + " community!</h3></span>"
                + "<p>Get the latest news sent straight to your messages by joining our WhatsApp"
                + " community today. You'll receive daily updates on breaking news as well as the"
                + " top headlines.</p>"
                + "<p>No one will be able to see who is signed up and no one can send messages"
                + " except the Daily Example team.</p></div>"
                + MORE);
    assertFalse(a.text().contains("WhatsApp"), a.text());
    assertFalse(a.text().contains("signed up"), a.text());
    assertTrue(a.text().contains("accepted his son is dead"), a.text());
    assertTrue(a.text().contains("remained a priority"), a.text());
  }

  @Test
  void aCallToActionAmongTheArticlesParagraphsTakesOnlyItself() {
    Article a = extract(STORY + "<h3>Sign up for our daily newsletter</h3>" + MORE);
    assertFalse(a.text().contains("newsletter"), a.text());
    assertTrue(a.text().contains("another blow for the family"), a.text());
  }

  @Test
  void aLineSendingReadersToANewsletterLeavesTheArticle() {
    Article a =
        extract(
            STORY
                + MORE
                + "<p><b><i>Don't miss the latest news from around Scotland and beyond - Sign up to"
                + " our daily newsletter </i></b><a href=\"/newsletter\">here</a>.</p>");
    assertFalse(a.text().contains("Don't miss"), a.text());
  }

  @Test
  void theHeadingOfAGridOfOtherStoriesLeavesTheArticle() {
    Article a =
        extract(
            STORY
                + "<div class=\"embedded-image-grid\"><h3>Top news stories today</h3>"
                + "<div class=\"wrapper\"><ul>"
                + "<li><a href=\"/news/politics/council-tax-31346289\"><img src=\"a.jpg\"></a></li>"
                + "<li><a href=\"/news/housing-emergency-31337862\"><img src=\"b.jpg\"></a></li>"
                + "</ul></div></div>"
                + MORE);
    assertFalse(a.text().contains("Top news stories"), a.text());
    assertTrue(a.text().contains("remained a priority"), a.text());
  }

  @Test
  void aHeadingBeforeTheArticlesOwnTextStays() {
    Article a =
        extract(
            STORY
                + "<h3>What the police found</h3>"
                + "<a href=\"/pictures/1\"><img src=\"c.jpg\"></a>"
                + MORE);
    assertTrue(a.text().contains("What the police found"), a.text());
  }

  @Test
  void aLiveBlogsDateSpansAreReadApart() {
    Article a =
        extract(
            STORY
                + "<div class=\"entry\"><time><span>November</span><span>02</span>"
                + "<span>2023</span></time><span>21:06 (IST)</span></div>"
                + MORE
                + "<p>It was the 1<span>st</span> time the team had said so, with CO<sub>2</sub>"
                + " levels and the rest of the figures in a report of 2<span>,</span>000 pages.</p>");
    assertTrue(a.text().contains("November 02 2023 21:06 (IST)"), a.text());
    assertTrue(a.text().contains("the 1st time"), a.text());
    assertTrue(a.text().contains("CO2 levels"), a.text());
  }

  @Test
  void linesSendingReadersToTheOutletsAccountsLeaveTheArticle() {
    Article a =
        extract(
            STORY
                + MORE
                + "<p>Follow the Daily Example on Twitter and Instagram @DailyExample and on Facebook"
                + " @DailyExampleNews. Send us a message on WhatsApp or email us.</p>"
                + "<p>Crime reporter covering the north of the county. You can keep up with me on"
                + " Twitter: @example_reporter</p>"
                + "<p>For the latest stories and breaking news updates download the Daily Example"
                + " apps for iOS and Android.</p>");
    assertTrue(a.text().contains("finding him remained a priority"), a.text());
    assertFalse(a.text().contains("@DailyExample"), a.text());
    assertFalse(a.text().contains("keep up with me"), a.text());
    assertFalse(a.text().contains("download the Daily Example apps"), a.text());
  }

  @Test
  void aSentenceAboutWhatPeopleSaidOnTwitterStays() {
    Article a =
        extract(
            STORY
                + "<p>The appeal spread quickly. Like many on Twitter, the councillor shared it.</p>"
                + MORE);
    assertTrue(a.text().contains("Like many on Twitter, the councillor shared it."), a.text());
  }

  @Test
  void aClosingHeadingInAnotherLanguageEndsTheArticle() {
    for (String heading :
        new String[] {"Zum Weiterlesen", "Te puede interesar", "Leggi anche", "Lees ook"}) {
      Article a =
          extract(
              STORY
                  + MORE
                  + "<h3>"
                  + heading
                  + "</h3><p>Ein Gartenbuch: wie man Tomaten zieht, ohne Gift, im Topf.</p>");
      assertFalse(a.text().contains(heading), heading + ": " + a.text());
      assertFalse(a.text().contains("Tomaten"), heading + ": " + a.text());
      assertTrue(a.text().contains("remained a priority"), heading + ": " + a.text());
    }
  }

  @Test
  void aModalDialogIsNoPartOfTheArticleWhateverItsSize() {
    String terms =
        "<p>Want to share a story from the Daily Example with your readers? You may use our"
            + " stories on your own site when you keep them whole and do not change them.</p>"
            + "<p>Please make sure to include a link back to either our home page or the article"
            + " address, and name the writer at the top of the story as the byline.</p>"
            + "<p>It is your responsibility to confirm you are allowed to use the images in our"
            + " articles, since some come from agencies and photographers.</p>"
            + "<p>When sharing the story on social media, please tag the paper and its writer, so"
            + " that readers can find the rest of our work and follow the reporting.</p>";
    Article a =
        extract(
            STORY
                + MORE
                + "<div class=\"box\" role=\"dialog\" aria-modal=\"true\"><h2>Before you go</h2>"
                + terms
                + "</div>");
    assertFalse(a.text().contains("Before you go"), a.text());
    assertFalse(a.text().contains("tag the paper"), a.text());
    assertTrue(a.text().contains("remained a priority"), a.text());
    // A dialog that holds the headline is the article, shown in an overlay.
    String html =
        "<html><head><title>Dad of missing man gives up hope</title></head><body>"
            + "<div role=\"dialog\"><article><h1>Dad of missing man gives up hope</h1>"
            + STORY
            + MORE
            + "</article></div></body></html>";
    Article overlay = Pages.extract("https://news.example/dad-of-missing-man-31328293", html);
    assertTrue(overlay.text().contains("accepted his son is dead"), overlay.text());
  }

  @Test
  void aRepublishingBoxWithACopyOfTheHeadlineIsNoPartOfTheArticle() {
    // The republishing box of nonprofit newsrooms holds the headline as an <h1> in its preview of
    // the story, while the page shows it in a paragraph styled as a title.
    String terms =
        "<p>Want to share a story from the Daily Example with your readers? You may use our"
            + " stories on your own site when you keep them whole and do not change them.</p>"
            + "<p>Please make sure to include a link back to either our home page or the article"
            + " address, and name the writer at the top of the story as the byline.</p>";
    String html =
        "<html><head><title>Dad of missing man gives up hope | Daily Example</title></head><body>"
            + "<div class=\"post\"><p class=\"post-title h2\">Dad of missing man gives up hope</p>"
            + "<div class=\"entry\">"
            + STORY
            + MORE
            + "</div><div id=\"republication-box\" style=\"display:none\" role=\"dialog\""
            + " aria-modal=\"true\"><h2>Republish this article</h2>"
            + terms
            + "<div class=\"article-info\"><h1>Dad of missing man gives up hope</h1>"
            + "<p class=\"byline\">by A. Writer, Daily Example</p></div>"
            + "<textarea readonly>&lt;p&gt;The dad of a man missing&lt;/p&gt;</textarea></div>"
            + "</div></body></html>";
    Article a = Pages.extract("https://news.example/dad-of-missing-man-31328293", html);
    assertFalse(a.text().contains("Want to share"), a.text());
    assertFalse(a.text().contains("link back"), a.text());
    assertTrue(a.text().contains("accepted his son is dead"), a.text());
    assertTrue(a.text().contains("remained a priority"), a.text());
  }
}
