package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SUTime with its rules guarded ({@link TimeRuleGuards}) finds exactly what SUTime finds without
 * them, expression for expression, on every sentence: the guards are a speed-up, never a change.
 */
class TimeRuleGuardsTest {
  private static final String DATE = "2026-03-03";

  /** SUTime as CoreNLP ships it, beside the annotator's guarded one. */
  private static final TimeAnnotator PLAIN = isolated();

  /** SUTime without the guards, its values kept to their sentence as the shared one's are. */
  private static TimeAnnotator isolated() {
    TimeAnnotator plain = new TimeAnnotator("sutime", Pipeline.timeProperties());
    TimeValues.isolate(plain);
    return plain;
  }

  /**
   * Each expression as "start-end type value text", sentence by sentence. Each SUTime reads a text
   * annotated for it alone, so that nothing one run writes on the tokens (SUTime tags them while it
   * matches) can reach the other.
   */
  /** What SUTime finds in a text, sentence by sentence: offsets, type, value and words. */
  static List<String> times(TimeAnnotator sutime, String text) {
    Annotation doc = new Annotation(text);
    Pipeline.get().annotate(doc);
    List<String> found = new ArrayList<>();
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreMap t : sutime.annotateSingleSentence(sentence, DATE, new SUTime.TimeIndex())) {
        Timex timex = t.get(TimeAnnotations.TimexAnnotation.class);
        found.add(
            t.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
                + "-"
                + t.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)
                + " "
                + timex.timexType()
                + " "
                + timex.value()
                + " "
                + t.get(CoreAnnotations.TextAnnotation.class));
      }
    }
    return found;
  }

  @Test
  void mostRulesAreGuarded() {
    // A CoreNLP upgrade that renames SUTime's fields leaves the rules unguarded: still right, but
    // slow, and this says so.
    assertTrue(
        TimeRuleGuards.install(new TimeAnnotator("sutime", Pipeline.timeProperties())) > 150);
  }

  @Test
  void sameExpressionsOnTextsDenseWithTimes() {
    String text =
        """
        The board met on Tuesday, March 3, 2026, and again the day before Christmas. Profits in the \
        first half of 2025 rose 4% from a year ago; the third quarter was weaker than the fourth.

        Flights leave every other Monday at 7:45 a.m. and twice a week in summer, at 10 minutes \
        past noon. The talks lasted at least three hours, no more than two days, up to six weeks.

        In the mid-1990s, and through the 21st century, the firm reported annually. "We will \
        decide next week," she said on Friday evening, three days after the vote, 25 years ago.

        The ides of March came and went; the second week of April 2024 was quiet. By the end of \
        the decade, the 1980s looked distant. The deal, due by Feb. 6, expires in 2027-2028.

        The 52-year-old, who joined in 1999, will retire later this year, the company said at \
        3 p.m. on 12/05/2025. Once a month, each Thursday, and on weekends it is closed.

        The launch is set for 9:30 a.m. Pacific Standard Time, or 17:30 GMT, and the vote closed         at noon EST on Friday; the Tokyo office (Asia/Tokyo) opens at 9 a.m. Japan Standard Time.
        """;
    List<String> plain = times(PLAIN, text);
    assertTrue(plain.size() >= 25, "the text is dense with times");
    assertEquals(plain, times(Pipeline.time(), text), text);
  }

  @Test
  void sameExpressionsOnSharedNewsText() throws IOException {
    Path root = Path.of(System.getProperty("dossier.root", "..")).resolve("../shared/datasets");
    Path timebank = root.resolve("tempeval3/Training/TBAQ-cleaned/TimeBank");
    Path polnear = root.resolve("polnear/dev/text");
    assumeTrue(Files.isDirectory(timebank) && Files.isDirectory(polnear), "shared data absent");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(timebank)) {
      s.sorted().limit(15).forEach(files::add);
    }
    try (Stream<Path> s = Files.list(polnear)) {
      s.sorted().limit(10).forEach(files::add);
    }
    int expressions = 0;
    for (Path file : files) {
      // TimeML's mark-up is stripped to its text: the rules see news prose either way.
      String text = Files.readString(file).replaceAll("<[^>]*>", "");
      List<String> plain = times(PLAIN, text);
      assertEquals(plain, times(Pipeline.time(), text), file.toString());
      expressions += plain.size();
    }
    assertTrue(expressions > 100, "found " + expressions + " expressions");
  }

  /** The node of a one-token pattern such as {@code [{word:/mornings?/}]}. */
  private static NodePattern<?> node(String pattern) {
    return TokenSequencePattern.compile(pattern)
        .findNodePatterns(n -> n, false, false)
        .iterator()
        .next();
  }

  @Test
  void nodesThatTestTheSameWordsTheSameWayShareOneKey() {
    // SUTime's files spell the same word test in many rules; one key lets the guards try it once
    // per token for all of them.
    assertEquals(
        TimeRuleGuards.testKey(node("[{word:/mornings?/}]")),
        TimeRuleGuards.testKey(node("[{word:/mornings?/}]")));
    assertEquals(
        TimeRuleGuards.testKey(node("[{word:at}]")), TimeRuleGuards.testKey(node("[{word:at}]")));
    // Another word, another flag, another kind of test or another annotation is another key.
    assertNotEquals(
        TimeRuleGuards.testKey(node("[{word:/mornings?/}]")),
        TimeRuleGuards.testKey(node("[{word:/evenings?/}]")));
    assertNotEquals(
        TimeRuleGuards.testKey(node("[{word:/mornings?/}]")),
        TimeRuleGuards.testKey(node("[{word:/(?i)mornings?/}]")));
    assertNotEquals(
        TimeRuleGuards.testKey(node("[{word:at}]")),
        TimeRuleGuards.testKey(node("[{word:/at|on/}]")));
    assertNotEquals(
        TimeRuleGuards.testKey(node("[{word:at}]")), TimeRuleGuards.testKey(node("[{tag:at}]")));
    // A node that tests more than strings is never merged with another.
    assertNull(TimeRuleGuards.testKey(node("[{word:at} | {tag:IN}]")));
    assertNull(TimeRuleGuards.testKey(node("[!{word:at}]")));
  }
}
