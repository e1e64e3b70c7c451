package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short furniture lines of a site, read with the pattern's cheap first test in front. */
class MainContentJunkTest {

  private static boolean byThePatternAlone(String text) {
    return text.length() < 80 && MainContent.SHORT_JUNK.matcher(text).matches();
  }

  @Test
  void furnitureLinesAreJunkAndSentencesAreNot() {
    assertTrue(MainContent.shortJunk("Advertisement"));
    assertTrue(MainContent.shortJunk("5 min read"));
    assertTrue(MainContent.shortJunk("© 2024 The Harbor Times"));
    assertTrue(MainContent.shortJunk("We use Cookies to improve your visit"));
    assertTrue(MainContent.shortJunk("Get our NEWSLETTER"));
    assertFalse(MainContent.shortJunk("The council met on Tuesday."));
    assertFalse(MainContent.shortJunk(""));
  }

  @Test
  void randomLinesAreJudgedAsThePatternAloneJudgesThem() {
    String[] pieces = {
      "advert",
      "isement",
      "share",
      " this",
      " article",
      "read more",
      "sign up",
      "subscribe",
      "follow us",
      "click here",
      "related:",
      "copyright",
      "©",
      "all rights reserved",
      "cookies",
      "print",
      "email",
      "tweet",
      "pin it",
      "back to top",
      "loading",
      "...",
      "skip to ",
      "12 ",
      "min",
      "ute",
      " read",
      "newsletter",
      "tags:",
      "filed under",
      "The ",
      "x",
      " ",
      "\n",
      "é",
      "\u00a0",
      "Ünited"
    };
    String[] bothCases = RandomTexts.withUpperCase(pieces);
    Random random = new Random(5);
    for (int n = 0; n < 50_000; n++) {
      String line = RandomTexts.of(random, bothCases, 1, 4);
      assertEquals(byThePatternAlone(line), MainContent.shortJunk(line), () -> "line: " + line);
    }
  }

  @Test
  void wordsWithoutAPieceOfTheWidgetPatternNeverMatchIt() {
    String[] pieces = {
      "share",
      "sharing",
      "social",
      "news",
      "letter",
      "cookie",
      "con",
      "sent",
      "ads",
      "ad",
      "-",
      "_",
      "side",
      "bar",
      "sidebar",
      "subscribe",
      "crumb",
      "context",
      "menu",
      "nav",
      "mast",
      "head",
      "pop",
      "up",
      "modal",
      "sign",
      "tool",
      "banner",
      "foot",
      "er",
      "pagination",
      "out",
      "brain",
      "taboola",
      "related",
      "promo",
      "advert",
      "recommend",
      "trending",
      "most",
      "popular",
      "more",
      "stories",
      "read",
      "tag",
      "tags",
      "list",
      "author",
      "bio",
      "byline",
      "jump",
      "link",
      "table",
      "of",
      "contents",
      "toc",
      "caption",
      "image",
      "wp",
      "post",
      "12",
      "x",
      "has",
      "is"
    };
    Random random = new Random(9);
    for (int n = 0; n < 100_000; n++) {
      String word = RandomTexts.of(random, pieces, 1, 4);
      if (MainContent.BOILERPLATE.matcher(word).find()) {
        assertTrue(MainContent.mayBeBoilerplate(word), () -> "word: " + word);
      }
    }
    assertFalse(MainContent.mayBeBoilerplate("post-48213"));
    assertTrue(MainContent.mayBeBoilerplate("most-popular"));
  }

  @Test
  void oneWordOfSeveralIsFoundInOnePassAsEachIsAlone() {
    String[] words = {"follow", "keep up", "connect", " us on", "download"};
    MainContent.Words any = new MainContent.Words(words);
    String[] pieces = {
      "Follow",
      "FOLLOW",
      "fol",
      "low",
      "keep",
      " up",
      "Keep Up",
      "conn",
      "ect",
      " us",
      " on",
      "Download",
      "down",
      "load",
      "İ",
      "ß",
      " uſ on",
      "fOllow",
      "c",
      "co",
      "the app",
      " ",
      "\u00a0",
      "x"
    };
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(6); k > 0; k--) {
        line.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = line.toString();
      boolean each = false;
      for (String w : words) {
        boolean found = false;
        for (int i = 0; i + w.length() <= text.length(); i++) {
          found |= text.regionMatches(true, i, w, 0, w.length());
        }
        assertEquals(found, MainContent.mentions(text, w), w + " in " + text);
        each |= found;
      }
      assertEquals(each, any.in(text), text);
    }
    assertTrue(any.in("You can keep up with me on Twitter"));
    assertFalse(any.in("The council met on Tuesday."));
  }
}
