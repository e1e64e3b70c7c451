package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mean of chains trained in different orders is one chain that tags as they agree. */
class LinearChainTest {
  private static final boolean[] ANY = LinearChain.table(2, (p, t) -> true);

  /**
   * Every sequence of three tokens whose one feature says its tag (hash 1 for tag 0, hash 2 for tag
   * 1), twice over: no order of tags is likelier than another.
   */
  private static List<int[][]> sequences() {
    List<int[][]> out = new ArrayList<>();
    for (int[] t : tags()) {
      out.add(new int[][] {{t[0] + 1}, {t[1] + 1}, {t[2] + 1}});
    }
    return out;
  }

  private static List<int[]> tags() {
    List<int[]> out = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      for (int s = 0; s < 8; s++) {
        out.add(new int[] {s & 1, (s >> 1) & 1, (s >> 2) & 1});
      }
    }
    return out;
  }

  private static LinearChain trained(long seed) {
    return LinearChain.train(2, ANY, sequences(), tags(), 3, 1, seed, line -> {});
  }

  @Test
  void theMeanOfChainsTagsAsEachOfThemWhereTheyAgree() {
    LinearChain a = trained(1);
    LinearChain b = trained(2);
    LinearChain mean = LinearChain.mean(List.of(a, b));
    int[][] tokens = {{2}, {1}, {1}, {2}};
    assertArrayEquals(a.tag(tokens), b.tag(tokens));
    assertArrayEquals(a.tag(tokens), mean.tag(tokens));
    assertArrayEquals(new int[] {1, 0, 0, 1}, mean.tag(tokens));
    assertEquals(2, mean.features());
  }

  @Test
  void aFeatureOnlyOneChainWeighsCountsAtItsShareOfTheMean() {
    LinearChain a = trained(1);
    // A chain that learned other words for the same tags: hash 4 for tag 0, hash 3 for tag 1.
    List<int[][]> other = new ArrayList<>();
    for (int[] t : tags()) {
      other.add(new int[][] {{4 - t[0]}, {4 - t[1]}, {4 - t[2]}});
    }
    LinearChain b = LinearChain.train(2, ANY, other, tags(), 3, 1, 1, line -> {});
    LinearChain mean = LinearChain.mean(List.of(a, b));
    assertEquals(a.features() + b.features(), mean.features());
    assertArrayEquals(new int[] {0, 1, 1, 0}, mean.tag(new int[][] {{1}, {2}, {3}, {4}}));
  }
}
