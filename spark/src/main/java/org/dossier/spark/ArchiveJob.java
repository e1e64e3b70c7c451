package org.dossier.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.dossier.annotate.Annotator;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.engine.BatchLoad;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.PublishDate;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.stories.BatchStories;
import org.dossier.stories.DossierCompiler;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryInput;
import org.dossier.stories.StorySource;
import org.dossier.stories.TitleEmbedder;
import scala.Tuple2;

/**
 * The archive job: WARC files in, Parquet tables and story dossiers out.
 *
 * <ol>
 *   <li>Each WARC file is read as a stream of records by one task ({@link WarcRecords});
 *   <li>the records are spread over the partitions, and each is extracted, annotated and embedded
 *       there ({@link RecordPipeline});
 *   <li>{@code articles}, {@code annotations} and {@code embeddings} are written as Parquet,
 *       partitioned by publish day, and {@code skips} as JSON, each record's reason;
 *   <li>stories come from blocking, scoring and clustering ({@link BatchStories}, {@link
 *       Components}) and are written as {@code stories} (article id to story id, Parquet) and
 *       {@code dossiers} (JSON Lines: one line per story, the {@code stories[]} entry of the export
 *       contract);
 *   <li>optionally the articles and their stories are loaded into a store.
 * </ol>
 *
 * Every output is replaced whole, so a rerun over the same inputs gives the same tables.
 */
public final class ArchiveJob {

  /** Articles a block may hold before it is left out as too common a key. */
  static final int MAX_BLOCK = 400;

  /**
   * How to run.
   *
   * @param inputs WARC files or folders of them, as local paths or Hadoop file system URIs
   * @param out the output folder (local path or URI)
   * @param partitions partitions the records are spread over (0: twice the default parallelism)
   * @param maxBytes the largest page read from a record
   * @param annotate whether articles are annotated (entities, times, quotes)
   * @param store a store to load articles and stories into, or null
   */
  public record Options(
      List<String> inputs,
      String out,
      int partitions,
      long maxBytes,
      boolean annotate,
      String store) {}

  /**
   * What a run did.
   *
   * @param articles articles written (distinct)
   * @param skipped records skipped, each with its reason in {@code skips}
   * @param unannotated articles kept without an annotation
   * @param stories stories made
   * @param edges pairs of articles found related by blocking and scoring
   * @param loaded articles new to the store, when one was given
   */
  public record Summary(
      long articles, long skipped, long unannotated, long stories, long edges, long loaded) {}

  private ArchiveJob() {}

  /** Runs the job in a Spark session. */
  public static Summary run(SparkSession spark, Options o) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = o.partitions() > 0 ? o.partitions() : 2 * jsc.defaultParallelism();
    long maxBytes = o.maxBytes();
    boolean annotate = o.annotate();
    JavaRDD<CaptureRecord> captures =
        jsc.binaryFiles(String.join(",", o.inputs()), 1)
            .flatMap(f -> WarcRecords.of(f._1(), f._2(), maxBytes));
    JavaRDD<Row> rows =
        captures.repartition(partitions).mapPartitions(it -> RecordPipeline.rows(it, annotate));
    Dataset<Row> records =
        spark.createDataFrame(rows, ArticleRows.RECORD).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> skips =
        records
            .filter(col("skip_input").isNotNull())
            .select(col("skip_input").as("input"), col("skip_reason").as("reason"));
    skips.coalesce(1).write().mode(SaveMode.Overwrite).json(o.out() + "/skips");
    long skipped = skips.count();

    Dataset<Row> articles =
        records
            .filter(col("skip_input").isNull())
            .dropDuplicates("id")
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Counted (so kept) before the records are let go: otherwise the articles would be computed
    // again from the archives, annotation and all, by the first write below.
    long count = articles.count();
    records.unpersist();
    String[] articleColumns = ArticleRows.ARTICLE.fieldNames();
    articles
        .select(columns(articleColumns))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published_day")
        .parquet(o.out() + "/articles");
    articles
        .filter(col("annotation").isNotNull())
        .select(
            col("id").as("article_id"),
            org.apache.spark.sql.functions.lit(Annotator.VERSION).as("version"),
            col("annotation").as("json"),
            col("published_day"))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published_day")
        .parquet(o.out() + "/annotations");
    articles
        .filter(col("embedding").isNotNull())
        .select(
            col("id").as("article_id"),
            org.apache.spark.sql.functions.lit(TitleEmbedder.MODEL).as("model"),
            col("embedding").as("vector"),
            col("published_day"))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("published_day")
        .parquet(o.out() + "/embeddings");
    long unannotated =
        annotate ? articles.filter(col("annotation_failure").isNotNull()).count() : 0;

