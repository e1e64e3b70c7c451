package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void perfectAllInOneAndSingletonClusterings() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y", "d", "y");
    assertEquals(1.0, BCubed.of(gold, Map.of("a", "1", "b", "1", "c", "2", "d", "2")).f1(), 1e-9);
    BCubed lumped = BCubed.of(gold, Map.of("a", "1", "b", "1", "c", "1", "d", "1"));
    assertEquals(0.5, lumped.precision(), 1e-9);
    assertEquals(1.0, lumped.recall(), 1e-9);
    BCubed split = BCubed.of(gold, Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
    assertEquals(1.0, split.precision(), 1e-9);
    assertEquals(0.5, split.recall(), 1e-9);
    assertEquals(2.0 / 3, split.f1(), 1e-9);
  }
}
