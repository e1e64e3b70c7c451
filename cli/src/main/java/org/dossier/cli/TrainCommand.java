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
import java.util.function.Consumer;
import org.dossier.annotate.AttributionTagger;
import org.dossier.annotate.NameTagger;
import org.dossier.annotate.PosTagger;
import org.dossier.annotate.WordClusters;
import org.dossier.eval.NameTraining;
import org.dossier.eval.PosTraining;
import org.dossier.eval.QuoteTraining;
import org.dossier.eval.Score;
import org.dossier.eval.StoryBackgroundTraining;
import org.dossier.server.Json;
import org.dossier.stories.BackgroundFrequencies;
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
      "validation slice of the training data (never on the split eval reports); quotes then",
      "trains the model it writes on the whole train split.",
      "  train quotes --dataset ../shared/datasets/polnear --out attribution-tagger.bin.gz",
      "  train names --dataset ../shared/datasets --out name-tagger.bin.gz",
      "  train pos --dataset ../shared/datasets --out pos-tagger.bin.gz",
      "  train stories --dataset ../shared/datasets --out story-background.tsv.gz"
    })
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "MODEL",
      description = "What to train: quotes, names, pos or stories (the clusterer's word counts).")
  String model;

  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "PATH",
      description = {
        "quotes: the PolNeAR folder (with train/text and train/attributions).",
        "names, pos: the shared data sets folder (polnear, ecbplus, wcxb-dev-articles,",
        "htmldate-default).",
        "stories: the shared data sets folder (wcxb-dev-articles)."
      })
  Path dataset;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = {
        "Where the model is written (default: attribution-tagger.bin.gz, name-tagger.bin.gz,",
        "pos-tagger.bin.gz, story-background.tsv.gz);",
        "names also writes its word clusters beside it, as name-clusters.tsv.gz."
      })
  Path out;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description =
          "Passes over the training texts (default: 30 for quotes, 8 for names, 10 for pos).")
  Integer epochs;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description =
          "Features seen fewer times are dropped (default: 2 for quotes, 5 for names and pos).")
  Integer minCount;

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
      names = "--validation-only",
      description = {
        "quotes: write the model trained without the validation slice, the one the printed",
        "figures are of, and skip the training on the whole split (half the time)."
      })
  boolean validationOnly;

  @Option(
      names = "--pages",
      paramLabel = "FILE",
      description =
          "Write one JSON line per validation text: its figures, and the spans missed and spurious.")
  Path pages;

  @Override
  public Integer call() throws IOException {
    if (!model.equals("quotes")
        && !model.equals("names")
        && !model.equals("pos")
        && !model.equals("stories")) {
      throw new IllegalArgumentException(
          "unknown model '" + model + "'; known: quotes, names, pos, stories");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    long start = System.nanoTime();
    if (!model.equals("quotes") && pages != null) {
      throw new IllegalArgumentException(
          "--pages is for quotes; " + model + " prints its curve only");
    }
    if (model.equals("names")) {
      return trainNames(err, stdout, start);
    }
    if (model.equals("pos")) {
      return trainPos(err, stdout, start);
    }
    if (model.equals("stories")) {
      return trainStories(stdout, start);
    }
    if (out == null) {
      out = Path.of("attribution-tagger.bin.gz");
    }
    try (BufferedWriter log = pages == null ? null : Files.newBufferedWriter(pages)) {
      return train(err, stdout, start, log);
    }
  }

  private int train(PrintWriter err, PrintWriter stdout, long start, BufferedWriter log)
      throws IOException {
    QuoteTraining.Result result =
        QuoteTraining.forDataset(dataset)
            .train(
                new QuoteTraining.Settings(
                    epochs == null ? 30 : epochs, minCount == null ? 2 : minCount, seed),
                threads,
                cache,
                validationOnly,
                progress(err),
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
        "Attribution tagger, %d training texts%s, %d features, %.1f s%n",
        result.trainDocuments(),
        validationOnly ? " (the validation slice left out)" : " (all of train)",
        result.model().features(),
        seconds);
    written(stdout, out, AttributionTagger.RESOURCE);
    stdout.printf(
        "PolNeAR train, validation slice (%d texts), trained without it%n",
        result.validationDocuments());
    for (Score s : result.scores()) {
      stdout.printf("  %-36s %.3f%n", s.name(), s.value());
    }
    stdout.flush();
    return 0;
  }

  private int trainStories(PrintWriter stdout, long start) throws IOException {
    Path target = out == null ? Path.of(BackgroundFrequencies.RESOURCE) : out;
    BackgroundFrequencies table = StoryBackgroundTraining.count(dataset, threads);
    QuoteTraining.atomically(target, table::write);
    stdout.printf(
        "Story background, %d reference articles (%s), %d words in at least %d, %.1f s%n",
        table.documents(),
        StoryBackgroundTraining.DATASET,
        table.size(),
        StoryBackgroundTraining.MIN_DOCUMENTS,
        (System.nanoTime() - start) / 1e9);
    written(stdout, target, BackgroundFrequencies.class, BackgroundFrequencies.RESOURCE);
    stdout.flush();
    return 0;
  }

  private int trainNames(PrintWriter err, PrintWriter stdout, long start) throws IOException {
    Path target = out == null ? Path.of(NameTagger.RESOURCE) : out;
    Path clusters = target.resolveSibling(WordClusters.RESOURCE);
    NameTraining.Result result =
        NameTraining.forDatasets(dataset)
            .train(
                new NameTraining.Settings(
                    epochs == null ? 8 : epochs, minCount == null ? 5 : minCount, seed),
                threads,
                cache,
                progress(err));
    QuoteTraining.atomically(target, result.model()::write);
    QuoteTraining.atomically(clusters, result.model()::writeClusters);
    double seconds = (System.nanoTime() - start) / 1e9;
    stdout.printf(
        "Name tagger, %d training texts (%,d tokens), %d features, %.1f s%n",
        result.trainTexts(), result.trainTokens(), result.model().features(), seconds);
    written(stdout, target, NameTagger.RESOURCE);
    written(stdout, clusters, WordClusters.RESOURCE);
    stdout.printf(
        "Agreement with CoreNLP's CRF NER on the held-out texts (%d)%n", result.validationTexts());
    for (Score s : result.scores()) {
      stdout.printf("  %-36s %.3f%n", s.name(), s.value());
    }
    stdout.flush();
    return 0;
  }

  private int trainPos(PrintWriter err, PrintWriter stdout, long start) throws IOException {
    Path target = out == null ? Path.of(PosTagger.RESOURCE) : out;
    PosTraining.Result result =
        PosTraining.forDatasets(dataset)
            .train(
                new PosTraining.Settings(
                    epochs == null ? 10 : epochs, minCount == null ? 5 : minCount, seed),
                threads,
                cache,
                progress(err));
    QuoteTraining.atomically(target, result.model()::write);
    double seconds = (System.nanoTime() - start) / 1e9;
    stdout.printf(
        "Part-of-speech tagger, %d training texts (%,d tokens), %d tags, %d features, %.1f s%n",
        result.trainTexts(),
        result.trainTokens(),
        result.model().tags().size(),
        result.model().features(),
        seconds);
    written(stdout, target, PosTagger.RESOURCE);
    stdout.printf(
        "Agreement with CoreNLP's tagger on the held-out texts (%d)%n", result.validationTexts());
    for (Score s : result.scores()) {
      stdout.printf("  %-44s %.4f%n", s.name(), s.value());
    }
    stdout.flush();
    return 0;
  }

  /** What reports training's progress: "train: …" lines on standard error. */
  private static Consumer<String> progress(PrintWriter err) {
    return line -> {
      err.println("train: " + line);
      err.flush();
    };
  }

  /**
   * Prints where a model file was written, its size and SHA-256, and whether it is the file this
   * build ships as {@code resource} (beside the annotate classes).
   */
  private static void written(PrintWriter stdout, Path file, String resource) throws IOException {
    written(stdout, file, AttributionTagger.class, resource);
  }

  /** As above, for a resource beside {@code owner}. */
  private static void written(PrintWriter stdout, Path file, Class<?> owner, String resource)
      throws IOException {
    String written;
    try (InputStream in = Files.newInputStream(file)) {
      written = sha256(in);
    }
    String shipped;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      shipped = in == null ? null : sha256(in);
    }
    stdout.printf(
        "  written to %s (%,d bytes, sha256 %s)%n  %s%n",
        file,
        Files.size(file),
        written,
        shipped == null
            ? "this build ships none"
            : shipped.equals(written)
                ? "identical to the one this build ships"
                : "differs from the one this build ships (sha256 " + shipped + ")");
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
