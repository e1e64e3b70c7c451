package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every match of an expression must contain: read so that a text without it cannot match, on
 * the shapes of SUTime's rules over text.
 */
class RequiredTextTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static RequiredText of(String regex) {
    return RequiredText.of(Pattern.compile(regex, FLAGS));
  }

  @Test
  void hyphensAndDigitsThatStandUnconditionallyAreRequired() {
    assertEquals(new RequiredText("-", true), of("(\\d+)[-](years?|months?)(s)?([-\\s]old)?"));
    assertEquals(new RequiredText("-", true), of("(\\d+)(st|nd|rd|th)-quarter"));
    assertEquals(new RequiredText("/", true), of("\\b(\\d\\d?)\\\\?\\/(\\d\\d?)\\b"));
    assertEquals(new RequiredText("", true), of("(\\d\\d?)a\\.?m\\.?"));
    assertEquals(new RequiredText("-", true), of("\\p{L}+-\\d"));
    // A quoted run is its characters; a quantifier after it takes its last one only.
    assertEquals(new RequiredText("-:", true), of("\\b(\\d\\d)\\Q-\\E(\\d\\d)\\Q:-\\E?\\b"));
    assertEquals(new RequiredText("-", false), of("(\\Qfifteen\\E|\\Qsixteen\\E)[-](\\Qdays\\E)"));
  }

  @Test
  void whatMayBeMissingIsNotRequired() {
    // Alternatives, optional parts, lookarounds and letters require nothing.
    assertNull(of("\\d+|half"));
    assertNull(of("(?:-)?\\s*(twenty|thirty)"));
    assertNull(of("(?=\\d)\\w+"));
    // Letters are left out: only the hyphen of "spring-time" is looked for.
    assertEquals(new RequiredText("-", false), of("spring-time"));
  }

  @Test
  void constructsNotReadGiveNoRequirement() {
    assertNull(of("(?i)\\d+-x"));
    assertNull(of("\\x2D\\d"));
    assertNull(of("[[a-z]&&[^b]]-\\d"));
    assertNull(RequiredText.of(Pattern.compile("-\\d", Pattern.LITERAL)));
    // A \d that takes any script's digits needs no ASCII one.
    assertNull(RequiredText.of(Pattern.compile("\\d+", Pattern.UNICODE_CHARACTER_CLASS)));
  }

  @Test
  void aTextWithoutWhatIsRequiredCannotMatch() {
    List<String> regexes =
        List.of(
            "(\\d+)[-](years?|months?)(s)?([-\\s]old)?",
            "\\b(\\d{4})\\s*(?:-)\\s*(\\d{4})\\b",
            "\\b(\\d\\d?)\\.(\\d\\d?)\\.(?:(\\d\\d\\d\\d)|(\\d\\d))\\b",
            "(\\d\\d):?(\\d\\d)(:?(\\d\\d))?\\s*h(ou)rs?",
            "\\b(\\d\\d)\\Q-\\E(\\d\\d)\\Q:-\\E?\\b");
    List<String> texts =
        List.of(
            "A 52-year-old man, born 1970 - 2022, met at 12.05.2024 at 0930 hours.",
            "Twenty years later, nothing.",
            "12-34 and 12-34: and 12-34:-",
            "1999-2001",
            "");
    for (String regex : regexes) {
      RequiredText required = of(regex);
      for (String text : texts) {
        if (Pattern.compile(regex, FLAGS).matcher(text).find()) {
          assertTrue(required.foundIn(text), regex + " in " + text);
        }
      }
    }
    assertFalse(of("(\\d+)[-](years?)").foundIn("Twenty years later"));
    assertTrue(of("(\\d+)[-](years?)").foundIn("a 52-year-old"));
  }
}
