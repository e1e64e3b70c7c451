package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BackgroundFrequenciesTest {

  @Test
  void countsSignatureWordsPerArticleAndReadsBackWhatItWrote() throws Exception {
    BackgroundFrequencies b =
        BackgroundFrequencies.count(
            List.of(
                new String[] {"Ferry fire", "The ferry caught fire. Ferries burn rarely."},
                new String[] {null, "A fire in the hills; the ferry kept sailing."},
                new String[] {"Markets", "Shares fell."}),
            2);
    assertEquals(3, b.documents());
    assertEquals(2, b.df("fire"));
    assertEquals(2, b.df("ferry")); // twice in the first article, counted once
    assertEquals(0, b.df("shares")); // in one article only: below the cut
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.write(out);
    BackgroundFrequencies read =
        BackgroundFrequencies.read(
            new GZIPInputStream(new ByteArrayInputStream(out.toByteArray())));
    assertEquals(b.documents(), read.documents());
    assertEquals(b.size(), read.size());
    assertEquals(2, read.df("fire"));
  }

  @Test
  void theShippedTableWeighsCommonWordsBelowRareOnes() {
    BackgroundFrequencies shipped = BackgroundFrequencies.shipped();
    assertTrue(shipped.documents() > 500, "shipped reference articles: " + shipped.documents());
    assertTrue(
        Similarity.wordIdf(1, 1, "need") < Similarity.wordIdf(1, 1, "kallvik"),
        "a word of most reference articles weighs less than one of none");
  }
}
