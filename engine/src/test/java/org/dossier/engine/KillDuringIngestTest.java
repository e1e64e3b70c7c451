package org.dossier.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Sources;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child process with SIGKILL in the middle of an ingest, then checks that the store is
 * intact, holds only whole batches, and that running the same ingest again completes it.
 */
class KillDuringIngestTest {
  static final int PAGES = 300;

  @Test
  void killingTheProcessLosesAtMostTheBatchInFlight(@TempDir Path dir) throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < PAGES; i++) {
      Files.writeString(
          pages.resolve(String.format("page-%03d.html", i)),
          "<html><head><title>Story number "
              + i
              + "</title></head><body><article><p>Paragraph one of story "
              + i
              + " about the harbour plan and its "
              + i
              + " critics, who met on Tuesday.</p><p>Second paragraph, number "
              + i
              + ".</p></article><ol class=\"commentlist\"><li class=\"comment\" id=\"comment-"
              + i
              + "\"><p>Comment on "
              + i
              + "</p></li></ol></body></html>");
    }
    Path data = dir.resolve("data");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IngestChild.class.getName(),
                data.toString(),
                pages.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    long stored = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (stored < 40 && System.nanoTime() < deadline && child.isAlive()) {
      Thread.sleep(20);
      stored = countArticles(data.resolve("dossier.db"));
    }
    assertTrue(
        child.isAlive(),
        "the child was still ingesting when killed; log: "
            + Files.readString(dir.resolve("child.log")));
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no cleanup.
    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    assertTrue(child.exitValue() != 0, "killed, not finished");

    long before;
    try (ArticleStore store = ArticleStore.open(data)) { // Opening runs SQLite's integrity check.
      StoreStats stats = store.stats();
      before = stats.articles();
      System.out.println("killed after " + before + " stored articles of " + PAGES);
      assertTrue(before > 0 && before < PAGES, "some but not all stored: " + before);
      assertEquals(0, before % 5, "only whole batches of five are committed");
      assertEquals(before, stats.captures(), "every article has its capture");
      assertEquals(before, stats.comments(), "every article has its comment");
    }

    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport again =
          new Ingestion(store, Extractor.standard(), 2, 64, ProgressListener.NONE)
              .run(List.of(new Sources(IngestOptions.DEFAULTS).resolve(pages.toString())));
      assertEquals(PAGES, again.read());
      assertEquals(before, again.unchanged());
      assertEquals(PAGES - before, again.stored());
      assertEquals(PAGES, store.stats().articles());
    }
  }

  private static long countArticles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // Not created yet, or busy: ask again.
    }
  }
}
