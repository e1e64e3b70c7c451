package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.engine.IngestRun;
import org.dossier.engine.ProgressListener;
import org.dossier.engine.StoryAssignment;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.stories.BCubed;
import org.dossier.stories.StoryClusterer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The archive job on local Spark, against what {@code dossier ingest} and {@code dossier recluster}
 * make of the same WARC files: the same articles, stories that agree at B-cubed F1 0.95 or more, a
 * damaged record skipped with its reason, and the same tables when run again.
 */
class ArchiveJobTest {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));
  static final Path SAMPLE = ROOT.resolve("spark/sample/demo-pages.warc.gz");
  static final Path DEMO_ARCHIVE = ROOT.resolve("demo/archive/harbortimes.warc.gz");
  static final Path ECBPLUS = ROOT.resolve("../shared/datasets/ecbplus");

  static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dossier test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Article id to story id, as the job wrote them. */
  private static Map<String, String> jobStories(Path out) {
    Map<String, String> m = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("stories").toString()).collectAsList()) {
      m.put(r.getString(0), r.getString(1));
    }
    return m;
  }

  /** Article id to story id after `dossier ingest` of the same files and `dossier recluster`. */
  private Map<String, String> reclustered(List<Path> warcs) throws IOException {
    Path data = dir.resolve("cli");
    IngestRun.run(
        StoreLocation.embedded(data),
        warcs.stream().map(Path::toString).toList(),
        new IngestRun.Settings(IngestOptions.DEFAULTS, Extractor.standard(), 2, 64, true, true),
        ProgressListener.NONE);
    try (ArticleStore store = ArticleStore.open(data)) {
      new StoryAssignment(
              store, StoryAssignment.indexFolder(data), StoryClusterer.Settings.defaults())
          .recluster();
      return store.storyAssignments();
    }
  }

  private ArchiveJob.Summary job(List<Path> warcs, Path out) {
    return job(warcs, out, IngestOptions.DEFAULTS.maxBytes(), null);
  }

  private ArchiveJob.Summary job(List<Path> warcs, Path out, long maxBytes, String store) {
    return ArchiveJob.run(
        spark,
        new ArchiveJob.Options(
            warcs.stream().map(Path::toString).toList(), out.toString(), 4, maxBytes, true, store));
  }

  @Test
  void theDemoArchivesMakeTheStoriesReclusterMakes() throws IOException {
    List<Path> warcs = List.of(SAMPLE, DEMO_ARCHIVE);
    Path out = dir.resolve("out");
    ArchiveJob.Summary s = job(warcs, out);
    Map<String, String> cli = reclustered(warcs);
    Map<String, String> job = jobStories(out);
    assertEquals(cli.keySet(), job.keySet(), "the same articles");
    assertEquals(10, s.articles());
    double f1 = BCubed.of(cli, job).f1();
    System.err.printf("demo: B-cubed F1 of the job's stories against recluster's: %.4f%n", f1);
    assertTrue(f1 >= 0.95, "B-cubed F1 against recluster: " + f1);
    assertEquals(2, s.stories(), "the 2026 story and the 2025 report, as the demo has them");

    // Tables partitioned by publish day, and one dossier per story in the export's shape.
    assertTrue(Files.isDirectory(out.resolve("articles/published_day=2026-11-18")));
    assertTrue(Files.isDirectory(out.resolve("annotations/published_day=2025-10-22")));
    assertTrue(Files.isDirectory(out.resolve("embeddings/published_day=2026-11-19")));
    List<JsonNode> dossiers = dossiers(out);
    assertEquals(2, dossiers.size());
    for (JsonNode d : dossiers) {
      assertTrue(d.get("id").asText().startsWith("s"), d.toString());
      assertTrue(d.get("articles").size() > 0);
      assertTrue(d.has("quotes") && d.has("timeline") && d.has("entities"), d.toString());
    }

    // A rerun over the same inputs gives the same tables.
    job(warcs, out);
    assertEquals(job, jobStories(out));
    assertEquals(10, spark.read().parquet(out.resolve("articles").toString()).count());
  }

  @Test
  void damagedAndOversizedRecordsAreSkippedWithTheirReasonsAndTheRestIsKept() throws IOException {
    Path cut = dir.resolve("cut.warc.gz");
    byte[] whole = Files.readAllBytes(SAMPLE);
    // The archive cut short inside its last record.
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 400));
    Path out = dir.resolve("cut-out");
    // Pages over 4,000 bytes are too large for this run: two of the demo's pages.
    ArchiveJob.Summary s = job(List.of(cut), out, 4_000, null);
    List<Row> skips = spark.read().json(out.resolve("skips").toString()).collectAsList();
    List<String> reasons =
        skips.stream()
            .map(
                r ->
                    r.getString(r.fieldIndex("input")) + ": " + r.getString(r.fieldIndex("reason")))
            .toList();
    assertTrue(
        reasons.stream().anyMatch(r -> r.contains("cut.warc.gz") && r.contains("truncated")),
        "the damage, named: " + reasons);
    long oversized = reasons.stream().filter(r -> r.contains("size cap (4000 bytes)")).count();
    assertEquals(2, oversized, "the pages over the limit, with it: " + reasons);
    assertEquals(s.skipped(), skips.size());
    assertEquals(5, s.articles(), "the pages that fit, before the damage, are kept: " + s);
  }

  @Test
  void anInputThatIsNotThereIsNamedBeforeAnyWork() {
    String gone = dir.resolve("gone.warc.gz").toString();
    assertEquals(
        gone + ": no such file or folder",
        DossierSpark.missing(spark, List.of(SAMPLE.toString(), gone)));
    assertEquals(null, DossierSpark.missing(spark, List.of(SAMPLE.toString())));
  }

  @Test
  void articlesAndStoriesAreLoadedIntoASharedStoreOnce() throws IOException {
    String store = org.dossier.store.testing.TestPostgres.freshStore("spark");
    List<Path> warcs = List.of(SAMPLE, DEMO_ARCHIVE);
    Path out = dir.resolve("load-out");
    ArchiveJob.Summary s = job(warcs, out, IngestOptions.DEFAULTS.maxBytes(), store);
    assertEquals(10, s.loaded());
    try (ArticleStore loaded = new StoreLocation(dir.resolve("team"), store).open()) {
      assertEquals(10, loaded.stats().articles());
      assertEquals(jobStories(out), loaded.storyAssignments(), "the job's stories, in the store");
      assertEquals(10, loaded.annotated(org.dossier.annotate.Annotator.VERSION));
    }
    assertEquals(0, job(warcs, out, IngestOptions.DEFAULTS.maxBytes(), store).loaded(), "once");
  }

  @Test
  void ecbPlusDevelopmentTopicsMakeTheStoriesReclusterMakes() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(ECBPLUS), "ECB+ is not in ../shared/datasets: skipped");
    Path warc = dir.resolve("ecbplus-dev.warc.gz");
    int pages = ecbPlusWarc(warc, List.of(2, 5, 12, 18, 21, 23, 34, 35));
    Path out = dir.resolve("ecb-out");
    job(List.of(warc), out);
    Map<String, String> cli = reclustered(List.of(warc));
    Map<String, String> job = jobStories(out);
    assertEquals(cli.keySet(), job.keySet(), "the same articles");
    assertTrue(cli.size() > pages / 2, cli.size() + " articles of " + pages + " pages");
    double f1 = BCubed.of(cli, job).f1();
    System.err.printf(
        "ECB+ dev: %d articles, B-cubed F1 of the job's stories against recluster's: %.4f%n",
        cli.size(), f1);
    assertTrue(f1 >= 0.95, "B-cubed F1 against recluster on ECB+ dev: " + f1);
  }

  private static List<JsonNode> dossiers(Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("dossiers"))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        for (String line : Files.readAllLines(f)) {
          if (!line.isBlank()) {
            all.add(json.readTree(line));
          }
        }
      }
    }
    return all;
  }

  /** ECB+ documents of some topics as the pages of a WARC, each a minimal news page. */
  private static int ecbPlusWarc(Path warc, List<Integer> topics) throws IOException {
    ObjectMapper json = new ObjectMapper();
    int n = 0;
    try (java.nio.channels.FileChannel file =
            java.nio.channels.FileChannel.open(
                warc,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter writer = new WarcWriter(file, WarcCompression.GZIP)) {
      for (int topic : topics) {
        for (String kind : List.of("ecb", "ecbplus")) {
          Path folder = ECBPLUS.resolve(topic + kind);
          if (!Files.isDirectory(folder)) {
            continue;
          }
          List<Path> docs;
          try (Stream<Path> s = Files.list(folder)) {
            docs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
          }
          for (Path doc : docs) {
            JsonNode d = json.readTree(doc.toFile());
            String title = escape(d.path("title").asText(""));
            StringBuilder html =
                new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                    .append(title)
                    .append("</title></head><body><article><h1>")
                    .append(title)
                    .append("</h1>");
            for (String p : d.path("text").asText("").split("\n+")) {
              if (!p.isBlank()) {
                html.append("<p>").append(escape(p)).append("</p>");
              }
            }
            html.append("</article></body></html>");
            byte[] body = html.toString().getBytes(StandardCharsets.UTF_8);
            String name = doc.getFileName().toString().replace(".json", "");
            HttpResponse http =
                new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=utf-8"), body)
                    .build();
            writer.write(
                new WarcResponse.Builder(
                        URI.create("https://ecbplus.example/" + topic + "/" + name))
                    .date(Instant.parse("2026-01-01T00:00:00Z"))
                    .body(http)
                    .build());
            n++;
          }
        }
      }
    }
    return n;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
