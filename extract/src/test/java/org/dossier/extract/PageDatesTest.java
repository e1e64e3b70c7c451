package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;
import org.dossier.model.PublishDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Where pages state their publish date, and how the day is read from it. */
class PageDatesTest {
  private static PublishDate published(String lang, String head, String body) {
    return published("https://news.example/story", lang, head, body);
  }

  private static PublishDate published(String url, String lang, String head, String body) {
    String html =
        "<html lang=\"" + lang + "\"><head>" + head + "</head><body>" + body + "</body></html>";
    Capture capture =
        Capture.of(
            html.getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, URI.create(url), Instant.EPOCH);
    return PageDates.published(PageIndex.of(Jsoup.parse(html, url), capture));
  }

  private static String day(PublishDate d) {
    return d == null ? null : d.day().toString();
  }

  /** The day of the publish date a page shows only in its body. */
  private static String shownDay(String lang, String body) {
    return day(published(lang, "", body));
  }

  @Test
  void aUtcTimestampIsTheNewsroomsDayUnlessThePageShowsTheUtcDay() {
    String head =
        "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
            + "\"datePublished\":\"2019-12-26T23:07:45+00:00\"}</script>";
    String body = "<h1>Forum Neustart</h1><p>Text.</p>";
    // A German page's UTC timestamp an hour before midnight: the next day in Berlin.
    assertEquals("2019-12-27", day(published("de", head, body)));
    // The page shows the day as UTC has it, and never the next: its clock is UTC.
    String shown =
        "<time class=\"entry-date published\" datetime=\"2019-12-26T23:07:45+00:00\">"
            + "26/12/2019</time>";
    assertEquals("2019-12-26", day(published("de", head, shown + body)));
    // It shows the Berlin day: that stands.
    String berlin =
        "<time class=\"entry-date published\" datetime=\"2019-12-26T23:07:45+00:00\">"
            + "27.12.2019</time>";
    assertEquals("2019-12-27", day(published("de", head, berlin + body)));
  }

  @Test
  void aDateThePageLabelsAsItsOwnBeatsAMetaDateThatDoesNotSayWhich() {
    String head = "<meta name=\"date\" content=\"2020-04-29T11:52:23+02:00\">";
    assertEquals(
        "2020-04-28",
        day(
            published(
                "de",
                head,
                "<h1>Datenleck bei Rheinmetall</h1><p class=\"text\">Stand: 28.04.2020 18:00"
                    + " Uhr</p><p>Text.</p>")));
    // The same day labelled keeps the meta tag's time.
    assertEquals(
        "2020-04-29T11:52:23+02:00",
        published(
                "de",
                head,
                "<h1>Datenleck bei Rheinmetall</h1><p>Stand: 29.04.2020</p><p>Text.</p>")
            .value());
    // A date the page does not label is no such answer: it may be a teaser's.
    assertEquals(
        "2020-04-29",
        day(published("de", head, "<h1>Datenleck</h1><p>Mehr vom 28.04.2020</p><p>Text.</p>")));
  }

  @Test
  void aWebPageNodeStatesTheDateWhereNoArticleNodeDoes() {
    assertEquals(
        "2018-02-28",
        day(
            published(
                "de",
                "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\","
                    + "\"datePublished\":\"2018-02-28T15:07:03+00:00\"}]}</script>",
                "<p>Text.</p>")));
  }

  @Test
  void aMetaDateThatDoesNotSayWhichGivesWayToAPublishDate() {
    // Content systems write the day a page was last saved into <meta name="date">.
    assertEquals(
        "2022-01-27",
        day(
            published(
                "de",
                "<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">",
                "<h1>Schneeflöckchen</h1><time itemprop=\"datePublished\" datetime=\"2022-01-27\">"
                    + "27.01.2022</time><p>Text.</p>")));
    assertEquals(
        "2022-01-21",
        day(
            published(
                "de",
                "<meta name=\"date\" content=\"2022-01-21T15:38:44+01:00\">",
                "<h1>Schneeflöckchen</h1><p>Text.</p>")));
  }

  @Test
  void anOpinionColumnsDateLineIsNoReaderComment() {
    // "Comment" inside a camel-case class name is the newsroom's comment, an opinion column.
    assertEquals(
        "2019-01-29",
        shownDay(
            "de",
            "<h1>Was sich ändert</h1><div class=\"PublishDate ArticleHeaderComment_publishDate\">"
                + "<span>Dienstag,</span> <span>29. Januar 2019</span></div><p>Text.</p>"
                + "<ul class=\"related\"><li><time datetime=\"2018-03-12\">12.03.2018</time>"
                + " Eine ältere Meldung</li></ul>"));
    assertNull(
        published(
            "en",
            "",
            "<h1>Headline</h1><p>Text.</p><ol class=\"commentlist\"><li>"
                + "<time datetime=\"2019-02-03T10:00:00Z\">3 Feb</time> Nice.</li></ol>"));
  }

