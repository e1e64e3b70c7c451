package org.dossier.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.dossier.annotate.Annotator;

/**
 * Measures annotation on one thread over a set of texts held in memory, next to the bare CoreNLP
 * pipeline it is built on (tokenize, ssplit, pos, lemma, 3-class NER with SUTime), so that what
 * Dossier adds (entity linking, time resolution, quotes) shows as a share of the pipeline's cost.
 *
 * <p>NOTE: both are measured in the same run, alternately, after a warm-up pass of each over the
 * same texts; the figure kept for each is its best pass.
 */
public final class AnnotationBenchmark {
  private final List<String> texts;

  private AnnotationBenchmark(List<String> texts) {
    this.texts = List.copyOf(texts);
  }

  /** The figures of one benchmark. */
  public record Result(
      int texts,
      long tokens,
      int runs,
      double bareTokensPerSecond,
      double annotateTokensPerSecond,
      double bareCpuTokensPerSecond,
      double annotateCpuTokensPerSecond) {
    /** Annotation speed as a share of the bare pipeline's. */
    public double share() {
      return annotateTokensPerSecond / bareTokensPerSecond;
    }
  }

  /**
   * Loads every {@code .txt} file under the given paths (PolNeAR's {@code dev/text}, for one).
   *
   * @throws IOException naming a file that cannot be read, or when no text is found
   */
  public static AnnotationBenchmark load(List<Path> paths) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path f : Inputs.files(paths, ".txt")) {
      try {
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IOException(f + ": not readable as UTF-8 text: " + e.getMessage(), e);
      }
    }
    return new AnnotationBenchmark(texts);
  }

  /** Runs one warm-up pass of each, then {@code runs} measured passes of each, alternately. */
  public Result run(int runs) {
    return run(runs, done -> {});
  }

  /** The texts {@link #run(int, LongConsumer)} goes through: both pipelines, every pass. */
  public long steps(int runs) {
    return 2L * texts.size() * (runs + 1);
  }

  /**
   * As {@link #run(int)}, telling {@code progress} how many texts are done after each, over all
   * passes of both pipelines ({@link #steps}).
   */
  public Result run(int runs, LongConsumer progress) {
    long[] done = {0};
    Runnable step = () -> progress.accept(++done[0]);
    StanfordCoreNLP bare = Annotator.barePipeline();
    long tokens = bare(bare, step);
    annotate(step);
    double bareBest = Double.MAX_VALUE;
    double annotateBest = Double.MAX_VALUE;
    double bareCpuBest = Double.MAX_VALUE;
    double annotateCpuBest = Double.MAX_VALUE;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      bare(bare, step);
      long c1 = threads.getCurrentThreadCpuTime();
      long t1 = System.nanoTime();
      annotate(step);
      long c2 = threads.getCurrentThreadCpuTime();
      long t2 = System.nanoTime();
      bareBest = Math.min(bareBest, (t1 - t0) / 1e9);
      annotateBest = Math.min(annotateBest, (t2 - t1) / 1e9);
      bareCpuBest = Math.min(bareCpuBest, (c1 - c0) / 1e9);
      annotateCpuBest = Math.min(annotateCpuBest, (c2 - c1) / 1e9);
    }
    return new Result(
        texts.size(),
        tokens,
        runs,
        tokens / bareBest,
        tokens / annotateBest,
        tokens / bareCpuBest,
        tokens / annotateCpuBest);
  }

  private long bare(StanfordCoreNLP pipeline, Runnable step) {
    long tokens = 0;
    for (String text : texts) {
      Annotation doc = new Annotation(text);
      pipeline.annotate(doc);
      tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
      step.run();
    }
    return tokens;
  }

  private void annotate(Runnable step) {
    for (String text : texts) {
      Annotator.shared().annotate(text, null);
      step.run();
    }
  }
}
