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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dossier.annotate.PosTagger;
import org.dossier.annotate.WordClusters;

/**
 * Trains the part-of-speech tagger on what CoreNLP's tagger says of the shared news texts, the same
 * texts as the name tagger's ({@link NameTraining#texts}). Every tenth text is held out, and the
 * tagger's agreement with CoreNLP on it is reported, alone and with the sentences it is unsure of
 * left to CoreNLP; the model is trained on the rest.
 */
public final class PosTraining {
  /** How the tagger is trained. */
  public record Settings(int epochs, int minCount, long seed) {}

  /** A trained tagger and how it did on the held-out texts. */
  public record Result(
      PosTagger model, int trainTexts, int validationTexts, long trainTokens, List<Score> scores) {}

  private final Path datasets;

  private PosTraining(Path datasets) {
    this.datasets = datasets;
  }

  /** The training over the shared data sets folder (holding polnear/, ecbplus/ and others). */
  public static PosTraining forDatasets(Path datasets) {
    if (!Files.isDirectory(datasets.resolve("polnear/train/text"))) {
      throw new IllegalArgumentException(
          datasets + ": not the shared data sets folder (expected polnear/train/text in it)");
    }
    return new PosTraining(datasets);
  }

  /**
   * Tags the texts with CoreNLP's tagger (or reads the tags from {@code cache}), trains the tagger
   * on nine texts in ten and scores it on the tenth.
   */
  public Result train(Settings settings, int threads, Path cache, Consumer<String> log)
      throws IOException {
    List<List<PosTagger.Labelled>> labelled;
    if (cache != null && Files.isRegularFile(cache)) {
      labelled = readCache(cache);
      log.accept(labelled.size() + " tagged texts read from " + cache);
    } else {
      List<NameTraining.Text> texts = NameTraining.texts(datasets, threads, log);
      labelled = Parallel.map(texts, threads, t -> PosTagger.teacher(t.body()));
      log.accept("tagged by CoreNLP's tagger");
      if (cache != null) {
        writeCache(cache, labelled);
      }
    }
    HeldOut<PosTagger.Labelled> split = HeldOut.of(labelled);
    List<PosTagger.Labelled> training = split.training();
    List<PosTagger.Labelled> validation = split.validation();
    long tokens = 0;
    for (PosTagger.Labelled s : training) {
      tokens += s.words().length;
    }
    WordClusters clusters = WordClusters.fromCoreNlp();
    log.accept(String.format("%,d sentences, %,d tokens", training.size(), tokens));
    PosTagger model =
        PosTagger.train(
            training, clusters, settings.epochs(), settings.minCount(), settings.seed(), log);
    return new Result(
        model, split.trainTexts(), split.validationTexts(), tokens, score(model, validation));
  }

  /** The margins below which the held-out curve hands sentences to CoreNLP's tagger. */
  private static final double[] MARGINS = {0, 2, 4, 8, 16, 32};

  /**
   * The share of tokens whose tag agrees with CoreNLP's: the tagger alone, then with the sentences
   * it is unsure of left to CoreNLP, for several margins.
   */
  static List<Score> score(PosTagger model, List<PosTagger.Labelled> sentences) {
    List<String[]> tagged = new ArrayList<>(sentences.size());
    double[] margins = new double[sentences.size()];
    long tokens = 0;
    for (int k = 0; k < sentences.size(); k++) {
      double[] least = new double[1];
      tagged.add(model.tag(sentences.get(k).words(), least));
      margins[k] = least[0];
      tokens += sentences.get(k).words().length;
    }
    List<Score> out = new ArrayList<>();
    for (double margin : MARGINS) {
      long handed = 0;
      long same = 0;
      for (int k = 0; k < sentences.size(); k++) {
        String[] gold = sentences.get(k).tags();
        if (margins[k] < margin) {
          handed += gold.length;
          same += gold.length;
          continue;
        }
        String[] tags = tagged.get(k);
        for (int i = 0; i < gold.length; i++) {
          same += gold[i].equals(tags[i]) ? 1 : 0;
        }
      }
      String name =
          margin == 0
              ? "tokens tagged as CoreNLP tags them"
              : String.format(
                  "  margin < %.0f: %.1f %% of tokens to CoreNLP", margin, 100.0 * handed / tokens);
      out.add(new Score(name, tokens == 0 ? 0 : (double) same / tokens, sentences.size(), ""));
    }
    return out;
  }

  /** The tagged texts as gzip-compressed lines: "word TAB tag", sentences and texts apart. */
  private static void writeCache(Path cache, List<List<PosTagger.Labelled>> texts)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(cache);
        BufferedWriter w =
            new BufferedWriter(
                new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      for (List<PosTagger.Labelled> text : texts) {
        w.write("#text\n");
        for (PosTagger.Labelled s : text) {
          for (int i = 0; i < s.words().length; i++) {
            w.write(s.words()[i] + "\t" + s.tags()[i] + "\n");
          }
          w.write("\n");
        }
      }
    }
  }

  private static List<List<PosTagger.Labelled>> readCache(Path cache) throws IOException {
    List<List<PosTagger.Labelled>> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(cache)), StandardCharsets.UTF_8))) {
      List<String> words = new ArrayList<>();
      List<String> tags = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.equals("#text")) {
          out.add(new ArrayList<>());
        } else if (line.isEmpty()) {
          if (!words.isEmpty() && !out.isEmpty()) {
            out.get(out.size() - 1)
                .add(
                    new PosTagger.Labelled(
                        words.toArray(String[]::new), tags.toArray(String[]::new)));
          }
          words.clear();
          tags.clear();
        } else {
          int tab = line.lastIndexOf('\t');
          if (tab < 0) {
            throw new IOException(cache + ":" + n + ": expected word and tag");
          }
          words.add(line.substring(0, tab));
          tags.add(line.substring(tab + 1));
        }
      }
    }
    return out;
  }
}
