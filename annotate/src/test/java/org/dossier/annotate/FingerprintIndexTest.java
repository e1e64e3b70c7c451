package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The CRF models' feature index over fingerprints: the same numbers, the same names. */
class FingerprintIndexTest {
  @Test
  void aRebuiltIndexNumbersEveryStringAsBeforeAndKnowsNoOther() {
    HashIndex<String> old = new HashIndex<>();
    for (String s : List.of("W-Obama", "W-obama", "SHAPE-Xx", "", "PREV-said|C", "1-PSEQW2")) {
      old.add(s);
    }
    old.lock();
    Index<String> fast = FingerprintIndex.rebuilt(old);
    for (int i = 0; i < old.size(); i++) {
      assertEquals(i, fast.indexOf(old.get(i)), old.get(i));
      assertEquals(old.get(i), fast.get(i));
    }
    for (String absent : List.of("W-OBAMA", "SHAPE-xX", " ", "PREV-said|c", "W-Obama ")) {
      assertEquals(-1, fast.indexOf(absent), absent);
      assertEquals(false, fast.contains(absent), absent);
    }
    assertTrue(fast.isLocked());
    assertEquals(old.size(), fast.size());
    assertEquals(old.objectsList(), fast.objectsList());
  }

  @Test
  void theThreeClassModelTagsAsItsOwnIndexDoesWithEveryFeatureNumberedAlike() throws Exception {
    NERClassifierCombiner fast =
        new NERClassifierCombiner(false, false, Pipeline.THREE_CLASS_MODEL);
    NERClassifierCombiner plain =
        new NERClassifierCombiner(false, false, Pipeline.THREE_CLASS_MODEL);
    CRFClassifier<?> reference = CRFClassifier.getClassifier(Pipeline.THREE_CLASS_MODEL);
    Index<String> before = featureIndex(reference);
    assertEquals(1, FingerprintIndex.install(fast));
    Index<String> after = featureIndex(onlyModel(fast));
    assertNotSame(before, after);
    assertTrue(before.size() > 100_000, "features: " + before.size());
    for (int i = 0; i < before.size(); i++) {
      assertEquals(i, after.indexOf(before.get(i)));
    }
    // Strings one character away from a feature are not features.
    int absent = 0;
    for (int i = 0; i < before.size(); i += 37) {
      String near = before.get(i) + "~";
      if (before.indexOf(near) < 0) {
        assertEquals(-1, after.indexOf(near), near);
        absent++;
      }
    }
    assertTrue(absent > 1000);
    String text =
        "Angela Merkel met Emmanuel Macron in Aachen on Tuesday , and the European Commission"
            + " said Siemens would build the plant near Lake Constance .";
    Map<Integer, String> tags = tags(fast, text);
    assertEquals(tags(plain, text), tags);
    assertEquals("PERSON", tags.get(1), tags.toString());
    assertEquals("LOCATION", tags.get(6), tags.toString());
  }

  @Test
  void theShippedClustersGiveEveryWordOfTheModelsLexiconItsClusterAndNoOtherWordOne()
      throws Exception {
    Map<String, String> lexicon = WordClusters.lexicon(Pipeline.THREE_CLASS_MODEL);
    WordClusters shipped = WordClusters.shipped();
    assertEquals(lexicon.size(), shipped.size());
    int absent = 0;
    for (Map.Entry<String, String> e : lexicon.entrySet()) {
      assertEquals(e.getValue(), shipped.of(e.getKey()), e.getKey());
      String near = e.getKey() + "q";
      if (!lexicon.containsKey(near)) {
        assertEquals("-", shipped.of(near), near);
        absent++;
      }
    }
    assertTrue(absent > 100_000, "absent words tried: " + absent);
  }

  private static CRFClassifier<?> onlyModel(NERClassifierCombiner combiner) throws Exception {
    Field base = edu.stanford.nlp.ie.ClassifierCombiner.class.getDeclaredField("baseClassifiers");
    base.setAccessible(true);
    List<?> models = (List<?>) base.get(combiner);
    assertEquals(1, models.size());
    return (CRFClassifier<?>) models.get(0);
  }

  @SuppressWarnings("unchecked")
  private static Index<String> featureIndex(CRFClassifier<?> crf) throws Exception {
    Field field = CRFClassifier.class.getDeclaredField("featureIndex");
    field.setAccessible(true);
    return (Index<String>) field.get(crf);
  }

  private static Map<Integer, String> tags(NERClassifierCombiner crf, String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String w : text.split(" ")) {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      t.setValue(w);
      t.setOriginalText(w);
      tokens.add(t);
    }
    Map<Integer, String> out = new TreeMap<>();
    List<CoreLabel> tagged = crf.classify(tokens);
    for (int i = 0; i < tagged.size(); i++) {
      out.put(i, tagged.get(i).get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class));
    }
    return out;
  }
}
