package org.dossier.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole ingest run, as the command line makes it, in a process of its own. */
class IngestRunTest {
  @Test
  void aRunThatStoresNothingLeavesNoEmbedderLoadingWhenItReturns(@TempDir Path dir)
      throws Exception {
    // A process that exits while the embedder's model is still loading crashes in ONNX Runtime's
    // native code (exit 134): the run waits for the load it started, even with nothing to embed.
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                EmptyRunChild.class.getName(),
                dir.resolve("data").toString(),
                empty.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child.log").toFile())
            .start();
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the run did not end");
    String log = Files.readString(dir.resolve("child.log"));
    assertEquals(0, child.exitValue(), log);
    assertTrue(log.contains("load ended"), log);
  }
}
