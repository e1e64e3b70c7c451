package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The real model, loaded from its Maven artifact: no network, no mock. */
class TitleEmbedderTest {

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void rewordedHeadlinesAreCloserThanAnotherStory() {
    TitleEmbedder e = TitleEmbedder.shared();
    float[] a =
        e.embed("Singer named face of fashion house a year after boycott", "The singer returns.");
    float[] b = e.embed("Fashion label signs pop star who walked away over ad row", "She is back.");
    float[] c =
        e.embed("Magnitude 6 earthquake collapses church tower", "Fourteen people were hurt.");
    assertEquals(384, a.length);
    assertEquals(1.0, cosine(a, a), 1e-4);
    assertTrue(cosine(a, b) > cosine(a, c) + 0.1, cosine(a, b) + " vs " + cosine(a, c));
    assertNull(e.embed(null, "  "));
  }
}