  @Test
  void anEmbeddedPostsTimeIsNotTheArticles() {
    assertEquals(
        "2019-01-29",
        shownDay(
            "en",
            "<h1>Headline</h1><p>Text.</p><blockquote class=\"twitter-tweet\"><p>A post.</p>"
                + "<time datetime=\"2018-03-12T19:30:12Z\">12 March 2018</time></blockquote>"
                + "<div class=\"byline\">Posted January 29, 2019</div>"));
  }

  @Test
  void aDateLineThatHoldsMoreThanItsDateIsReadFromItsFirstPart() {
    String tags = " <a href=\"/t\">Scholarly publishing</a>".repeat(8);
    assertEquals(
        "2023-04-13",
        shownDay(
            "en",
            "<aside><p>Webinar published March 2, 2023</p></aside>"
                + "<h1>Index types for academic journals</h1>"
                + "<div class=\"meta date-section-header\"><span>Posted on April 13, 2023</span>"
                + "<div class=\"tags\">"
                + tags
                + "</div></div><p>Text.</p>"));
  }

  @Test
  void anAddressWithTheMonthsNameGivesTheDay() {
    String url = "https://wine.example/knowledge-centre/blog/2023/october/03/how-many-wine-types";
    // A date line in a teaser disagrees with the address, which was made when the post was.
    assertEquals(
        "2023-10-03",
        day(published(url, "en", "", "<h1>Wine types</h1><p class=\"date\">16 February 2026</p>")));
    assertEquals("2023-10-03", day(published(url, "en", "", "<h1>Wine types</h1><p>Text.</p>")));
  }

  @Test
  void aPlugInsOwnMetaKeyForThePublishTimeCounts() {
    assertEquals(
        "2014-03-17",
        day(
            published(
                "en",
                "<meta name=\"shareaholic:article_published_time\""
                    + " content=\"2014-03-17T01:44:37+01:00\">",
                "<p>Text.</p>")));
  }

  @Test
  void aDateInTheApplicationsOwnDataCountsWhenThePageStatesNoneElse() {
    assertEquals(
        "2016-11-04",
        shownDay(
            "en",
            "<div id=app></div><script>window.__STATE__={\"review\":{\"publishedDate\":"
                + "\"2016-11-04T20:37:27Z\",\"updatedDate\":\"2016-11-05T10:00:00Z\"}}</script>"));
  }

  @Test
  void aLabelInGermanNamesThePublishDateBeforeOtherDates() {
    assertEquals(
        "2023-11-01",
        shownDay(
            "de",
            "<h1>Rezension</h1><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>"
                + "Erschienen am: 01.11.2023</p>"));
  }

  @Test
  void aDayWrittenBeforeTheMonthWithSlashesIsReadWhereItCannotBeAMonth() {
    assertEquals(
        "2022-02-17",
        shownDay("de", "<h1>Pubertät</h1><p>Familie 17/02/2022 Ihre Tochter ist</p>"));
  }

  @Test
  void aSlashedDateThatCouldBeEitherWayGivesWayToTheNextDate() {
    assertEquals(
        "2020-09-29",
        shownDay(
            "en", "<h1>Halls too full</h1><p>05/06/2020 (archive)</p><p>29 September 2020</p>"));
  }

  @Test
  void monthNamesInRussianUkrainianPolishAndTurkishAreRead() {
    assertEquals(
        "2016-08-15", shownDay("ru", "<h1>Подольски</h1><p>15 августа 2016, 13:43 Ветеран</p>"));
    assertEquals("2021-03-04", shownDay("uk", "<h1>Новини</h1><p>4 березня 2021 року</p>"));
    assertEquals("2020-09-12", shownDay("pl", "<h1>Wiadomości</h1><p>12 września 2020</p>"));
    assertEquals("2019-11-05", shownDay("tr", "<h1>Haberler</h1><p>5 Kasım 2019</p>"));
  }

  @Test
  void aUtcTimestampOnAGermanPageIsTheDayInBerlin() {
    assertEquals(
        "2021-11-05",
        day(
            published(
                "de",
                "<meta property=\"article:published_time\" content=\"2021-11-04T23:00:00Z\">",
                "<p>Text.</p>")));
    assertEquals(
        "2021-11-04",
        day(
            published(
                "en",
                "<meta property=\"article:published_time\" content=\"2021-11-04T23:00:00Z\">",
                "<p>Text.</p>")));
  }

  @Test
  void aWordPressPostObjectInAScriptGivesItsDate() {
    assertEquals(
        "2024-04-08",
        shownDay(
            "en",
            "<script>var post={\"id\":9,\"date\":\"2024-04-08T06:59:34\",\"status\":"
                + "\"publish\"};</script><p>Text.</p>"));
  }

  @Test
  void aMetaTagNamedPublishedCounts() {
    assertEquals(
        "2025-07-17",
        day(published("en", "<meta name=\"published\" content=\"July 17, 2025\">", "")));
  }

