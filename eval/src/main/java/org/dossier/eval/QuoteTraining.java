package org.dossier.eval;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.annotate.Annotator;
import org.dossier.annotate.AttributionDocument;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.AttributionTagger;
import org.dossier.eval.QuoteEvaluation.Attribution;
import org.dossier.eval.QuoteEvaluation.Pieces;

/**
 * Trains the attribution tagger on PolNeAR's train split ({@code dossier train quotes}). One
 * document in ten (every tenth in name order) is held out of a first training as the validation
 * slice its figures are measured on; the model written is then trained on the whole split, with the
 * same settings. The dev split is never read, so {@code dossier eval quotes --split dev} stays an
 * honest measure.
 */
public final class QuoteTraining {
  /** Training settings: passes of the perceptron, the rarest feature kept, and the seed. */
  public record Settings(int epochs, int minCount, long seed) {
    /** Validates the settings. */
    public Settings {
      if (epochs < 1 || minCount < 1) {
        throw new IllegalArgumentException(
            "epochs and min-count must be at least 1, were " + epochs + " and " + minCount);
      }
    }
  }

  /**
   * What a training run produced: the model to write, the texts it was trained on, and the figures
   * on the validation slice of the same training without that slice.
   */
  public record Result(
      AttributionTagger model, int trainDocuments, int validationDocuments, List<Score> scores) {}

  private final Path dataset;

  private QuoteTraining(Path dataset) {
    this.dataset = dataset;
  }

  /**
   * Training on a PolNeAR copy: a folder with {@code train/text} and {@code train/attributions}.
   */
  public static QuoteTraining forDataset(Path dataset) {
    if (!Files.isDirectory(dataset.resolve("train/text"))
        || !Files.isDirectory(dataset.resolve("train/attributions"))) {
      throw new IllegalArgumentException(
          dataset + ": not a PolNeAR copy (expected train/text and train/attributions)");
    }
    return new QuoteTraining(dataset);
  }

  /** Whether a train document belongs to the validation slice: every tenth in name order. */
  static boolean validation(int indexInNameOrder) {
    return indexInNameOrder % 10 == 9;
  }

