package org.dossier.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.annotate.Annotator;
import org.dossier.extract.Extractor;
import org.dossier.ingest.CaptureSink;
import org.dossier.ingest.Source;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.ContentHash;
import org.dossier.model.Diagnostic;
import org.dossier.store.ArticleLink;
import org.dossier.store.ArticleStore;
import org.dossier.store.LinkKind;
import org.dossier.store.WriteBatch;

/**
 * Ingests sources into a store: sources are read on the calling thread, captures are extracted on a
 * pool of worker threads, and one writer thread stores the results in order, in transactions of
 * {@code batchSize} captures, recording exact duplicates, near-duplicates and new versions as
 * links.
 *
 * <p>NOTE: ingestion is idempotent: a capture already stored (same source, same bytes) is counted
 * as unchanged without being extracted again, and an article already stored (same page identity,
 * same text) is not stored twice.
 */
public final class Ingestion {
  /** Estimated Jaccard similarity at or above which two articles are near-duplicates. */
  public static final double NEAR_DUPLICATE = 0.5;

  private final ArticleStore store;
  private final Extractor extractor;
  private final int threads;
  private final int batchSize;
  private final ProgressListener progress;
  private final boolean annotate;

  /**
   * An ingestion into a store that does not annotate (see {@link #Ingestion(ArticleStore,
   * Extractor, int, int, ProgressListener, boolean)}).
   */
  public Ingestion(
      ArticleStore store,
      Extractor extractor,
      int threads,
      int batchSize,
      ProgressListener progress) {
    this(store, extractor, threads, batchSize, progress, false);
  }

