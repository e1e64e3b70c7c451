package org.dossier.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of an undirected graph by label propagation: every vertex starts with its
 * own id as label and takes the smallest label among its neighbours' until none changes, in as many
 * rounds as the longest shortest path of a component (a few, for stories).
 */
final class Components {
  private Components() {}

  /**
   * Each vertex's component, named by its smallest vertex id.
   *
   * @param vertices every vertex, once
   * @param edges each edge once, either way round
   */
  static JavaPairRDD<String, String> of(
      JavaRDD<String> vertices, JavaPairRDD<String, String> edges) {
    JavaPairRDD<String, String> both =
        edges
            .flatMapToPair(e -> java.util.List.of(e, new Tuple2<>(e._2(), e._1())).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        vertices.mapToPair(v -> new Tuple2<>(v, v)).persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      // Each vertex offers its label to its neighbours; each keeps the smallest it is offered.
      JavaPairRDD<String, String> offered =
          both.join(labels).mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
      JavaPairRDD<String, String> next =
          labels
              .union(offered)
              .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        both.unpersist(false);
        return labels;
      }
    }
  }
}
