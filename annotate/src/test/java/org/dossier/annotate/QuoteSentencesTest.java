package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A closing quotation mark ends the sentence it closes, as the reader sees it. */
class QuoteSentencesTest {
  /** Each sentence's words, joined by spaces, after CoreNLP's split and then this step. */
  private static List<String> sentences(String text) {
    Annotation a = new Annotation(text);
    Pipeline.posTeacher().annotate(a);
    new QuoteSentences("qsplit", new Properties()).annotate(a);
    List<String> out = new ArrayList<>();
    List<CoreMap> split = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < split.size(); s++) {
      CoreMap sentence = split.get(s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < tokens.size(); i++) {
        assertEquals(i + 1, tokens.get(i).index(), "token numbers run from 1 in each sentence");
        assertEquals(s, tokens.get(i).sentIndex());
      }
      assertEquals(s, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
      int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      assertEquals(text.substring(begin, end), sentence.get(CoreAnnotations.TextAnnotation.class));
      out.add(tokens.stream().map(CoreLabel::word).collect(Collectors.joining(" ")));
    }
    return out;
  }

  @Test
  void theMarkClosingAQuotationOfSeveralSentencesEndsItsLastSentence() {
    assertEquals(
        List.of(
            "\" I think so , \" he said .",
            "\" There is a chance .",
            "We will move on . \"",
            "The team left ."),
        sentences(
            "\"I think so,\" he said. \"There is a chance. We will move on.\" The team left."));
  }

  @Test
  void aMarkSpacedOnBothSidesClosesAfterAnOddNumberOfMarksInItsParagraph() {
    assertEquals(
        List.of("\" There is a chance .", "We will move on . \"", "The team left ."),
        sentences("\" There is a chance. We will move on . \" The team left."));
    // A quotation that runs on into the next paragraph is left open at the first one's end, and
    // the count starts again with the second's.
    assertEquals(
        List.of("\" We stay .", "\" We will move on . \"", "The team left ."),
        sentences("\"We stay.\n\n\" We will move on . \" The team left."));
  }

  @Test
  void anOpeningMarkStaysWithTheSentenceItOpens() {
    assertEquals(
        List.of("The team left .", "\" We will move on , \" he said ."),
        sentences("The team left. \"We will move on,\" he said."));
  }
}
