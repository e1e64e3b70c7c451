package org.dossier.stories;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

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
