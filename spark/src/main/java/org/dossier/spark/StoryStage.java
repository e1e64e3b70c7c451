package org.dossier.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.stories.BatchStories;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryInput;
import scala.Tuple2;

/**
 * Stories for the whole batch, on Spark: document frequencies of words and names, blocks of
 * articles that share a telling word or name within a time window, related pairs within a block,
 * connected components of those pairs, and each component clustered as {@code recluster} clusters
 * (all of it {@link BatchStories}, the stories module's, so the similarity is the clusterer's).
 */
final class StoryStage {
  private StoryStage() {}

  /** Articles a block may hold before it is left out as too common a key. */
  static final int MAX_BLOCK = 400;

  /**
   * The stage's result.
   *
   * @param storyOf article id to story id
   * @param edges how many related pairs blocking and scoring found
   * @param release lets go of what the stage keeps in memory, once its result is written
   */
  record Result(JavaPairRDD<String, String> storyOf, long edges, Runnable release) {}

  /** Places the articles (rows of the records table, with annotation and embedding) in stories. */
  static Result run(JavaSparkContext jsc, Dataset<Row> articles, long count) {
    JavaRDD<BatchStories.Profile> profiles =
        articles.javaRDD().map(StoryStage::profile).persist(StorageLevel.MEMORY_AND_DISK());
    BatchStories batch =
        new BatchStories(
            StoryClusterer.Settings.defaults(),
            new BatchStories.Frequencies(
                count,
                frequencies(profiles.flatMap(p -> p.words().iterator())),
                frequencies(profiles.flatMap(p -> p.names().iterator()))));
    Broadcast<BatchStories> shared = jsc.broadcast(batch);
    JavaPairRDD<String, String> edges =
        profiles
            .flatMapToPair(
                p -> {
                  List<Tuple2<String, BatchStories.Profile>> out = new ArrayList<>();
                  for (String k : shared.value().blockKeys(p)) {
                    out.add(new Tuple2<>(k, p));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(block -> pairs(shared.value(), block._2()).iterator())
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    long edgeCount = edges.count();
    JavaPairRDD<String, String> component =
        Components.of(profiles.map(BatchStories.Profile::articleId), edges);
    JavaPairRDD<String, String> storyOf =
        profiles
            .mapToPair(p -> new Tuple2<>(p.articleId(), p))
            .join(component)
            .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
            .groupByKey()
            .flatMapToPair(
                c -> {
                  List<BatchStories.Profile> members = new ArrayList<>();
                  c._2().forEach(members::add);
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  shared
                      .value()
                      .cluster(members)
                      .forEach((article, story) -> out.add(new Tuple2<>(article, story)));
                  return out.iterator();
                });
    return new Result(
        storyOf,
        edgeCount,
        () -> {
          profiles.unpersist(false);
          edges.unpersist(false);
        });
  }

  /**
   * How many articles hold each value; a value in one article only weighs as any such value, and
   * leaving those out keeps the table to what can be shipped to every task.
   */
  private static Map<String, Integer> frequencies(JavaRDD<String> values) {
    return new HashMap<>(
        values
            .mapToPair(v -> new Tuple2<>(v, 1))
            .reduceByKey(Integer::sum)
            .filter(t -> t._2() > 1)
            .collectAsMap());
  }

  private static BatchStories.Profile profile(Row r) throws IOException {
    Article a = ArticleRows.article(r);
    String json = r.getString(r.fieldIndex("annotation"));
    Annotation annotation = json == null ? null : ArticleAnnotations.fromJson(json);
    StoryInput in = StoryInput.of(a, annotation).withEmbedding(ArticleRows.embedding(r));
    return BatchStories.Profile.of(in, a.published() == null ? null : a.published().value());
  }

  /** The related pairs of a block, each once, smaller id first; none for a block too common. */
  private static List<Tuple2<String, String>> pairs(
      BatchStories batch, Iterable<BatchStories.Profile> block) {
    List<BatchStories.Profile> members = new ArrayList<>();
    for (BatchStories.Profile p : block) {
      members.add(p);
      if (members.size() > MAX_BLOCK) {
        return List.of();
      }
    }
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        BatchStories.Profile a = members.get(i);
        BatchStories.Profile b = members.get(j);
        if (!a.articleId().equals(b.articleId()) && batch.related(a, b)) {
          out.add(
              a.articleId().compareTo(b.articleId()) < 0
                  ? new Tuple2<>(a.articleId(), b.articleId())
                  : new Tuple2<>(b.articleId(), a.articleId()));
        }
      }
    }
    return out;
  }
}
