package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dossier.bench.AnnotationBenchmark;
import org.dossier.bench.DossierBenchmark;
import org.dossier.bench.ExtractionBenchmark;
import org.dossier.bench.StoryBenchmark;
import org.dossier.engine.IngestReport;
import org.dossier.engine.IngestRun;
import org.dossier.extract.Extractor;
import org.dossier.ingest.Sources;
import org.dossier.server.Json;
import org.dossier.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dossier bench ingest SOURCE...}: measures ingestion throughput and peak heap into a fresh,
 * throw-away data folder.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures a stage's speed and peak heap.",
      "  bench ingest SOURCE...  ingestion into a fresh temporary store",
      "  bench extract DIR...    extraction on one thread, beside a bare jsoup parse",
      "  bench annotate DIR...   annotation of .txt files on one thread, beside the bare CoreNLP pipeline",
      "  bench stories           story assignment of generated articles as the store grows to --articles",
      "  bench dossier           compiling the dossier of one generated story of --articles (500)",
      "For one core, run it as: taskset -c 0 ./dossier bench ingest DIR --threads 1"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "WHAT",
      description = "What to measure: ingest, extract, annotate, stories or dossier.")
  String what;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "SOURCE",
      description = "Files, folders, feeds or WARC archives.")
  List<String> sources;

  @Mixin IngestOptionsMixin limits;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Measured runs after the warm-up runs (default 3).")
  int runs = 3;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description =
          "ingest: runs before the measured ones, each printed as it ends (default 1). The JIT"
              + " compiler takes several hundred pages to settle on two cores.")
  int warmup = 1;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1, was " + runs);
    }
    if (warmup < 0) {
      throw new IllegalArgumentException("--warmup must be at least 0, was " + warmup);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (what) {
      case "ingest" -> ingest(out);
      case "extract" -> extract(out);
      case "annotate" -> annotate(out);
      case "stories" -> stories(out);
      case "dossier" -> dossier(out);
      default ->
          throw new IllegalArgumentException(
              "unknown benchmark '"
                  + what
                  + "'; known: ingest, extract, annotate, stories, dossier");
    }
    out.flush();
    return 0;
  }

  private List<Path> paths() {
    if (sources == null || sources.isEmpty()) {
      throw new IllegalArgumentException("bench " + what + " needs at least one SOURCE");
    }
    return sources.stream().map(Path::of).toList();
  }

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "stories: how many generated articles to assign (default 100000); dossier: the"
              + " generated story's size (default 500).")
  Integer articles;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "stories: the generator's seed (default 1).")
  long seed = 1;

  private void dossier(PrintWriter out) {
    int n = articles == null ? 500 : articles;
    if (n < 1) {
      throw new IllegalArgumentException("--articles must be at least 1, was " + n);
    }
    resetPeaks();
    DossierBenchmark.Result r = new DossierBenchmark(seed).run(n, runs);
    long peak = peakHeap();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("benchmark", "dossier");
      m.put("articles", r.articles());
      m.put("median_ms", Math.round(r.milliseconds() * 10) / 10.0);
      m.put("slowest_ms", Math.round(r.slowestMilliseconds() * 10) / 10.0);
      m.put("statements", r.statements());
      m.put("entities", r.entities());
      m.put("events", r.events());
      m.put("peak_heap_mb", peak / (1024 * 1024));
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "Compiled a generated story of %d articles in %.1f ms (median of %d runs, slowest %.1f"
              + " ms): %d statements, %d entities, %d events; peak heap %d MB%n",
          r.articles(),
          r.milliseconds(),
          runs,
          r.slowestMilliseconds(),
          r.statements(),
          r.entities(),
          r.events(),
          peak / (1024 * 1024));
    }
  }

  private void stories(PrintWriter out) throws IOException {
    int articles = this.articles == null ? 100_000 : this.articles;
    if (articles < StoryBenchmark.WINDOW) {
      throw new IllegalArgumentException(
          "--articles must be at least " + StoryBenchmark.WINDOW + ", was " + articles);
    }
    List<Integer> checkpoints = new ArrayList<>();
    for (int c : new int[] {1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000}) {
      if (c < articles) {
        checkpoints.add(c);
      }
    }
    checkpoints.add(articles);
    Path dir = Files.createTempDirectory("dossier-bench-stories");
    StoryBenchmark.Result r;
    long peak;
    double embeddings;
    try {
      resetPeaks();
      ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), false);
      r =
          new StoryBenchmark(seed)
              .run(dir, articles, checkpoints, done -> bar.progress(done, articles, 0));
      bar.finish();
      peak = peakHeap();
      embeddings = new StoryBenchmark(seed).embeddingsPerSecond(1000);
    } finally {
      delete(dir);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", "stories");
    m.put("articles", r.articles());
    m.put("generated_stories", r.stories());
    m.put("seconds", tenths(r.seconds()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StoryBenchmark.Checkpoint c : r.checkpoints()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("store_size", c.articles());
      row.put("articles_per_second", tenths(c.articlesPerSecond()));
      row.put("microseconds_per_article", Math.round(c.microsPerArticle()));
      rows.add(row);
    }
    m.put("checkpoints", rows);
    m.put("cost_ratio_last_to_first", Math.round(r.costRatio() * 100) / 100.0);
    m.put("bcubed_f1", Math.round(r.bcubedF1() * 1000) / 1000.0);
    m.put("embeddings_per_second", tenths(embeddings));
    putHeap(m, peak);
    if (json) {
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "stories: %d generated articles of %d stories assigned in %.1f s; B-cubed F1 %.3f;"
              + " %s%n",
          r.articles(), r.stories(), r.seconds(), r.bcubedF1(), heapLine(peak));
      out.printf("  %12s %16s %14s%n", "store size", "articles/s", "µs/article");
      for (StoryBenchmark.Checkpoint c : r.checkpoints()) {
        out.printf(
            "  %12d %16.1f %14.0f%n", c.articles(), c.articlesPerSecond(), c.microsPerArticle());
      }
      out.printf(
          "  cost per article at %d over the cost at %d: %.2f%n",
          r.articles(), r.checkpoints().get(0).articles(), r.costRatio());
      out.printf(
          "  title-and-lead embeddings (all-MiniLM-L6-v2 q, all cores, done before assignment):"
              + " %.1f articles/s%n",
          embeddings);
    }
  }

  private void annotate(PrintWriter out) throws IOException {
    AnnotationBenchmark bench = AnnotationBenchmark.load(paths());
    resetPeaks();
    ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), false);
    long steps = bench.steps(runs);
    AnnotationBenchmark.Result r = bench.run(runs, done -> bar.progress(done, steps, 0));
    bar.finish();
    long peak = peakHeap();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", "annotate");
    m.put("threads", 1);
    m.put("texts", r.texts());
    m.put("tokens", r.tokens());
    m.put("runs", r.runs());
    m.put("bare_pipeline_tokens_per_second", tenths(r.bareTokensPerSecond()));
    m.put("annotate_tokens_per_second", tenths(r.annotateTokensPerSecond()));
    m.put("share_of_bare", Math.round(r.share() * 1000) / 1000.0);
    m.put("bare_pipeline_cpu_tokens_per_second", tenths(r.bareCpuTokensPerSecond()));
    m.put("annotate_cpu_tokens_per_second", tenths(r.annotateCpuTokensPerSecond()));
    putHeap(m, peak);
    if (json) {
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "annotate: %d texts (%d tokens), one thread, best of %d runs: %.0f tokens/s;"
              + " bare CoreNLP pipeline %.0f tokens/s (annotation runs at %.1f%% of its speed);"
              + " by the thread's CPU time %.0f and %.0f tokens/s; %s%n",
          r.texts(),
          r.tokens(),
          r.runs(),
          r.annotateTokensPerSecond(),
          r.bareTokensPerSecond(),
          r.share() * 100,
          r.annotateCpuTokensPerSecond(),
          r.bareCpuTokensPerSecond(),
          heapLine(peak));
    }
  }

  private void extract(PrintWriter out) throws IOException {
    ExtractionBenchmark bench = ExtractionBenchmark.load(paths());
    resetPeaks();
    ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), false);
    long steps = bench.steps(runs);
    ExtractionBenchmark.Result r = bench.run(runs, done -> bar.progress(done, steps, 0));
    bar.finish();
    long peak = peakHeap();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", "extract");
    m.put("threads", 1);
    m.put("pages", r.pages());
    m.put("megabytes", tenths(r.bytes() / 1048576.0));
    m.put("runs", r.runs());
    m.put("jsoup_parse_pages_per_second", tenths(r.jsoupPagesPerSecond()));
    m.put("extract_pages_per_second", tenths(r.extractPagesPerSecond()));
    m.put("ratio_to_jsoup", Math.round(r.ratioToJsoup() * 100) / 100.0);
    m.put("cpu_ratio_to_jsoup", Math.round(r.cpuRatioToJsoup() * 100) / 100.0);
    m.put("slowest_page_ms", tenths(r.slowestPageMillis()));
    m.put("slowest_page", r.slowestPage());
    putHeap(m, peak);
    if (json) {
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "extract: %d pages (%.1f MB), one thread, best of %d runs: %.1f pages/s;"
              + " jsoup parse alone %.1f pages/s (extraction takes %.2fx the parse;"
              + " %.2fx in CPU time, median of the runs); slowest page %.1f ms (%s); %s%n",
          r.pages(),
          r.bytes() / 1048576.0,
          r.runs(),
          r.extractPagesPerSecond(),
          r.jsoupPagesPerSecond(),
          r.ratioToJsoup(),
          r.cpuRatioToJsoup(),
          r.slowestPageMillis(),
          r.slowestPage(),
          heapLine(peak));
    }
  }

  private void ingest(PrintWriter out) throws IOException {
    // An input that cannot be read is an error here, not a skip as in `ingest`: a benchmark of
    // nothing measures nothing. Resolving only checks the input; each run reads it.
    Sources resolver = new Sources(limits.options());
    for (String s : sources) {
      resolver.resolve(s);
    }
    IngestReport last = null;
    double best = 0;
    double sum = 0;
    double storiesSeconds = 0;
    double storingSeconds = 0;
    double indexSeconds = 0;
    List<Double> warmupRates = new ArrayList<>();
    for (int run = 1 - warmup; run <= runs; run++) {
      resetPeaks();
      Path data = Files.createTempDirectory("dossier-bench");
      ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), true);
      IngestRun.Result result;
      try {
        // The run `dossier ingest` makes: store, annotate, embed and place in stories, index.
        result =
            IngestRun.run(
                StoreLocation.embedded(data),
                sources,
                new IngestRun.Settings(
                    limits.options(),
                    Extractor.standard(),
                    limits.threads,
                    64,
                    !limits.noAnnotate,
                    !limits.noStories),
                bar);
      } finally {
        bar.finish();
        delete(data);
      }
      last = result.report();
      double seconds = result.elapsed().toNanos() / 1e9;
      double perSecond = result.perSecond();
      double placing = result.stories() == null ? 0 : result.stories().elapsed().toNanos() / 1e9;
      double storing = last.elapsed().toNanos() / 1e9;
      double indexing = result.indexing().toNanos() / 1e9;
      if (run > 0) {
        best = Math.max(best, perSecond);
        sum += perSecond;
        storiesSeconds += placing;
        storingSeconds += storing;
        indexSeconds += indexing;
      } else {
        warmupRates.add(tenths(perSecond));
      }
      if (!json) {
        out.printf(
            "%s %d: %d pages in %.2f s = %.1f pages/s (stored %.2f s, stories %.2f s, index"
                + " %.2f s)%n",
            run > 0 ? "run" : "warm-up",
            run > 0 ? run : run + warmup,
            last.read(),
            seconds,
            perSecond,
            storing,
            placing,
            indexing);
        out.flush();
      }
    }
    long peak = peakHeap();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", "ingest");
    m.put("threads", limits.threads);
    m.put("cores_visible", Runtime.getRuntime().availableProcessors());
    m.put("annotated", !limits.noAnnotate);
    m.put("stories", !limits.noStories);
    m.put("pages", last.read());
    m.put("stored", last.stored());
    m.put("skipped", last.skipped().size());
    m.put("mean_pages_per_second", tenths(sum / runs));
    m.put("best_pages_per_second", tenths(best));
    m.put("mean_stories_seconds", hundredths(storiesSeconds / runs));
    m.put("mean_stored_seconds", hundredths(storingSeconds / runs));
    m.put("mean_index_seconds", hundredths(indexSeconds / runs));
    m.put("warmup_runs", warmup);
    m.put("warmup_pages_per_second", warmupRates);
    putHeap(m, peak);
    if (json) {
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "ingest%s%s: %d pages, %d threads (%d cores visible): mean %.1f pages/s, best %.1f"
              + " pages/s, story assignment %.2f s a run, %s%n",
          limits.noAnnotate ? " without annotation" : " with annotation",
          limits.noStories ? ", no stories" : " and stories",
          last.read(),
          limits.threads,
          Runtime.getRuntime().availableProcessors(),
          sum / runs,
          best,
          storiesSeconds / runs,
          heapLine(peak));
    }
  }

  private static double hundredths(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double tenths(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The heap figures every benchmark reports: the peak over the runs and the JVM's maximum. */
  private static void putHeap(Map<String, Object> m, long peak) {
    m.put("peak_heap_mb", tenths(peak / 1048576.0));
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static String heapLine(long peak) {
    return String.format(
        "peak heap %.1f MB (max %d MB)",
        peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /**
   * The sum of the heap pools' peak usage since the last reset: an upper bound of the live peak.
   */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
