package org.dossier.engine;

/** Told how an ingestion run advances, for a progress bar; called from the writer thread. */
@FunctionalInterface
public interface ProgressListener {

  /** Nothing is shown. */
  ProgressListener NONE = (done, total, stored) -> {};

  /**
   * Reports progress.
   *
   * @param done captures handled so far
   * @param total inputs known so far (files in folders; feeds and archives count as one until read)
   * @param stored articles stored so far
   */
  void progress(long done, long total, long stored);
}
