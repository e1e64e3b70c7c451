package org.dossier.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.dossier.annotate.AttributionTagger;
import org.dossier.eval.QuoteTraining;
import org.dossier.eval.Score;
import org.dossier.server.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier train quotes --dataset PATH}: trains the attribution tagger on PolNeAR. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a learned model of the annotator, deterministically, and scores it on a",
      "validation slice of the training data (never on the split eval reports).",
      "  train quotes --dataset ../shared/datasets/polnear --out attribution-tagger.bin.gz"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "What to train: quotes.")
  String model;

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "PATH",
      description = "The PolNeAR folder (with train/text and train/attributions).")
  Path dataset;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the model is written (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("attribution-tagger.bin.gz");

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Passes over the training texts (default: ${DEFAULT-VALUE}).")
  int epochs = 12;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
  int minCount = 2;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the training order (default: ${DEFAULT-VALUE}).")
  long seed = 17;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotation threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description = {
        "Keep the annotated training texts in FILE and read them from there on the next run:",
        "CoreNLP's pass is most of a run's time. Delete it when the annotator changes."
      })
  Path cache;

  @Option(
      names = "--pages",
      paramLabel = "FILE",
      description =
          "Write one JSON line per validation text: its figures, and the spans missed and spurious.")
  Path pages;

  @Override
  public Integer call() throws IOException {
    if (!model.equals("quotes")) {
      throw new IllegalArgumentException("unknown model '" + model + "'; known: quotes");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    long start = System.nanoTime();
    try (BufferedWriter log = pages == null ? null : Files.newBufferedWriter(pages)) {
      return train(err, stdout, start, log);
    }
  }

  private int train(PrintWriter err, PrintWriter stdout, long start, BufferedWriter log)
      throws IOException {
    QuoteTraining.Result result =
        QuoteTraining.forDataset(dataset)
            .train(
                new QuoteTraining.Settings(epochs, minCount, seed),
                threads,
                cache,
                line -> {
                  err.println("train: " + line);
                  err.flush();
                },
                row -> {
                  if (log != null) {
                    try {
                      log.write(Json.line(row));
                      log.newLine();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  }
                });
    QuoteTraining.write(result.model(), out);
    double seconds = (System.nanoTime() - start) / 1e9;
    stdout.printf(
        "Attribution tagger, %d training texts, %d features, %.1f s%n",
        result.trainDocuments(), result.model().features(), seconds);
    stdout.printf("  written to %s (%,d bytes, sha256 %s)%n", out, Files.size(out), sha256(out));
    String shipped = shippedSha256();
    stdout.printf(
        "  %s%n",
        shipped == null
            ? "this build ships no model"
            : shipped.equals(sha256(out))
                ? "identical to the model this build ships"
                : "differs from the model this build ships (sha256 " + shipped + ")");
    stdout.printf("PolNeAR train, validation slice (%d texts)%n", result.validationDocuments());
    for (Score s : result.scores()) {
      stdout.printf("  %-36s %.3f%n", s.name(), s.value());
    }
    stdout.flush();
    return 0;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    }
  }

  private static String shippedSha256() throws IOException {
    try (InputStream in = AttributionTagger.class.getResourceAsStream(AttributionTagger.RESOURCE)) {
      return in == null ? null : sha256(in);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        d.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
