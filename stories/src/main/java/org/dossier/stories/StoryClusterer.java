package org.dossier.stories;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns articles to stories one at a time: an article joins the story of the most similar article
 * published within {@link Settings#maxGapDays()} of it when the similarity reaches {@link
 * Settings#join()}, else it starts a story; every other story it also reaches is the same story and
 * is merged into the first; a story it resembles ({@link Settings#link()}) across a longer gap is
 * linked as another chapter of the same saga.
 *
 * <p>NOTE: not thread-safe; one process assigns through one clusterer.
 */
public final class StoryClusterer implements Closeable {

  /**
   * The thresholds.
   *
   * @param join similarity at which an article joins a story (words and names)
   * @param link similarity at which a story far apart in time is linked as a saga chapter
   * @param joinEmbedded the join and link threshold when the article has an embedding, whose cosine
   *     raises every score
   * @param maxGapDays the most days between two articles of one story (between an article and its
   *     nearest match)
   * @param candidates how many indexed articles are compared with each new one
   * @param wordWeight the weight of word similarity against shared names (0 to 1)
   * @param embeddingWeight the share of the title-and-lead embedding cosine when both articles have
   *     an embedding (0 to 1)
   */
  public record Settings(
      double join,
      double link,
      double joinEmbedded,
      int maxGapDays,
      int candidates,
      double wordWeight,
      double embeddingWeight)
      implements java.io.Serializable {

    /** The defaults, tuned on ECB+ training topics (see docs/stories.md). */
    public static Settings defaults() {
      return new Settings(0.25, 0.25, 0.45, 45, 40, 0.6, 0.4);
    }

    /** The join and link threshold for an article: higher when its embedding takes part. */
    double threshold(boolean embedded, boolean link) {
      if (embedded) {
        return joinEmbedded;
      }
      return link ? this.link : join;
    }
  }

  private final StoryIndex index;
  private final Settings settings;
  private final Similarity.Idf idf;

  private StoryClusterer(StoryIndex index, Settings settings) {
    this(index, settings, index);
  }

  private StoryClusterer(StoryIndex index, Settings settings, Similarity.Idf idf) {
    this.index = index;
    this.settings = settings;
    this.idf = idf;
  }

  /** A clusterer over an index in a folder, which survives the process. */
  public static StoryClusterer open(Path indexFolder, Settings settings) throws IOException {
    return new StoryClusterer(StoryIndex.open(indexFolder, false), settings);
  }

  /**
   * A clusterer over a new, empty index in a folder, replacing what the folder held (a rebuild,
   * which also recovers from a damaged index).
   */
  public static StoryClusterer rebuild(Path indexFolder, Settings settings) throws IOException {
    return new StoryClusterer(StoryIndex.open(indexFolder, true), settings);
  }

  /** A clusterer held in memory, for evaluations and tests. */
  public static StoryClusterer inMemory(Settings settings) {
    return new StoryClusterer(StoryIndex.inMemory(), settings);
  }

  /**
   * A clusterer held in memory that weighs words and names with given document frequencies (a
   * batch's, of which it clusters a part) instead of its own index's.
   */
  static StoryClusterer inMemory(Settings settings, Similarity.Idf idf) {
    return new StoryClusterer(StoryIndex.inMemory(), settings, idf);
  }

  /** The id a story started by an article gets. */
  public static String storyId(String foundingArticleId) {
    return "s" + foundingArticleId.substring(0, Math.min(12, foundingArticleId.length()));
  }

  /** Assigns one article and files it in the index. */
  public Assignment assign(StoryInput in) throws IOException {
    return assign(in, null);
  }

  /** Story ids started by this clusterer, so that a preferred id is given out once. */
  private final java.util.Set<String> started = new java.util.HashSet<>();

  /**
   * Assigns one article; a story it starts takes {@code preferredId} (the story the article was in
   * before a rebuild) unless that id is already given out, so story ids survive a recluster.
   */
  public Assignment assign(StoryInput in, String preferredId) throws IOException {
    return assign(in.articleId(), Signature.of(in), preferredId);
  }

  /** Assigns one article by its signature. */
  Assignment assign(String articleId, Signature sig, String preferredId) throws IOException {
    Similarity.Vector mine = Similarity.vector(sig, idf);
    Map<String, Double> myWeights = new HashMap<>();
    for (int i = 0; i < mine.words().length; i++) {
      myWeights.put(mine.words()[i], mine.weights()[i]);
    }
    Map<String, List<Double>> nearScores = new HashMap<>();
    Map<String, List<Double>> farScores = new HashMap<>();
    Map<String, List<Signature>> dated = new HashMap<>();
    for (StoryIndex.Candidate c : index.candidates(sig, settings.candidates())) {
      if (c.articleId().equals(articleId)) {
        continue;
      }
      Similarity.Vector theirs = vector(c);
      double s =
          Similarity.of(mine, myWeights, theirs, settings.wordWeight(), settings.embeddingWeight());
      long gap = Similarity.gapDays(sig, theirs.signature());
      if (theirs.signature().day() != null) {
        dated.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(theirs.signature());
      }
      Map<String, List<Double>> into = gap > settings.maxGapDays() ? farScores : nearScores;
      into.computeIfAbsent(c.storyId(), k -> new ArrayList<>()).add(s);
    }
    Map<String, Double> near = linkage(nearScores);
    Map<String, Double> far = linkage(farScores);
    boolean embedded = sig.embedding() != null;
    double join = settings.threshold(embedded, false);
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : near.entrySet()) {
      if (e.getValue() >= join && e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    List<String> merged = new ArrayList<>();
    String story = best;
    if (story == null) {
      story =
          preferredId != null && !started.contains(preferredId) ? preferredId : storyId(articleId);
      started.add(story);
    }
    for (Map.Entry<String, Double> e : near.entrySet()) {
      if (!e.getKey().equals(story)
          && e.getValue() >= join
          && closeInTime(dated.get(story), dated.get(e.getKey()))) {
        merged.add(e.getKey());
      }
    }
    for (String other : merged) {
      index.restory(other, story);
    }
    List<Assignment.Link> links = new ArrayList<>();
    for (Map.Entry<String, Double> e : far.entrySet()) {
      if (!e.getKey().equals(story)
          && !merged.contains(e.getKey())
          && e.getValue() >= settings.threshold(embedded, true)
          && near.getOrDefault(e.getKey(), 0.0) < join) {
        links.add(new Assignment.Link(e.getKey(), e.getValue()));
      }
    }
    index.put(articleId, story, sig);
    return new Assignment(articleId, story, bestScore, merged, links);
  }

  /**
   * Whether two stories may be one: an undated article near both does not bridge a story of last
   * year and one of this month; some dated articles of the two must be within the gap (a story with
   * no dated article among the candidates is close to any).
   */
  private boolean closeInTime(List<Signature> a, List<Signature> b) {
    if (a == null || b == null) {
      return true;
    }
    for (Signature x : a) {
      for (Signature y : b) {
        if (Similarity.gapDays(x, y) <= settings.maxGapDays()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A story's similarity to an article: 0.3 of its best-matching article's and 0.7 of the average
   * of its (up to) five best, so one near-copy counts but a single chance match does not chain two
   * events together.
   */
  private static Map<String, Double> linkage(Map<String, List<Double>> scores) {
    Map<String, Double> out = new HashMap<>();
    scores.forEach(
        (story, list) -> {
          list.sort(Comparator.reverseOrder());
          double sum = 0;
          int n = Math.min(LINKAGE_TOP, list.size());
          for (int i = 0; i < n; i++) {
            sum += list.get(i);
          }
          out.put(story, LINKAGE_MAX * list.get(0) + (1 - LINKAGE_MAX) * sum / n);
        });
    return out;
  }

  private static final int LINKAGE_TOP = 5;
  private static final double LINKAGE_MAX = 0.3;

  /** A candidate's weights, from the cache while the IDF generation holds. */
  private Similarity.Vector vector(StoryIndex.Candidate c) throws IOException {
    long epoch = index.idfEpoch();
    if (epoch != vectorEpoch) {
      vectors.clear();
      vectorEpoch = epoch;
    }
    Similarity.Vector v = vectors.get(c.articleId());
    if (v == null) {
      v = Similarity.vector(index.signature(c), idf);
      vectors.put(c.articleId(), v);
    }
    return v;
  }

  /** Weights of recently compared articles; recent stories are the usual candidates. */
  private final Map<String, Similarity.Vector> vectors =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Similarity.Vector> eldest) {
          return size() > VECTOR_CACHE;
        }
      };

  private long vectorEpoch = -1;

  /** Candidate weights kept in memory. */
  private static final int VECTOR_CACHE = 10_000;

  /**
   * Files an article under a story decided elsewhere (by another process writing to a shared
   * store), so that later articles are compared with it; nothing is merged or linked.
   */
  public void file(StoryInput in, String storyId) throws IOException {
    index.put(in.articleId(), storyId, Signature.of(in));
  }

  /** Forgets an article that is in no story any more. */
  public void forget(String articleId) throws IOException {
    index.remove(articleId);
  }

  /** Every filed article's story, article id to story id. */
  public Map<String, String> filed() throws IOException {
    return index.filed();
  }

  /** Makes the index durable. */
  public void commit() throws IOException {
    index.commit();
  }

  /** How many articles are filed. */
  public int size() throws IOException {
    return index.size();
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
