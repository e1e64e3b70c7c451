package org.dossier.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StoredArticle;
import org.dossier.store.WriteBatch;
import org.dossier.stories.Assignment;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.StoryInput;
import org.dossier.stories.TitleEmbedder;

/**
 * Puts stored articles into stories: {@link #assignNew()} places every article that is in no story
 * yet (after an ingest), {@link #recluster()} forgets every assignment and places all articles
 * again in publish order. Assignments are written a page per transaction; the candidate index lives
 * in the data folder beside the database.
 *
 * <p>NOTE: the database is committed before the index. If a run dies between the two, the index
 * misses the last page's articles until {@code dossier recluster} rebuilds it.
 */
public final class StoryAssignment {

  /** Threads that embed titles and leads: one per core. */
  private static final ForkJoinPool EMBEDDING_POOL =
      new ForkJoinPool(Runtime.getRuntime().availableProcessors());

  /** Articles per transaction. */
  static final int PAGE = 256;

  private final ArticleStore store;
  private final Path indexFolder;
  private final StoryClusterer.Settings settings;

  /**
   * An assignment over a store.
   *
   * @param indexFolder where the candidate index lives (created when missing)
   */
  public StoryAssignment(ArticleStore store, Path indexFolder, StoryClusterer.Settings settings) {
    this.store = store;
    this.indexFolder = indexFolder;
    this.settings = settings;
  }

  /** The index folder of a data folder. */
  public static Path indexFolder(Path dataDir) {
    return dataDir.resolve("story-index");
  }

