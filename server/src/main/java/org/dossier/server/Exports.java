package org.dossier.server;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import org.dossier.store.StorySummary;
import org.dossier.stories.Dossier;

/**
 * Dossiers as the exports give them: JSON (the versioned contract in docs/export-schema.json),
 * Markdown and CSV, for {@code dossier export} and the REST API's downloads alike.
 */
public final class Exports {
  /** The version of the JSON export's shape; docs/export-schema.json describes it. */
  public static final int SCHEMA_VERSION = 1;

  private Exports() {}

  /** A story's dossier by id, or empty when there is no such story. */
  @FunctionalInterface
  public interface Compiler {
    Optional<Dossier> dossier(String storyId) throws IOException;
  }

  /**
   * Every story's dossier, the most recently reported first. One story that cannot be compiled must
   * not cost the user every other story: it is left out and handed to {@code failed}.
   */
  public static List<Dossier> every(
      ArticleStore store,
      Compiler compiler,
      java.util.function.BiConsumer<StorySummary, Exception> failed)
      throws IOException {
    List<Dossier> all = new ArrayList<>();
    for (StorySummary s : store.stories(Integer.MAX_VALUE)) {
      try {
        compiler.dossier(s.id()).ifPresent(all::add);
      } catch (IOException | RuntimeException e) {
        failed.accept(s, e);
      }
    }
    return all;
  }

  /** The JSON export: format, version, stories and every article they cite. */
  public static Map<String, Object> json(List<Dossier> dossiers, ArticleStore store)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", "dossier-export");
    m.put("version", SCHEMA_VERSION);
    m.put("exported", Instant.now().toString());
    m.put("stories", dossiers);
    Set<String> ids = new LinkedHashSet<>();
    for (Dossier d : dossiers) {
      d.articles().forEach(a -> ids.add(a.id()));
    }
    List<Map<String, Object>> articles = new ArrayList<>();
    for (StoredArticle a : store.articlesById(new ArrayList<>(ids))) {
      articles.add(Json.article(a.article(), a.article().source().toString()));
    }
    m.put("articles", articles);
    return m;
  }

  public static String markdown(List<Dossier> all) {
    StringBuilder b = new StringBuilder();
    for (Dossier d : all) {
      if (b.length() > 0) {
        b.append("\n---\n\n");
      }
      b.append(DossierMarkdown.render(d));
    }
    return b.toString();
  }

  /** One row per line of a dossier: story, section, key, value, detail, articles. */
  public static String csv(List<Dossier> all) {
    StringBuilder b = new StringBuilder("story,section,key,value,detail,articles\r\n");
    for (Dossier d : all) {
      for (Dossier.ArticleRef a : d.articles()) {
        row(
            b,
            d.id(),
            "article",
            a.id(),
            a.title(),
            a.outlet() + " " + a.published(),
            List.of(a.id()));
      }
      for (Dossier.Event e : d.timeline()) {
        row(
            b,
            d.id(),
            "timeline",
            e.when(),
            e.text(),
            e.background() ? "background" : "story",
            e.articles());
      }
      for (Dossier.Statement s : d.quotes()) {
        row(
            b,
            d.id(),
            "quote",
            s.speaker(),
            s.text(),
            s.drift() + (s.platform() == null ? "" : " " + s.platform()),
            List.of(s.firstArticle()));
        for (Dossier.Variant v : s.variants()) {
          row(
              b,
              d.id(),
              "quote-variant",
              s.speaker(),
              v.text(),
              v.drift() + (v.diff() == null ? "" : ": " + v.diff()),
              List.of(v.article()));
        }
      }
      for (Dossier.Entity e : d.entities()) {
        for (Dossier.Spelling s : e.variants()) {
          row(b, d.id(), "entity", e.name(), s.text(), e.type(), s.articles());
        }
      }
      for (Dossier.Conflict c : d.conflicts()) {
        for (Dossier.Value v : c.values()) {
          row(b, d.id(), "conflict", c.about(), v.value(), c.kind(), v.articles());
        }
      }
      for (Dossier.Comment c : d.reaction().threads()) {
        row(
            b,
            d.id(),
            "comment",
            c.author(),
            c.text(),
            c.parent() == null ? "" : "reply to " + c.parent(),
            List.of(c.article()));
      }
    }
    return b.toString();
  }

  private static void row(
      StringBuilder b,
      String story,
      String section,
      String key,
      String value,
      String detail,
      List<String> articles) {
    b.append(cell(story))
        .append(',')
        .append(cell(section))
        .append(',')
        .append(cell(key))
        .append(',')
        .append(cell(value))
        .append(',')
        .append(cell(detail))
        .append(',')
        .append(cell(String.join(" ", articles)))
        .append("\r\n");
  }

  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
