package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.engine.SearchIndex;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import org.dossier.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier search QUERY}: full-text search over articles, quotes, speakers and names. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches articles, their quotes, speakers and names (Lucene's query syntax: words,",
      "\"phrases\", title:word, quotes:word, AND, OR, NOT), with filters and facet counts."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query; none for all.")
  List<String> words;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only this outlet.")
  String outlet;

  @Option(names = "--language", paramLabel = "CODE", description = "Only this language.")
  String language;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting NAME.")
  String speaker;

  @Option(names = "--story", paramLabel = "ID", description = "Only this story's articles.")
  String story;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  String to;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip (default 0).")
  int offset;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    java.nio.file.Path data = DossierCommand.dataDir(spec);
    try (ArticleStore store = DossierCommand.openStore(spec);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
      index.update(store);
      Set<String> ids = null;
      if (story != null) {
        Optional<StorySummary> s = store.story(story);
        if (s.isEmpty()) {
          throw new IllegalArgumentException("no story with id " + story);
        }
        ids = new LinkedHashSet<>(store.storyArticles(s.get().id()));
      }
      SearchIndex.Result r =
          index.search(
              new SearchIndex.Query(
                  words == null ? "" : String.join(" ", words),
                  outlet,
                  language,
                  speaker,
                  day(from, "--from"),
                  day(to, "--to"),
                  ids,
                  offset,
                  limit));
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("hits", r.hits());
        m.put("facets", r.facets());
        out.println(Json.pretty(m));
      } else {
        out.printf("%d articles match%n", r.total());
        for (SearchIndex.Hit h : r.hits()) {
          StringBuilder snippet = new StringBuilder();
          for (SearchIndex.Part p : h.snippet()) {
            snippet.append(p.match() ? "[" + p.text() + "]" : p.text());
          }
          out.printf(
              "%n%s  %s, %s: %s%n  %s%n",
              h.id().substring(0, 12),
              h.outlet(),
              h.published() == null ? "?" : h.published(),
              h.title() == null ? "(untitled)" : h.title(),
              snippet);
        }
        r.facets()
            .forEach(
                (dim, values) -> {
                  if (!values.isEmpty()) {
                    StringBuilder b = new StringBuilder();
                    values.forEach(
                        f ->
                            b.append(b.isEmpty() ? "" : ", ")
                                .append(f.value())
                                .append(" (")
                                .append(f.count())
                                .append(')'));
                    out.printf("%n%s: %s", dim, b);
                  }
                });
        out.println();
      }
    } catch (SearchIndex.BadQueryException e) {
      spec.commandLine().getErr().println("dossier: " + e.getMessage());
      return 2;
    }
    out.flush();
    return 0;
  }

  private static LocalDate day(String value, String option) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " must be YYYY-MM-DD, not '" + value + "'");
    }
  }
}
