package org.dossier.stories;

import java.time.LocalDate;
import java.util.Objects;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.PublishDate;

/**
 * What story assignment needs of one article.
 *
 * @param articleId the stored article's id
 * @param title its title, or null
 * @param text its body text
 * @param published its publish day, or the earliest day it can be when its date is known only to
 *     the month or year; null when unknown
 * @param annotation its annotation (entities), or null when it has none
 * @param embedding the unit-length {@link TitleEmbedder} vector of its title and lead, or null
 * @param publishedUntil the latest day it can have been published (the last day of its month or
 *     year when only those are known), or null when unknown; {@code published} when it is a day
 * @param alone whether it stands in a story of its own, which no other article joins: a page that
 *     is no article ({@link Article#isArticle()}: a front page, a shop, a forum), whose words and
 *     names are those of the stories it lists or of none
 */
public record StoryInput(
    String articleId,
    String title,
    String text,
    LocalDate published,
    Annotation annotation,
    float[] embedding,
    LocalDate publishedUntil,
    boolean alone) {

  /** Checks the id and the text. */
  public StoryInput {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException(
          "story input without an article id (title: " + title + ")");
    }
    Objects.requireNonNull(text, "text of " + articleId);
    if (publishedUntil == null) {
      publishedUntil = published;
    }
    if (published == null || publishedUntil.isBefore(published)) {
      publishedUntil = published;
    }
  }

  /** An input that may join a story, published between two days. */
  public StoryInput(
      String articleId,
      String title,
      String text,
      LocalDate published,
      Annotation annotation,
      float[] embedding,
      LocalDate publishedUntil) {
    this(articleId, title, text, published, annotation, embedding, publishedUntil, false);
  }

  /** An input with an embedding, published on a known day or not at all. */
  public StoryInput(
      String articleId,
      String title,
      String text,
      LocalDate published,
      Annotation annotation,
      float[] embedding) {
    this(articleId, title, text, published, annotation, embedding, published);
  }

  /**
   * An input whose publish date is known at a precision: a day, or the days of its month or year,
   * which a gap between two articles is measured against.
   */
  public static StoryInput of(
      String articleId, String title, String text, PublishDate published, Annotation annotation) {
    return of(articleId, title, text, published, annotation, false);
  }

  private static StoryInput of(
      String articleId,
      String title,
      String text,
      PublishDate published,
      Annotation annotation,
      boolean alone) {
    LocalDate from = published == null ? null : PublishDate.firstDay(published.value());
    LocalDate until = published == null ? null : PublishDate.lastDay(published.value());
    return new StoryInput(articleId, title, text, from, annotation, null, until, alone);
  }

  /**
   * The input of a stored article: a page that is no article ({@link Article#isArticle()}) stands
   * {@link #alone()}. A front page or a shop's category lists the headlines of many stories, and
   * its words would draw it into one of them, or draw unrelated pages into one story of their own.
   */
  public static StoryInput of(Article article, Annotation annotation) {
    boolean alone = !article.isArticle();
    return of(
        article.id(),
        article.title(),
        article.text(),
        article.published(),
        alone ? null : annotation,
        alone);
  }

  /** An input without an embedding: words, names and dates only. */
  public StoryInput(
      String articleId, String title, String text, LocalDate published, Annotation annotation) {
    this(articleId, title, text, published, annotation, null);
  }

  /**
   * The same input with an embedding (which {@link Signature} leaves out of one {@link #alone}).
   */
  public StoryInput withEmbedding(float[] vector) {
    return new StoryInput(
        articleId, title, text, published, annotation, vector, publishedUntil, alone);
  }
}
