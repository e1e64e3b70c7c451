package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The distilled part-of-speech tagger: the shipped model against CoreNLP's, and training. */
class PosTaggerTest {
  private static final String TEXT =
      "The council of Bergen approved a budget of 4.2 million kroner on Tuesday, after two weeks"
          + " of talks.\n\n"
          + "\"We have listened to every neighbourhood,\" the mayor, Ingrid Solheim, told"
          + " reporters outside the town hall. Critics said the plan would cut bus routes that"
          + " hundreds of pupils rely on.\n\n"
          + "The vote passed 41 to 26. A second reading is expected in March, and the opposition"
          + " has vowed to fight the cuts.";

  @Test
  void keptSharesOfWordsTagAsEveryFeatureLookedUpAnew() {
    // Each word's share of the scores is kept after its first sentence; the tags and margins must
    // be those of the model's features, cold and warm, for the name tagger too.
    PosTagger tagger = PosTagger.shipped();
    NameTagger names = NameTagger.shipped();
    assertNotNull(tagger);
    assertNotNull(names);
    for (int pass = 0; pass < 2; pass++) {
      for (String sentence : TEXT.replaceAll("([,.\"])", " $1 ").split("(?<= \\.)")) {
        String[] words = sentence.strip().split("\\s+");
        double[] margin = new double[1];
        double[] expectedMargin = new double[1];
        String[] tags = tagger.tag(words, margin);
        assertArrayEquals(tagger.tagFromFeatures(words, expectedMargin), tags, sentence);
        assertEquals(expectedMargin[0], margin[0], 1e-3, sentence);
        int[] named = names.tag(words, tags, margin);
        assertArrayEquals(names.tagFromFeatures(words, tags, expectedMargin), named, sentence);
        assertEquals(expectedMargin[0], margin[0], 1e-6, sentence);
      }
    }
  }

  @Test
  void theShippedTaggerAgreesWithCoreNlpsOnNewsText() {
    PosTagger tagger = PosTagger.shipped();
    assertNotNull(tagger, "pos-tagger.bin.gz missing from the jar");
    int tokens = 0;
    int same = 0;
    List<String> differences = new ArrayList<>();
    for (PosTagger.Labelled s : PosTagger.teacher(TEXT)) {
      String[] ours = tagger.tag(s.words());
      for (int i = 0; i < ours.length; i++) {
        tokens++;
        if (ours[i].equals(s.tags()[i])) {
          same++;
        } else {
          differences.add(s.words()[i] + " " + ours[i] + "/" + s.tags()[i]);
        }
      }
    }
    assertTrue(tokens > 60, "tokens: " + tokens);
    assertTrue(same >= tokens * 0.95, same + " of " + tokens + " agree: " + differences);
  }

  @Test
  void anUnsureSentenceIsTaggedByCoreNlpAndALongOneGetsX() {
    List<CoreLabel> tokens = new ArrayList<>();
    for (PosTagger.Labelled s : PosTagger.teacher("Blorft zindle quaxed the vrimmle.")) {
      for (String w : s.words()) {
        CoreLabel t = new CoreLabel();
        t.setWord(w);
        t.setValue(w);
        tokens.add(t);
      }
    }
    // A margin no sentence reaches: every sentence goes to CoreNLP's tagger.
    PosAnnotator always = new PosAnnotator(null);
    always.tag(tokens);
    List<PosTagger.Labelled> teacher = PosTagger.teacher("Blorft zindle quaxed the vrimmle.");
    assertArrayEquals(
        teacher.get(0).tags(), tokens.stream().map(CoreLabel::tag).toArray(String[]::new));

    List<CoreLabel> long_ = new ArrayList<>();
    for (int i = 0; i <= Pipeline.MAX_SENTENCE_TOKENS; i++) {
      CoreLabel t = new CoreLabel();
      t.setWord("word");
      t.setValue("word");
      long_.add(t);
    }
    always.tag(long_);
    assertTrue(long_.stream().allMatch(t -> "X".equals(t.tag())));
  }

  @Test
  void onlyTheStretchAroundAnUnsureWordGoesToCoreNlpsTagger() {
    String sentence =
        "The council of Bergen approved the budget on Tuesday after the mayor said that the"
            + " wexed proposal had been revised by the committee of seventeen members over two"
            + " long weeks of talks with the unions and the schools .";
    String[] words = sentence.split(" ");
    double[] gaps = new double[words.length];
    PosTagger.shipped().tag(words, null, gaps);
    int unsure = 0;
    for (double g : gaps) {
      unsure += g < PosTagger.UNSURE ? 1 : 0;
    }
    assertTrue(unsure > 0 && unsure <= 3, "unsure words: " + unsure + " " + Arrays.toString(gaps));

    List<edu.stanford.nlp.ling.HasWord> tokens = new ArrayList<>();
    for (String w : words) {
      tokens.add(new edu.stanford.nlp.ling.Word(w));
    }
    long[] handed = new long[1];
    String[] tags = PosAnnotator.tags(PosTagger.shipped(), tokens, handed);
    assertTrue(
        handed[0] > 0 && handed[0] < words.length / 2,
        handed[0] + " of " + words.length + " words read by CoreNLP's tagger");
    // CoreNLP's tags of the whole sentence, for the unsure words and all the others.
    assertArrayEquals(PosTagger.teacher(sentence).get(0).tags(), tags);
  }

  @Test
  void trainingIsDeterministicLearnsItsExamplesAndReadsBack() throws IOException {
    WordClusters clusters = WordClusters.of(Map.of("ada", "7", "oslo", "12"));
    String[] words = {"Ada", "flew", "to", "Oslo", "."};
    String[] tags = {"NNP", "VBD", "TO", "NNP", "."};
    String[] words2 = {"They", "flew", "home", "."};
    String[] tags2 = {"PRP", "VBD", "RB", "."};
    List<PosTagger.Labelled> sentences =
        List.of(new PosTagger.Labelled(words, tags), new PosTagger.Labelled(words2, tags2));
    PosTagger one = PosTagger.train(sentences, clusters, 5, 1, 3, s -> {});
    PosTagger two = PosTagger.train(sentences, clusters, 5, 1, 3, s -> {});
    assertArrayEquals(bytes(one), bytes(two));
    assertEquals(List.of(".", "NNP", "PRP", "RB", "TO", "VBD"), one.tags());
    assertArrayEquals(tags, one.tag(words));
    assertArrayEquals(tags2, one.tag(words2));
    PosTagger read = PosTagger.read(new ByteArrayInputStream(bytes(one)), clusters);
    assertArrayEquals(tags, read.tag(words));
    assertArrayEquals(bytes(one), bytes(read));
    double[] margin = new double[1];
    read.tag(words, margin);
    assertTrue(margin[0] > 0, Arrays.toString(margin));
  }

  @Test
  void aFileThatIsNotAModelIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                PosTagger.read(
                    new ByteArrayInputStream(out.toByteArray()), WordClusters.of(Map.of())));
    assertTrue(e.getMessage().contains("part-of-speech model"), e.getMessage());
  }

  private static byte[] bytes(PosTagger model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }
}
