package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real model, loaded from its Maven artifact: no network, no mock. */
class TitleEmbedderTest {

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void rewordedHeadlinesAreCloserThanAnotherStory() {
    TitleEmbedder e = TitleEmbedder.shared();
    float[] a =
        e.embed("Singer named face of fashion house a year after boycott", "The singer returns.");
    float[] b = e.embed("Fashion label signs pop star who walked away over ad row", "She is back.");
    float[] c =
        e.embed("Magnitude 6 earthquake collapses church tower", "Fourteen people were hurt.");
    assertEquals(384, a.length);
    assertEquals(1.0, cosine(a, a), 1e-4);
    assertTrue(cosine(a, b) > cosine(a, c) + 0.1, cosine(a, b) + " vs " + cosine(a, c));
    assertNull(e.embed(null, "  "));
  }

  @Test
  void vectorsAreTheArtifactModelsOwnSoStoredOnesStayValid() {
    // Embeddings stored by earlier versions (under TitleEmbedder.MODEL) are reused as they are, so
    // the single-threaded session must give what LangChain4j's own model gives, bit for bit.
    var artifact =
        new dev.langchain4j.model.embedding.onnx.allminilml6v2q
            .AllMiniLmL6V2QuantizedEmbeddingModel();
    String title = "Magnitude 6 earthquake collapses church tower";
    String text = "Fourteen people were hurt when the tower fell on the square on Sunday morning.";
    float[] ours = TitleEmbedder.shared().embed(title, text);
    float[] theirs = artifact.embed(title + ". " + text).content().vector();
    double norm = 0;
    for (float x : theirs) {
      norm += x * x;
    }
    for (int i = 0; i < theirs.length; i++) {
      theirs[i] /= (float) Math.sqrt(norm);
    }
    assertArrayEquals(theirs, ours);
  }

  /** Embeds one title in a process of its own, run by the test below. */
  public static final class OneProcess {
    public static void main(String[] args) {
      if (TitleEmbedder.shared().embed("Earthquake hits city", "Buildings fell.") == null) {
        System.exit(2);
      }
    }
  }

  @Test
  void aProcessThatEmbedsLeavesNothingInTheTemporaryDirectory(@TempDir Path tmp) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Djava.io.tmpdir=" + tmp,
                    "-cp",
                    System.getProperty("java.class.path"),
                    OneProcess.class.getName()))
            .redirectErrorStream(true)
            .redirectOutput(tmp.resolve("out.txt").toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process did not finish");
    assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("out.txt")));
    try (Stream<Path> left = Files.list(tmp)) {
      List<String> names =
          left.map(f -> f.getFileName().toString()).filter(n -> !n.equals("out.txt")).toList();
      assertTrue(names.isEmpty(), "left in " + tmp + File.separator + ": " + names);
    }
  }
}
