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
import java.util.Set;

/**
 * A feature index for CoreNLP's CRF models that finds a feature's number in one read of memory.
 *
 * <p>A CRF model looks up every feature string of every token it reads in its index, a {@link
 * HashIndex} over a {@code HashMap} of 346,710 strings (the 3-class model): a hit reads the table,
 * the entry, the key string and its characters, and the boxed number, each at its own place in a
 * heap far larger than the processor's caches. Those lookups were 44 % of the time the name
 * tagger's CRF fallback took in a profile of steady ingestion. This map looks keys up in a {@link
 * FingerprintTable}, so a lookup hashes the string and reads one slot.
 *
 * <p>A string that is not in the map is taken for one that is only when their fingerprints are
 * equal: with 346,710 keys, a chance of about one in 5 × 10<sup>13</sup> per lookup. Two keys of
 * the map with the same fingerprint are refused when it is built, and the model keeps its own index
 * then.
 */
final class FingerprintIndex extends AbstractMap<String, Integer> {
  private final FingerprintTable table;
  private final List<String> keys = new ArrayList<>();

  private FingerprintIndex(int expected) {
    this.table = new FingerprintTable(expected);
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

  /** Adds a key with its number; false when its fingerprint is taken. */
  private boolean add(String key, int value) {
    if (!table.add(key, value)) {
      return false;
    }
    keys.add(key);
    return true;
  }

  private int find(Object key) {
    return key instanceof String s ? table.get(s) : -1;
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
    if (find(key) >= 0) {
      throw new UnsupportedOperationException("a fingerprint index does not renumber " + key);
    }
    if (!add(key, value)) {
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
        return keys.stream()
            .<Entry<String, Integer>>map(k -> new SimpleImmutableEntry<>(k, find(k)))
            .iterator();
      }

      @Override
      public int size() {
        return keys.size();
      }
    };
  }
}
