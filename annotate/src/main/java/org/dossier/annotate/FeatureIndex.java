package org.dossier.annotate;

/**
 * Where each of a model's feature hashes sits in its sorted table: an open-addressing hash table
 * from hash to position. The learned taggers look up tens of features per token; a binary search
 * over a few hundred thousand keys was a tenth of their time. Each slot keeps its hash beside its
 * position in one array, so that a lookup reads one place in memory (the table of the attribution
 * tagger's chains is about 8 MB, far larger than the processor's caches).
 */
final class FeatureIndex {
  /** Pairs of ints: a key's hash, then its position plus one (0 for an empty slot). */
  private final int[] slots;

  private final int mask;

  /** The index of distinct {@code keys}. */
  FeatureIndex(int[] keys) {
    int size = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    slots = new int[2 * size];
    mask = size - 1;
    for (int i = 0; i < keys.length; i++) {
      int slot = spread(keys[i]) & mask;
      while (slots[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = keys[i];
      slots[2 * slot + 1] = i + 1;
    }
  }

  /** The position of {@code hash} among the keys, or -1 when it is not one of them. */
  int get(int hash) {
    int slot = spread(hash) & mask;
    while (true) {
      int p = slots[2 * slot + 1];
      if (p == 0) {
        return -1;
      }
      if (slots[2 * slot] == hash) {
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
