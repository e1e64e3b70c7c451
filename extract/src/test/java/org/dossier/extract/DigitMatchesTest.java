package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page dates' patterns tried only near digits find what a full search finds. */
class DigitMatchesTest {

  private static List<String> everyMatch(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<String> nearDigits(Pattern p, String text, int lead) {
    List<String> out = new ArrayList<>();
    DigitMatches m = new DigitMatches(p, text, lead);
    while (m.find()) {
      out.add(m.group(0));
    }
    return out;
  }

  /** The page dates' two patterns, with the allowance {@code PageDates} gives each. */
  private static void same(String text) {
    sameFor(PageDates.ANY_DATE, 16, text);
    sameFor(PageDates.LABELLED_DATE, 40, text);
  }

  private static void sameFor(Pattern p, int lead, String text) {
    assertEquals(everyMatch(p, text), nearDigits(p, text, lead), () -> p + " in: " + text);
  }

  @Test
  void writtenDatesAreFoundAsAFullSearchFindsThem() {
    same("Published: March 3, 2024 by Ann. Updated 2024-03-05, and 31.10.23 or 05/06/2024.");
    same("Veröffentlicht am 3. März 2024\t— Stand:  12.\u000b03.2024");
    same("posted on Sept.   5th, 2023; le 3 de marzo de 2022; 2.2.2022.1");
    assertEquals(List.of("March 3, 2024"), nearDigits(PageDates.ANY_DATE, "On March 3, 2024.", 16));
  }

  @Test
  void randomTextsAgreeWithAFullSearch() {
    String[] pieces = {
      "Published",
      "posted ",
      "Datum",
      "veröffentlicht am",
      "publié le",
      ":",
      " ",
      "  ",
      "\t",
      "\u000b",
      "\n",
      "on ",
      "am ",
      "le ",
      "de ",
      "March",
      "Sept.",
      "Mär.",
      "Dezember",
      "5",
      "12",
      "2024",
      "31.10.23",
      "2024-05-06",
      "05/06/2024",
      "3rd",
      "st",
      ",",
      ".",
      "-",
      "/",
      "x",
      "internationally",
      "the ",
      "1.2.2024",
      "0",
      "99"
    };
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      same(RandomTexts.of(random, pieces, 0, 24));
    }
  }

  /** The text of real pages (the shared WCXB pages), where the shared folder is present. */
  @Test
  void realPagesAgreeWithAFullSearch() throws IOException {
    List<String> pages = SharedPages.wcxbArticles(100);
    assertTrue(pages.size() > 50);
    for (String page : pages) {
      var body = Jsoup.parse(page).body();
      if (body != null) {
        same(body.text());
      }
    }
  }
}
