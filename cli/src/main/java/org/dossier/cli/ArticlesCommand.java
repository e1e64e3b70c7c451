package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.server.Json;
import org.dossier.store.ArticleQuery;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier articles}: lists stored articles. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "Lists stored articles, newest first; filter by outlet and publish date.")
final class ArticlesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "Only this outlet (case-insensitive).")
  String outlet;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "Published on or after this day.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Published on or before this day.")
  LocalDate to;

  @Option(names = "--limit", paramLabel = "N", description = "At most N articles (default: all).")
  int limit;

  @Option(names = "--json", description = "Print a JSON array of articles.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<StoredArticle> found;
    try (ArticleStore store = DossierCommand.openStore(spec)) {
      found = store.articles(new ArticleQuery(outlet, from, to, limit));
    }
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      found.forEach(a -> rows.add(Json.stored(a, false)));
      out.println(Json.pretty(rows));
      return 0;
    }
    if (found.isEmpty()) {
      out.println("No articles. Ingest some with: dossier ingest SOURCE...");
      return 0;
    }
    out.printf("%-16s  %-10s  %-22s  %s%n", "ID", "PUBLISHED", "OUTLET", "TITLE");
    for (StoredArticle s : found) {
      var a = s.article();
      String day =
          a.published() == null
              ? "-"
              : a.published().value().substring(0, Math.min(10, a.published().value().length()));
      out.printf(
          "%-16s  %-10s  %-22s  %s%s%n",
          a.id(),
          day,
          clip(a.outlet(), 22),
          clip(a.title(), 70),
          s.version() > 1 ? "  (v" + s.version() + ")" : "");
    }
    out.printf("%d article%s%n", found.size(), found.size() == 1 ? "" : "s");
    return 0;
  }

  static String clip(String s, int width) {
    if (s == null) {
      return "-";
    }
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
