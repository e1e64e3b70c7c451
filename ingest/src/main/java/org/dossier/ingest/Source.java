package org.dossier.ingest;

import java.io.IOException;

/** One thing a user asked to ingest: a file, a folder, a feed, a WARC archive or a URL. */
public interface Source {

  /** The source as a user named it. */
  String name();

  /** How many inputs it holds when known up front (files in a folder), else 1. */
  default int size() {
    return 1;
  }

  /**
   * Reads the source and hands every capture to the sink.
   *
   * @throws IOException when the source as a whole cannot be read (a missing folder)
   */
  void read(CaptureSink sink) throws IOException;
}
