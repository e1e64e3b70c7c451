package org.dossier.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Copies one store into another (a data folder's into a shared PostgreSQL, or back), row for row,
 * resumably: articles go over a page at a time in the order they were stored, each page with its
 * comments, captures, MinHash bands, annotations and embeddings in one transaction of the target,
 * and an article the target has already is skipped; links and stories, which may join articles of
 * any page, follow once every article is there. A copy stopped at any point and run again finishes
 * the job and stores nothing twice.
 *
 * <p>NOTE: the caller holds both stores' writer locks, so neither changes during the copy.
 */
public final class StoreCopy {

  /** Articles per target transaction. */
  static final int PAGE = 200;

  /**
   * What a copy did.
   *
   * @param articles articles copied
   * @param skipped articles the target had already
   * @param comments reader comments copied
   * @param captures raw captures copied
   * @param annotations annotations copied
   * @param embeddings embeddings copied
   * @param links links between articles the target did not have
   * @param storyAssignments articles whose story the target now records as the source does
   */
  public record Report(
      long articles,
      long skipped,
      long comments,
      long captures,
      long annotations,
      long embeddings,
      long links,
      long storyAssignments) {}

  /** Told after every page: articles done (copied or skipped) of all. */
  public interface Progress {
    void progress(long done, long total);
  }

  private final JdbcArticleStore from;
  private final JdbcArticleStore to;

  /** A copy between two open stores. */
  public StoreCopy(ArticleStore from, ArticleStore to) {
    if (!(from instanceof JdbcArticleStore f) || !(to instanceof JdbcArticleStore t)) {
      throw new IllegalArgumentException("a copy needs two stores of this Dossier");
    }
    this.from = f;
    this.to = t;
  }

  /**
   * A table copied with its articles: its columns (named alike in both back ends), the column that
   * names the article, and the order its rows are inserted in (null: the source's insertion order).
   */
  private record PerArticle(String table, String columns, String key, String order) {}

  /** In dependency order: articles first. */
  private static final List<PerArticle> PER_ARTICLE =
      List.of(
          new PerArticle(
              "articles",
              "id, identity, version, source, canonical_url, outlet, title, byline, published,"
                  + " published_precision, published_origin, language, body, text_hash,"
                  + " diagnostics, minhash, ingested_at, modified, modified_precision,"
                  + " modified_origin, captions",
              "id",
              null),
          new PerArticle(
              "comments",
              "article_id, position, id, author, published, text, parent",
              "article_id",
              "article_id, position"),
          new PerArticle(
              "captures",
              "source, sha256, media_type, captured_at, headers, hint, content_gz, article_id",
              "article_id",
              "id"),
          new PerArticle(
              "minhash_bands", "band_key, article_id", "article_id", "band_key, article_id"),
          new PerArticle(
              "annotations", "article_id, version, annotated_at, json", "article_id", "article_id"),
          new PerArticle("embeddings", "article_id, model, vector", "article_id", "article_id"));

  /** Copies what the target lacks. */
  public Report run(Progress progress) throws IOException {
    Connection src = from.writer();
    String order = from.backend().insertionOrder();
    long[] copied = new long[PER_ARTICLE.size()];
    long skipped = 0;
    try {
      long total = Backend.number(src, "SELECT count(*) FROM articles");
      Object after = null;
      while (true) {
        List<String> ids = new ArrayList<>();
        Object last = null;
        try (PreparedStatement s =
            src.prepareStatement(
                "SELECT id, "
                    + order
                    + " FROM articles"
                    + (after == null ? "" : " WHERE " + order + " > ?")
                    + " ORDER BY "
                    + order
                    + " LIMIT "
                    + PAGE)) {
          if (after != null) {
            s.setObject(1, after);
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              ids.add(r.getString(1));
              last = r.getObject(2);
            }
          }
        }
        if (ids.isEmpty()) {
          break;
        }
        after = last;
        Set<String> present = present(to.writer(), ids);
        List<String> missing = new ArrayList<>(ids);
        missing.removeAll(present);
        skipped += present.size();
        if (!missing.isEmpty()) {
          // The target's own write transaction: its locks, its change counter, its rollback.
          try (JdbcWriteBatch batch = (JdbcWriteBatch) to.begin()) {
            for (int t = 0; t < PER_ARTICLE.size(); t++) {
              PerArticle part = PER_ARTICLE.get(t);
              copied[t] +=
                  copy(
                      src,
                      "SELECT "
                          + part.columns()
                          + " FROM "
                          + part.table()
                          + " WHERE "
                          + part.key()
                          + " IN ("
                          + InLists.marks(missing.size())
                          + ") ORDER BY "
                          + (part.order() == null ? order : part.order()),
                      missing,
                      batch.connection(),
                      part.table());
            }
            batch.commit();
          }
        }
        progress.progress(copied[0] + skipped, total);
      }
      long links;
      long stories;
      try (JdbcWriteBatch batch = (JdbcWriteBatch) to.begin()) {
        links =
            copy(
                src,
                "SELECT a, b, kind, similarity FROM article_links ORDER BY a, b, kind",
                List.of(),
                batch.connection(),
                "article_links");
        // Stories are derived: the target's become the source's, whole.
        batch.clearStories();
        stories =
            copy(
                src,
                "SELECT article_id, story_id, score, assigned_at FROM story_articles"
                    + " ORDER BY article_id",
                List.of(),
                batch.connection(),
                "story_articles");
        copy(
            src,
            "SELECT story_id, other_id, score FROM story_links ORDER BY story_id, other_id",
            List.of(),
            batch.connection(),
            "story_links");
        batch.commit();
      }
      return new Report(
          copied[0], skipped, copied[1], copied[2], copied[4], copied[5], links, stories);
    } catch (SQLException e) {
      throw new IOException(
          "copying " + from.location() + " to " + to.location() + ": " + e.getMessage(), e);
    }
  }

  private static Set<String> present(Connection dst, List<String> ids) throws SQLException {
    Set<String> out = new TreeSet<>();
    try (PreparedStatement s =
        dst.prepareStatement(
            "SELECT id FROM articles WHERE id IN (" + InLists.marks(ids.size()) + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        s.setString(i + 1, ids.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getString(1));
        }
      }
    }
    return out;
  }

  /**
   * Copies the rows a query selects into the table of the same column names, keeping rows the
   * target has already; returns how many were new.
   */
  private long copy(Connection src, String select, List<String> args, Connection dst, String table)
      throws SQLException {
    long n = 0;
    try (PreparedStatement s = src.prepareStatement(select)) {
      for (int i = 0; i < args.size(); i++) {
        s.setString(i + 1, args.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        int columns = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          names.add(meta.getColumnLabel(i));
        }
        try (PreparedStatement insert =
            dst.prepareStatement(
                "INSERT INTO "
                    + table
                    + " ("
                    + String.join(", ", names)
                    + ") VALUES ("
                    + InLists.marks(columns)
                    + ") ON CONFLICT DO NOTHING")) {
          int batched = 0;
          while (r.next()) {
            for (int i = 1; i <= columns; i++) {
              set(insert, i, r.getObject(i));
            }
            insert.addBatch();
            if (++batched == 500) {
              n += sum(insert.executeBatch());
              batched = 0;
            }
          }
          if (batched > 0) {
            n += sum(insert.executeBatch());
          }
        }
      }
    }
    return n;
  }

  /** A value as both back ends write it: times as ISO-8601 text, JSON as its text. */
  private void set(PreparedStatement s, int i, Object v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.NULL);
    } else if (v instanceof byte[] b) {
      s.setBytes(i, b);
    } else if (v instanceof String text) {
      s.setString(i, to.backend().text(text));
    } else if (v instanceof Timestamp t) {
      s.setString(i, t.toInstant().toString());
    } else if (v instanceof OffsetDateTime t) {
      s.setString(i, t.toInstant().toString());
    } else if (v instanceof Number || v instanceof Boolean) {
      s.setObject(i, v);
    } else {
      // json and other server types arrive as driver objects whose text is the value.
      s.setString(i, v.toString());
    }
  }

  private static long sum(int[] counts) {
    long n = 0;
    for (int c : counts) {
      n += c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
    }
    return n;
  }
}
