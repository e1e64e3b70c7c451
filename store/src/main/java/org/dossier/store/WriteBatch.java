package org.dossier.store;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Capture;

/**
 * One transaction of writes: either everything written through it is committed, or nothing is.
 *
 * <p>NOTE: reads through a batch see its own uncommitted writes, so duplicates within one batch are
 * found like duplicates across batches. Closing without {@link #commit()} rolls back.
 */
public interface WriteBatch extends AutoCloseable {

  /** Whether this exact capture (same source, same bytes) is already stored. */
  boolean hasCapture(String source, String sha256) throws IOException;

  /** Whether an article with this id is already stored. */
  boolean hasArticle(String id) throws IOException;

  /** The highest stored version of a page identity, or 0 when none is stored. */
  int latestVersion(String identity) throws IOException;

  /** The id of the latest stored version of a page identity, or null. */
  String latestVersionId(String identity) throws IOException;

  /** Stores an article with its comments, its normalised-text hash and its MinHash signature. */
  void putArticle(Article article, int version, String textHash, int[] signature)
      throws IOException;

  /** Stores the raw capture an article came from. */
  void putCapture(Capture capture, String sha256, String articleId) throws IOException;

  /** Ids of stored articles whose normalised text has this hash. */
  List<String> articlesWithTextHash(String textHash) throws IOException;

  /** Ids of stored articles that share at least one LSH band key with the given ones. */
  Set<String> articlesInBands(long[] bandKeys) throws IOException;

  /** Files an article under its LSH band keys. */
  void putBands(String articleId, long[] bandKeys) throws IOException;

  /** The MinHash signature stored with an article, or null. */
  int[] signature(String articleId) throws IOException;

  /** Records a link between two stored articles. */
  void link(ArticleLink link) throws IOException;

  /**
   * Stores an article's annotation, replacing an older one.
   *
   * @param version the version of the annotator that wrote it
   * @param json the annotation as JSON
   */
  void putAnnotation(String articleId, int version, String json) throws IOException;

  /**
   * Removes an article's annotation, if any: one an older annotator wrote of a text the current one
   * does not annotate (another language than English).
   */
  void removeAnnotation(String articleId) throws IOException;

  /**
   * Stores (or replaces) the embedding a model made of an article, so it is never computed twice.
   */
  void putEmbedding(String articleId, String model, float[] vector) throws IOException;

  /** Puts an article in a story, replacing its former story. */
  void assignStory(String articleId, String storyId, double score) throws IOException;

  /** Moves every article and link of one story to another, which absorbs it. */
  void mergeStory(String from, String into) throws IOException;

  /** Links two stories as chapters of one saga. */
  void linkStories(String story, String other, double score) throws IOException;

  /** Forgets every story assignment and link, before a rebuild. */
  void clearStories() throws IOException;

  /** Makes every write of this batch durable at once. */
  void commit() throws IOException;

  /** Rolls back whatever was not committed. */
  @Override
  void close() throws IOException;
}
