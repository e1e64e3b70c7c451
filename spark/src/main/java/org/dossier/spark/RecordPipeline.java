package org.dossier.spark;

import java.util.Iterator;
import org.apache.spark.sql.Row;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.engine.Ingestion;
import org.dossier.extract.Extractor;
import org.dossier.model.Article;
import org.dossier.stories.TitleEmbedder;

/**
 * The per-record work of the job, run in the executors over a partition's records: extract,
 * annotate, embed, with one annotator and one encoder per executor JVM (the shared ones, loaded on
 * first use). A record that cannot become an article becomes a skip with its reason; an article
 * whose annotation fails is kept without one, with the reason, as at ingest.
 */
final class RecordPipeline {
  private RecordPipeline() {}

  /** Spark's log: each skipped record, with its reason, beside the {@code skips} table. */
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RecordPipeline.class);

  private static Row skipped(String input, String reason) {
    LOG.warn("skipped {}: {}", input, reason);
    return ArticleRows.skip(input, reason);
  }

  /** The rows of a partition's records, made one at a time as the iterator is read. */
  static Iterator<Row> rows(Iterator<CaptureRecord> records, boolean annotate) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        return row(records.next(), annotate);
      }
    };
  }

  static Row row(CaptureRecord r, boolean annotate) {
    if (r.isSkip()) {
      return skipped(r.skipInput, r.skipReason);
    }
    Article a;
    try {
      a = Extractor.standard().extract(r.capture());
    } catch (RuntimeException | StackOverflowError e) {
      return skipped(r.source, "extraction failed: " + e);
    }
    String rejected = Ingestion.rejection(a);
    if (rejected != null) {
      return skipped(r.source, rejected);
    }
    ArticleAnnotations.Stored annotation =
        annotate
            ? ArticleAnnotations.annotateForStore(a)
            : new ArticleAnnotations.Stored(null, null);
    if (annotation.failure() != null) {
      LOG.warn("kept without annotation {}: {}", r.source, annotation.failure());
    }
    float[] embedding;
    try {
      embedding = TitleEmbedder.shared().embed(a.title(), a.text());
    } catch (RuntimeException e) {
      embedding = null;
    }
    return ArticleRows.record(a, annotation.json(), annotation.failure(), embedding);
  }
}
