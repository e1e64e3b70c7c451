package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

class ScriptStateBodyTest {

  private static String node(String text) {
    return "{\"type\":\"p\",\"children\":[{\"type\":\"text\",\"data\":\"" + text + "\"}]}";
  }

  @Test
  void aPageAScriptRendersIsReadFromItsOwnArticlesRichTextNotARelatedStorys() {
    String pier =
        "The harbour authority said on Tuesday that the old pier would reopen in May, after two"
            + " years of repairs paid for by the town and the fishermen's guild.";
    String guild =
        "The guild said the pier would host a market on Saturdays once it reopens, with stalls for"
            + " the catch and the town's bakers.";
    String other =
        "The ferry company said its spring timetable would add an early boat from the island, and"
            + " a late one on Fridays and Saturdays through the summer months.";
    String state =
        "{\"Article:1\":{\"headline\":\"Pier to reopen in May\",\"summary\":{\"json\":["
            + node("The old pier reopens.")
            + "]},\"body\":{\"json\":["
            + node(pier)
            + ","
            + node(guild)
            + "]}},\"Article:2\":{\"headline\":\"Ferry adds boats\",\"body\":{\"json\":["
            + node(other).repeat(1)
            + ","
            + node(other + " It said so twice.")
            + ","
            + node(other)
            + "]}}}";
    Article a =
        Pages.extract(
            "https://news.example/pier",
            "<html><head><title>Pier to reopen in May</title></head><body><div id=\"app\"></div>"
                + "<script>window.__APOLLO_STATE__="
                + state
                + ";</script></body></html>");
    assertEquals(2, a.paragraphs().size(), a.text());
    assertTrue(a.text().startsWith("The harbour authority said"), a.text());
    assertFalse(a.text().contains("ferry"), a.text());
    assertTrue(
        a.diagnostics().stream().anyMatch(d -> d.message().contains("script data")),
        a.diagnostics().toString());
  }

  @Test
  void contentfulRichTextNamedByTheOpenGraphTitleIsTheBody() {
    String words =
        "Residents of the island voted on Sunday to keep the ferry running through the winter,"
            + " after the council had proposed cutting the service from November to March to save"
            + " the money for the new harbour wall.";
    String state =
        "{\"props\":{\"page\":{\"title\":\"Islanders vote to keep winter ferry\",\"body\":{"
            + "\"nodeType\":\"document\",\"content\":[{\"nodeType\":\"paragraph\",\"content\":["
            + "{\"nodeType\":\"text\",\"value\":\""
            + words
            + "\"}]}]}}}}";
    Article a =
        Pages.extract(
            "https://news.example/ferry",
            "<html><head><title>News</title><meta property=\"og:title\" content=\"Islanders vote"
                + " to keep winter ferry\"></head><body><script id=\"__NEXT_DATA__\""
                + " type=\"application/json\">"
                + state
                + "</script></body></html>");
    assertEquals(words, a.text());
  }

  @Test
  void stateThatNamesNoArticleOfThePageGivesNoBody() {
    String state =
        "{\"Article:2\":{\"headline\":\"Ferry adds boats\",\"body\":{\"json\":["
            + node(
                "The ferry company said its spring timetable would add an early boat from the"
                    + " island, and a late one on Fridays and Saturdays through the summer.")
            + "]}}}";
    Article a =
        Pages.extract(
            "https://news.example/pier",
            "<html><head><title>Pier to reopen in May</title></head><body>"
                + "<script>window.__STATE__="
                + state
                + ";</script></body></html>");
    assertEquals("", a.text());
  }
}
