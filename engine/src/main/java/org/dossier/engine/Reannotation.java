package org.dossier.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.annotate.Annotator;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import org.dossier.store.WriteBatch;

/**
 * Brings a store's annotations up to the current annotator: every article without an annotation, or
 * with one an older annotator wrote, is annotated again from its stored text, a page of articles
 * per transaction, so an interrupted run keeps what it finished and resumes where it stopped.
 */
public final class Reannotation {
  /** Articles per transaction. */
  static final int PAGE = 32;

  private final ArticleStore store;
  private final int threads;
  private final ProgressListener progress;

  /**
   * A re-annotation of a store.
   *
   * @param threads annotation threads, at least 1
   */
  public Reannotation(ArticleStore store, int threads, ProgressListener progress) {
    this(store, null, threads, progress);
  }

  /**
   * A re-annotation of a store that also brings the search index's entries of the re-annotated
   * articles up to date (their quotes, speakers and names come from the annotation).
   *
   * @param index the data folder's search index, or null to leave it alone
   * @param threads annotation threads, at least 1
   */
  public Reannotation(
      ArticleStore store, SearchIndex index, int threads, ProgressListener progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.store = store;
    this.index = index;
    this.threads = threads;
    this.progress = progress;
  }

  private final SearchIndex index;

  /**
   * Rewrites the search entries of re-annotated articles, and forgets them: once 1,024 are waiting,
   * or all of them at the end.
   */
  private void rewrite(List<String> unindexed, boolean all) throws IOException {
    if (index != null && (all ? !unindexed.isEmpty() : unindexed.size() >= 1024)) {
      index.rewrite(store, unindexed);
      unindexed.clear();
    }
  }

  /**
   * What a run did.
   *
   * @param annotated articles annotated and stored
   * @param failures articles the annotator failed on, each with the reason
   * @param upToDate articles whose annotation was already current and was left alone
   * @param elapsed how long the run took
   */
  public record Report(
      long annotated, List<IngestReport.Skip> failures, long upToDate, Duration elapsed) {
    /** Copies the failures. */
    public Report {
      failures = List.copyOf(failures);
    }
  }

  /**
   * Re-annotates what needs it.
   *
   * @param all re-annotate every article, current or not (after a change the version did not
   *     record)
   */
  public Report run(boolean all) throws IOException {
    long start = System.nanoTime();
    int below = all ? Integer.MAX_VALUE : Annotator.VERSION;
    long total = store.stats().articles();
    long upToDate = all ? 0 : store.annotated(Annotator.VERSION);
    long todo = total - upToDate;
    long annotated = 0;
    long done = 0;
    List<IngestReport.Skip> failures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<String> unindexed = new ArrayList<>(); // committed, search entries not yet rewritten
    try {
      String after = null;
      while (true) {
        List<String> ids = store.needingAnnotation(below, after, PAGE);
        if (ids.isEmpty()) {
          break;
        }
        Annotator.preload(); // the first page: the models load on every core while it is read
        after = ids.get(ids.size() - 1);
        List<Future<ArticleAnnotations.Stored>> work = new ArrayList<>();
        List<String> page = new ArrayList<>();
        Map<String, Article> stored = new HashMap<>();
        for (StoredArticle s : store.articlesById(ids)) {
          stored.put(s.article().id(), s.article());
        }
        for (String id : ids) {
          Article a = stored.get(id);
          work.add(pool.submit(() -> a == null ? null : ArticleAnnotations.annotateForStore(a)));
        }
        try (WriteBatch batch = store.begin()) {
          for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ArticleAnnotations.Stored result;
            try {
              result = work.get(i).get();
            } catch (ExecutionException e) {
              failures.add(new IngestReport.Skip(id, "the annotator failed: " + e.getCause()));
              continue;
            }
            if (result == null) {
              continue;
            }
            if (result.json() != null) {
              batch.putAnnotation(id, Annotator.VERSION, result.json());
              page.add(id);
              annotated++;
              continue;
            }
            failures.add(new IngestReport.Skip(id, result.failure()));
            if (ArticleAnnotations.notEnglish(stored.get(id)) != null) {
              // An older annotator's reading of another language goes; the article stays.
              batch.removeAnnotation(id);
              page.add(id);
            }
          }
          batch.commit();
        }
        unindexed.addAll(page);
        rewrite(unindexed, false);
        done += ids.size();
        progress.progress(done, Math.max(todo, done), annotated);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted; what was committed is kept", e);
    } finally {
      pool.shutdownNow();
      rewrite(
          unindexed, true); // what was committed is searchable as annotated, even after a failure
    }
    return new Report(annotated, failures, upToDate, Duration.ofNanos(System.nanoTime() - start));
  }
}