  @Test
  void anArchivesMonthsAreNoDayAndGluedDatesAreStillRead() {
    // "2018 Juli 2018" read from the year's last digits had given 18 July.
    assertEquals(
        "2018-06-10",
        shownDay(
            "de",
            "<h1>Warm war es</h1><ul><li>2018</li><li>Juli 2018</li><li>Juni 2018</li></ul>"
                + "<p>Warm war es.... schön war es...</p><p>10.06.2018 22:00</p>"));
    // Two <time> elements side by side: the text runs "May 21, 2025April 24, 2025".
    assertEquals(
        "2025-04-24",
        day(
            published(
                "en",
                "",
                "<h1>Espresso machines</h1><p>Guide 2025April 24, 2025</p><p>Text.</p>")));
  }

  @Test
  void aDateLineFarDownAPageWithLongMenusIsFoundAtTheHeadline() {
    String menu = "<ul>" + "<li>A menu entry that goes on and on</li>".repeat(800) + "</ul>";
    assertEquals(
        "2023-04-13",
        shownDay(
            "en",
            menu
                + "<h1>Index types for academic journals</h1><div class=\"meta\"><span>Posted"
                + " on April 13, 2023</span><span>tag one</span><span>tag two</span>"
                + "<span>"
                + "another tag ".repeat(12)
                + "</span></div><p>Text.</p>"));
  }

  @Test
  void aDateAboveTheFirstHeadlineCountsWhenNoneFollowsIt() {
    String menu = "<ul>" + "<li>A menu entry that goes on and on</li>".repeat(100) + "</ul>";
    String article =
        "<h2>Levelpässe können ab sofort bestellt werden</h2><span class=\"blue\">01.02.2022</span>"
            + "<p>"
            + "Seesterne sind wunderschön anzuschauen. ".repeat(60)
            + "</p>";
    String boxes = "<h1>Quicklinks</h1><p>Termine</p><h1>Unsere Partner</h1><p>Logos</p>";
    assertEquals("2022-02-01", shownDay("de", menu + article + boxes));
    // A date after the headline still comes first.
    assertEquals(
        "2022-03-04",
        shownDay("de", menu + article + boxes.replace("Termine", "Termin am 04.03.2022")));
  }

  @Test
  void aDateInTheFutureIsNotAPublishDate() {
    assertNull(
        published(
            "en",
            "<meta property=\"article:published_time\" content=\"2999-01-01T10:00:00Z\">",
            "<p>Text.</p>"));
  }

  @Test
  void aSavedPageThatStatesNoDateIsDatedByItsFileNameButAStatedDateComesFirst() {
    String html = "<html><head><title>Harbour</title></head><body><p>Text.</p></body></html>";
    Capture saved =
        Capture.of(
            html.getBytes(StandardCharsets.UTF_8),
            MediaTypes.HTML,
            URI.create("file:///saved/harbour_2025-10-04.html"),
            Instant.parse("2026-01-01T00:00:00Z"));
    PublishDate d = PageDates.published(PageIndex.of(Jsoup.parse(html), saved));
    assertEquals("2025-10-04", day(d));
    assertEquals("file-name", d.origin());
    String stated =
        "<html><head><meta property=\"article:published_time\" content=\"2018-02-28\">"
            + "</head><body><p>Text.</p></body></html>";
    Capture both =
        Capture.of(
            stated.getBytes(StandardCharsets.UTF_8),
            MediaTypes.HTML,
            URI.create("file:///saved/harbour_2025-10-04.html"),
            Instant.parse("2026-01-01T00:00:00Z"));
    assertEquals("2018-02-28", day(PageDates.published(PageIndex.of(Jsoup.parse(stated), both))));
  }

  /** The first match of the script pattern, found by trying it at every character. */
  private static String everywhere(String script) {
    java.util.regex.Matcher m = PageDates.SCRIPT_DATE.matcher(script);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void theScriptDateIsTheFirstMatchWhereverItsKeyWordsFall() {
    String filler = "var x = {\"a\": [1, 2, 3], \"title\": \"A long day\"};\n".repeat(400);
    String[] scripts = {
      filler,
      filler + "{\"datePublished\": \"2021-05-06T10:00:00Z\"}",
      "{'pubDate':'2019-01-02'}" + filler + "{\"datePublished\":\"2021-05-06\"}",
      // A key word that is no key first, then the key.
      "published: true, creator: 'x', \"createdAt\" : \"2020-12-31 23:59\"",
      // A key whose value is no date, then one whose value is.
      "\"publishDate\": \"soon\", \"first_published_at\": \"2018-07-08T09:10:11+02:00\"",
      "\"dateCreated\":\n    \"2017-03-04\"",
      "unpublished ubDate reated",
      "",
    };
    for (String script : scripts) {
      assertEquals(everywhere(script), PageDates.scriptDate(script), script);
    }
    assertEquals("2021-05-06T10:00:00Z", PageDates.scriptDate(scripts[1]));
    assertEquals("2018-07-08T09:10:11+02:00", PageDates.scriptDate(scripts[4]));
    assertNull(PageDates.scriptDate(scripts[6]));
  }
}
