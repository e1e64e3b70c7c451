package org.dossier.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Where a command's store lives: the embedded SQLite database in the data folder (the default), or
 * a shared PostgreSQL database named by {@code --store}. The data folder holds what is local to a
 * machine in both cases: the search and story indexes, the writer lock file, followed feeds.
 *
 * @param dataDir the data folder
 * @param store null for the embedded store, else {@code postgresql://HOST[:PORT]/DB} or a {@code
 *     jdbc:postgresql:} URL, without credentials
 */
public record StoreLocation(Path dataDir, String store) {

  /**
   * Checks the store URL.
   *
   * @throws IllegalArgumentException when the store is neither empty nor a PostgreSQL URL without
   *     credentials
   */
  public StoreLocation {
    if (store != null && store.isBlank()) {
      store = null;
    }
    if (store != null) {
      if (!PostgresBackend.names(store)) {
        throw new IllegalArgumentException(
            "unknown store: " + store + " (give postgresql://HOST[:PORT]/DB, or no --store)");
      }
      PostgresBackend.of(store);
    }
  }

  /** Whether a value names a shared store by its URL (else it may be a data folder). */
  public static boolean isUrl(String value) {
    return PostgresBackend.names(value);
  }

  /** The embedded store in a data folder. */
  public static StoreLocation embedded(Path dataDir) {
    return new StoreLocation(dataDir, null);
  }

  /** Whether this is the embedded store in the data folder. */
  public boolean isEmbedded() {
    return store == null;
  }

  /** Opens the store, creating its schema or bringing it up to date. */
  public ArticleStore open() throws IOException {
    return store == null ? SqliteBackend.open(dataDir) : PostgresBackend.of(store).open();
  }

  /**
   * Takes the shared store's writer lock, so that writers on every machine take turns; for the
   * embedded store, the data folder's lock file does this and this lock is empty.
   *
   * @param holder what this process is doing, shown to a writer that has to wait
   * @param waiting told once, with who holds the lock, when this call has to wait
   */
  public Closeable writerLock(String holder, Consumer<String> waiting) throws IOException {
    return store == null ? () -> {} : PostgresBackend.of(store).writerLock(holder, waiting);
  }

  /** The store as messages name it. */
  public String describe() {
    return store == null ? dataDir.resolve(SqliteBackend.FILE).toString() : store;
  }
}
