package org.dossier.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import org.dossier.extract.Extractor;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;
import org.jsoup.Jsoup;

/**
 * Measures article extraction on one thread over a set of HTML pages held in memory, next to the
 * floor that parsing the same pages with jsoup alone sets (no DOM-based extractor can beat it).
 *
 * <p>NOTE: pages are read and decompressed before timing starts, so disk and gzip are not measured.
 * Each measured pass follows a warm-up pass over the same pages.
 */
public final class ExtractionBenchmark {
  private final List<Capture> pages;
  private final long bytes;

  private ExtractionBenchmark(List<Capture> pages) {
    this.pages = List.copyOf(pages);
    long total = 0;
    for (Capture c : pages) {
      total += c.content().length;
    }
    this.bytes = total;
  }

  /** The figures of one benchmark. */
  public record Result(
      int pages,
      long bytes,
      int runs,
      double jsoupPagesPerSecond,
      double extractPagesPerSecond,
      double slowestPageMillis,
      String slowestPage,
      double cpuRatioToJsoup) {
    /** How many times longer extraction takes than a bare jsoup parse. */
    public double ratioToJsoup() {
      return jsoupPagesPerSecond / extractPagesPerSecond;
    }
  }

  /**
   * Loads every {@code .html}, {@code .htm} and {@code .html.gz} file under the given paths.
   *
   * @throws IOException naming a file that cannot be read, or when no page is found
   */
  public static ExtractionBenchmark load(List<Path> paths) throws IOException {
    List<Capture> pages = new ArrayList<>();
    for (Path file : Inputs.files(paths, ".html", ".htm", ".html.gz")) {
      pages.add(capture(file));
    }
    return new ExtractionBenchmark(pages);
  }

  private static Capture capture(Path file) throws IOException {
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content =
          file.toString().endsWith(".gz")
              ? new GZIPInputStream(in).readAllBytes()
              : in.readAllBytes();
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return Capture.of(content, MediaTypes.HTML, file.toUri(), Instant.EPOCH);
  }

  /** How many pages are loaded. */
  public int size() {
    return pages.size();
  }

  /** One warm-up pass of each kind, then {@code runs} measured passes; the best pass counts. */
  public Result run(int runs) {
    return run(runs, done -> {});
  }

  /** The pages {@link #run(int, LongConsumer)} goes through: both kinds, every pass. */
  public long steps(int runs) {
    return 2L * pages.size() * (runs + 1);
  }

  /**
   * As {@link #run(int)}, telling {@code progress} how many pages are done after each, over all
   * passes of both kinds ({@link #steps}).
   */
  public Result run(int runs, LongConsumer progress) {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, was " + runs);
    }
    Extractor extractor = Extractor.standard();
    long sink = 0;
    double bestJsoup = 0;
    double bestExtract = 0;
    long slowest = 0;
    URI slowestPage = null;
    long done = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpuRatios = new double[runs];
    for (int run = 0; run <= runs; run++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      for (Capture c : pages) {
        sink += Jsoup.parse(new String(c.content(), StandardCharsets.UTF_8)).childNodeSize();
        progress.accept(++done);
      }
      double jsoup = pages.size() / ((System.nanoTime() - start) / 1e9);
      long jsoupCpu = threads.getCurrentThreadCpuTime() - cpu;
      cpu = threads.getCurrentThreadCpuTime();
      start = System.nanoTime();
      for (Capture c : pages) {
        long t = System.nanoTime();
        Article a = extractor.extract(c);
        t = System.nanoTime() - t;
        sink += a.paragraphs().size();
        progress.accept(++done);
        if (run > 0 && t > slowest) {
          slowest = t;
          slowestPage = c.source();
        }
      }
      double extract = pages.size() / ((System.nanoTime() - start) / 1e9);
      long extractCpu = threads.getCurrentThreadCpuTime() - cpu;
      if (run > 0) {
        cpuRatios[run - 1] = (double) extractCpu / jsoupCpu;
        bestJsoup = Math.max(bestJsoup, jsoup);
        bestExtract = Math.max(bestExtract, extract);
      }
    }
    if (sink == Long.MIN_VALUE) {
      // Keeps the JIT from dropping the work as dead code.
      throw new IllegalStateException("unreachable");
    }
    return new Result(
        pages.size(),
        bytes,
        runs,
        bestJsoup,
        bestExtract,
        slowest / 1e6,
        slowestPage == null ? null : slowestPage.toString(),
        median(cpuRatios));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
