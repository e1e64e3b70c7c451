package org.dossier.stories;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Story assignment for a whole batch at once (the Spark job's), with the same similarity and the
 * same incremental clusterer as {@code dossier recluster}, in three steps that each run where the
 * data is:
 *
 * <ol>
 *   <li><b>Blocking</b>: each article's {@link #blockKeys} (its most telling words and its names,
 *       each with a time window) put articles that may be one story in a block; a pair of one block
 *       is an edge when {@link #related} (the similarity, within the gap, above a margin below the
 *       join threshold).
 *   <li><b>Components</b>: the connected components of those edges (computed by the caller).
 *   <li><b>Clustering</b>: each component is clustered by {@link #cluster}, earliest published
 *       first, exactly as recluster places articles, with document frequencies of the whole batch.
 * </ol>
 *
 * A component is a superset of the stories recluster would make of its articles whenever
 * recluster's joins are among the edges, which the margin is for; a component chained too wide is
 * split again by the clustering.
 *
 * <p>NOTE: pure functions of their inputs; {@link Profile} and {@link Frequencies} are {@link
 * Serializable} so that a cluster can ship them between machines.
 */
public final class BatchStories implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words of an article that key its blocks. */
  static final int KEY_WORDS = 8;

  /** Names of an article that key its blocks. */
  static final int KEY_NAMES = 8;

  /** An edge needs this share of the join threshold, so that recluster's joins are edges. */
  static final double EDGE_MARGIN = 0.8;

  private final StoryClusterer.Settings settings;
  private final Frequencies frequencies;

  /** Assignment with these settings and the batch's document frequencies. */
  public BatchStories(StoryClusterer.Settings settings, Frequencies frequencies) {
    this.settings = settings;
    this.frequencies = frequencies;
  }

  /**
   * How many articles of the batch hold each word and name; words and names in one article only may
   * be left out (they weigh as such), which keeps the table small at archive scale.
   */
  public record Frequencies(long documents, Map<String, Integer> words, Map<String, Integer> names)
      implements Serializable, Similarity.Idf {

    /** Inverse document frequencies, as the story index computes them. */
    private static long df(Integer df) {
      return df == null ? 1 : df;
    }

    @Override
    public double word(String w) {
      return Similarity.wordIdf(documents, df(words.get(w)), w);
    }

    @Override
    public double name(String e) {
      return Similarity.idf(documents, df(names.get(e)));
    }
  }

  /**
   * What story assignment reads of an article, in a form that travels: its words with their counts,
   * its names, its publish days and its embedding.
   */
  public static final class Profile implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String articleId;
    private final String order;
    private final LinkedHashMap<String, Integer> terms;
    private final TreeSet<String> names;
    private final LocalDate day;
    private final LocalDate until;
    private final float[] embedding;

    private Profile(String articleId, String order, Signature s) {
      this.articleId = articleId;
      this.order = order;
      this.terms = new LinkedHashMap<>(s.terms());
      this.names = new TreeSet<>(s.entities());
      this.day = s.day();
      this.until = s.until();
      this.embedding = s.embedding();
    }

    /**
     * The profile of an article.
     *
     * @param published its publish date as stored (ISO 8601 at its precision), or null: articles
     *     are clustered in this order, unknown dates last, as recluster places them
     */
    public static Profile of(StoryInput in, String published) {
      return new Profile(in.articleId(), published, Signature.of(in));
    }

    public String articleId() {
      return articleId;
    }

    /** Distinct words, for document frequencies. */
    public Set<String> words() {
      return terms.keySet();
    }

    /** Distinct names, for document frequencies. */
    public Set<String> names() {
      return names;
    }

    Signature signature() {
      return new Signature(terms, names, day, embedding, until);
    }

    /** The weights, computed once per copy of the profile: a block compares it with many. */
    private transient Similarity.Vector vector;

    private transient Map<String, Double> weights;

    Similarity.Vector vector(Similarity.Idf idf) {
      if (vector == null) {
        vector = Similarity.vector(signature(), idf);
        weights = new HashMap<>();
        for (int i = 0; i < vector.words().length; i++) {
          weights.put(vector.words()[i], vector.weights()[i]);
        }
      }
      return vector;
    }
  }

  /** Earliest published first, unknown dates last, then by id: the order recluster places in. */
  static final Comparator<Profile> PUBLISH_ORDER =
      Comparator.comparing((Profile p) -> p.order == null)
          .thenComparing(p -> p.order == null ? "" : p.order)
          .thenComparing(p -> p.articleId);

  /**
   * The keys of the blocks an article goes in: its {@value #KEY_WORDS} words and {@value
   * #KEY_NAMES} names of highest weight, each with the window of {@code maxGapDays} its day falls
   * in and the next, so that two articles within the gap share the window of the later one; and the
   * key's undated block, where undated articles meet every article of the key.
   */
  public List<String> blockKeys(Profile p) {
    List<String> keys = new ArrayList<>();
    List<String> words = new ArrayList<>(p.terms.keySet());
    words.sort(
        Comparator.comparingDouble(
                (String w) -> -(1 + Math.log(p.terms.get(w))) * frequencies.word(w))
            .thenComparing(w -> w));
    List<String> names = new ArrayList<>(p.names);
    names.sort(
        Comparator.comparingDouble((String n) -> -frequencies.name(n)).thenComparing(n -> n));
    List<String> base = new ArrayList<>();
    words.stream().limit(KEY_WORDS).forEach(w -> base.add("w:" + w));
    names.stream().limit(KEY_NAMES).forEach(n -> base.add("n:" + n));
    // Undated articles may join any story, as in recluster: they share a block with every
    // article of the key, dated or not (a key too common for a block is left out by the caller).
    base.forEach(k -> keys.add(k + "|-"));
    if (p.day == null) {
      return keys;
    }
    long width = Math.max(1, settings.maxGapDays());
    long first = Math.floorDiv(p.day.toEpochDay(), width);
    long last = Math.floorDiv(p.until.toEpochDay(), width);
    for (String k : base) {
      for (long w = first; w <= last + 1; w++) {
        keys.add(k + "|" + w);
      }
    }
    return keys;
  }

  /**
   * Whether two articles of a block may be one story: within the gap, and similar to at least
   * {@value #EDGE_MARGIN} of the join threshold.
   */
  public boolean related(Profile a, Profile b) {
    Similarity.Vector va = a.vector(frequencies);
    Similarity.Vector vb = b.vector(frequencies);
    if (Similarity.gapDays(va.signature(), vb.signature()) > settings.maxGapDays()) {
      return false;
    }
    double s = Similarity.of(va, a.weights, vb, settings.wordWeight(), settings.embeddingWeight());
    boolean embedded = a.embedding != null && b.embedding != null;
    return s >= EDGE_MARGIN * settings.threshold(embedded, false);
  }

  /**
   * Clusters a component's articles as recluster would: one by one, earliest published first, into
   * an index of their own weighted with the batch's frequencies; merges are followed.
   *
   * @return article id to story id
   */
  public Map<String, String> cluster(List<Profile> component) {
    if (component.size() == 1) {
      // Alone, an article starts its own story, as the clusterer would name it.
      String id = component.get(0).articleId;
      return Map.of(id, StoryClusterer.storyId(id));
    }
    List<Profile> ordered = new ArrayList<>(component);
    ordered.sort(PUBLISH_ORDER);
    Map<String, String> storyOf = new LinkedHashMap<>();
    try (StoryClusterer clusterer = StoryClusterer.inMemory(settings, frequencies)) {
      for (Profile p : ordered) {
        Assignment a = clusterer.assign(p.articleId, p.signature(), null);
        storyOf.put(p.articleId, a.storyId());
        for (String merged : a.merged()) {
          storyOf.replaceAll((k, v) -> v.equals(merged) ? a.storyId() : v);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return storyOf;
  }
}
