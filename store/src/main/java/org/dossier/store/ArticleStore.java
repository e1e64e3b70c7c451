package org.dossier.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where stored articles live.
 *
 * <p>NOTE: one process writes through one store at a time (commands that write hold a writer lock:
 * the data folder's, and {@link StoreLocation#writerLock} for a shared store); writes happen only
 * inside a {@link WriteBatch}, so a process killed at any moment loses at most the batch in flight
 * and never leaves a half-written article behind. {@link StoreLocation#open} opens either kind.
 */
public interface ArticleStore extends AutoCloseable {

  /**
   * Opens (creating when needed) the embedded store in a data folder and brings its schema up to
   * date.
   *
   * @throws IOException naming the folder when it cannot be created or the database is unusable
   */
  static ArticleStore open(Path dataDir) throws IOException {
    return SqliteBackend.open(dataDir);
  }

  /** Starts a transaction. */
  WriteBatch begin() throws IOException;

  /**
   * Whether this exact capture (same source, same bytes) is stored; safe to call from any thread
   * while a batch is being written.
   */
  boolean knowsCapture(String source, String sha256) throws IOException;

  /** Stored articles matching a filter, newest publish date first, without their comments. */
  List<StoredArticle> articles(ArticleQuery query) throws IOException;

  /**
   * One article by id (or by a unique prefix of at least 6 characters), with comments and links.
   */
  Optional<StoredArticle> article(String idOrPrefix) throws IOException;

  /** An article's stored annotation, if it has one. */
  Optional<StoredAnnotation> annotation(String articleId) throws IOException;

  /**
   * The articles with these exact ids, with comments and links, in the order given; an id that is
   * not stored is left out. Read a few hundred at a time, three statements for each batch where
   * {@link #article} takes three for each article.
   */
  List<StoredArticle> articlesById(List<String> ids) throws IOException;

  /** The stored annotations of these articles, by article id; an article without one is absent. */
  java.util.Map<String, StoredAnnotation> annotations(java.util.Collection<String> articleIds)
      throws IOException;

  /**
   * The stored embeddings a model made of some articles, by article id; articles without one are
   * absent.
   */
  Map<String, float[]> embeddings(Collection<String> articleIds, String model) throws IOException;

  /**
   * Ids of articles without an annotation or with one older than a version, in id order.
   *
   * @param belowVersion annotations of this version or newer are up to date
   * @param afterId only ids after this one (null from the start), to page through the store
   * @param limit the most ids returned
   */
  List<String> needingAnnotation(int belowVersion, String afterId, int limit) throws IOException;

  /** How many articles have an annotation of at least this version. */
  long annotated(int version) throws IOException;

  /**
   * Ids of articles in no story, in the order of {@link #articleIdsByPublished()}, so that the
   * stories of an ingest do not depend on where its files lay or what they were called.
   */
  List<String> unassigned() throws IOException;

  /**
   * Ids of every article, in publish order (unknown dates last), for a rebuild. Articles published
   * together are ordered by the hash of their text, which comes from the text alone, then by id.
   */
  List<String> articleIdsByPublished() throws IOException;

  /** Stories, the most recently reported first. */
  List<StorySummary> stories(int limit) throws IOException;

  /** The story with this id or unique id prefix (6 characters or more). */
  Optional<StorySummary> story(String idOrPrefix) throws IOException;

  /** Ids of a story's articles. */
  List<String> storyArticles(String storyId) throws IOException;

  /** Every article's story, article id to story id. */
  Map<String, String> storyAssignments() throws IOException;

  /** The story an article is in, or empty when it is in none yet. */
  Optional<String> storyOf(String articleId) throws IOException;

  /** The stories linked to a story as chapters of the same saga. */
  List<StoryLink> storyLinks(String storyId) throws IOException;

  /** What the store holds. */
  StoreStats stats() throws IOException;

  /**
   * A number that changes whenever anyone (this process or another) commits a change to the store,
   * so a reader can keep what it computed until then.
   */
  long dataVersion() throws IOException;

  /** The schema version this store is at. */
  int schemaVersion() throws IOException;

  /** The database file, or the shared database's URL, for messages. */
  String location();

  @Override
  void close() throws IOException;
}
