package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralAlternativesTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** SUTime's time zone rule in small: quoted names, any case, at word boundaries. */
  private static final Pattern ZONES =
      Pattern.compile(
          "\\b(\\Qpacific standard time\\E|\\Qréunion time\\E|\\Qdumont-d’urville time\\E"
              + "|\\Qgmt+04:00\\E|\\Q+01:00\\E|\\Qpst\\E|\\Qgb\\E)\\b",
          CI);

  @Test
  void aTextWithoutAnyOfTheWordsHasNoMatch() {
    LiteralAlternatives zones = LiteralAlternatives.of(ZONES);
    assertNotNull(zones);
    assertTrue(zones.foundIn("The launch is at 9:30 a.m. Pacific Standard Time."));
    assertTrue(zones.foundIn("RÉUNION TIME"), "case folded as the pattern folds it");
    assertTrue(zones.foundIn("gb"));
    assertFalse(zones.foundIn("The board met on Tuesday, March 3, 2026."));
    assertFalse(zones.foundIn("g"));
    assertFalse(zones.foundIn(""));
  }

  @Test
  void aWordInsideALongerWordIsNoMatchWhereTheExpressionAsksForBoundaries() {
    LiteralAlternatives zones = LiteralAlternatives.of(ZONES);
    assertFalse(zones.foundIn("Upstream, the gbps links held."), "pst in upstream, gb in gbps");
    assertFalse(zones.foundIn("pst_1 and x9gb"), "digits and underscores are word characters");
    assertTrue(zones.foundIn("at 9 a.m. (PST)"));
    assertTrue(zones.foundIn("9pm-pst."));
    // Beyond ASCII, Java up to 18 reads a letter as a word character and Java 19 on does not, so
    // such an edge is never ruled out.
    assertTrue(zones.foundIn("épst"));
    LiteralAlternatives anywhere = LiteralAlternatives.of(Pattern.compile("(?:\\Qpst\\E)", CI));
    assertTrue(anywhere.foundIn("upstream"), "no boundary asked for");
  }

  @Test
  void onlyAGroupOfQuotedWordsIsRead() {
    assertNull(LiteralAlternatives.of(Pattern.compile("\\b(\\Qpst\\E|est)\\b", CI)));
    assertNull(LiteralAlternatives.of(Pattern.compile("\\b(\\Qpst\\E|\\Qx\\E)\\b", CI)), "short");
    assertNull(LiteralAlternatives.of(Pattern.compile("\\b(\\Qpst\\E|)\\b", CI)), "empty");
    assertNull(LiteralAlternatives.of(Pattern.compile("(\\Qpst\\E)+", CI)));
    assertNull(LiteralAlternatives.of(Pattern.compile("\\b(\\Qpst\\E)\\b", Pattern.COMMENTS)));
    assertNotNull(LiteralAlternatives.of(Pattern.compile("(?:\\Qpst\\E|\\Qest\\E)")));
  }

  @Test
  void neverSaysNoWhereThePatternFinds() {
    // Random texts over the words' letters in both cases, with the letters case folding treats
    // apart (the dotted and dotless i, the long s, the Kelvin sign): wherever the pattern finds a
    // match, the test must say yes.
    String[] pieces = {
      "pacific standard time",
      "PACIFIC",
      "Standard",
      "time",
      "réunion",
      "RÉUNION",
      "dumont-d’urville",
      "gmt",
      "+01:00",
      "+04:00",
      "pst",
      "PST",
      "Pſt",
      "gb",
      "GB",
      "İ",
      "ı",
      "K",
      "K",
      " ",
      "-",
      "x",
      "é",
      "É",
      "’",
      "'",
      "_",
      "9",
      "a",
      "ü",
      "."
    };
    Random random = new Random(7);
    int found = 0;
    for (boolean unicode : new boolean[] {true, false}) {
      Pattern p = Pattern.compile(ZONES.pattern(), unicode ? CI : Pattern.CASE_INSENSITIVE);
      LiteralAlternatives words = LiteralAlternatives.of(p);
      for (int n = 0; n < 20_000; n++) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(6); k >= 0; k--) {
          text.append(pieces[random.nextInt(pieces.length)]);
        }
        if (p.matcher(text).find()) {
          found++;
          assertTrue(words.foundIn(text.toString()), text + " (unicode case " + unicode + ")");
        }
      }
    }
    assertTrue(found > 1000, "the texts hold matches: " + found);
  }
}
