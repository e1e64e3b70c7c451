package org.dossier.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Verdicts on class and id names, kept across pages: sites reuse a few thousand names, and reading
 * one takes regular expressions at every element of every page. Emptied when it holds {@link
 * #LIMIT} names, so a crawl of many sites cannot fill the heap.
 */
final class KnownNames<V> {
  private static final int LIMIT = 50_000;

  private final Map<String, V> known = new ConcurrentHashMap<>();
  private final Function<String, V> read;

  /**
   * @param read the verdict on a name not seen before
   */
  KnownNames(Function<String, V> read) {
    this.read = read;
  }

  V get(String name) {
    V verdict = known.get(name);
    if (verdict == null) {
      verdict = read.apply(name);
      if (known.size() >= LIMIT) {
        known.clear();
      }
      known.put(name, verdict);
    }
    return verdict;
  }
}
