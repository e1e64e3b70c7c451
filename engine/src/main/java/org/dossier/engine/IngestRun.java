package org.dossier.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Source;
import org.dossier.ingest.Sources;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.stories.StoryClusterer;
import org.dossier.stories.TitleEmbedder;

/**
 * One ingestion of inputs into a data folder, as {@code dossier ingest}, {@code dossier demo} and
 * the server's jobs all run it: resolve the inputs (an unreadable one is a skip), store what they
 * hold, place the new articles in stories, and add them to the search index, over one open store.
 *
 * <p>NOTE: the caller holds the data folder's {@link WriterLock}.
 */
public final class IngestRun {

  /**
   * How to run.
   *
   * @param options limits for reading inputs
   * @param extractor the extractor (with any batch values)
   * @param threads extraction and annotation threads
   * @param batchSize captures per transaction
   * @param annotate whether articles are annotated as they are stored
   * @param stories whether new articles are placed in stories
   */
  public record Settings(
      IngestOptions options,
      Extractor extractor,
      int threads,
      int batchSize,
      boolean annotate,
      boolean stories) {}

  /**
   * What a run did.
   *
   * @param report the ingestion, unreadable inputs among its skips
   * @param stories the story assignment, or null when skipped (or the ingestion aborted)
   * @param indexing the time the search index took to take the new articles in (zero when the
   *     ingestion aborted)
   * @param elapsed the whole run, from its start to the index's last update: the ingestion's own
   *     time ({@link IngestReport#elapsed()}) leaves out the stories and the index
   */
  public record Result(
      IngestReport report, StoryAssignment.Report stories, Duration indexing, Duration elapsed) {

    /** Captures read per second over the whole run. */
    public double perSecond() {
      double seconds = elapsed.toNanos() / 1e9;
      return seconds == 0 ? 0 : report.read() / seconds;
    }
  }

  private IngestRun() {}

  /** Ingests inputs (paths, folders, feeds, archives, URLs) into the store in a data folder. */
  public static Result run(
      StoreLocation where, List<String> inputs, Settings settings, ProgressListener progress)
      throws IOException {
    long start = System.nanoTime();
    Path data = where.dataDir();
    Sources resolver = new Sources(settings.options());
    List<Source> sources = new ArrayList<>();
    List<IngestReport.Skip> unreadable = new ArrayList<>();
    for (String input : inputs) {
      try {
        sources.add(resolver.resolve(input));
      } catch (IOException e) {
        unreadable.add(IngestReport.Skip.of(input, e.getMessage()));
      }
    }
    // The embedder is used after the ingestion, and loads beside it; the run waits for the load to
    // end before it returns, even when it had nothing to embed (TitleEmbedder.preload).
    TitleEmbedder.Loading embedder =
        settings.stories() ? TitleEmbedder.preload() : TitleEmbedder.Loading.NONE;
    try (ArticleStore store = where.open()) {
      IngestReport report =
          new Ingestion(
                  store,
                  settings.extractor(),
                  settings.threads(),
                  settings.batchSize(),
                  progress,
                  settings.annotate())
              .run(sources);
      if (!unreadable.isEmpty()) {
        report = report.withSkipsFirst(unreadable);
      }
      if (report.aborted() != null) {
        return new Result(report, null, Duration.ZERO, since(start));
      }
      StoryAssignment.Report stories =
          settings.stories()
              ? new StoryAssignment(
                      store, StoryAssignment.indexFolder(data), StoryClusterer.Settings.defaults())
                  .assignNew()
              : null;
      long indexing = System.nanoTime();
      try (SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
        index.update(store);
      }
      return new Result(report, stories, since(indexing), since(start));
    } finally {
      embedder.close();
    }
  }

  private static Duration since(long nanoTime) {
    return Duration.ofNanos(System.nanoTime() - nanoTime);
  }
}
