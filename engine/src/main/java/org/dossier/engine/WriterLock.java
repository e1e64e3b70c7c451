package org.dossier.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.dossier.store.StoreLocation;

/**
 * The one writer of a data folder: every command that writes (ingest, recluster, reannotate, the
 * server's ingest jobs) holds this lock on {@code DATA/writer.lock} while it writes, so a second
 * writer waits, saying for whom, instead of failing on a busy database or a locked index. Readers
 * (the server's pages, {@code story}, {@code export}) never take it: SQLite's WAL mode lets them
 * read while a writer writes.
 *
 * <p>NOTE: an operating-system file lock, released when the process ends however it ends.
 */
public final class WriterLock implements Closeable {
  /** The lock file's name in the data folder. */
  public static final String FILE = "writer.lock";

  /**
   * Writers within this process (a server's job beside a command run in the same JVM) queue here
   * first: the operating system's lock is per process, and a second request from the same process
   * would not wait but fail.
   */
  private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.Semaphore>
      IN_PROCESS = new java.util.concurrent.ConcurrentHashMap<>();

  private final FileChannel channel;
  private final FileLock lock;
  private final java.util.concurrent.Semaphore local;
  private Closeable store;

  private WriterLock(FileChannel channel, FileLock lock, java.util.concurrent.Semaphore local) {
    this.channel = channel;
    this.lock = lock;
    this.local = local;
  }

  /**
   * Takes the data folder's writer lock, waiting for it when another process holds it.
   *
   * @param dataDir the data folder
   * @param holder what this process is doing, recorded for a writer that has to wait
   * @param waiting told once, with who holds the lock, when this call has to wait
   */
  public static WriterLock acquire(Path dataDir, String holder, Consumer<String> waiting)
      throws IOException {
    return acquire(StoreLocation.embedded(dataDir), holder, waiting);
  }

  /**
   * Takes the data folder's writer lock and, for a shared store, the store's own (so that writers
   * on other machines take turns too), waiting for each when another process holds it.
   *
   * @param where the data folder and the store
   * @param holder what this process is doing, recorded for a writer that has to wait
   * @param waiting told, with who holds a lock, when this call has to wait for it
   */
  public static WriterLock acquire(StoreLocation where, String holder, Consumer<String> waiting)
      throws IOException {
    WriterLock folder = acquireFolder(where.dataDir(), holder, waiting);
    try {
      folder.store = where.writerLock(holder, waiting);
      return folder;
    } catch (IOException | RuntimeException e) {
      folder.close();
      throw e;
    }
  }

  private static WriterLock acquireFolder(Path dataDir, String holder, Consumer<String> waiting)
      throws IOException {
    java.nio.file.Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE);
    java.util.concurrent.Semaphore local =
        IN_PROCESS.computeIfAbsent(
            file.toAbsolutePath().normalize(), k -> new java.util.concurrent.Semaphore(1, true));
    if (!local.tryAcquire()) {
      waiting.accept(
          "another writer in this process is writing to " + dataDir + "; waiting for it");
      try {
        local.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(file + ": interrupted while waiting for the writer lock", e);
      }
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        waiting.accept(
            "another process is writing to "
                + dataDir
                + " ("
                + read(channel)
                + "); waiting for it to finish");
        lock = channel.lock();
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + ": " + holder)
                  .getBytes(StandardCharsets.UTF_8)),
          0);
      channel.force(false);
      return new WriterLock(channel, lock, local);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      local.release();
      throw new IOException(file + ": cannot take the writer lock: " + e, e);
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(512);
    int n = channel.read(b, 0);
    String s = n <= 0 ? "" : new String(b.array(), 0, n, StandardCharsets.UTF_8).strip();
    return s.isEmpty() ? "holder unknown" : s;
  }

  @Override
  public void close() throws IOException {
    try {
      if (store != null) {
        store.close();
      }
    } finally {
      closeFolder();
    }
  }

  private void closeFolder() throws IOException {
    try {
      lock.release();
    } finally {
      try {
        channel.close();
      } finally {
        local.release();
      }
    }
  }
}
