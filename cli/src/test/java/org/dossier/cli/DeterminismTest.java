package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same dossier, every run: each story of the demo and the pasted corpus is compiled in
 * two fresh JVMs (whose hash seeds for {@code Set.of} and {@code Map.of} differ) and the bytes must
 * be equal.
 */
class DeterminismTest {
  @TempDir Path dir;

  private byte[] storyInFreshJvm(String storyId) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        new ArrayList<>(
            List.of(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.dossier.cli.Main",
                "--data",
                dir.toString(),
                "story",
                storyId,
                "--json"));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("dossier story " + storyId + " did not finish");
    }
    assertEquals(0, p.exitValue(), new String(out));
    return out;
  }

  @Test
  void everyStoryCompilesToTheSameBytesInTwoJvms() throws Exception {
    assertEquals(0, run("demo", "--data", dir.toString()).code());
    assertEquals(
        0,
        run("--data", dir.toString(), "ingest", "-q", PastedCorpusTest.CORPUS.toString()).code());
    JsonNode stories =
        JSON.readTree(run("--data", dir.toString(), "stories", "--json").out()).get("stories");
    for (JsonNode s : stories) {
      String id = s.get("id").asText();
      assertArrayEquals(storyInFreshJvm(id), storyInFreshJvm(id), "story " + id);
    }
  }
}
