package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table of strings by fingerprint under the CRF features and the word clusters. */
class FingerprintTableTest {
  @Test
  void aStringFindsItsNumberAndAnotherNone() {
    FingerprintTable t = new FingerprintTable(4);
    assertTrue(t.add("obama", 7));
    assertTrue(t.add("", 0));
    assertTrue(t.add("Obama", 300_000));
    assertEquals(7, t.get("obama"));
    assertEquals(0, t.get(""));
    assertEquals(300_000, t.get("Obama"));
    assertEquals(-1, t.get("obama "));
    assertEquals(-1, t.get("OBAMA"));
    assertEquals(3, t.size());
  }

  @Test
  void aStringAddedTwiceKeepsItsFirstNumber() {
    FingerprintTable t = new FingerprintTable(4);
    assertTrue(t.add("said", 1));
    assertFalse(t.add("said", 2));
    assertEquals(1, t.get("said"));
    assertEquals(1, t.size());
    assertThrows(IllegalArgumentException.class, () -> t.add("told", -1));
  }

  @Test
  void theTableRefusesStringsPastTwoSlotsInThreeAndStillFindsThemAll() {
    // 4 expected: the least table, 32 slot pairs; two in three taken is 21 strings, not 22.
    FingerprintTable t = new FingerprintTable(4);
    int added = 0;
    while (!t.full()) {
      assertTrue(t.add("w" + added, added));
      added++;
    }
    assertEquals(21, added);
    assertFalse(t.add("one more", added));
    for (int i = 0; i < added; i++) {
      assertEquals(i, t.get("w" + i));
    }
    assertEquals(-1, t.get("w" + added));
  }
}
