package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Annotation;
import org.junit.jupiter.api.Test;

/** Which sentences SUTime reads: those that may hold a time, and not those of amounts alone. */
class TimeTriggersTest {

  private static List<CoreLabel> tokens(String sentence) {
    return Arrays.stream(sentence.split(" "))
        .map(
            w -> {
              CoreLabel label = new CoreLabel();
              label.setWord(w);
              return label;
            })
        .toList();
  }

  @Test
  void numbersThatCanBeTimesLetASentenceThrough() {
    for (String s :
        List.of(
            "The vote is set for Dec. 8 .",
            "Polls close at 2 p.m. .",
            "Doors open at 7pm .",
            "It peaked in the 1990s .",
            "Profits fell in FY2016 .",
            "It grew in the '90s .",
            "Q3 results were weak .",
            "She left 20 mins later .",
            "The shop shuts on 12/25 .",
            "They met at 10:30 .",
            "It was signed on the 21st .",
            "The mid-1990s boom ended .",
            "The 2015-16 budget passed .",
            "He was born in 1961 .")) {
      assertTrue(TimeTriggers.any(tokens(s)), s);
    }
  }

  @Test
  void amountsCountsAndSharesAloneKeepASentenceFromSuTime() {
    for (String s :
        List.of(
            "Sales rose 40 % to $ 1,033 million .",
            "He won 3.5 points in 12 states .",
            "Then the former senator left , while each of them stayed .",
            "The SEC fined 14 banks .")) {
      assertFalse(TimeTriggers.any(tokens(s)), s);
    }
  }

  @Test
  void timesInSentencesOfAmountsAreStillFound() {
    Annotation a =
        Annotator.shared()
            .annotate(
                "The company said sales rose 40 percent to $1,033 million. "
                    + "The board meets on Dec. 8 at 2 p.m. to approve the 2027 budget.",
                LocalDate.of(2026, 11, 30));
    assertEquals(
        List.of("Dec. 8 at 2 p.m. = 2026-12-08T14:00", "2027 = 2027"),
        a.times().stream().map(t -> t.text() + " = " + t.value()).toList());
  }

  @Test
  void suTimeReadsTheStretchesAroundWordsOfTime() {
    List<CoreLabel> tokens =
        tokens(
            "On Monday the council , which the fishermen of the old town have lobbied with a long"
                + " campaign of letters and protests , will vote at 5 p.m. EST , Nov. 6 .");
    List<Stretches.Stretch> stretches = TimeTriggers.stretches(tokens, 8);
    assertEquals(2, stretches.size(), stretches.toString());
    assertEquals(0, stretches.get(0).from());
    assertEquals(10, stretches.get(0).to()); // "Monday" and the eight tokens after it
    assertEquals(tokens.size(), stretches.get(1).to());
    assertTrue(TimeTriggers.stretches(tokens("Sales rose 40 % ."), 8).isEmpty());
  }

  @Test
  void aTimeExpressionFarFromTheSentencesStartIsReadWhole() {
    // Two stretches: "Monday" at the start, and the clock time with its date in the second, where
    // SUTime must find its tokens by their place in the document to join them.
    Annotation a =
        Annotator.shared()
            .annotate(
                "The harbour opened a new quay last year. On Monday the council, which the"
                    + " fishermen of the old town have lobbied with a long campaign of letters and"
                    + " protests, will vote at 5 p.m. EST, Nov. 6, the mayor said.",
                LocalDate.of(2026, 11, 2));
    assertEquals(
        List.of("last year = 2025", "Monday = 2026-11-02", "5 p.m. EST, Nov. 6 = 2026-11-06T17:00"),
        a.times().stream().map(t -> t.text() + " = " + t.value()).toList());
  }
}
