package org.dossier.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A feature index for CoreNLP's CRF models that finds a feature's number in one read of memory.
 *
 * <p>A CRF model looks up every feature string of every token it reads in its index, a {@link
 * HashIndex} over a {@code HashMap} of some 300,000 strings: a hit reads the table, the entry, the
 * key string and its characters, and the boxed number, each at its own place in a heap far larger
 * than the processor's caches. Those lookups were 44 % of the time the name tagger's CRF fallback
 * took in a profile of steady ingestion. This map keeps each key's 64-bit fingerprint beside its
 * number in one array, so a lookup hashes the string and reads one slot.
 *
 * <p>A string that is not in the map is taken for one that is only when their fingerprints are
 * equal: with 300,000 keys, a chance of about one in 6 × 10<sup>13</sup> per lookup. Two keys of
 * the map with the same fingerprint are refused when it is built, and the model keeps its own index
 * then.
 */
final class FingerprintIndex extends AbstractMap<String, Integer> {
  private static final long EMPTY = 0;

  /** Pairs of slots: a key's fingerprint (never {@link #EMPTY}) and its number. */
  private final long[] slots;

  private final int mask;
  private final List<String> keys = new ArrayList<>();

  private FingerprintIndex(int expected) {
    // At most two slots in three taken, so that a lookup ends at an empty slot in a few steps.
    int pairs = Integer.highestOneBit(Math.max(16, expected + expected / 2)) << 1;
    this.slots = new long[pairs * 2];
    this.mask = pairs - 1;
  }

  /**
   * Gives each CRF model of a classifier (one, or those a {@link ClassifierCombiner} combines) a
   * feature index over this map, with the same numbers. A model whose index cannot be rebuilt keeps
   * its own: the answers are the same either way.
   *
   * @return how many models were given the faster index
   */
  static int install(AbstractSequenceClassifier<?> classifier) {
    int done = 0;
    try {
      if (classifier instanceof ClassifierCombiner<?> combiner) {
        Field base = ClassifierCombiner.class.getDeclaredField("baseClassifiers");
        base.setAccessible(true);
        for (Object c : (List<?>) base.get(combiner)) {
          if (c instanceof AbstractSequenceClassifier<?> inner) {
            done += install(inner);
          }
        }
      } else if (classifier instanceof CRFClassifier<?> crf) {
        Field field = CRFClassifier.class.getDeclaredField("featureIndex");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Index<String> old = (Index<String>) field.get(crf);
        Index<String> fast = rebuilt(old);
        if (fast != null) {
          field.set(crf, fast);
          done++;
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Another CoreNLP than the one this was written for: its own index, as slow as it was.
    }
    return done;
  }

  /**
   * A {@link HashIndex} of the same strings under the same numbers over a fingerprint map, or null
   * when two of them share a fingerprint.
   */
  static Index<String> rebuilt(Index<String> old) {
    List<String> objects = old.objectsList();
    FingerprintIndex map = new FingerprintIndex(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      if (!map.add(objects.get(i), i)) {
        return null;
      }
    }
    HashIndex<String> out = new HashIndex<>(() -> new ArrayList<>(objects), () -> map);
    if (old.isLocked()) {
      out.lock();
    }
    return out;
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

  /** Adds a key with its number; false when its fingerprint is taken. */
  private boolean add(String key, int value) {
    long f = fingerprint(key);
    int at = (int) f & mask;
    while (slots[2 * at] != EMPTY) {
      if (slots[2 * at] == f) {
        return false;
      }
      at = (at + 1) & mask;
    }
    slots[2 * at] = f;
    slots[2 * at + 1] = value;
    keys.add(key);
    return true;
  }

  private int find(Object key) {
    if (!(key instanceof String s)) {
      return -1;
    }
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

  @Override
  public Integer get(Object key) {
    int v = find(key);
    return v < 0 ? null : v;
  }

  @Override
  public boolean containsKey(Object key) {
    return find(key) >= 0;
  }

  /** Adds a key under the next number, as {@link HashIndex#add} grows its index. */
  @Override
  public Integer put(String key, Integer value) {
    int old = find(key);
    if (old >= 0) {
      throw new UnsupportedOperationException("a fingerprint index does not renumber " + key);
    }
    if (3 * (keys.size() + 1) > slots.length || !add(key, value)) {
      throw new UnsupportedOperationException("a fingerprint index is full or has " + key);
    }
    return null;
  }

  @Override
  public int size() {
    return keys.size();
  }

  @Override
  public Set<Entry<String, Integer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Integer>> iterator() {
        Iterator<String> it = keys.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return it.hasNext();
          }

          @Override
          public Entry<String, Integer> next() {
            if (!it.hasNext()) {
              throw new NoSuchElementException();
            }
            String k = it.next();
            return new SimpleImmutableEntry<>(k, find(k));
          }
        };
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }
}
