package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The taggers' feature table: each key at its position in the sorted keys, any other hash absent.
 */
class FeatureIndexTest {
  @Test
  void findsEveryKeyAtItsPositionAndNothingElse() {
    long seed = 20261202L;
    Random random = new Random(seed);
    int[] keys = random.ints(50_000).distinct().sorted().toArray();
    FeatureIndex index = new FeatureIndex(keys);
    for (int i = 0; i < keys.length; i++) {
      assertEquals(i, index.get(keys[i]), "key " + keys[i] + ", seed " + seed);
    }
    for (int k = 0; k < 50_000; k++) {
      int h = random.nextInt();
      assertEquals(
          Arrays.binarySearch(keys, h) >= 0 ? Arrays.binarySearch(keys, h) : -1, index.get(h));
    }
    assertEquals(-1, new FeatureIndex(new int[0]).get(0));
    assertEquals(0, new FeatureIndex(new int[] {Integer.MIN_VALUE}).get(Integer.MIN_VALUE));
  }
}
