package org.dossier.stories;

import java.time.LocalDate;
import java.util.Objects;
import org.dossier.model.Annotation;

/**
 * What story assignment needs of one article.
 *
 * @param articleId the stored article's id
 * @param title its title, or null
 * @param text its body text
 * @param published its publish day, or null when unknown
 * @param annotation its annotation (entities), or null when it has none
 * @param embedding the unit-length {@link TitleEmbedder} vector of its title and lead, or null
 */
public record StoryInput(
    String articleId,
    String title,
    String text,
    LocalDate published,
    Annotation annotation,
    float[] embedding) {

  /** Checks the id and the text. */
  public StoryInput {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException(
          "story input without an article id (title: " + title + ")");
    }
    Objects.requireNonNull(text, "text of " + articleId);
  }

  /** An input without an embedding: words, names and dates only. */
  public StoryInput(
      String articleId, String title, String text, LocalDate published, Annotation annotation) {
    this(articleId, title, text, published, annotation, null);
  }

  /** The same input with an embedding. */
  public StoryInput withEmbedding(float[] vector) {
    return new StoryInput(articleId, title, text, published, annotation, vector);
  }
}