  /**
   * Annotates the train split (or reads it from {@code cache} when that file exists, writing it
   * there otherwise), trains a model without the validation slice and scores it there; then, unless
   * {@code validationOnly}, trains the model to write on every text of the split, the slice
   * included, with the same settings.
   */
  public Result train(
      Settings settings,
      int threads,
      Path cache,
      boolean validationOnly,
      Consumer<String> log,
      Consumer<Map<String, Object>> documentLog)
      throws IOException {
    Path text = dataset.resolve("train/text");
    Map<String, Path> goldFiles = QuoteEvaluation.goldFiles(dataset.resolve("train/attributions"));
    Map<String, LocalDate> dates =
        QuoteEvaluation.publicationDates(dataset.resolve("metadata.tsv"));
    List<Path> docs;
    try (Stream<Path> s = Files.list(text)) {
      docs =
          s.filter(p -> p.toString().endsWith(".txt"))
              .filter(p -> goldFiles.containsKey(QuoteEvaluation.stem(p)))
              .sorted()
              .toList();
    }
    List<String> bodies = new ArrayList<>(docs.size());
    for (Path doc : docs) {
      bodies.add(Files.readString(doc, StandardCharsets.UTF_8));
    }
    List<AttributionDocument> annotated;
    if (cache != null && Files.isRegularFile(cache)) {
      log.accept("reading annotated texts from " + cache);
      annotated = readCache(cache, docs.size());
    } else {
      log.accept("annotating " + docs.size() + " texts with CoreNLP and the rules");
      List<Integer> indexes = java.util.stream.IntStream.range(0, docs.size()).boxed().toList();
      annotated =
          Parallel.map(
              indexes,
              threads,
              i ->
                  Annotator.shared()
                      .attributionDocument(
                          bodies.get(i), dates.get(QuoteEvaluation.stem(docs.get(i)))));
      if (cache != null) {
        writeCache(cache, annotated);
      }
    }
    List<int[]> gold = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      List<Attribution> attributions =
          QuoteEvaluation.readGold(goldFiles.get(QuoteEvaluation.stem(docs.get(i))), bodies.get(i));
      gold.add(labels(annotated.get(i).tokens(), attributions));
    }
    List<String> validationNames = new ArrayList<>();
    List<AttributionDocument> training = new ArrayList<>();
    List<int[]> trainingGold = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      if (validation(i)) {
        validationNames.add(QuoteEvaluation.stem(docs.get(i)));
      } else {
        training.add(annotated.get(i));
        trainingGold.add(gold.get(i));
      }
    }
    log.accept("training without the validation slice (" + training.size() + " texts)");
    AttributionTagger validated =
        AttributionTagger.train(
            training, trainingGold, settings.epochs(), settings.minCount(), settings.seed(), log);
    log.accept("scoring the validation slice (" + validationNames.size() + " texts)");
    List<Score> scores =
        QuoteEvaluation.forDataset(dataset)
            .run(
                "train",
                0,
                threads,
                documentLog,
                validationNames::contains,
                Annotator.withTagger(validated));
    if (validationOnly) {
      return new Result(validated, training.size(), validationNames.size(), scores);
    }
    log.accept("training on every text of the split (" + docs.size() + " texts)");
    AttributionTagger model =
        AttributionTagger.train(
            annotated, gold, settings.epochs(), settings.minCount(), settings.seed(), log);
    return new Result(model, docs.size(), validationNames.size(), scores);
  }

  /** Writes a model atomically. */
  public static void write(AttributionTagger model, Path out) throws IOException {
    atomically(out, model::write);
  }

  /** What writes a model to a stream. */
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Writes a file through a temporary file beside it, moved in place once complete. */
  public static void atomically(Path out, Writer writer) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, ".model", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(tmp)) {
        writer.write(o);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The tag of every token from the gold attributions: each piece of a span is a chunk; Source and
   * Cue are written over Content where a document nests them.
   */
  static int[] labels(List<Token> tokens, List<Attribution> gold) {
    int[] tags = new int[tokens.size()];
    for (String role : List.of("Content", "Cue", "Source")) {
      int b = role.equals("Source") ? 1 : role.equals("Cue") ? 3 : 5;
      for (Attribution a : gold) {
        Pieces p =
            switch (role) {
              case "Source" -> a.source();
              case "Cue" -> a.cue();
              default -> a.content();
            };
        if (p == null) {
          continue;
        }
        for (int[] part : p.parts()) {
          boolean first = true;
          for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() < part[1] && part[0] < t.end()) {
              tags[i] = first ? b : b + 1;
              first = false;
            }
          }
        }
      }
    }
    return tags;
  }

  private static void writeCache(Path cache, List<AttributionDocument> docs) throws IOException {
    try (BufferedWriter w =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(cache)), StandardCharsets.UTF_8))) {
      for (AttributionDocument d : docs) {
        w.write("#doc\n");
        for (Token t : d.tokens()) {
          w.write(
              String.join(
                  "\t",
                  clean(t.word()),
                  clean(t.lemma()),
                  t.pos(),
                  t.ner(),
                  Integer.toString(t.start()),
                  Integer.toString(t.end()),
                  Integer.toString(t.sentence()),
                  t.paragraphStart() ? "1" : "0",
                  t.inQuote() ? "1" : "0",
                  t.rule()));
          w.write('\n');
        }
      }
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  private static List<AttributionDocument> readCache(Path cache, int expected) throws IOException {
    List<AttributionDocument> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
      List<Token> tokens = null;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.equals("#doc")) {
          if (tokens != null) {
            out.add(new AttributionDocument("", tokens));
          }
          tokens = new ArrayList<>();
          continue;
        }
        String[] c = line.split("\t", -1);
        tokens.add(
            new Token(
                c[0],
                c[1],
                c[2],
                c[3],
                Integer.parseInt(c[4]),
                Integer.parseInt(c[5]),
                Integer.parseInt(c[6]),
                c[7].equals("1"),
                c[8].equals("1"),
                c[9]));
      }
      if (tokens != null) {
        out.add(new AttributionDocument("", tokens));
      }
    }
    if (out.size() != expected) {
      throw new IOException(
          cache
              + ": holds "
              + out.size()
              + " texts, the train split has "
              + expected
              + " (a cache of an older version of the command: delete it)");
    }
    return out;
  }
}
