package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.model.DatePrecision;
import org.dossier.model.Diagnostic;
import org.dossier.model.PublishDate;

/**
 * The store over JDBC: the embedded SQLite database in a data folder, or a shared PostgreSQL. One
 * connection writes (inside {@link WriteBatch}es), another reads; what differs between the two
 * databases is in their {@link Backend}.
 */
final class JdbcArticleStore implements ArticleStore {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String COLUMNS =
      "id, version, source, canonical_url, outlet, title, byline, published, published_precision,"
          + " published_origin, language, body, diagnostics, ingested_at, modified,"
          + " modified_precision, modified_origin, captions";

  private final Backend backend;
  private final String where;
  private final Connection writer;
  private final Connection reader;

  /**
   * A store over two open connections to a database whose schema is up to date.
   *
   * @param writer the connection writes go through
   * @param reader a read-only connection, in auto-commit
   */
  JdbcArticleStore(Backend backend, Connection writer, Connection reader) {
    this.backend = backend;
    this.where = backend.where();
    this.writer = writer;
    this.reader = reader;
  }

  /** The back end, for a copy between stores. */
  Backend backend() {
    return backend;
  }

  /** The writer connection, for a copy between stores (which holds the writer lock). */
  Connection writer() {
    return writer;
  }

  static void closeQuietly(Connection c) {
    if (c != null) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // Already failing; the first error is the one to report.
      }
    }
  }

  @Override
  public WriteBatch begin() throws IOException {
    try {
      return new JdbcWriteBatch(backend, writer);
    } catch (SQLException e) {
      throw new IOException(where + ": cannot start a transaction: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized boolean knowsCapture(String source, String sha256) throws IOException {
    try (PreparedStatement s =
        reader.prepareStatement("SELECT 1 FROM captures WHERE source = ? AND sha256 = ?")) {
      s.setString(1, source);
      s.setString(2, sha256);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<StoredArticle> articles(ArticleQuery q) throws IOException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM articles WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (q.outlet() != null) {
      sql.append(" AND lower(outlet) = lower(?)");
      args.add(q.outlet());
    }
    if (q.from() != null) {
      sql.append(" AND substr(published, 1, 10) >= ?");
      args.add(q.from().toString());
    }
    if (q.to() != null) {
      sql.append(" AND substr(published, 1, 10) <= ?");
      args.add(q.to().toString());
    }
    sql.append(" ORDER BY published IS NULL, published DESC, id");
    if (q.limit() > 0) {
      sql.append(" LIMIT ").append(q.limit());
    }
    try (PreparedStatement s = reader.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(row(r, List.of(), List.of()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<StoredArticle> article(String idOrPrefix) throws IOException {
    if (idOrPrefix.length() < 6) {
      throw new IllegalArgumentException(
          "an article id prefix needs at least 6 characters: " + idOrPrefix);
    }
    // An exact id reads the primary key; a prefix reads a range of it ("abc" to "abc\uffff"):
    // both use the index, where "OR id LIKE ?" made every read a scan of the table.
    List<StoredArticle> exact = articlesById(List.of(idOrPrefix));
    if (!exact.isEmpty()) {
      return Optional.of(exact.get(0));
    }
    String id;
    try (PreparedStatement s =
        reader.prepareStatement("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2")) {
      s.setString(1, idOrPrefix);
      s.setString(2, idOrPrefix + "\uffff");
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        id = r.getString("id");
        if (r.next()) {
          throw new IllegalArgumentException(
              "the id prefix " + idOrPrefix + " matches several articles");
        }
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
    return articlesById(List.of(id)).stream().findFirst();
  }

  @Override
  public synchronized List<StoredArticle> articlesById(List<String> ids) throws IOException {
    Map<String, StoredArticle> found = new HashMap<>();
    try {
      for (List<String> page : InLists.batches(ids)) {
        String marks = InLists.marks(page.size());
        Map<String, List<Comment>> comments = new HashMap<>();
        try (PreparedStatement s =
            reader.prepareStatement(
                "SELECT article_id, id, author, published, text, parent FROM comments"
                    + " WHERE article_id IN ("
                    + marks
                    + ") ORDER BY article_id, position")) {
          bind(s, page, 1);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              comments
                  .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                  .add(
                      new Comment(
                          r.getString(2),
                          r.getString(3),
                          r.getString(4),
                          r.getString(5),
                          r.getString(6)));
            }
          }
        }
        java.util.Set<String> inPage = new java.util.HashSet<>(page);
        Map<String, List<ArticleLink>> links = new HashMap<>();
        try (PreparedStatement s =
            reader.prepareStatement(
                "SELECT a, b, kind, similarity FROM article_links WHERE a IN ("
                    + marks
                    + ") OR b IN ("
                    + marks
                    + ") ORDER BY kind, a, b")) {
          bind(s, page, 1);
          bind(s, page, 1 + page.size());
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ArticleLink l =
                  new ArticleLink(
                      r.getString(1), r.getString(2), LinkKind.of(r.getString(3)), r.getDouble(4));
              for (String end : new java.util.LinkedHashSet<>(List.of(l.later(), l.earlier()))) {
                if (inPage.contains(end)) {
                  links.computeIfAbsent(end, k -> new ArrayList<>()).add(l);
                }
              }
            }
          }
        }
        try (PreparedStatement s =
            reader.prepareStatement(
                "SELECT " + COLUMNS + " FROM articles WHERE id IN (" + marks + ")")) {
          bind(s, page, 1);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              String id = r.getString("id");
              found.put(
                  id,
                  row(r, comments.getOrDefault(id, List.of()), links.getOrDefault(id, List.of())));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
    List<StoredArticle> out = new ArrayList<>();
    for (String id : ids) {
      StoredArticle a = found.get(id);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  @Override
  public synchronized Map<String, StoredAnnotation> annotations(Collection<String> articleIds)
      throws IOException {
    Map<String, StoredAnnotation> out = new HashMap<>();
    try {
      for (List<String> page : InLists.batches(articleIds)) {
        String marks = InLists.marks(page.size());
        try (PreparedStatement s =
            reader.prepareStatement(
                "SELECT article_id, version, annotated_at, json FROM annotations"
                    + " WHERE article_id IN ("
                    + marks
                    + ")")) {
          bind(s, page, 1);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              String id = r.getString(1);
              out.put(
                  id,
                  new StoredAnnotation(
                      id, r.getInt(2), backend.instant(r, "annotated_at"), r.getString(4)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void bind(PreparedStatement s, List<String> values, int first)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      s.setString(first + i, values.get(i));
    }
  }

  @Override
  public synchronized Map<String, float[]> embeddings(Collection<String> articleIds, String model)
      throws IOException {
    Map<String, float[]> out = new HashMap<>();
    for (List<String> page : InLists.batches(articleIds)) {
      try (PreparedStatement s =
          reader.prepareStatement(
              "SELECT article_id, vector FROM embeddings WHERE model = ? AND article_id IN ("
                  + InLists.marks(page.size())
                  + ")")) {
        s.setString(1, model);
        bind(s, page, 2);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            java.nio.FloatBuffer floats =
                java.nio.ByteBuffer.wrap(r.getBytes(2))
                    .order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer();
            float[] v = new float[floats.remaining()];
            floats.get(v);
            out.put(r.getString(1), v);
          }
        }
      } catch (SQLException e) {
        throw new IOException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  @Override
  public synchronized Optional<StoredAnnotation> annotation(String articleId) throws IOException {
    try (PreparedStatement s =
        reader.prepareStatement(
            "SELECT version, annotated_at, json FROM annotations WHERE article_id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredAnnotation(
                articleId, r.getInt(1), backend.instant(r, "annotated_at"), r.getString(3)));
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<String> needingAnnotation(int belowVersion, String afterId, int limit)
      throws IOException {
    return ids(
        "SELECT a.id FROM articles a LEFT JOIN annotations n ON n.article_id = a.id"
            + " WHERE (n.version IS NULL OR n.version < ?) AND a.id > ? ORDER BY a.id LIMIT ?",
        belowVersion,
        afterId == null ? "" : afterId,
        limit);
  }

  @Override
  public synchronized long annotated(int version) throws IOException {
    try (PreparedStatement s =
        reader.prepareStatement("SELECT count(*) FROM annotations WHERE version >= ?")) {
      s.setInt(1, version);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<String> unassigned() throws IOException {
    return ids(
        "SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id"
            + " WHERE s.story_id IS NULL"
            + " ORDER BY a.published IS NULL, a.published, a.text_hash, a.id");
  }

  @Override
  public synchronized List<String> articleIdsByPublished() throws IOException {
    return ids("SELECT id FROM articles ORDER BY published IS NULL, published, text_hash, id");
  }

  @Override
  public synchronized List<StorySummary> stories(int limit) throws IOException {
    return summaries(
        STORY_SUMMARY
            + " GROUP BY s.story_id"
            + " ORDER BY max(a.published) IS NULL, max(a.published) DESC, s.story_id LIMIT ?",
        limit);
  }

  @Override
  public synchronized Optional<StorySummary> story(String idOrPrefix) throws IOException {
    if (idOrPrefix.length() < 6) {
      throw new IllegalArgumentException(
          "story id '" + idOrPrefix + "' is too short: give 6 characters or more");
    }
    List<StorySummary> found =
        summaries(
            STORY_SUMMARY + " WHERE s.story_id >= ? AND s.story_id < ? GROUP BY s.story_id LIMIT 2",
            idOrPrefix,
            idOrPrefix + Character.MAX_VALUE);
    if (found.size() > 1) {
      throw new IllegalArgumentException("story id prefix '" + idOrPrefix + "' is ambiguous");
    }
    return found.stream().findFirst();
  }

  private static final String STORY_SUMMARY =
      "SELECT s.story_id, count(*), count(DISTINCT coalesce(a.outlet, 'unknown:' || a.id)), min(a.published), max(a.published),"
          + " (SELECT a2.title FROM story_articles s2 JOIN articles a2 ON a2.id = s2.article_id"
          // The earliest headline; a title made from a lead only where no article has one.
          + " WHERE s2.story_id = s.story_id ORDER BY CAST(a2.diagnostics AS TEXT) LIKE '%\"derived-title\"%',"
          + " a2.published IS NULL, a2.published, a2.text_hash, a2.id LIMIT 1)"
          + " FROM story_articles s JOIN articles a ON a.id = s.article_id";

  private List<StorySummary> summaries(String sql, Object... args) throws IOException {
    try (PreparedStatement s = reader.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<StorySummary> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new StorySummary(
                  r.getString(1),
                  r.getInt(2),
                  r.getInt(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<String> storyArticles(String storyId) throws IOException {
    return ids(
        "SELECT s.article_id FROM story_articles s JOIN articles a ON a.id = s.article_id"
            + " WHERE s.story_id = ? ORDER BY a.published IS NULL, a.published, a.id",
        storyId);
  }

  @Override
  public synchronized Map<String, String> storyAssignments() throws IOException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = reader.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id, story_id FROM story_articles")) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
      return out;
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<String> storyOf(String articleId) throws IOException {
    try (PreparedStatement s =
        reader.prepareStatement("SELECT story_id FROM story_articles WHERE article_id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized List<StoryLink> storyLinks(String storyId) throws IOException {
    try (PreparedStatement s =
        reader.prepareStatement(
            "SELECT story_id, other_id, score FROM story_links WHERE story_id = ? OR other_id = ?"
                + " ORDER BY score DESC, story_id, other_id")) {
      s.setString(1, storyId);
      s.setString(2, storyId);
      List<StoryLink> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String a = r.getString(1);
          String b = r.getString(2);
          out.add(new StoryLink(storyId, a.equals(storyId) ? b : a, r.getDouble(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  private List<String> ids(String sql, Object... args) throws IOException {
    try (PreparedStatement s = reader.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  private StoredArticle row(ResultSet r, List<Comment> comments, List<ArticleLink> links)
      throws SQLException {
    String body = r.getString("body");
    List<String> paragraphs = body.isEmpty() ? List.of() : List.of(body.split("\n\n"));
    PublishDate date = date(r, "published");
    PublishDate modified = date(r, "modified");
    Article a =
        new Article(
            r.getString("id"),
            URI.create(r.getString("source")),
            r.getString("canonical_url"),
            r.getString("outlet"),
            r.getString("title"),
            fromJson(r.getString("byline"), new TypeReference<List<String>>() {}),
            date,
            modified,
            r.getString("language"),
            paragraphs,
            comments,
            diagnostics(r.getString("diagnostics")),
            fromJson(r.getString("captions"), new TypeReference<List<String>>() {}));
    return new StoredArticle(a, r.getInt("version"), backend.instant(r, "ingested_at"), links);
  }

  /** The date held in the columns NAME, NAME_precision and NAME_origin, or null. */
  private static PublishDate date(ResultSet r, String name) throws SQLException {
    String value = r.getString(name);
    return value == null
        ? null
        : new PublishDate(
            value,
            DatePrecision.valueOf(r.getString(name + "_precision")),
            r.getString(name + "_origin"));
  }

  private static List<Diagnostic> diagnostics(String json) {
    List<Map<String, String>> raw =
        fromJson(json, new TypeReference<List<Map<String, String>>>() {});
    List<Diagnostic> out = new ArrayList<>();
    for (Map<String, String> d : raw) {
      out.add(
          new Diagnostic(
              Diagnostic.Severity.valueOf(d.get("severity")), d.get("code"), d.get("message")));
    }
    return out;
  }

  static <T> T fromJson(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the store holds malformed JSON: " + json, e);
    }
  }

  @Override
  public synchronized long dataVersion() throws IOException {
    try {
      return backend.dataVersion(reader);
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized StoreStats stats() throws IOException {
    try (Statement s = reader.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT outlet) FROM articles),"
                    + " (SELECT count(*) FROM comments), (SELECT count(*) FROM captures),"
                    + " (SELECT count(*) FROM article_links WHERE kind = 'exact'),"
                    + " (SELECT count(*) FROM article_links WHERE kind = 'near'),"
                    + " (SELECT count(*) FROM article_links WHERE kind = 'version')")) {
      r.next();
      return new StoreStats(
          r.getLong(1),
          r.getLong(2),
          r.getLong(3),
          r.getLong(4),
          r.getLong(5),
          r.getLong(6),
          r.getLong(7));
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized int schemaVersion() throws IOException {
    try {
      return backend.schemaVersion(reader);
    } catch (SQLException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String location() {
    return where;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      reader.close();
      writer.close();
    } catch (SQLException e) {
      throw new IOException(where + ": closing the store failed: " + e.getMessage(), e);
    }
  }
}
