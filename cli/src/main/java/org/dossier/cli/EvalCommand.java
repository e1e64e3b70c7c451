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
import org.dossier.eval.ExtractionEvaluation;
import org.dossier.eval.Score;
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
      "  eval extract --dataset ../shared/datasets/wcxb-dev-articles   (also trafilatura-eval, htmldate-default)"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "STAGE", description = "What to evaluate: extract.")
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
      description = "Score only the first N pages (default: all).")
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
      description =
          "all (default), tune or holdout: a fixed half of the pages chosen by a hash of each"
              + " URL; develop on tune, report holdout beside all.")
  String split = "all";

  @Option(
      names = "--pages",
      paramLabel = "FILE",
      description = "Also write one JSON line of figures per page to FILE, to see where we fail.")
  Path pages;

  @Override
  public Integer call() throws IOException {
    if (!stage.equals("extract")) {
      throw new IllegalArgumentException("unknown stage '" + stage + "'; known: extract");
    }
    ExtractionEvaluation.Split half;
    try {
      half = ExtractionEvaluation.Split.valueOf(split.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--split must be all, tune or holdout, not '" + split + "'", e);
    }
    ExtractionEvaluation evaluation = ExtractionEvaluation.forDataset(dataset);
    long start = System.nanoTime();
    List<Score> scores;
    if (pages == null) {
      scores = evaluation.run(new ExtractionEvaluation.Options(limit, threads, half, row -> {}));
    } else {
      try (BufferedWriter log = Files.newBufferedWriter(pages, StandardCharsets.UTF_8)) {
        scores =
            evaluation.run(
                new ExtractionEvaluation.Options(
                    limit,
                    threads,
                    half,
                    row -> {
                      try {
                        log.write(Json.line(row));
                        log.newLine();
                      } catch (IOException e) {
                        throw new UncheckedIOException(pages + ": " + e.getMessage(), e);
                      }
                    }));
      }
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
      all.put("dataset", evaluation.name());
      all.put("split", half.name().toLowerCase(Locale.ROOT));
      all.put("seconds", Math.round(seconds * 10) / 10.0);
      all.put("scores", rows);
      out.println(Json.pretty(all));
    } else {
      out.printf(
          "%s%s, %.1f s%n",
          evaluation.name(),
          half == ExtractionEvaluation.Split.ALL
              ? ""
              : ", " + half.name().toLowerCase(Locale.ROOT) + " half",
          seconds);
      for (Score s : scores) {
        out.printf(
            "  %-32s %.3f  (%d pages)%s%n",
            s.name(),
            s.value(),
            s.pages(),
            s.published().isEmpty() ? "" : "   published: " + s.published());
      }
    }
    out.flush();
    return 0;
  }
}