    // Stories.
    JavaRDD<BatchStories.Profile> profiles =
        articles.javaRDD().map(ArchiveJob::profile).persist(StorageLevel.MEMORY_AND_DISK());
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
    StructType storySchema =
        new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType, false);
    Dataset<Row> stories =
        spark
            .createDataFrame(storyOf.map(t -> RowFactory.create(t._1(), t._2())), storySchema)
            .persist(StorageLevel.MEMORY_AND_DISK());
    stories.write().mode(SaveMode.Overwrite).parquet(o.out() + "/stories");
    long storyCount = stories.select("story_id").distinct().count();

    // Dossiers, one JSON line per story, and the optional load into a store.
    Dataset<Row> placed =
        articles.join(stories, articles.col("id").equalTo(stories.col("article_id")));
    JavaRDD<String> lines =
        placed
            .javaRDD()
            .mapToPair(r -> new Tuple2<>(r.getString(r.fieldIndex("story_id")), r))
            .groupByKey()
            .map(ArchiveJob::dossierLine);
    spark
        .createDataset(lines.rdd(), Encoders.STRING())
        .coalesce(Math.max(1, partitions / 4))
        .write()
        .mode(SaveMode.Overwrite)
        .text(o.out() + "/dossiers");
    long loaded = 0;
    if (o.store() != null) {
      String store = o.store();
      loaded =
          placed
              .javaRDD()
              .mapPartitions(
                  it -> {
                    List<BatchLoad.Item> items = new ArrayList<>();
                    while (it.hasNext()) {
                      Row r = it.next();
                      items.add(
                          new BatchLoad.Item(
                              ArticleRows.article(r),
                              r.getString(r.fieldIndex("annotation")),
                              ArticleRows.embedding(r),
                              r.getString(r.fieldIndex("story_id"))));
                    }
                    return List.of((long) load(store, items)).iterator();
                  })
              .fold(0L, Long::sum);
    }
    profiles.unpersist();
    articles.unpersist();
    stories.unpersist();
    edges.unpersist();
    return new Summary(count, skipped, unannotated, storyCount, edgeCount, loaded);
  }

  private static org.apache.spark.sql.Column[] columns(String[] names) {
    org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }

  private static Map<String, Integer> frequencies(JavaRDD<String> values) {
    // A value in one article only weighs as any such value; leaving them out keeps the table to
    // what can be shipped to every task.
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
    StoryInput in =
        StoryInput.of(a.id(), a.title(), a.text(), a.published(), annotation)
            .withEmbedding(ArticleRows.embedding(r));
    PublishDate published = a.published();
    return BatchStories.Profile.of(in, published == null ? null : published.value());
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

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .registerModule(ArticleAnnotations.MODEL_NAMES);

  /** A story's dossier as one line of JSON. */
  private static String dossierLine(Tuple2<String, Iterable<Row>> story) throws IOException {
    List<StorySource> sources = new ArrayList<>();
    for (Row r : story._2()) {
      String json = r.getString(r.fieldIndex("annotation"));
      sources.add(
          new StorySource(
              ArticleRows.article(r),
              json == null ? null : ArticleAnnotations.fromJson(json),
              List.of()));
    }
    sources.sort(
        java.util.Comparator.comparing((StorySource s) -> s.article().published() == null)
            .thenComparing(
                s -> s.article().published() == null ? "" : s.article().published().value())
            .thenComparing(s -> s.article().id()));
    try {
      return JSON.writeValueAsString(DossierCompiler.compile(story._1(), sources, List.of()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int load(String store, List<BatchLoad.Item> items) throws IOException {
    if (items.isEmpty()) {
      return 0;
    }
    java.nio.file.Path scratch = Files.createTempDirectory("dossier-spark-load");
    try (ArticleStore s = new StoreLocation(scratch, store).open()) {
      int added = 0;
      for (int i = 0; i < items.size(); i += 200) {
        added += BatchLoad.load(s, items.subList(i, Math.min(items.size(), i + 200)));
      }
      return added;
    }
  }
}
