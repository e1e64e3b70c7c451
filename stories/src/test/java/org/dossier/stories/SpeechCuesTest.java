package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cues of saying, thinking and finding in their written forms, and cues of doing. */
class SpeechCuesTest {
  @Test
  void wordsOfSayingInAnyFormAreCuesAndWordsOfDoingAreNot() {
    for (String cue :
        List.of(
            "said",
            "says",
            "denies",
            "vehemently denied",
            "noted",
            "urged",
            "saying",
            "told reporters",
            "wrote on X",
            "was quoted as saying",
            "pointed out",
            "According to",
            "the study found",
            "have thought",
            "is set to ask",
            "criticised",
            "stopped short of predicting",
            "would not say",
            "don't think",
            "knew",
            "learned")) {
      assertTrue(SpeechCues.speaks(cue), cue);
    }
    for (String cue :
        List.of(
            "publishes",
            "have attacked",
            "uses",
            "nicknamed",
            "also represents",
            "looking",
            "allegedly pointed",
            "also known as",
            "known for",
            "don't know",
            "did not understand",
            "to learn more about",
            "is learning",
            "continuously learns from")) {
      assertFalse(SpeechCues.speaks(cue), cue);
    }
    assertFalse(SpeechCues.speaks(null));
    assertFalse(SpeechCues.speaks(""));
  }
}
