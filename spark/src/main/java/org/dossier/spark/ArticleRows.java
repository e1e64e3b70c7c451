package org.dossier.spark;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.model.DatePrecision;
import org.dossier.model.Diagnostic;
import org.dossier.model.PublishDate;

/**
 * The job's tables as Spark rows: an article's columns (the fields of {@link Article}, named as in
 * the store), and what the per-record stage adds (annotation, embedding, the reason a record was
 * skipped).
 */
final class ArticleRows {
  private ArticleRows() {}

  static final StructType COMMENT =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("author", DataTypes.StringType, true),
            DataTypes.createStructField("published", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("parent", DataTypes.StringType, true)
          });

  static final StructType DIAGNOSTIC =
      new StructType(
          new StructField[] {
            DataTypes.createStructField("severity", DataTypes.StringType, false),
            DataTypes.createStructField("code", DataTypes.StringType, true),
            DataTypes.createStructField("message", DataTypes.StringType, true)
          });

  /**
   * The columns of the articles table, in order; {@code published_day} partitions it. Every column
   * may be null in a record row, where a skipped record leaves the article's columns empty.
   */
  static final StructType ARTICLE =
      new StructType(
          new StructField[] {
            string("id", true),
            string("source", true),
            string("canonical_url", true),
            string("outlet", true),
            string("title", true),
            DataTypes.createStructField(
                "byline", DataTypes.createArrayType(DataTypes.StringType), true),
            string("published", true),
            string("published_precision", true),
            string("published_origin", true),
            string("modified", true),
            string("modified_precision", true),
            string("modified_origin", true),
            string("language", true),
            DataTypes.createStructField(
                "paragraphs", DataTypes.createArrayType(DataTypes.StringType), true),
            DataTypes.createStructField("comments", DataTypes.createArrayType(COMMENT), true),
            DataTypes.createStructField("diagnostics", DataTypes.createArrayType(DIAGNOSTIC), true),
            DataTypes.createStructField(
                "captions", DataTypes.createArrayType(DataTypes.StringType), true),
            string("published_day", true)
          });

  /** What the per-record stage yields: an article (or a skip) with its annotation and embedding. */
  static final StructType RECORD =
      ARTICLE
          .add("annotation", DataTypes.StringType, true)
          .add("annotation_failure", DataTypes.StringType, true)
          .add("embedding", DataTypes.createArrayType(DataTypes.FloatType), true)
          .add("skip_input", DataTypes.StringType, true)
          .add("skip_reason", DataTypes.StringType, true);

  private static StructField string(String name, boolean nullable) {
    return DataTypes.createStructField(name, DataTypes.StringType, nullable);
  }

  /**
   * The partition value of a publish date: its day (the date-time's own day, as the store and the
   * timeline read it), or {@code unknown} when it is known to the month or year only, or not at
   * all.
   */
  static String day(PublishDate d) {
    java.time.LocalDate day = d == null ? null : d.day();
    return day == null ? "unknown" : day.toString();
  }

  /** A record row for an article. */
  static Row record(Article a, String annotation, String failure, float[] embedding) {
    List<Object> v = new ArrayList<>(article(a));
    v.add(annotation);
    v.add(failure);
    v.add(embedding);
    v.add(null);
    v.add(null);
    return RowFactory.create(v.toArray());
  }

  /** A record row for an input that yielded no article, with the reason. */
  static Row skip(String input, String reason) {
    Object[] v = new Object[RECORD.size()];
    v[RECORD.fieldIndex("skip_input")] = input;
    v[RECORD.fieldIndex("skip_reason")] = reason;
    return RowFactory.create(v);
  }

  private static List<Object> article(Article a) {
    List<Object> v = new ArrayList<>();
    v.add(a.id());
    v.add(a.source().toString());
    v.add(a.canonicalUrl());
    v.add(a.outlet());
    v.add(a.title());
    // Arrays as Java arrays: Spark's row encoder takes those (or Scala sequences), not lists.
    v.add(a.byline().toArray(String[]::new));
    addDate(v, a.published());
    addDate(v, a.modified());
    v.add(a.language());
    v.add(a.paragraphs().toArray(String[]::new));
    List<Row> comments = new ArrayList<>();
    for (Comment c : a.comments()) {
      comments.add(RowFactory.create(c.id(), c.author(), c.published(), c.text(), c.parent()));
    }
    v.add(comments.toArray(Row[]::new));
    List<Row> diagnostics = new ArrayList<>();
    for (Diagnostic d : a.diagnostics()) {
      diagnostics.add(RowFactory.create(d.severity().name(), d.code(), d.message()));
    }
    v.add(diagnostics.toArray(Row[]::new));
    v.add(a.captions().toArray(String[]::new));
    v.add(day(a.published()));
    return v;
  }

  private static void addDate(List<Object> v, PublishDate d) {
    v.add(d == null ? null : d.value());
    v.add(d == null ? null : d.precision().name());
    v.add(d == null ? null : d.origin());
  }

  /** The embedding of a record row, or null. */
  static float[] embedding(Row r) {
    int i = r.fieldIndex("embedding");
    if (r.isNullAt(i)) {
      return null;
    }
    List<Float> list = r.getList(i);
    float[] out = new float[list.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = list.get(j);
    }
    return out;
  }

  /** The article a row of the articles (or records) table holds. */
  static Article article(Row r) {
    List<Comment> comments = new ArrayList<>();
    for (Row c : r.<Row>getList(r.fieldIndex("comments"))) {
      comments.add(
          new Comment(
              c.getString(0), c.getString(1), c.getString(2), c.getString(3), c.getString(4)));
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Row d : r.<Row>getList(r.fieldIndex("diagnostics"))) {
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Severity.valueOf(d.getString(0)), d.getString(1), d.getString(2)));
    }
    return new Article(
        r.getString(r.fieldIndex("id")),
        URI.create(r.getString(r.fieldIndex("source"))),
        r.getString(r.fieldIndex("canonical_url")),
        r.getString(r.fieldIndex("outlet")),
        r.getString(r.fieldIndex("title")),
        List.copyOf(r.<String>getList(r.fieldIndex("byline"))),
        date(r, "published"),
        date(r, "modified"),
        r.getString(r.fieldIndex("language")),
        List.copyOf(r.<String>getList(r.fieldIndex("paragraphs"))),
        comments,
        diagnostics,
        List.copyOf(r.<String>getList(r.fieldIndex("captions"))));
  }

  private static PublishDate date(Row r, String name) {
    String value = r.getString(r.fieldIndex(name));
    return value == null
        ? null
        : new PublishDate(
            value,
            DatePrecision.valueOf(r.getString(r.fieldIndex(name + "_precision"))),
            r.getString(r.fieldIndex(name + "_origin")));
  }
}
