package org.dossier.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.ContentHash;

/**
 * MinHash signatures of word 3-shingles, and locality-sensitive hashing band keys over them, so
 * that candidate near-duplicates come from an index lookup whose cost does not grow with the store.
 *
 * <p>NOTE: {@value #HASHES} hashes in {@value #BANDS} bands of {@value #ROWS} rows make pairs with
 * Jaccard similarity above about 0.42 likely candidates; candidates are then confirmed by their
 * estimated similarity.
 */
final class MinHash {
  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final long[] MULTIPLIERS = seeds(1);
  private static final long[] ADDENDS = seeds(2);

  private MinHash() {}

  /** Fixed pseudo-random constants, so signatures stored today match those computed tomorrow. */
  private static long[] seeds(long stream) {
    long[] s = new long[HASHES];
    long x = stream * 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      x = mix(x + 0x9E3779B97F4A7C15L);
      s[i] = x | 1;
    }
    return s;
  }

  /**
   * The signature of a text already passed through {@link ContentHash#normalize}, or null when it
   * has fewer words than one shingle.
   */
  static int[] signature(String normalized) {
    Matcher m = WORD.matcher(normalized);
    long[] window = new long[SHINGLE];
    int words = 0;
    int[] sig = new int[HASHES];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    boolean any = false;
    while (m.find()) {
      window[words % SHINGLE] = fnv(m.group());
      words++;
      if (words < SHINGLE) {
        continue;
      }
      long shingle = 0;
      for (int k = 0; k < SHINGLE; k++) {
        shingle = shingle * 31 + window[(words - SHINGLE + k) % SHINGLE];
      }
      any = true;
      long mixed = mix(shingle);
      for (int i = 0; i < HASHES; i++) {
        // Multiply-add hashing of one well-mixed value: 128 cheap hash functions per shingle.
        int h = (int) ((mixed * MULTIPLIERS[i] + ADDENDS[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return any ? sig : null;
  }

  /** The LSH band keys of a signature: one 64-bit key per band, the band number mixed in. */
  static long[] bands(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b * 0x100000001B3L;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The fraction of positions where two signatures agree: an estimate of Jaccard similarity. */
  static double similarity(int[] a, int[] b) {
    if (a == null || b == null || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
