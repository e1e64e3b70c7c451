package org.dossier.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * B-cubed precision and recall of one clustering against another (Bagga and Baldwin, 1998): per
 * item, the share of its found cluster that is in its gold cluster, and the share of its gold
 * cluster found with it, averaged over items both clusterings hold.
 *
 * @param precision averaged over items
 * @param recall averaged over items
 * @param items how many items both clusterings hold
 */
public record BCubed(double precision, double recall, int items) {

  /** Compares clusterings given as item → cluster maps. */
  public static BCubed of(Map<String, String> gold, Map<String, String> found) {
    Map<String, Set<String>> goldSets = clusters(gold);
    Map<String, Set<String>> foundSets = clusters(found);
    double p = 0;
    double r = 0;
    int n = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String cluster = found.get(e.getKey());
      if (cluster == null) {
        continue;
      }
      Set<String> g = goldSets.get(e.getValue());
      Set<String> f = foundSets.get(cluster);
      int both = 0;
      for (String item : f) {
        if (g.contains(item)) {
          both++;
        }
      }
      p += (double) both / f.size();
      r += (double) both / g.size();
      n++;
    }
    return n == 0 ? new BCubed(1, 1, 0) : new BCubed(p / n, r / n, n);
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** Clusters as sets of items. */
  public static Map<String, Set<String>> clusters(Map<String, String> assignment) {
    Map<String, Set<String>> out = new HashMap<>();
    assignment.forEach((item, c) -> out.computeIfAbsent(c, k -> new HashSet<>()).add(item));
    return out;
  }
}
