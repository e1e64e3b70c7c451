package org.dossier.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/** Parameter lists for {@code IN (…)} and {@code VALUES (…)}, and the batches they are read in. */
final class InLists {
  private InLists() {}

  /**
   * Values per statement in batch reads: a query may name its list twice, and SQLite before 3.32
   * allowed 999 parameters.
   */
  static final int BATCH = 400;

  /** {@code n} parameter marks, comma-separated. */
  static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  /** The distinct values in batches of {@link #BATCH}, in their first order. */
  static List<List<String>> batches(Collection<String> values) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    List<List<String>> out = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += BATCH) {
      out.add(distinct.subList(from, Math.min(distinct.size(), from + BATCH)));
    }
    return out;
  }
}
