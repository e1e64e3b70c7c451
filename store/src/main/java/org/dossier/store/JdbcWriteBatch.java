package org.dossier.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.Comment;
import org.dossier.model.Diagnostic;

/**
 * One transaction on the store's writer connection.
 *
 * <p>NOTE: text written goes through {@link Backend#text}; the back end is told as the transaction
 * begins ({@link Backend#begin}), which on a shared server is where concurrent writers take turns,
 * and before a transaction that wrote commits.
 */
final class JdbcWriteBatch implements WriteBatch {
  private final Backend backend;
  private final Connection c;
  private boolean open = true;
  private boolean wrote;

  JdbcWriteBatch(Backend backend, Connection c) throws SQLException {
    this.backend = backend;
    this.c = c;
    c.setAutoCommit(false);
    try {
      backend.begin(c);
    } catch (SQLException e) {
      c.rollback();
      c.setAutoCommit(true);
      throw e;
    }
  }

  private IOException failure(SQLException e) {
    return new IOException(backend.where() + ": " + e.getMessage(), e);
  }

  /**
   * The time now, to the microsecond: as precise as PostgreSQL's timestamptz holds, so that a time
   * reads back the same from either back end, and after a copy between them.
   */
  private static String now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
  }

  /**
   * The transaction's connection, for rows a caller writes with SQL of its own (a copy between
   * stores); the transaction then counts as one that wrote.
   */
  Connection connection() {
    wrote = true;
    return c;
  }

  /** Called before every statement that writes. */
  private void writing() {
    wrote = true;
  }

  /** Text as the database can hold it. */
  private String text(String s) {
    return s == null ? null : backend.text(s);
  }

  @Override
  public boolean hasCapture(String source, String sha256) throws IOException {
    return exists("SELECT 1 FROM captures WHERE source = ? AND sha256 = ?", source, sha256);
  }

  @Override
  public void assignStory(String articleId, String storyId, double score) throws IOException {
    update(
        "INSERT INTO story_articles (article_id, story_id, score, assigned_at) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
            + " score = excluded.score, assigned_at = excluded.assigned_at",
        articleId,
        storyId,
        score,
        now());
  }

  @Override
  public void mergeStory(String from, String into) throws IOException {
    update("UPDATE story_articles SET story_id = ? WHERE story_id = ?", into, from);
    update(
        "INSERT INTO story_links (story_id, other_id, score)"
            + " SELECT ?, other_id, score FROM story_links WHERE story_id = ? AND other_id <> ?"
            + " ON CONFLICT DO NOTHING",
        into,
        from,
        into);
    update(
        "INSERT INTO story_links (story_id, other_id, score)"
            + " SELECT story_id, ?, score FROM story_links WHERE other_id = ? AND story_id <> ?"
            + " ON CONFLICT DO NOTHING",
        into,
        from,
        into);
    update("DELETE FROM story_links WHERE story_id = ? OR other_id = ?", from, from);
  }

  @Override
  public void linkStories(String story, String other, double score) throws IOException {
    if (story.equals(other)) {
      throw new IllegalArgumentException("a story cannot be linked to itself: " + story);
    }
    String a = story.compareTo(other) < 0 ? story : other;
    String b = story.compareTo(other) < 0 ? other : story;
    update(
        "INSERT INTO story_links (story_id, other_id, score) VALUES (?, ?, ?)"
            + " ON CONFLICT (story_id, other_id) DO UPDATE SET score = CASE"
            + " WHEN excluded.score > story_links.score THEN excluded.score ELSE story_links.score END",
        a,
        b,
        score);
  }

  @Override
  public void clearStories() throws IOException {
    update("DELETE FROM story_articles");
    update("DELETE FROM story_links");
  }

  private void update(String sql, Object... args) throws IOException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      writing();
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void putAnnotation(String articleId, int version, String json) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO annotations (article_id, version, annotated_at, json) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version,"
                + " annotated_at = excluded.annotated_at, json = excluded.json")) {
      writing();
      s.setString(1, articleId);
      s.setInt(2, version);
      s.setString(3, now());
      s.setString(4, json);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void removeAnnotation(String articleId) throws IOException {
    update("DELETE FROM annotations WHERE article_id = ?", articleId);
  }

  @Override
  public void putEmbedding(String articleId, String model, float[] vector) throws IOException {
    java.nio.ByteBuffer bytes =
        java.nio.ByteBuffer.allocate(vector.length * Float.BYTES)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (float v : vector) {
      bytes.putFloat(v);
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO embeddings (article_id, model, vector) VALUES (?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET model = excluded.model,"
                + " vector = excluded.vector")) {
      writing();
      s.setString(1, articleId);
      s.setString(2, model);
      s.setBytes(3, bytes.array());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean hasArticle(String id) throws IOException {
    return exists("SELECT 1 FROM articles WHERE id = ?", id);
  }

  private boolean exists(String sql, String... args) throws IOException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public int latestVersion(String identity) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT max(version) FROM articles WHERE identity = ?")) {
      s.setString(1, identity);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public String latestVersionId(String identity) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM articles WHERE identity = ? ORDER BY version DESC LIMIT 1")) {
      s.setString(1, identity);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void putArticle(Article a, int version, String textHash, int[] signature)
      throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO articles (id, identity, version, source, canonical_url, outlet, title, byline,"
                + " published, published_precision, published_origin, language, body, text_hash,"
                + " diagnostics, minhash, ingested_at, modified, modified_precision, modified_origin,"
                + " captions)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      writing();
      s.setString(1, a.id());
      s.setString(2, text(a.identity()));
      s.setInt(3, version);
      s.setString(4, text(a.source().toString()));
      s.setString(5, text(a.canonicalUrl()));
      s.setString(6, text(a.outlet()));
      s.setString(7, text(a.title()));
      s.setString(8, json(a.byline()));
      s.setString(9, a.published() == null ? null : a.published().value());
      s.setString(10, a.published() == null ? null : a.published().precision().name());
      s.setString(11, a.published() == null ? null : a.published().origin());
      s.setString(12, text(a.language()));
      s.setString(13, text(a.text()));
      s.setString(14, textHash);
      s.setString(15, json(diagnostics(a.diagnostics())));
      s.setBytes(16, signature == null ? null : bytes(signature));
      s.setString(17, now());
      s.setString(18, a.modified() == null ? null : a.modified().value());
      s.setString(19, a.modified() == null ? null : a.modified().precision().name());
      s.setString(20, a.modified() == null ? null : a.modified().origin());
      s.setString(21, json(a.captions()));
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
    putComments(a);
  }

  private void putComments(Article a) throws IOException {
    if (a.comments().isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO comments (article_id, position, id, author, published, text, parent) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      writing();
      int position = 0;
      for (Comment comment : a.comments()) {
        s.setString(1, a.id());
        s.setInt(2, position++);
        s.setString(3, text(comment.id()));
        s.setString(4, text(comment.author()));
        s.setString(5, text(comment.published()));
        s.setString(6, text(comment.text()));
        s.setString(7, text(comment.parent()));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void putCapture(Capture capture, String sha256, String articleId) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO captures (source, sha256, media_type, captured_at, headers, hint, content_gz, article_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      writing();
      s.setString(1, text(capture.source().toString()));
      s.setString(2, sha256);
      s.setString(3, capture.mediaType());
      s.setString(4, capture.captured().toString());
      s.setString(5, json(capture.headers()));
      s.setString(6, json(capture.hint()));
      s.setBytes(7, gzip(capture.content()));
      s.setString(8, articleId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<String> articlesWithTextHash(String textHash) throws IOException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id FROM articles WHERE text_hash = ? ORDER BY " + backend.insertionOrder())) {
      s.setString(1, textHash);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Set<String> articlesInBands(long[] bandKeys) throws IOException {
    Set<String> out = new HashSet<>();
    // One statement for an article's bands (a few dozen keys), where one per key was a round trip
    // each on a shared PostgreSQL.
    try {
      for (int from = 0; from < bandKeys.length; from += InLists.BATCH) {
        int n = Math.min(bandKeys.length - from, InLists.BATCH);
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN ("
                    + InLists.marks(n)
                    + ")")) {
          for (int i = 0; i < n; i++) {
            s.setLong(i + 1, bandKeys[from + i]);
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.add(r.getString(1));
            }
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void putBands(String articleId, long[] bandKeys) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO minhash_bands (band_key, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      writing();
      for (long key : bandKeys) {
        s.setLong(1, key);
        s.setString(2, articleId);
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public int[] signature(String articleId) throws IOException {
    try (PreparedStatement s = c.prepareStatement("SELECT minhash FROM articles WHERE id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        byte[] b = r.getBytes(1);
        if (b == null) {
          return null;
        }
        ByteBuffer buf = ByteBuffer.wrap(b);
        int[] sig = new int[b.length / 4];
        for (int i = 0; i < sig.length; i++) {
          sig[i] = buf.getInt();
        }
        return sig;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void link(ArticleLink link) throws IOException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO article_links (a, b, kind, similarity) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      writing();
      s.setString(1, link.later());
      s.setString(2, link.earlier());
      s.setString(3, link.kind().label());
      s.setDouble(4, link.similarity());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void commit() throws IOException {
    try {
      if (wrote) {
        backend.beforeCommit(c);
      }
      c.commit();
      open = false;
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (!open) {
      return;
    }
    open = false;
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static List<Map<String, String>> diagnostics(List<Diagnostic> ds) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Diagnostic d : ds) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("severity", d.severity().name());
      m.put("code", d.code());
      m.put("message", d.message());
      out.add(m);
    }
    return out;
  }

  private static String json(Object value) throws IOException {
    try {
      return JdbcArticleStore.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(int[] signature) {
    ByteBuffer buf = ByteBuffer.allocate(signature.length * 4);
    for (int v : signature) {
      buf.putInt(v);
    }
    return buf.array();
  }

  /**
   * How hard a capture is compressed: zlib's level 4 instead of its default 6. Over 200 WCXB dev
   * pages (51 MB of HTML) it took 0.88 s instead of 1.37 s for 5 % more bytes (level 1: 0.53 s, 19
   * % more; a throwaway timing loop, third round), and the writer does it beside the annotation
   * threads, on the same cores.
   */
  static final int CAPTURE_LEVEL = 4;

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 4 + 64);
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(CAPTURE_LEVEL);
          }
        }) {
      gz.write(content);
    }
    return out.toByteArray();
  }
}
