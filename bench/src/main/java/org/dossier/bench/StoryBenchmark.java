package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.stories.Assignment;
import org.dossier.stories.BCubed;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryInput;
import org.dossier.stories.TitleEmbedder;

/**
 * Measures story assignment as the store grows: a seeded generator writes articles of known stories
 * (story words over a Zipf background vocabulary, a few names per story, publish days a few days
 * apart), the clusterer assigns them one by one into a candidate index on disk, and the rate is
 * taken over the last articles before each checkpoint. The generated stories also give a B-cubed
 * F1, a check that the clusterer still does its job at that size.
 *
 * <p>NOTE: a warm-up of 2,000 articles into a throw-away index runs first, so the first checkpoint
 * is not the JIT's.
 */
public final class StoryBenchmark {

  /** Articles the rate at a checkpoint is measured over. */
  public static final int WINDOW = 1000;

  private static final int VOCABULARY = 40_000;
  private static final int LEAD_WORDS = 160;

  /**
   * Dimensions of the generated embeddings (all-MiniLM-L6-v2's): each article's vector is its
   * story's direction plus noise, so the KNN index does the work it does on real articles.
   */
  private static final int DIMENSIONS = 384;

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) norm;
    }
    return v;
  }

  /**
   * Embedding throughput of the real model on all cores, over generated titles and leads: the
   * per-article cost that ingestion adds before assignment.
   */
  public double embeddingsPerSecond(int texts) {
    Generator g = new Generator(new Random(seed ^ 0xe3b));
    List<StoryInput> inputs = new ArrayList<>();
    for (int i = 0; i < texts; i++) {
      inputs.add(g.next());
    }
    TitleEmbedder embedder = TitleEmbedder.shared();
    embedder.embed("warm", "up");
    long start = System.nanoTime();
    inputs.parallelStream().forEach(in -> embedder.embed(in.title(), in.text()));
    return texts / ((System.nanoTime() - start) / 1e9);
  }

  private final long seed;
  private final double[] zipf;

  /** A benchmark whose articles come from this seed. */
  public StoryBenchmark(long seed) {
    this.seed = seed;
    this.zipf = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      zipf[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      zipf[i] /= sum;
    }
  }

  /** The rate at one store size. */
  public record Checkpoint(int articles, double articlesPerSecond, double microsPerArticle) {}

  /** The figures of a run. */
  public record Result(
      int articles, int stories, List<Checkpoint> checkpoints, double bcubedF1, double seconds) {
    /** Cost per article at the last checkpoint over the cost at the first. */
    public double costRatio() {
      return checkpoints.get(checkpoints.size() - 1).microsPerArticle()
          / checkpoints.get(0).microsPerArticle();
    }
  }

  /**
   * Assigns {@code total} generated articles into an index in a folder.
   *
   * @param checkpoints store sizes at which the rate is reported, ascending, each at least {@link
   *     #WINDOW}
   */
  public Result run(Path indexFolder, int total, List<Integer> checkpoints) throws IOException {
    return run(indexFolder, total, checkpoints, done -> {});
  }

  /**
   * As {@link #run(Path, int, List)}, telling {@code progress} how many articles are assigned after
   * each.
   */
  public Result run(Path indexFolder, int total, List<Integer> checkpoints, LongConsumer progress)
      throws IOException {
    try (StoryClusterer warm = StoryClusterer.inMemory(StoryClusterer.Settings.defaults())) {
      Generator g = new Generator(new Random(seed ^ 0x5eed));
      for (int i = 0; i < 2000; i++) {
        warm.assign(g.next());
      }
    }
    Generator g = new Generator(new Random(seed));
    Map<String, String> gold = new HashMap<>();
    Map<String, String> found = new HashMap<>();
    Map<String, String> mergedInto = new HashMap<>();
    List<Checkpoint> out = new ArrayList<>();
    long started = System.nanoTime();
    try (StoryClusterer c = StoryClusterer.open(indexFolder, StoryClusterer.Settings.defaults())) {
      long windowStart = System.nanoTime();
      for (int i = 1; i <= total; i++) {
        if (checkpoints.contains(i - 1 + WINDOW)) {
          windowStart = System.nanoTime();
        }
        StoryInput in = g.next();
        gold.put(in.articleId(), g.storyOf(in.articleId()));
        Assignment a = c.assign(in);
        found.put(in.articleId(), a.storyId());
        for (String merged : a.merged()) {
          mergedInto.put(merged, a.storyId());
        }
        progress.accept(i);
        if (checkpoints.contains(i)) {
          double seconds = (System.nanoTime() - windowStart) / 1e9;
          out.add(new Checkpoint(i, WINDOW / seconds, seconds * 1e6 / WINDOW));
        }
      }
      c.commit();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    found.replaceAll(
        (k, v) -> {
          String story = v;
          while (mergedInto.containsKey(story)) {
            story = mergedInto.get(story);
          }
          return story;
        });
    return new Result(total, g.stories(), out, BCubed.of(gold, found).f1(), seconds);
  }

  /** Writes articles of stories: a new story one time in five, else a recent one. */
  private final class Generator {
    private final Random random;
    private final List<int[]> storyWords = new ArrayList<>();
    private final List<String[]> storyNames = new ArrayList<>();
    private final List<LocalDate> storyDays = new ArrayList<>();
    private final List<float[]> storyVectors = new ArrayList<>();
    private final Map<String, String> storyOf = new HashMap<>();
    private int articles;

    Generator(Random random) {
      this.random = random;
    }

    int stories() {
      return storyWords.size();
    }

    String storyOf(String article) {
      return storyOf.get(article);
    }

    StoryInput next() {
      int story;
      if (storyWords.isEmpty() || random.nextInt(5) == 0) {
        story = storyWords.size();
        int[] words = new int[30];
        for (int i = 0; i < words.length; i++) {
          words[i] = 300 + random.nextInt(VOCABULARY - 300);
        }
        storyWords.add(words);
        String[] names = new String[4];
        for (int i = 0; i < names.length; i++) {
          names[i] =
              "Name" + Integer.toString(random.nextInt(1 << 30), 36) + " " + "Surname" + story + i;
        }
        storyNames.add(names);
        storyDays.add(LocalDate.of(2024, 1, 1).plusDays(articles / 150 + random.nextInt(3)));
        float[] centre = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
          centre[i] = (float) random.nextGaussian();
        }
        storyVectors.add(unit(centre));
      } else {
        story =
            Math.max(0, storyWords.size() - 1 - random.nextInt(Math.min(200, storyWords.size())));
      }
      String id = String.format("%016x", random.nextLong());
      storyOf.put(id, "story" + story);
      articles++;
      int[] topic = storyWords.get(story);
      StringBuilder title = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        title
            .append(
                word(random.nextInt(3) > 0 ? topic[random.nextInt(topic.length)] : background()))
            .append(' ');
      }
      StringBuilder text = new StringBuilder();
      List<EntityMention> entities = new ArrayList<>();
      String[] names = storyNames.get(story);
      for (int i = 0; i < LEAD_WORDS; i++) {
        if (i % 40 == 5) {
          String name = names[random.nextInt(names.length)];
          entities.add(
              new EntityMention(
                  name,
                  i % 80 == 5 ? EntityType.PERSON : EntityType.ORGANISATION,
                  text.length(),
                  text.length() + name.length(),
                  name));
          text.append(name).append(' ');
        }
        text.append(
                word(random.nextInt(100) < 35 ? topic[random.nextInt(topic.length)] : background()))
            .append(' ');
      }
      LocalDate day = storyDays.get(story).plusDays(random.nextInt(4));
      String body = text.toString().trim();
      Annotation a = new Annotation(0, body, day.toString(), false, entities, List.of(), List.of());
      float[] centre = storyVectors.get(story);
      float[] v = new float[DIMENSIONS];
      for (int i = 0; i < DIMENSIONS; i++) {
        v[i] = centre[i] + (float) (random.nextGaussian() * 0.04);
      }
      return new StoryInput(id, title.toString().trim(), body, day, a, unit(v));
    }

    private int background() {
      double u = random.nextDouble();
      int lo = 0;
      int hi = VOCABULARY - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (zipf[mid] < u) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    private String word(int rank) {
      return "w" + Integer.toString(rank, 36);
    }
  }
}
