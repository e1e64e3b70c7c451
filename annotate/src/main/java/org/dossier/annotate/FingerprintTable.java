package org.dossier.annotate;

/**
 * An open-addressing table from strings to numbers that keeps each string's 64-bit fingerprint
 * beside its number in one array, so a lookup hashes the string and reads one place in memory: the
 * strings themselves stay out of it. A string that was not added is taken for one that was only
 * when their fingerprints are equal, about once in 2<sup>64</sup> / n lookups for n strings; a
 * string whose fingerprint is already taken is refused when it is added. {@link FingerprintIndex}
 * (CoreNLP's CRF features) and {@link WordClusters} look words up through it.
 */
final class FingerprintTable {
  private static final long EMPTY = 0;

  /** Pairs of slots: a string's fingerprint (never {@link #EMPTY}) and its number. */
  private final long[] slots;

  private final int mask;
  private int size;

  /** A table for about {@code expected} strings (more may be added, up to {@link #full}). */
  FingerprintTable(int expected) {
    // At most two slots in three taken, so that a lookup ends at an empty slot in a few steps.
    int pairs = Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1;
    this.slots = new long[pairs * 2];
    this.mask = pairs - 1;
  }

  /**
   * The fingerprint of a string: FNV-1a over its characters, then MurmurHash3's finalizer so that
   * the low bits, which pick the slot, depend on every character. Never {@link #EMPTY}.
   */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }

  /** Whether one more string would fill more than two slots in three. */
  boolean full() {
    return 3 * (size + 1) > slots.length;
  }

  /**
   * Adds a string with its number (not negative); false when its fingerprint is taken or the table
   * is {@link #full}.
   */
  boolean add(String s, int number) {
    if (number < 0) {
      throw new IllegalArgumentException("a negative number for " + s + ": " + number);
    }
    if (full()) {
      return false;
    }
    long f = fingerprint(s);
    int at = (int) f & mask;
    while (slots[2 * at] != EMPTY) {
      if (slots[2 * at] == f) {
        return false;
      }
      at = (at + 1) & mask;
    }
    slots[2 * at] = f;
    slots[2 * at + 1] = number;
    size++;
    return true;
  }

  /** The number of a string, or -1 when it was not added. */
  int get(String s) {
    long f = fingerprint(s);
    int at = (int) f & mask;
    long here;
    while ((here = slots[2 * at]) != EMPTY) {
      if (here == f) {
        return (int) slots[2 * at + 1];
      }
      at = (at + 1) & mask;
    }
    return -1;
  }

  /** How many strings were added. */
  int size() {
    return size;
  }
}
