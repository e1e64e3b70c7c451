package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dossier.annotate.Annotator;
import org.dossier.model.Annotation;
import org.dossier.model.TextDates;
import org.dossier.stories.Assignment;
import org.dossier.stories.BCubed;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryInput;
import org.dossier.stories.TitleEmbedder;

/**
 * Scores story clustering against ECB+: every document of the chosen topics is annotated and
 * assigned, in a shuffled order, by the same incremental clusterer as ingestion, and the clusters
 * are compared with the gold sub-topics (each topic holds two similar but different events, {@code
 * Tecb} and {@code Tecbplus}) by B-cubed and pairwise precision, recall and F1.
 */
public final class StoryEvaluation {

  /** The development topics of the usual ECB+ split (Cybulska and Vossen, 2015); the rest train. */
  static final Set<Integer> DEV_TOPICS = Set.of(2, 5, 12, 18, 21, 23, 34, 35);

  private static final Pattern FOLDER = Pattern.compile("(\\d+)ecb(plus)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dataset;

  private StoryEvaluation(Path dataset) {
    this.dataset = dataset;
  }

  /**
   * The evaluation of an ECB+ copy: folders {@code <T>ecb} and {@code <T>ecbplus} of JSON files.
   */
  public static StoryEvaluation forDataset(Path dataset) throws IOException {
    if (!Files.isDirectory(dataset) || topicFolders(dataset).isEmpty()) {
      throw new IllegalArgumentException(
          dataset
              + ": not an ECB+ copy (expected folders such as 1ecb and 1ecbplus of .json files)");
    }
    return new StoryEvaluation(dataset);
  }

  private static List<Path> topicFolders(Path dataset) throws IOException {
    try (Stream<Path> s = Files.list(dataset)) {
      return s.filter(p -> FOLDER.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
  }

  /** One ECB+ document with its gold sub-topic. */
  public record Document(String name, String subTopic, int topic, String title, String text) {}

  /**
   * The documents of a split.
   *
   * @param split {@code train}, {@code dev} or {@code all}
   */
  public List<Document> documents(String split) throws IOException {
    List<Document> out = new ArrayList<>();
    for (Path folder : topicFolders(dataset)) {
      Matcher m = FOLDER.matcher(folder.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      int topic = Integer.parseInt(m.group(1));
      boolean dev = DEV_TOPICS.contains(topic);
      if ((split.equals("dev") && !dev) || (split.equals("train") && dev)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      }
      for (Path f : files) {
        JsonNode n;
        try {
          n = JSON.readTree(f.toFile());
        } catch (IOException e) {
          throw new IOException(f + ": not a JSON record: " + e.getMessage(), e);
        }
        String name = f.getFileName().toString().replace(".json", "");
        out.add(
            new Document(
                name,
                folder.getFileName().toString(),
                topic,
                n.path("title").asText(""),
                n.path("text").asText("")));
      }
    }
    return out;
  }

  /** Annotates documents (for their entities), in parallel. */
  public static List<Annotation> annotate(List<Document> docs, int threads) throws IOException {
    Annotator annotator = Annotator.shared();
    return Parallel.map(
        docs, threads, d -> annotator.annotate(d.title() + "\n\n" + d.text(), null));
  }

  /** Embeds the documents' titles and leads, in parallel. */
  public static List<float[]> embed(List<Document> docs, int threads) throws IOException {
    TitleEmbedder embedder = TitleEmbedder.shared();
    return Parallel.map(docs, threads, d -> embedder.embed(d.title(), d.text()));
  }

  /**
   * Clusters the documents in an order shuffled by the seed and scores the clusters.
   *
   * @param annotations one per document (same order), or null to cluster on words alone
   * @param embeddings one per document (same order), or null to cluster without embeddings
   * @param perTopic whether each topic is clustered in a store of its own, as when a user loads the
   *     coverage of one or two events into a new data folder, instead of all topics in one store
   * @param documentLog receives one row per document: its sub-topic and the story it was put in
   */
  public static List<Score> score(
      List<Document> docs,
      List<Annotation> annotations,
      List<float[]> embeddings,
      StoryClusterer.Settings settings,
      long seed,
      boolean perTopic,
      Consumer<Map<String, Object>> documentLog)
      throws IOException {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    // One store for all topics, or one per topic, each fed in the same shuffled order.
    Map<Integer, List<Integer>> stores = new java.util.TreeMap<>();
    for (int i : order) {
      stores.computeIfAbsent(perTopic ? docs.get(i).topic() : 0, t -> new ArrayList<>()).add(i);
    }
    Map<String, String> storyOf = new HashMap<>();
    for (List<Integer> store : stores.values()) {
      cluster(docs, annotations, embeddings, settings, store, storyOf);
    }
    Map<String, String> gold = new HashMap<>();
    for (Document d : docs) {
      gold.put(d.name(), d.subTopic());
      documentLog.accept(
          Map.of("document", d.name(), "gold", d.subTopic(), "story", storyOf.get(d.name())));
    }
    return scores(gold, storyOf);
  }

  /** Assigns the documents at {@code order} to stories in a new in-memory store. */
  private static void cluster(
      List<Document> docs,
      List<Annotation> annotations,
      List<float[]> embeddings,
      StoryClusterer.Settings settings,
      List<Integer> order,
      Map<String, String> storyOf)
      throws IOException {
    try (StoryClusterer clusterer = StoryClusterer.inMemory(settings)) {
      for (int i : order) {
        Document d = docs.get(i);
        // The texts carry no publish dates; like pasted text at ingest, the date is what the
        // text itself fixes (TextDates), at its precision, or none.
        StoryInput in =
            StoryInput.of(
                d.name(),
                d.title(),
                d.text(),
                TextDates.infer(d.title() + "\n\n" + d.text(), null),
                annotations == null ? null : annotations.get(i));
        Assignment a =
            clusterer.assign(in.withEmbedding(embeddings == null ? null : embeddings.get(i)));
        storyOf.put(d.name(), a.storyId());
        for (String merged : a.merged()) {
          storyOf.replaceAll((k, v) -> v.equals(merged) ? a.storyId() : v);
        }
      }
    }
  }

  /**
   * The scores averaged over several arrival orders (seeds {@code first} to {@code first + runs -
   * 1}): incremental clustering depends on the order articles arrive in.
   */
  public static List<Score> scoreOrders(
      List<Document> docs,
      List<Annotation> annotations,
      List<float[]> embeddings,
      StoryClusterer.Settings settings,
      long first,
      int runs,
      boolean perTopic,
      Consumer<Map<String, Object>> documentLog)
      throws IOException {
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, was " + runs);
    }
    List<Score> sum = null;
    for (int r = 0; r < runs; r++) {
      List<Score> one =
          score(
              docs,
              annotations,
              embeddings,
              settings,
              first + r,
              perTopic,
              r == 0 ? documentLog : row -> {});
      if (sum == null) {
        sum = new ArrayList<>(one);
      } else {
        for (int i = 0; i < one.size(); i++) {
          Score a = sum.get(i);
          sum.set(i, new Score(a.name(), a.value() + one.get(i).value(), a.pages(), a.published()));
        }
      }
    }
    List<Score> out = new ArrayList<>();
    for (Score s : sum) {
      String published =
          s.name().startsWith("stories /") ? "mean over " + runs + " orders" : s.published();
      out.add(new Score(s.name(), s.value() / runs, s.pages(), published));
    }
    return out;
  }

  /** B-cubed and pairwise precision, recall and F1 of predicted clusters against gold clusters. */
  static List<Score> scores(Map<String, String> gold, Map<String, String> predicted) {
    BCubed b = BCubed.of(gold, predicted);
    Map<String, Set<String>> goldSets = BCubed.clusters(gold);
    Map<String, Set<String>> predSets = BCubed.clusters(predicted);
    long pairsBoth = 0;
    long pairsPred = 0;
    long pairsGold = 0;
    for (String item : gold.keySet()) {
      Set<String> g = goldSets.get(gold.get(item));
      Set<String> s = predSets.get(predicted.get(item));
      int both = 0;
      for (String x : s) {
        if (g.contains(x)) {
          both++;
        }
      }
      pairsBoth += both - 1;
      pairsPred += s.size() - 1;
      pairsGold += g.size() - 1;
    }
    int n = gold.size();
    double pp = pairsPred == 0 ? 1 : (double) pairsBoth / pairsPred;
    double pr = pairsGold == 0 ? 1 : (double) pairsBoth / pairsGold;
    List<Score> out = new ArrayList<>();
    out.add(new Score("B-cubed precision", b.precision(), n, ""));
    out.add(new Score("B-cubed recall", b.recall(), n, ""));
    out.add(new Score("B-cubed F1 (target 0.90)", b.f1(), n, ""));
    out.add(new Score("pairwise precision", pp, n, ""));
    out.add(new Score("pairwise recall", pr, n, ""));
    out.add(new Score("pairwise F1", f1(pp, pr), n, ""));
    out.add(
        new Score(
            "stories / gold sub-topics",
            (double) predSets.size() / goldSets.size(),
            n,
            predSets.size() + " / " + goldSets.size()));
    return out;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
