package org.dossier.stories;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
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
    this.model = singleThreaded();
    removeRuntimeFolderOnExit();
  }

  /** The ONNX file and tokenizer inside LangChain4j's artifact for the model. */
  private static final String MODEL_FILE = "/all-minilm-l6-v2-q.onnx";

  private static final String TOKENIZER_FILE = "/all-minilm-l6-v2-q-tokenizer.json";

  /**
   * The model as LangChain4j's {@link AllMiniLmL6V2QuantizedEmbeddingModel} loads it (the same
   * file, tokenizer and mean pooling), but with ONNX Runtime running each embedding on the calling
   * thread alone. By default every call spreads over a pool of ONNX Runtime's own threads, one per
   * core, which wait for work by spinning; the story assignment already calls from one thread per
   * core, so the two pools fought over the cores. Embedding 200 texts of a title and 100 words from
   * two threads took 1.5 to 2.0 s this way, against 2.7 to 3.5 s with the default (a throwaway
   * timing loop, run alternately on this machine), and the vectors are the same to the last bit.
   */
  private static EmbeddingModel singleThreaded() {
    try (InputStream modelFile = resource(MODEL_FILE);
        InputStream tokenizer = resource(TOKENIZER_FILE);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(modelFile.readAllBytes(), options);
      OnnxBertBiEncoder encoder =
          new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
      return new InProcess(encoder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from its jar", e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is missing from the classpath");
    }
    return in;
  }

  /** LangChain4j's in-process model over an encoder built here; one text at a time. */
  private static final class InProcess extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    InProcess(OnnxBertBiEncoder encoder) {
      super(Runnable::run);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
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

  /**
   * A load of the embedder that runs beside the caller ({@link #preload}); closing it waits until
   * the load has ended.
   */
  public interface Loading extends AutoCloseable {
    /** No load to wait for. */
    Loading NONE = () -> {};

    @Override
    void close();
  }

  /**
   * Starts loading the process's embedder ({@link #shared}) on a background thread and returns at
   * once, for a caller that will embed later (an ingestion whose stories are assigned after it). If
   * loading fails there, {@link #shared} tries again and throws the reason where it is used.
   *
   * <p>NOTE: close what it returns before the process may exit. A process that exits while ONNX
   * Runtime is still creating its session crashes in native code: an ingestion that stored nothing,
   * and so never embedded, ended with exit code 134 and a JVM crash report about one run in five.
   */
  public static Loading preload() {
    if (shared != null) {
      return Loading.NONE;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                shared();
              } catch (RuntimeException | Error e) {
                // shared() is still null: the next call loads again, and fails with the reason.
              }
            },
            PRELOAD_THREAD);
    t.setDaemon(true);
    t.start();
    return () -> {
      boolean interrupted = false;
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    };
  }

  /** The name of {@link #preload}'s thread. */
  static final String PRELOAD_THREAD = "dossier-embedder-preload";

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