  /**
   * What a run did.
   *
   * @param assigned articles placed
   * @param started stories started
   * @param merged stories found to be one and merged
   * @param linked links made between chapters of a saga
   * @param elapsed how long it took
   */
  public record Report(long assigned, long started, long merged, long linked, Duration elapsed) {
    /** Articles placed per second. */
    public double perSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s == 0 ? 0 : assigned / s;
    }
  }

  /** Places every article that is in no story. */
  public Report assignNew() throws IOException {
    long start = System.nanoTime();
    Counts counts = new Counts();
    try (StoryClusterer clusterer = StoryClusterer.open(indexFolder, settings)) {
      catchUp(clusterer);
      // Earliest published first, as a recluster places them: the same articles make the same
      // stories whether they came in one ingest or several, and whatever their files were called.
      List<String> ids = store.unassigned();
      for (int i = 0; i < ids.size(); i += PAGE) {
        place(clusterer, ids.subList(i, Math.min(ids.size(), i + PAGE)), counts, false, Map.of());
      }
    }
    return counts.report(start);
  }

  /**
   * Forgets every assignment and places every article again, earliest published first, into a new
   * index (which also replaces a damaged one).
   */
  public Report recluster() throws IOException {
    return recluster(ProgressListener.NONE);
  }

  /** {@link #recluster()}, telling {@code progress} after every page of articles. */
  public Report recluster(ProgressListener progress) throws IOException {
    long start = System.nanoTime();
    Counts counts = new Counts();
    // A story keeps its id when the article that starts it again was in it before.
    Map<String, String> before = store.storyAssignments();
    try (StoryClusterer clusterer = StoryClusterer.rebuild(indexFolder, settings)) {
      List<String> all = store.articleIdsByPublished();
      for (int i = 0; i < all.size(); i += PAGE) {
        place(clusterer, all.subList(i, Math.min(all.size(), i + PAGE)), counts, i == 0, before);
        progress.progress(counts.assigned, all.size(), counts.assigned);
      }
    }
    return counts.report(start);
  }

  private static final class Counts {
    long assigned;
    long started;
    long merged;
    final Set<String> links = new HashSet<>();

    Report report(long startNanos) {
      return new Report(
          assigned,
          started,
          merged,
          links.size(),
          Duration.ofNanos(System.nanoTime() - startNanos));
    }
  }

  /**
   * Brings the candidate index in step with the store's stories before new articles are placed:
   * files the articles that another process placed (a shared store is written from several
   * machines, each with its own data folder), moves those whose story another process merged, and
   * forgets those in no story. On one data folder the two agree and this only compares them, unless
   * a run died between committing the store and the index.
   *
   * @return how many articles were filed or forgotten
   */
  int catchUp(StoryClusterer clusterer) throws IOException {
    Map<String, String> stored = store.storyAssignments();
    Map<String, String> filed = clusterer.filed();
    int changed = 0;
    for (String id : filed.keySet()) {
      if (!stored.containsKey(id)) {
        clusterer.forget(id);
        changed++;
      }
    }
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> e : stored.entrySet()) {
      if (!e.getValue().equals(filed.get(e.getKey()))) {
        missing.add(e.getKey());
      }
    }
    java.util.Collections.sort(missing);
    for (int i = 0; i < missing.size(); i += PAGE) {
      Embedded page = embedded(missing.subList(i, Math.min(missing.size(), i + PAGE)));
      for (StoryInput in : page.inputs()) {
        clusterer.file(in, stored.get(in.articleId()));
        changed++;
      }
    }
    if (changed > 0) {
      clusterer.commit();
    }
    return changed;
  }

  /**
   * Stored articles as the clusterer reads them, with their embeddings.
   *
   * @param inputs the articles found, in order
   * @param stored the embeddings that were in the store already
   */
  private record Embedded(List<StoryInput> inputs, Map<String, float[]> stored) {}

  private Embedded embedded(List<String> ids) throws IOException {
    List<StoryInput> inputs = new ArrayList<>();
    Map<String, StoredAnnotation> annotations = store.annotations(ids);
    for (StoredArticle stored : store.articlesById(ids)) {
      inputs.add(input(stored.article(), annotations.get(stored.article().id())));
    }
    // Embeddings are the costly part and independent per article: read from the store where an
    // earlier run made them (recluster never recomputes one), else computed on every core.
    Map<String, float[]> stored =
        store.embeddings(inputs.stream().map(StoryInput::articleId).toList(), TitleEmbedder.MODEL);
    boolean toEmbed =
        inputs.stream().anyMatch(in -> !in.alone() && !stored.containsKey(in.articleId()));
    TitleEmbedder embedder = toEmbed ? TitleEmbedder.shared() : null;
    List<StoryInput> embedded =
        EMBEDDING_POOL
            .submit(
                () ->
                    inputs.parallelStream()
                        .map(
                            in -> {
                              float[] known = stored.get(in.articleId());
                              if (known == null && in.alone()) {
                                return in; // a page that is no article is compared with none
                              }
                              return in.withEmbedding(
                                  known != null ? known : embedder.embed(in.title(), in.text()));
                            })
                        .toList())
            .join();
    return new Embedded(embedded, stored);
  }

  private void place(
      StoryClusterer clusterer,
      List<String> ids,
      Counts counts,
      boolean clearFirst,
      Map<String, String> previous)
      throws IOException {
    Embedded page = embedded(ids);
    List<StoryInput> embedded = page.inputs();
    Map<String, float[]> stored = page.stored();
    // The articles are assigned one by one.
    List<Assignment> done = new ArrayList<>();
    for (StoryInput in : embedded) {
      done.add(clusterer.assign(in, previous.get(in.articleId())));
    }
    try (WriteBatch batch = store.begin()) {
      if (clearFirst) {
        batch.clearStories();
      }
      for (StoryInput in : embedded) {
        if (!stored.containsKey(in.articleId()) && in.embedding() != null) {
          batch.putEmbedding(in.articleId(), TitleEmbedder.MODEL, in.embedding());
        }
      }
      for (Assignment a : done) {
        batch.assignStory(a.articleId(), a.storyId(), a.score());
        for (String m : a.merged()) {
          batch.mergeStory(m, a.storyId());
        }
        for (Assignment.Link l : a.links()) {
          batch.linkStories(a.storyId(), l.storyId(), l.score());
        }
        counts.assigned++;
        counts.started += a.started() ? 1 : 0;
        counts.merged += a.merged().size();
        for (Assignment.Link l : a.links()) {
          String x = a.storyId();
          String y = l.storyId();
          counts.links.add(x.compareTo(y) < 0 ? x + " " + y : y + " " + x);
        }
      }
      batch.commit();
    }
    clusterer.commit();
  }

  private static StoryInput input(Article a, StoredAnnotation stored) throws IOException {
    Annotation annotation = stored == null ? null : ArticleAnnotations.fromJson(stored.json());
    return StoryInput.of(a, annotation);
  }
}
