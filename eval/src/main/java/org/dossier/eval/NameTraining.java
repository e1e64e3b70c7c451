package org.dossier.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.annotate.NameTagger;
import org.dossier.annotate.WordClusters;
import org.dossier.extract.Extractor;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * Trains the name tagger on what CoreNLP's CRF NER says of the shared news texts: PolNeAR's train
 * split, every ECB+ document, and the English article bodies of the WCXB dev articles and the
 * htmldate pages (at least 80 words, each once). PolNeAR's dev split, where {@code dossier eval
 * entities} measures agreement, is never read. Every tenth text is held out and the tagger's
 * agreement with CoreNLP on it is reported; the model is trained on the rest.
 */
public final class NameTraining {
  /** How the tagger is trained. */
  public record Settings(int epochs, int minCount, long seed) {}

  /** A trained tagger and how it did on the held-out texts. */
  public record Result(
      NameTagger model,
      int trainTexts,
      int validationTexts,
      long trainTokens,
      List<Score> scores) {}

  /** A training text: where it came from, and its words. */
  record Text(String name, String body) {}

  private final Path datasets;

  private NameTraining(Path datasets) {
    this.datasets = datasets;
  }

  /** The training over the shared data sets folder (holding polnear/, ecbplus/ and others). */
  public static NameTraining forDatasets(Path datasets) {
    if (!Files.isDirectory(datasets.resolve("polnear/train/text"))) {
      throw new IllegalArgumentException(
          datasets + ": not the shared data sets folder (expected polnear/train/text in it)");
    }
    return new NameTraining(datasets);
  }

