package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
    List<List<PosTagger.Labelled>> labelled =
        TeacherLabels.of(
            datasets, cache, threads, log, "CoreNLP's tagger", PosTagger::teacher, FORMAT);
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

  /** A tagged sentence in the cache: "word TAB tag" per token. */
  private static final TeacherLabels.Format<PosTagger.Labelled> FORMAT =
      new TeacherLabels.Format<>() {
        @Override
        public String columns() {
          return "word and tag";
        }

        @Override
        public int width() {
          return 2;
        }

        @Override
        public List<String[]> rows(PosTagger.Labelled s) {
          List<String[]> out = new ArrayList<>();
          for (int i = 0; i < s.words().length; i++) {
            out.add(new String[] {s.words()[i], s.tags()[i]});
          }
          return out;
        }

        @Override
        public PosTagger.Labelled sentence(List<String[]> rows) {
          String[] words = new String[rows.size()];
          String[] tags = new String[rows.size()];
          for (int i = 0; i < words.length; i++) {
            words[i] = rows.get(i)[0];
            tags[i] = rows.get(i)[1];
          }
          return new PosTagger.Labelled(words, tags);
        }
      };
}