  /**
   * An ingestion into a store.
   *
   * @param threads extraction threads, at least 1
   * @param batchSize captures per transaction, at least 1
   * @param annotate whether every stored article is annotated too (on the extraction threads), its
   *     annotation stored in the same transaction
   */
  public Ingestion(
      ArticleStore store,
      Extractor extractor,
      int threads,
      int batchSize,
      ProgressListener progress,
      boolean annotate) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.store = store;
    this.extractor = extractor;
    this.threads = threads;
    this.batchSize = batchSize;
    this.progress = progress;
    this.annotate = annotate;
  }

  /** Ingests every source and reports what happened; one bad input never stops the run. */
  public IngestReport run(List<Source> sources) {
    long start = System.nanoTime();
    long total = sources.stream().mapToLong(Source::size).sum();
    BlockingQueue<Item> queue = new ArrayBlockingQueue<>(threads * 8);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("dossier-extract"));
    Writer writer = new Writer(queue, total);
    Thread writerThread = daemon("dossier-writer").newThread(writer);
    writerThread.start();
    Feeder feeder = new Feeder(queue, pool, writer.failure);
    try {
      for (Source source : sources) {
        try {
          source.read(feeder);
        } catch (IOException e) {
          IngestReport.Skip skip = IngestReport.Skip.of(source.name(), e.getMessage());
          feeder.skip(skip.input(), skip.reason());
        }
      }
    } catch (Aborted e) {
      // The writer failed; its failure is reported below.
    } finally {
      put(queue, Item.END, writer.failure);
      join(writerThread);
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return writer.report(elapsed);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(BlockingQueue<Item> queue, Item item, AtomicReference<String> failure) {
    try {
      while (!queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        if (failure.get() != null && item != Item.END) {
          throw new Aborted();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Aborted();
    }
  }

  /** Thrown on the reading thread to stop reading once the writer has failed. */
  private static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super(null, null, false, false);
    }
  }

  /**
   * An extracted article with what the writer needs to place it: computed off the writer thread.
   */
  private record Prepared(
      Article article,
      String textHash,
      int[] signature,
      long[] bands,
      String annotation,
      String annotationFailure) {
    static Prepared of(Article a, boolean annotate) {
      String normalized = ContentHash.normalize(a.text());
      int[] signature = MinHash.signature(normalized);
      boolean usable = storable(a);
      ArticleAnnotations.Stored annotation =
          annotate && usable
              ? ArticleAnnotations.annotateForStore(a)
              : new ArticleAnnotations.Stored(null, null);
      return new Prepared(
          a,
          ContentHash.sha256(normalized),
          signature,
          signature == null ? null : MinHash.bands(signature),
          annotation.json(),
          annotation.failure());
    }
  }

  /** What travels from the reading thread to the writer, in input order. */
  private record Item(
      Capture capture, String sha256, Future<Prepared> article, String input, String reason) {
    static final Item END = new Item(null, null, null, null, null);

    static Item skip(String input, String reason) {
      return new Item(null, null, null, input, reason);
    }

    static Item unchanged(Capture capture) {
      return new Item(capture, null, null, null, null);
    }
  }

  /** Runs on the reading thread: hashes captures, skips known ones, hands the rest to the pool. */
  private final class Feeder implements CaptureSink {
    private final BlockingQueue<Item> queue;
    private final ExecutorService pool;
    private final AtomicReference<String> failure;

    Feeder(BlockingQueue<Item> queue, ExecutorService pool, AtomicReference<String> failure) {
      this.queue = queue;
      this.pool = pool;
      this.failure = failure;
    }

    @Override
    public void capture(Capture capture) {
      if (failure.get() != null) {
        throw new Aborted();
      }
      String sha = ContentHash.sha256(capture.content());
      boolean known;
      try {
        known = store.knowsCapture(capture.source().toString(), sha);
      } catch (IOException e) {
        known = false; // The writer checks again inside its transaction.
      }
      if (known) {
        put(queue, Item.unchanged(capture), failure);
        return;
      }
      if (annotate) {
        // The first new capture: the models load while it and the next ones are extracted.
        Annotator.preload();
      }
      Future<Prepared> article =
          CompletableFuture.supplyAsync(
              () -> Prepared.of(extractor.extract(capture), annotate), pool);
      put(queue, new Item(capture, sha, article, null, null), failure);
    }

    @Override
    public void skip(String input, String reason) {
      put(queue, Item.skip(input, reason), failure);
    }
  }

  /** Runs on the writer thread: stores results in order, committing every batchSize captures. */
  private final class Writer implements Runnable {
    final AtomicReference<String> failure = new AtomicReference<>();
    private final BlockingQueue<Item> queue;
    private final long total;
    private final List<IngestReport.Skip> skipped = new ArrayList<>();
    private long read;
    private long unopened;
    private long stored;
    private long unchanged;
    private long versions;
    private long exact;
    private long near;
    private long handled;

    Writer(BlockingQueue<Item> queue, long total) {
      this.queue = queue;
      this.total = total;
    }

    private final List<IngestReport.Skip> unannotated = new ArrayList<>();

    IngestReport report(Duration elapsed) {
      return new IngestReport(
          read,
          stored,
          unchanged,
          versions,
          exact,
          near,
          skipped,
          elapsed,
          failure.get(),
          unannotated,
          unopened);
    }

    @Override
    public void run() {
      WriteBatch batch = null;
      int inBatch = 0;
      try {
        while (true) {
          Item item = queue.take();
          if (item == Item.END) {
            break;
          }
          // Every input, feed entry and archive record taken up counts as read, the skipped too:
          // read = stored + unchanged + skipped, as the summary lists them.
          read++;
          if (item.reason() != null) {
            skipped.add(new IngestReport.Skip(item.input(), item.reason()));
            unopened++;
            continue;
          }
          if (item.article() == null) {
            unchanged++;
          } else {
            if (batch == null) {
              batch = store.begin();
            }
            handle(batch, item);
            if (++inBatch >= batchSize) {
              batch.commit();
              batch = null;
              inBatch = 0;
            }
          }
          handled++;
          progress.progress(handled, Math.max(total, handled), stored);
        }
        if (batch != null) {
          batch.commit();
          batch = null;
        }
      } catch (IOException | RuntimeException e) {
        failure.set("the store failed, the batch in flight was rolled back: " + e.getMessage());
        queue.clear();
      } catch (InterruptedException e) {
        failure.set("interrupted");
        Thread.currentThread().interrupt();
      } finally {
        if (batch != null) {
          try {
            batch.close();
          } catch (IOException e) {
            failure.compareAndSet(null, e.getMessage());
          }
        }
      }
    }

    private void handle(WriteBatch batch, Item item) throws IOException, InterruptedException {
      Capture capture = item.capture();
      String input = display(capture.source());
      Prepared prepared;
      try {
        prepared = item.article().get();
      } catch (ExecutionException e) {
        skipped.add(new IngestReport.Skip(input, "extraction failed: " + e.getCause()));
        return;
      }
      Article a = prepared.article();
      String rejection = rejection(a);
      if (rejection != null) {
        skipped.add(new IngestReport.Skip(input, rejection));
        return;
      }
      String source = capture.source().toString();
      if (batch.hasCapture(source, item.sha256())) {
        unchanged++;
        return;
      }
      if (batch.hasArticle(a.id())) {
        batch.putCapture(capture, item.sha256(), a.id());
        unchanged++;
        return;
      }
      Placed placed = place(batch, a, prepared.textHash(), prepared.signature(), prepared.bands());
      batch.putCapture(capture, item.sha256(), a.id());
      if (prepared.annotation() != null) {
        batch.putAnnotation(a.id(), Annotator.VERSION, prepared.annotation());
      } else if (prepared.annotationFailure() != null) {
        unannotated.add(new IngestReport.Skip(input, prepared.annotationFailure()));
      }
      stored++;
      versions += placed.version() ? 1 : 0;
      exact += placed.exact() ? 1 : 0;
      near += placed.near() ? 1 : 0;
    }
  }

  /**
   * What storing a new article found.
   *
   * @param version it is a new version of a stored page
   * @param exact it repeats a stored article's text exactly
   * @param near it is a near-duplicate (syndicated or rewritten copy) of stored articles
   */
  record Placed(boolean version, boolean exact, boolean near) {}

  /**
   * Stores a new article as the next version of its page, with its hash, signature and LSH bands,
   * and links it to the version before, to a stored exact copy, or else to its near-duplicates:
   * what every path that stores articles does (this ingestion, and {@link BatchLoad}).
   */
  static Placed place(WriteBatch batch, Article a, String textHash, int[] signature, long[] bands)
      throws IOException {
    int latest = batch.latestVersion(a.identity());
    String previous = latest > 0 ? batch.latestVersionId(a.identity()) : null;
    batch.putArticle(a, latest + 1, textHash, signature);
    if (previous != null) {
      batch.link(
          new ArticleLink(
              a.id(),
              previous,
              LinkKind.VERSION,
              MinHash.similarity(signature, batch.signature(previous))));
    }
    boolean exact = false;
    boolean near = false;
    List<String> same = new ArrayList<>(batch.articlesWithTextHash(textHash));
    same.remove(a.id());
    same.remove(previous);
    if (!same.isEmpty()) {
      batch.link(new ArticleLink(a.id(), same.get(0), LinkKind.EXACT, 1.0));
      exact = true;
    } else if (signature != null) {
      Set<String> candidates = batch.articlesInBands(bands);
      candidates.remove(a.id());
      candidates.remove(previous);
      for (String candidate : candidates.stream().sorted().toList()) {
        double similarity = MinHash.similarity(signature, batch.signature(candidate));
        if (similarity >= NEAR_DUPLICATE) {
          batch.link(new ArticleLink(a.id(), candidate, LinkKind.NEAR, similarity));
          near = true;
        }
      }
    }
    if (signature != null) {
      batch.putBands(a.id(), bands);
    }
    return new Placed(previous != null, exact, near);
  }

  /** Whether an extracted article is stored: it has body text and no error. */
  private static boolean storable(Article a) {
    return !a.paragraphs().isEmpty()
        && a.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
  }

  /**
   * Why an extracted article is not stored (its error, or no body text), or null when it is: the
   * rule every ingest path applies (this one, and the Spark job's).
   */
  public static String rejection(Article a) {
    if (storable(a)) {
      return null;
    }
    Diagnostic error =
        a.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
            .findFirst()
            .orElse(null);
    return error == null ? "no body text" : withoutInput(error.message(), a.source());
  }

  /** A source as a user would name it: a path for files, else the URI. */
  public static String display(URI source) {
    if ("file".equals(source.getScheme())) {
      try {
        String path =
            Path.of(new URI(source.getScheme(), source.getSchemeSpecificPart(), null)).toString();
        return source.getFragment() == null ? path : path + "#" + source.getFragment();
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        return source.toString();
      }
    }
    return source.toString();
  }

  private static String withoutInput(String message, URI source) {
    String prefix = source + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
