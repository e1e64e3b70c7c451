package org.dossier.stories;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A sentence embedding of an article's title and lead: all-MiniLM-L6-v2 (quantised, 384
 * dimensions), run in process by ONNX Runtime from the Maven artifact that carries the model, so
 * nothing is downloaded at run time. The model is loaded once per process, on first use; {@link
 * #embed} is safe to call from several threads.
 */
public final class TitleEmbedder {

  /**
   * Words of the body, after the title, that go into the embedding (the model reads 256 tokens).
   */
  static final int LEAD_WORDS = 100;

  /**
   * The name stored with each embedding: the model, and how its input is made. Change it when
   * either changes, so stored embeddings are made anew.
   */
  public static final String MODEL = "all-minilm-l6-v2-q/title+lead" + LEAD_WORDS;

  private static volatile TitleEmbedder shared;

  private final EmbeddingModel model;

  private TitleEmbedder() {
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    removeRuntimeFolderOnExit();
  }

  /**
   * ONNX Runtime (1.20) unpacks its native libraries into a new temporary folder per process and
   * asks the JVM to delete folder and files on exit, in an order that deletes the folder first,
   * while it still holds the files: each run would leave an empty "onnxruntime-java…" folder in the
   * temporary directory, thousands a day for a newsroom's scheduled ingests. A shutdown hook
   * removes the files and then the folder (the libraries stay mapped; Linux lets a loaded library
   * be unlinked). Nothing happens if a later ONNX Runtime keeps no such folder.
   */
  private static void removeRuntimeFolderOnExit() {
    Path folder;
    try {
      Field field = Class.forName("ai.onnxruntime.OnnxRuntime").getDeclaredField("tempDirectory");
      field.setAccessible(true);
      folder = field.get(null) instanceof Path p ? p : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return;
    }
    if (folder == null) {
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Stream<Path> files = Files.list(folder)) {
                    files.forEach(f -> f.toFile().delete());
                  } catch (IOException | UncheckedIOException e) {
                    return; // already gone, or not ours to list
                  }
                  folder.toFile().delete();
                },
                "onnxruntime-folder-cleanup"));
  }

  /** The process's embedder, loaded on first use (about a second). */
  public static TitleEmbedder shared() {
    TitleEmbedder e = shared;
    if (e == null) {
      synchronized (TitleEmbedder.class) {
        e = shared;
        if (e == null) {
          e = new TitleEmbedder();
          shared = e;
        }
      }
    }
    return e;
  }

  /** The unit-length embedding of a title (may be null) and the start of a text. */
  public float[] embed(String title, String text) {
    StringBuilder b = new StringBuilder();
    if (title != null && !title.isBlank()) {
      b.append(title.strip()).append(". ");
    }
    int words = 0;
    for (String w : text.split("\\s+")) {
      if (words++ == LEAD_WORDS) {
        break;
      }
      b.append(w).append(' ');
    }
    String input = b.toString().strip();
    if (input.isEmpty()) {
      return null;
    }
    float[] v = model.embed(input).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return null;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) norm;
    }
    return v;
  }
}