  /**
   * The shared news texts both distilled taggers learn from, in a fixed order: PolNeAR's train
   * split, every ECB+ document, and the English article bodies of the WCXB dev articles and the
   * htmldate pages (at least 80 words, each once). PolNeAR's dev split is never read.
   */
  static List<Text> texts(Path datasets, int threads, Consumer<String> log) throws IOException {
    List<Text> out = new ArrayList<>();
    for (Path p : files(datasets.resolve("polnear/train/text"))) {
      out.add(new Text("polnear/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8)));
    }
    Path ecb = datasets.resolve("ecbplus");
    if (Files.isDirectory(ecb)) {
      for (StoryEvaluation.Document d : StoryEvaluation.forDataset(ecb).documents("all")) {
        out.add(new Text("ecbplus/" + d.name(), d.title() + "\n\n" + d.text()));
      }
    }
    Set<String> seen = new HashSet<>();
    for (String set : List.of("wcxb-dev-articles/html", "htmldate-default/html")) {
      Path dir = datasets.resolve(set);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> pages = files(dir);
      List<Article> articles = Parallel.map(pages, threads, NameTraining::extract);
      for (int i = 0; i < pages.size(); i++) {
        Article a = articles.get(i);
        String body = a == null ? "" : a.text();
        if (!"en".equals(a == null ? null : a.language())
            || body.split("\\s+").length < 80
            || !seen.add(body)) {
          continue;
        }
        String title = a.title() == null ? "" : a.title() + "\n\n";
        out.add(new Text(set + "/" + pages.get(i).getFileName(), title + body));
      }
    }
    log.accept(out.size() + " texts");
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Article extract(Path page) throws IOException {
    byte[] bytes = ExtractionEvaluation.bytes(page);
    try {
      return Extractor.standard()
          .extract(Capture.of(bytes, MediaTypes.HTML, page.toUri(), Instant.EPOCH));
    } catch (RuntimeException e) {
      return null; // a page the extractor refuses is no training text
    }
  }

  /**
   * Labels the texts with CoreNLP's CRF NER (or reads the labels from {@code cache}), trains the
   * tagger on nine texts in ten and scores it on the tenth.
   */
  public Result train(Settings settings, int threads, Path cache, Consumer<String> log)
      throws IOException {
    List<List<NameTagger.Labelled>> labelled =
        TeacherLabels.of(
            datasets, cache, threads, log, "CoreNLP's CRF NER", NameTagger::teacher, FORMAT);
    HeldOut<NameTagger.Labelled> split = HeldOut.of(labelled);
    List<NameTagger.Labelled> training = split.training();
    List<NameTagger.Labelled> validation = split.validation();
    long tokens = 0;
    for (NameTagger.Labelled s : training) {
      tokens += s.words().length;
    }
    WordClusters clusters = WordClusters.fromCoreNlp();
    log.accept(
        String.format(
            "%,d sentences, %,d tokens; %,d word clusters",
            training.size(), tokens, clusters.size()));
    NameTagger model =
        NameTagger.train(
            training, clusters, settings.epochs(), settings.minCount(), settings.seed(), log);
    return new Result(
        model, split.trainTexts(), split.validationTexts(), tokens, score(model, validation));
  }

  /** The margins below which the held-out curve hands sentences to the CRF models. */
  private static final double[] MARGINS = {0, 4, 8, 16, 32, 64};

  /**
   * Names (runs of one tag) that the tagger and CoreNLP agree on, by span and type: the tagger
   * alone, then with the sentences it is unsure of left to CoreNLP's 3-class model (the gold
   * without its other names), the tagger's other names kept, for several margins.
   */
  static List<Score> score(NameTagger model, List<NameTagger.Labelled> sentences) {
    // Each sentence tagged once: its tags, and the margin of the token the tagger is least sure of.
    List<int[]> tagged = new ArrayList<>(sentences.size());
    double[] margins = new double[sentences.size()];
    long tokens = 0;
    for (int k = 0; k < sentences.size(); k++) {
      NameTagger.Labelled s = sentences.get(k);
      double[] least = new double[1];
      tagged.add(model.tag(s.words(), s.pos(), least));
      margins[k] = least[0];
      tokens += s.words().length;
    }
    List<Score> out = new ArrayList<>();
    for (double margin : MARGINS) {
      long handed = 0;
      Counts counts = new Counts();
      for (int k = 0; k < sentences.size(); k++) {
        int[] gold = sentences.get(k).tags();
        int[] tags = tagged.get(k);
        if (margin > 0 && margins[k] < margin) {
          // As the annotator does: the 3-class model's names, the tagger's other names.
          tags = NameTagger.withOtherNames(gold, tags);
          handed += tags.length;
        }
        counts.compare(names(tags), names(gold));
      }
      String name =
          margin == 0
              ? "names span+type F1 (vs CRF)"
              : String.format(
                  "  margin < %.0f: %.1f %% of tokens to CRF, F1", margin, 100.0 * handed / tokens);
      out.add(new Score(name, counts.f1(), sentences.size(), ""));
    }
    return out;
  }

  /** A sentence's names as comparable keys: where each run of one tag starts, ends, and its tag. */
  private static Set<String> names(int[] tags) {
    Set<String> out = new HashSet<>();
    for (int[] run : NameTagger.runs(tags)) {
      out.add(run[0] + ":" + run[1] + ":" + run[2]);
    }
    return out;
  }

  /** A labelled sentence in the cache: "word TAB part of speech TAB tag index" per token. */
  private static final TeacherLabels.Format<NameTagger.Labelled> FORMAT =
      new TeacherLabels.Format<>() {
        @Override
        public String columns() {
          return "word, tag and label";
        }

        @Override
        public int width() {
          return 3;
        }

        @Override
        public List<String[]> rows(NameTagger.Labelled s) {
          List<String[]> out = new ArrayList<>();
          for (int i = 0; i < s.words().length; i++) {
            out.add(new String[] {s.words()[i], s.pos()[i], Integer.toString(s.tags()[i])});
          }
          return out;
        }

        @Override
        public NameTagger.Labelled sentence(List<String[]> rows) {
          String[] w = new String[rows.size()];
          String[] p = new String[rows.size()];
          int[] t = new int[rows.size()];
          for (int i = 0; i < w.length; i++) {
            w[i] = rows.get(i)[0];
            p[i] = rows.get(i)[1];
            t[i] = Integer.parseInt(rows.get(i)[2]);
          }
          return new NameTagger.Labelled(w, p, t);
        }
      };
}
