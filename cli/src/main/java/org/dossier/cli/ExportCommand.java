package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.engine.StoryDossiers;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import org.dossier.store.StorySummary;
import org.dossier.stories.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier export}: writes dossiers as JSON (a versioned contract), Markdown or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Exports story dossiers: JSON (the contract in docs/export-schema.json), Markdown, or CSV",
      "(one row per line of a dossier). All stories unless --story is given."
    })
final class ExportCommand implements Callable<Integer> {
  /** The version of the JSON export's shape; docs/export-schema.json describes it. */
  static final int SCHEMA_VERSION = 1;

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "json (default), md or csv.")
  String format = "json";

  @Option(
      names = "--story",
      paramLabel = "ID",
      description = "Only this story (id or unique prefix).")
  String story;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (!List.of("json", "md", "csv").contains(format)) {
      throw new IllegalArgumentException("--format must be json, md or csv, not '" + format + "'");
    }
    try (ArticleStore store = ArticleStore.open(DossierCommand.dataDir(spec))) {
      StoryDossiers dossiers = new StoryDossiers(store);
      List<Dossier> all = new ArrayList<>();
      int failed = 0;
      if (story != null) {
        Optional<Dossier> d = dossiers.dossier(story);
        if (d.isEmpty()) {
          spec.commandLine()
              .getErr()
              .println("no story with id " + story + " ('dossier stories' lists them)");
          return 1;
        }
        all.add(d.get());
      } else {
        for (StorySummary s : store.stories(Integer.MAX_VALUE)) {
          // One story that cannot be compiled must not cost the user every other story.
          try {
            dossiers.dossier(s.id()).ifPresent(all::add);
          } catch (IOException | RuntimeException e) {
            failed++;
            spec.commandLine()
                .getErr()
                .printf("story %s (%s): not exported: %s%n", s.id(), s.title(), e);
          }
        }
      }
      String text =
          switch (format) {
            case "md" -> markdown(all);
            case "csv" -> csv(all);
            default -> Json.pretty(json(all, store)) + "\n";
          };
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
      } else {
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        try {
          Files.writeString(tmp, text, StandardCharsets.UTF_8);
          Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
          Files.deleteIfExists(tmp);
          throw new IOException(output + ": cannot write the export: " + e, e);
        }
        spec.commandLine().getErr().printf("Exported %d stories to %s%n", all.size(), output);
      }
      if (failed > 0) {
        spec.commandLine()
            .getErr()
            .printf(
                "%d of %d stories could not be exported (named above)%n",
                failed, failed + all.size());
        return 1;
      }
    }
    return 0;
  }

  /** The JSON export: format, version, stories and every article they cite. */
  static Map<String, Object> json(List<Dossier> dossiers, ArticleStore store) throws IOException {
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
    for (String id : ids) {
      Optional<StoredArticle> a = store.article(id);
      if (a.isPresent()) {
        articles.add(Json.article(a.get().article(), a.get().article().source().toString()));
      }
    }
    m.put("articles", articles);
    return m;
  }

  private static String markdown(List<Dossier> all) {
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
  static String csv(List<Dossier> all) {
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
