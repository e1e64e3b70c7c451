package org.dossier.ingest;

import org.dossier.model.Capture;

/**
 * Receives what a {@link Source} reads: captures to extract, and inputs that yielded nothing.
 *
 * <p>NOTE: a source reports a bad input through {@link #skip} and goes on; it throws only when it
 * cannot go on at all.
 */
public interface CaptureSink {

  /** Takes one capture to extract and store. */
  void capture(Capture capture);

  /**
   * Records an input that yielded nothing and why, such as an empty file or a truncated record.
   *
   * @param input the input, named as a user would recognise it (a path, URL or path#record)
   * @param reason one line saying what was wrong
   */
  void skip(String input, String reason);
}
