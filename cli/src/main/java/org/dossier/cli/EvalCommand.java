package org.dossier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dossier.eval.EntityEvaluation;
import org.dossier.eval.ExtractionEvaluation;
import org.dossier.eval.PastedDateEvaluation;
import org.dossier.eval.QuoteEvaluation;
import org.dossier.eval.Score;
import org.dossier.eval.StoryEvaluation;
import org.dossier.eval.TimeEvaluation;
import org.dossier.server.Json;
import org.dossier.stories.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier eval extract --dataset PATH}: scores extraction against a gold data set. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a stage against public gold data with the data set's own published metric,",
      "and prints our figures next to the published ones.",
      "  eval extract --dataset ../shared/datasets/wcxb-dev-articles   (also trafilatura-eval, htmldate-default)",
      "  eval quotes --dataset ../shared/datasets/polnear --split dev",
      "  eval entities --dataset ../shared/datasets/polnear --split dev",
      "  eval time --dataset ../shared/datasets/tempeval3",
      "  eval stories --dataset ../shared/datasets/ecbplus",
      "  eval dates --dataset ../shared/datasets/polnear --split dev   (also tempeval3)"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "STAGE",
      description = "What to evaluate: extract, quotes, entities, time, stories or dates.")
  String stage;

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "PATH",
      description = "The data set folder.")
  Path dataset;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Score only the first N pages or documents (default: all).")
  int limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Option(
      names = "--split",
      paramLabel = "HALF",
      description = {
        "extract: all (default), tune or holdout, a fixed half of the pages chosen by a hash of",
        "  each URL; develop on tune, report holdout beside all.",
        "quotes: dev (default) or train, PolNeAR's own splits; develop on train, report dev.",
        "entities: dev (default) or train, PolNeAR's texts.",
        "time: all (default), timebank or aquaint.",
        "stories: all (default), train or dev topics of the usual ECB+ split (dev: 2, 5, 12,",
        "  18, 21, 23, 34, 35); the clusterer was tuned on train."
      })
  String split;

  @Option(
      names = "--no-embeddings",
      description =
          "stories: cluster on words, names and dates only, to see what the embedding adds.")
  boolean noEmbeddings;

  @Option(
      names = "--per-topic",
      description =
          "stories: cluster each topic (its two sub-topics) in a store of its own, as a user who"
              + " loads one or two events' coverage into a new data folder.")
  boolean perTopic;

  @Option(
      names = "--orders",
      paramLabel = "N",
      description = "stories: average over N arrival orders, seeds SEED to SEED+N-1 (default 3).")
  int orders = 3;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "stories: the seed of the order documents arrive in (default 1).")
  long seed = 1;

  @Option(
      names = "--pages",
      paramLabel = "FILE",
      description =
          "Also write one JSON line of figures per page or document to FILE, to see where we"
              + " fail.")
  Path pages;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    String name;
    String splitName;
    String label;
    List<Score> scores;
    switch (stage) {
      case "extract" -> {
        ExtractionEvaluation.Split half = half(split == null ? "all" : split);
        ExtractionEvaluation evaluation = ExtractionEvaluation.forDataset(dataset);
        name = evaluation.name();
        splitName = half.name().toLowerCase(Locale.ROOT);
        label = half == ExtractionEvaluation.Split.ALL ? "" : ", " + splitName + " half";
        scores =
            withLog(
                log -> evaluation.run(new ExtractionEvaluation.Options(limit, threads, half, log)));
      }
      case "quotes" -> {
        String part = polnearSplit();
        QuoteEvaluation evaluation = QuoteEvaluation.forDataset(dataset);
        name = "PolNeAR attribution spans";
        splitName = part;
        label = ", " + part;
        scores = withLog(log -> evaluation.run(part, limit, threads, log));
      }
      case "entities" -> {
        String part = polnearSplit();
        EntityEvaluation evaluation = EntityEvaluation.forDataset(dataset);
        name = "Named entities against CoreNLP's three CRF models, PolNeAR texts";
        splitName = part;
        label = ", " + part;
        scores = withLog(log -> evaluation.run(part, limit, threads, log));
      }
      case "time" -> {
        String part = split == null ? "all" : split.toLowerCase(Locale.ROOT);
        if (!part.equals("all") && !part.equals("timebank") && !part.equals("aquaint")) {
          throw new IllegalArgumentException(
              "--split must be all, timebank or aquaint, not '" + split + "'");
        }
        TimeEvaluation evaluation = TimeEvaluation.forDataset(dataset);
        name = "TempEval-3 TBAQ-cleaned time expressions";
        splitName = part;
        label = part.equals("all") ? "" : ", " + part;
        scores = withLog(log -> evaluation.run(part, limit, threads, log));
      }
      case "stories" -> {
        String part = split == null ? "all" : split.toLowerCase(Locale.ROOT);
        if (!part.equals("all") && !part.equals("train") && !part.equals("dev")) {
          throw new IllegalArgumentException(
              "--split must be all, train or dev, not '" + split + "'");
        }
        StoryEvaluation evaluation = StoryEvaluation.forDataset(dataset);
        name = "ECB+ story clustering by sub-topic";
        splitName = part;
        label =
            (part.equals("all") ? ", all topics" : ", " + part + " topics")
                + (perTopic ? ", each in a store of its own" : "");
        scores =
            withLog(
                log -> {
                  List<StoryEvaluation.Document> docs = evaluation.documents(part);
                  if (limit > 0 && docs.size() > limit) {
                    docs = docs.subList(0, limit);
                  }
                  return StoryEvaluation.scoreOrders(
                      docs,
                      StoryEvaluation.annotate(docs, threads),
                      noEmbeddings ? null : StoryEvaluation.embed(docs, threads),
                      StoryClusterer.Settings.defaults(),
                      seed,
                      orders,
                      perTopic,
                      log);
                });
      }
      case "dates" -> {
        // PolNeAR's dev or train split, or TBAQ's parts (all, timebank, aquaint).
        String part =
            !Files.isDirectory(dataset.resolve("Training/TBAQ-cleaned"))
                ? polnearSplit()
                : split == null ? "all" : split.toLowerCase(Locale.ROOT);
        PastedDateEvaluation evaluation = PastedDateEvaluation.forDataset(dataset);
        name = "Publish dates inferred from pasted text alone";
        splitName = part;
        label = ", " + part;
        scores = withLog(log -> evaluation.run(part, limit, log));
      }
      default ->
          throw new IllegalArgumentException(
              "unknown stage '"
                  + stage
                  + "'; known: extract, quotes, entities, time, stories, dates");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Score s : scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", s.name());
        m.put("value", Math.round(s.value() * 10000) / 10000.0);
        m.put("pages", s.pages());
        m.put("published", s.published());
        rows.add(m);
      }
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("dataset", name);
      all.put("split", splitName);
      all.put("seconds", Math.round(seconds * 10) / 10.0);
      all.put("scores", rows);
      out.println(Json.pretty(all));
    } else {
      out.printf("%s%s, %.1f s%n", name, label, seconds);
      for (Score s : scores) {
        out.printf(
            "  %-36s %s  (%d %s)%s%n",
            s.name(),
            s.count() ? String.format("%5d", (long) s.value()) : String.format("%.3f", s.value()),
            s.pages(),
            stage.equals("extract") ? "pages" : "documents",
            s.published().isEmpty() ? "" : "   published: " + s.published());
      }
    }
    out.flush();
    return 0;
  }

  /** PolNeAR's split named by {@code --split}: dev (the default) or train. */
  private String polnearSplit() {
    String part = split == null ? "dev" : split;
    if (!part.equals("dev") && !part.equals("train")) {
      throw new IllegalArgumentException("--split must be dev or train, not '" + part + "'");
    }
    return part;
  }

  private static ExtractionEvaluation.Split half(String value) {
    try {
      return ExtractionEvaluation.Split.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--split must be all, tune or holdout, not '" + value + "'", e);
    }
  }

  /** An evaluation run that may write one row of figures per page or document. */
  private interface Run {
    List<Score> run(Consumer<Map<String, Object>> log) throws IOException;
  }

  /** Runs an evaluation, writing its rows to {@code --pages} when given. */
  private List<Score> withLog(Run run) throws IOException {
    if (pages == null) {
      return run.run(row -> {});
    }
    try (BufferedWriter log = Files.newBufferedWriter(pages, StandardCharsets.UTF_8)) {
      return run.run(
          row -> {
            try {
              log.write(Json.line(row));
              log.newLine();
            } catch (IOException e) {
              throw new UncheckedIOException(pages + ": " + e.getMessage(), e);
            }
          });
    }
  }
}
