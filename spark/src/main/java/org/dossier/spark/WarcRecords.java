package org.dossier.spark;

import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.input.PortableDataStream;
import org.dossier.ingest.CaptureSink;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Sources;
import org.dossier.model.Capture;

/**
 * The records of one WARC file as an iterator, read as {@code dossier ingest} reads an archive
 * (damaged records skipped with their reason, pages over the byte limit skipped), on a thread of
 * its own so that a file of any size streams through a task a few records at a time.
 */
final class WarcRecords implements Iterator<CaptureRecord> {
  private static final CaptureRecord END = CaptureRecord.skip("", "");

  private final BlockingQueue<CaptureRecord> queue = new ArrayBlockingQueue<>(32);
  private CaptureRecord next;

  private WarcRecords(String name, PortableDataStream stream, long maxBytes) {
    long size = size(name, stream);
    Thread reader =
        new Thread(
            () -> {
              try {
                Sources.warc(
                        name,
                        stream::open,
                        size,
                        IngestOptions.builder().maxBytes(maxBytes).build())
                    .read(
                        new CaptureSink() {
                          @Override
                          public void capture(Capture capture) {
                            put(CaptureRecord.of(capture));
                          }

                          @Override
                          public void skip(String input, String reason) {
                            put(CaptureRecord.skip(input, reason));
                          }
                        });
              } catch (IOException | RuntimeException e) {
                put(CaptureRecord.skip(name, e.getMessage()));
              } finally {
                put(END);
              }
            },
            "dossier-warc-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The records of an archive. */
  static Iterator<CaptureRecord> of(String name, PortableDataStream stream, long maxBytes) {
    return new WarcRecords(name, stream, maxBytes);
  }

  private static long size(String name, PortableDataStream stream) {
    try {
      Path path = new Path(name);
      FileSystem fs = path.getFileSystem(stream.getConfiguration());
      return fs.getFileStatus(path).getLen();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private void put(CaptureRecord r) {
    try {
      queue.put(r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading an archive", e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading an archive", e);
      }
    }
    return next != END;
  }

  @Override
  public CaptureRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    CaptureRecord r = next;
    next = null;
    return r;
  }
}
