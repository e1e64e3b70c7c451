package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingests into one data folder at once, one in another process: the second waits for the writer
 * lock instead of failing on a busy database, and both complete, every article in exactly one
 * story.
 */
class ConcurrentWritersTest {
  @TempDir Path dir;

  @Test
  void aSecondWriterWaitsAndBothComplete() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process other =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.dossier.cli.Main",
                    "--data",
                    dir.toString(),
                    "ingest",
                    "-q",
                    ROOT.resolve("demo/pages").toString()))
            .redirectErrorStream(true)
            .start();
    // Let the other process take the lock before this one asks for it.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(dir.resolve("writer.lock")) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    CliTest.Run mine =
        run("--data", dir.toString(), "ingest", "-q", PastedCorpusTest.CORPUS.toString());
    String otherOut = new String(other.getInputStream().readAllBytes());
    assertTrue(other.waitFor(180, TimeUnit.SECONDS), "the other ingest did not finish");
    assertEquals(0, other.exitValue(), otherOut);
    assertEquals(0, mine.code(), mine.err() + mine.out());
    assertTrue(mine.err().contains("another process is writing to"), mine.err());
    JsonNode stats = JSON.readTree(run("--data", dir.toString(), "articles", "--json").out());
    assertEquals(8 + 6, stats.size(), "every article of both runs is stored");
    int assigned = 0;
    for (JsonNode s :
        JSON.readTree(run("--data", dir.toString(), "stories", "--json", "--limit", "1000").out())
            .get("stories")) {
      assigned += s.get("articles").asInt();
    }
    assertEquals(14, assigned, "every article is in exactly one story");
  }
}
