package org.dossier.annotate;

/**
 * Where each of a model's feature hashes sits in its sorted table: an open-addressing hash table
 * from hash to position. The learned taggers look up tens of features per token; a binary search
 * over a few hundred thousand keys was a tenth of their time.
 */
final class FeatureIndex {
  private final int[] hashes;

  /** Position plus one; 0 is an empty slot. */
  private final int[] positions;

  private final int mask;

  /** The index of distinct {@code keys}. */
  FeatureIndex(int[] keys) {
    int size = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    hashes = new int[size];
    positions = new int[size];
    mask = size - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = spread(keys[i]) & mask;
      while (positions[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = keys[i];
      positions[slot] = i + 1;
    }
  }

  /** The position of {@code hash} among the keys, or -1 when it is not one of them. */
  int get(int hash) {
    int slot = spread(hash) & mask;
    while (true) {
      int p = positions[slot];
      if (p == 0) {
        return -1;
      }
      if (hashes[slot] == hash) {
        return p - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
