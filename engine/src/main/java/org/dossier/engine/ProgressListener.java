package org.dossier.engine;

/**
 * Told how a long run (ingestion, reannotation, recluster) advances, for a progress bar; called
 * from the writing thread.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Nothing is shown. */
  ProgressListener NONE = (done, total, stored) -> {};

  /**
   * Reports progress.
   *
   * @param done inputs handled so far (captures, articles)
   * @param total inputs known so far (files in folders; feeds and archives count as one until read)
   * @param stored articles stored so far
   */
  void progress(long done, long total, long stored);
}
