package org.dossier.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
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
import org.dossier.engine.BatchLoad;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.stories.BatchStories;
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
    if (!jsc.getConf().contains("spark.sql.shuffle.partitions")) {
      // Spark's 200 suit far more data per run than a batch of archives gives each stage here.
      spark.conf().set("spark.sql.shuffle.partitions", partitions);
    }
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
    byDay(articles.select(columns(ArticleRows.ARTICLE.fieldNames())), o.out() + "/articles");
    byDay(
        perArticle(articles, "annotation", "version", lit(Annotator.VERSION), "json"),
        o.out() + "/annotations");
    byDay(
        perArticle(articles, "embedding", "model", lit(TitleEmbedder.MODEL), "vector"),
        o.out() + "/embeddings");
    long unannotated =
        annotate ? articles.filter(col("annotation_failure").isNotNull()).count() : 0;

    // Stories.
    StoryStage.Result placedIn = StoryStage.run(jsc, articles, count);
    JavaPairRDD<String, String> storyOf = placedIn.storyOf();
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
            .map(DossierLines::of);
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
    placedIn.release().run();
    articles.unpersist();
    stories.unpersist();
    return new Summary(count, skipped, unannotated, storyCount, placedIn.edges(), loaded);
  }

  /**
   * A table of one column of the articles that have it (annotations, embeddings): the article's id,
   * what made the value, the value, and the publish day.
   */
  private static Dataset<Row> perArticle(
      Dataset<Row> articles, String column, String madeBy, Column maker, String as) {
    return articles
        .filter(col(column).isNotNull())
        .select(
            col("id").as("article_id"), maker.as(madeBy), col(column).as(as), col("published_day"));
  }

  /** Writes a table as Parquet partitioned by publish day, replacing what was there. */
  private static void byDay(Dataset<Row> table, String path) {
    table.write().mode(SaveMode.Overwrite).partitionBy("published_day").parquet(path);
  }

  private static Column[] columns(String[] names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }

  private static int load(String store, List<BatchLoad.Item> items) throws IOException {
    if (items.isEmpty()) {
      return 0;
    }
    // A shared store keeps nothing in the data folder a location names; the task's temporary
    // folder stands in for it.
    java.nio.file.Path none = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
    try (ArticleStore s = new StoreLocation(none, store).open()) {
      int added = 0;
      for (int i = 0; i < items.size(); i += 200) {
        added += BatchLoad.load(s, items.subList(i, Math.min(items.size(), i + 200)));
      }
      return added;
    }
  }
}
