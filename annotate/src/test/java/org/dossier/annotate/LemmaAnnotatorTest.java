package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The looked-up lemmas are CoreNLP's, word for word, the first time a word is met and after. */
class LemmaAnnotatorTest {
  private static final String TEXT =
      "The senators were told that the mice had been running through the offices. She said she"
          + " would not have gone; they have been saying so for years. \"We're leaving,\" he"
          + " added, and the children's teachers looked up the figures. Officials say the"
          + " bills were paid, and she says the better offers came later.";

  private static List<String> lemmas(Annotation a) {
    List<String> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        out.add(t.lemma());
      }
    }
    return out;
  }

  private static Annotation annotated(edu.stanford.nlp.pipeline.Annotator lemmatiser) {
    Annotation a = new Annotation(TEXT);
    Pipeline.posTeacher().annotate(a);
    lemmatiser.annotate(a);
    return a;
  }

  @Test
  void lemmasAreCoreNlpsOnFirstMeetingAndFromTheTable() {
    List<String> expected = lemmas(annotated(new MorphaAnnotator(false)));
    LemmaAnnotator cached = new LemmaAnnotator("clemma", new Properties());
    Annotation first = annotated(cached);
    assertEquals(expected, lemmas(first));
    assertEquals(expected, lemmas(annotated(cached)), "the second pass reads the table");
    List<String> words = new ArrayList<>();
    for (CoreMap s : first.get(CoreAnnotations.SentencesAnnotation.class)) {
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        words.add(t.word());
      }
    }
    assertEquals("mouse", expected.get(words.indexOf("mice")));
    assertEquals("be", expected.get(words.indexOf("were")));
    assertEquals("child", expected.get(words.indexOf("children")));
  }
}
