package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * A page whose text shows only the day it was last modified, as its date, goes by that day; one
 * that shows the day its metadata says it was published, calls the day an update, or shows many
 * days keeps its publish date.
 */
class ShownDateTest {
  private static final String TEXT =
      "<p>The federal government and the states want to extend the lockdown by four more weeks,"
          + " according to a draft seen by reporters on Friday.</p><p>Schools would stay closed"
          + " until the end of the month, and shops would open only for collection.</p>";

  private static String page(String dateLine) {
    return "<html lang=\"de\"><head><title>Lockdown to be extended</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"Lockdown to be extended\","
        + "\"datePublished\":\"2021-03-16T09:00:00+01:00\","
        + "\"dateModified\":\"2021-03-20T14:30:00+01:00\"}</script></head><body><article>"
        + "<h1>Lockdown to be extended</h1><p class=\"info\">"
        + dateLine
        + "</p>"
        + TEXT
        + "</article></body></html>";
  }

  private static Article extract(String dateLine) {
    return Pages.extract("https://news.example/politik/lockdown", page(dateLine));
  }

  @Test
  void aPageThatShowsOnlyItsUpdateGoesByIt() {
    Article a = extract("Von unserer Redaktion · 20.03.2021, 14:30 Uhr");
    assertEquals("2021-03-20", a.published().day().toString());
    assertEquals("2021-03-20", a.modified().day().toString());
    assertTrue(
        a.diagnostics().stream()
            .anyMatch(
                d ->
                    d.code().equals("published-as-shown")
                        && d.message().contains("2021-03-16T09:00:00+01:00")),
        a.diagnostics().toString());
  }

  @Test
  void aPageThatShowsItsPublishDayKeepsIt() {
    Article a = extract("Veröffentlicht am 16. März 2021, aktualisiert am 20. März 2021");
    assertEquals("2021-03-16", a.published().day().toString());
    assertEquals("2021-03-20", a.modified().day().toString());
    assertTrue(a.diagnostics().stream().noneMatch(d -> d.code().equals("published-as-shown")));
  }

  @Test
  void aDayThePageCallsAnUpdateIsNotItsDate() {
    assertEquals(
        "2021-03-16",
        extract("Aktualisiert am 20.03.2021, 14:30 Uhr").published().day().toString());
    assertEquals(
        "2021-03-16", extract("Last updated: March 20, 2021").published().day().toString());
  }

  @Test
  void aPageThatShowsManyDaysKeepsThePublishDate() {
    // A forum thread: the day of every reply, the last of them the thread's last-modified day.
    assertEquals(
        "2021-03-16",
        extract("Replies: 17.03.2021 · 18.03.2021 · 20.03.2021").published().day().toString());
  }

  @Test
  void aPageThatShowsNeitherDayKeepsThePublishDate() {
    Article a = extract("Von unserer Redaktion");
    assertEquals("2021-03-16", a.published().day().toString());
  }

  @Test
  void aPublishDayWrittenEitherWayCountsAsShown() {
    // "06/05/2021" is the 6th of May or the 5th of June: it may show the publish day.
    String html =
        page("Posted 06/05/2021, updated June 5, 2021")
            .replace("2021-03-16T09:00:00+01:00", "2021-05-06T09:00:00+01:00")
            .replace("2021-03-20T14:30:00+01:00", "2021-06-05T14:30:00+01:00");
    Article a = Pages.extract("https://news.example/politik/lockdown", html);
    assertEquals("2021-05-06", a.published().day().toString());
    assertEquals("2021-06-05", a.modified().day().toString());
  }
}
