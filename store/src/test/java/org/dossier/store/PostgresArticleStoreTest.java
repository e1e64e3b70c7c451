package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.dossier.model.Article;
import org.dossier.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, and what only a shared server has. */
class PostgresArticleStoreTest extends ArticleStoreContract {
  /** One schema per data folder, so that a test reopening its folder finds its store again. */
  private final Map<Path, String> stores = new HashMap<>();

  @Override
  ArticleStore open(Path dataDir) throws IOException {
    return location(dataDir).open();
  }

  private StoreLocation location(Path dataDir) {
    return new StoreLocation(
        dataDir, stores.computeIfAbsent(dataDir, d -> TestPostgres.freshStore("contract")));
  }

  @Test
  void aNewStoreIsAtTheLatestSchemaVersionAndNamedWithoutCredentials() throws IOException {
    try (ArticleStore store = open(dir)) {
      assertEquals(Migrations.latest(), store.schemaVersion());
      assertTrue(store.location().startsWith("postgresql://"), store.location());
    }
  }

  @Test
  void severalProcessesOpeningANewStoreAtOnceMigrateItOnce() throws Exception {
    StoreLocation where = location(dir);
    int n = 4;
    CountDownLatch go = new CountDownLatch(1);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  go.await();
                  try (ArticleStore store = where.open()) {
                    assertEquals(Migrations.latest(), store.schemaVersion());
                  }
                } catch (Throwable e) {
                  failed.compareAndSet(null, e);
                }
              });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(60_000);
    }
    if (failed.get() != null) {
      throw new AssertionError("a concurrent first use failed", failed.get());
    }
  }

  @Test
  void aStoreFromANewerDossierIsRefusedWithAClearMessage() throws Exception {
    StoreLocation where = location(dir);
    try (ArticleStore store = where.open()) {
      assertEquals(Migrations.latest(), store.schemaVersion());
    }
    try (Connection c = TestPostgres.connect(where.store());
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE "
              + where.store().replaceAll(".*currentSchema=", "")
              + ".dossier_meta SET schema_version = 99");
    }
    IOException e = assertThrows(IOException.class, where::open);
    assertTrue(e.getMessage().contains("schema version 99 is newer"), e.getMessage());
  }

  @Test
  void aSecondWriterWaitsForTheFirstAndIsToldWhoHoldsTheLock() throws Exception {
    StoreLocation where = location(dir);
    List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
    CountDownLatch secondHasIt = new CountDownLatch(1);
    try (Closeable first = where.writerLock("dossier ingest (test)", told::add)) {
      Thread second =
          new Thread(
              () -> {
                try (Closeable lock = where.writerLock("dossier recluster (test)", told::add)) {
                  secondHasIt.countDown();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      second.start();
      assertTrue(!secondHasIt.await(1, TimeUnit.SECONDS), "the second writer waits");
      assertEquals(1, told.size(), told.toString());
      assertTrue(told.get(0).contains("dossier ingest (test)"), told.get(0));
    }
    assertTrue(secondHasIt.await(30, TimeUnit.SECONDS), "and writes once the first is done");
  }

  @Test
  void credentialsOnTheCommandLineAreRefused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new StoreLocation(dir, "postgresql://ana:secret@db.example/news"));
    assertTrue(e.getMessage().contains("PGPASSWORD"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new StoreLocation(dir, "postgresql://db.example/news?password=secret"));
    assertThrows(IllegalArgumentException.class, () -> new StoreLocation(dir, "mysql://db/news"));
  }

  @Test
  void aServerThatIsNotThereIsNamedInTheError() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> new StoreLocation(dir, "postgresql://127.0.0.1:1/nothing").open());
    assertTrue(e.getMessage().startsWith("postgresql://127.0.0.1:1/nothing"), e.getMessage());
  }

  @Test
  void aPasswordIsReadFromThePasswordFileLineThatMatches() throws IOException {
    Path file = dir.resolve("pgpass");
    java.nio.file.Files.writeString(
        file,
        "# comment\nother:5432:news:ana:wrong\ndb.example:*:news:ana:pa\\:ss\n*:*:*:*:fallback\n");
    java.nio.file.Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    assertEquals("pa:ss", PostgresBackend.passwordFile(file, "db.example", "5432", "news", "ana"));
    assertEquals("fallback", PostgresBackend.passwordFile(file, "x", "1", "y", "z"));
    java.nio.file.Files.setPosixFilePermissions(
        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(
        null,
        PostgresBackend.passwordFile(file, "db.example", "5432", "news", "ana"),
        "a file others may read is ignored, as libpq ignores it");
  }

  @Test
  void articlesLiveInTheColumnsAPostgresUserExpects() throws Exception {
    StoreLocation where = location(dir);
    Article a = article("https://a.example/t", "T", "2024-03-01", "Typed.");
    try (ArticleStore store = where.open();
        WriteBatch b = store.begin()) {
      put(b, a);
      b.commit();
    }
    String schema = where.store().replaceAll(".*currentSchema=", "");
    try (Connection c = TestPostgres.connect(where.store());
        Statement s = c.createStatement();
        var r =
            s.executeQuery(
                "SELECT byline->>0, ingested_at > now() - interval '1 hour', pg_typeof(body)::text"
                    + " FROM "
                    + schema
                    + ".articles")) {
      r.next();
      assertEquals("Ana Lopez", r.getString(1), "the byline is json");
      assertTrue(r.getBoolean(2), "ingested_at is a timestamptz");
      assertEquals("text", r.getString(3));
    }
  }
}
