package org.dossier.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.engine.IngestReport;
import org.dossier.engine.Ingestion;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.model.Diagnostic;
import org.dossier.store.ArticleLink;
import org.dossier.store.StoredArticle;

/**
 * The JSON shapes the CLI prints and the REST API serves; field names are a public contract
 * documented in docs/cli.md and docs/api.md. Records from the model are written as they are, their
 * components in snake_case ({@code speakerResolved} as {@code speaker_resolved}).
 */
public final class Json {
  private static final ObjectMapper COMPACT = ArticleAnnotations.snakeCase();
  private static final ObjectMapper PRETTY =
      COMPACT.copy().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** The mapper every response of the API is written with (snake_case, as the CLI prints). */
  static ObjectMapper mapper() {
    return COMPACT.copy();
  }

  /** One line of JSON. */
  public static String line(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Indented JSON. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** An annotated text, as {@code dossier annotate} prints it. */
  public static Map<String, Object> annotation(String source, Annotation a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", source);
    m.put("annotator_version", a.version());
    m.put("document_date", a.documentDate());
    m.put("document_date_inferred", a.documentDateInferred());
    m.put("text", a.text());
    m.put("entities", a.entities());
    m.put("times", a.times());
    m.put("quotes", a.quotes());
    m.put("omitted_chars", a.omittedChars());
    m.put("sentences", a.sentences());
    return m;
  }

  public static Map<String, Object> article(Article a, String source) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source", source);
    m.put("title", a.title());
    m.put("title_derived", a.titleDerived());
    m.put("byline", a.byline());
    m.put("published", a.published() == null ? null : a.published().value());
    m.put(
        "published_precision",
        a.published() == null
            ? null
            : a.published().precision().name().toLowerCase(java.util.Locale.ROOT));
    m.put("published_origin", a.published() == null ? null : a.published().origin());
    m.put("modified", a.modified() == null ? null : a.modified().value());
    m.put("outlet", a.outlet());
    m.put("canonical_url", a.canonicalUrl());
    m.put("language", a.language());
    m.put("is_article", a.isArticle());
    m.put("text", a.text());
    m.put("captions", a.captions());
    m.put("comments", comments(a.comments()));
    m.put("diagnostics", diagnostics(a.diagnostics()));
    return m;
  }

  /** A stored article, with its version and links. */
  public static Map<String, Object> stored(StoredArticle s, boolean withText) {
    Map<String, Object> m = article(s.article(), Ingestion.display(s.article().source()));
    m.put("version", s.version());
    m.put("ingested", s.ingested().toString());
    if (!withText) {
      m.remove("text");
      m.remove("comments");
      m.put("comment_count", s.article().comments().size());
    }
    List<Map<String, Object>> links = new ArrayList<>();
    for (ArticleLink l : s.links()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("kind", l.kind().label());
      lm.put("later", l.later());
      lm.put("earlier", l.earlier());
      lm.put("similarity", Math.round(l.similarity() * 1000) / 1000.0);
      links.add(lm);
    }
    m.put("links", links);
    return m;
  }

  private static List<Map<String, Object>> comments(List<Comment> comments) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Comment c : comments) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("author", c.author());
      m.put("published", c.published());
      m.put("text", c.text());
      m.put("parent", c.parent());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> diagnostics(List<Diagnostic> ds) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Diagnostic d : ds) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      m.put("code", d.code());
      m.put("message", d.message());
      out.add(m);
    }
    return out;
  }

  /** An ingestion report. */
  public static Map<String, Object> report(IngestReport r, String store) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("store", store);
    m.put("read", r.read());
    m.put("stored", r.stored());
    m.put("unchanged", r.unchanged());
    m.put("versions", r.versions());
    m.put("exact_duplicates", r.exactDuplicates());
    m.put("near_duplicates", r.nearDuplicates());
    m.put("skipped", r.skipped().stream().map(Json::skip).toList());
    m.put("seconds", r.elapsed().toMillis() / 1000.0);
    m.put("aborted", r.aborted());
    m.put("unannotated", r.unannotated().stream().map(Json::skip).toList());
    return m;
  }

  /** A skipped input with its reason. */
  public static Map<String, Object> skip(IngestReport.Skip s) {
    return Map.of("input", s.input(), "reason", s.reason());
  }
}
