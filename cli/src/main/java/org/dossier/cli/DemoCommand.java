package org.dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.IngestReport;
import org.dossier.engine.IngestRun;
import org.dossier.engine.WriterLock;
import org.dossier.extract.Extractor;
import org.dossier.store.ArticleQuery;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
import org.dossier.store.StoreStats;
import org.dossier.store.StoredArticle;
import org.dossier.store.StorySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier demo}: ingests the shipped demo corpus and says what it found. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the demo corpus that ships with Dossier (one fictional story from eight outlets: HTML pages,",
      "an RSS feed and a WARC archive) into the data folder, then summarises what it found."
    })
final class DemoCommand implements Callable<Integer> {
  /** Where the corpus sits inside the jar; {@code .index} lists its files. */
  static final String RESOURCES = "/org/dossier/cli/demo/";

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path data = DossierCommand.dataDir(spec);
    Path corpus = unpack(data.resolve("demo-corpus"));
    out.println("Dossier demo: ingesting the demo corpus from " + corpus);
    IngestOptionsMixin limits = new IngestOptionsMixin();
    limits.noFetchLinked = true;
    IngestReport report;
    StoreLocation where = DossierCommand.location(spec);
    try (WriterLock lock = DossierCommand.writerLock(spec, "dossier demo")) {
      IngestRun.Result run =
          IngestCommand.run(
              where,
              List.of(corpus.toString()),
              limits,
              Extractor.standard(),
              64,
              false,
              spec.commandLine().getErr());
      report = run.report();
      IngestCommand.printSummary(out, report, where, 20);
      IngestCommand.printRun(out, run);
    }
    try (ArticleStore store = where.open()) {
      StoreStats stats = store.stats();
      List<StoredArticle> articles = store.articles(ArticleQuery.ALL);
      out.println();
      out.printf(
          "The store now holds %d articles from %d outlets, %d reader comments, and %d links between articles%n"
              + "(%d exact copies, %d near-duplicates such as syndicated wire copy, %d new versions of a page).%n",
          stats.articles(),
          stats.outlets(),
          stats.comments(),
          stats.exactLinks() + stats.nearLinks() + stats.versionLinks(),
          stats.exactLinks(),
          stats.nearLinks(),
          stats.versionLinks());
      out.println();
      Map<String, Integer> perOutlet = new LinkedHashMap<>();
      articles.forEach(s -> perOutlet.merge(String.valueOf(s.article().outlet()), 1, Integer::sum));
      out.println("Articles by outlet:");
      perOutlet.entrySet().stream()
          .sorted(
              Map.Entry.<String, Integer>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> out.printf("  %-26s %d%n", e.getKey(), e.getValue()));
      out.println();
      out.println("Where to look next:");
      out.println(
          "  ./dossier articles                  list what was stored (--json for scripts)");
      if (!articles.isEmpty()) {
        StoredArticle withComments = articles.get(0);
        for (StoredArticle s : articles) {
          StoredArticle full = store.article(s.article().id()).orElse(s);
          if (!full.article().comments().isEmpty()) {
            withComments = full;
            break;
          }
        }
        out.printf(
            "  ./dossier show %s    one article, its comments and its copies%n",
            withComments.article().id());
      }
      out.println(
          "  ./dossier extract "
              + corpus.resolve("pages").resolve("pulse-okafor-verrault.html")
              + "");
      out.println(
          "                                      extraction of one page as JSON, nothing stored");
      List<StorySummary> stories = store.stories(5);
      if (!stories.isEmpty()) {
        out.println(
            "  ./dossier stories                   the stories the articles were grouped into");
        out.printf(
            "  ./dossier story %s         the dossier of the largest story%n",
            stories.stream()
                .max(java.util.Comparator.comparingInt(StorySummary::articles))
                .get()
                .id());
        out.println("  ./dossier export --format json      every dossier as JSON (docs/export.md)");
      }
      out.println("  ./dossier search Okafor             full-text search with facets");
      out.println(
          "  ./dossier serve                     the story desk in a browser: http://127.0.0.1:8080");
      out.println("  ./dossier --help                    every command");
    }
    out.flush();
    return IngestCommand.exitCode(report);
  }

  /** Copies the corpus out of the jar into a folder, replacing what an older demo left there. */
  static Path unpack(Path target) throws IOException {
    String index;
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + ".index")) {
      if (in == null) {
        throw new IOException(
            "the demo corpus is missing from this build (no " + RESOURCES + ".index)");
      }
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : index.split("\n")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (name.contains("..") || name.startsWith("/")) {
        throw new IOException("bad demo corpus entry: " + name);
      }
      Path file = target.resolve(name);
      Files.createDirectories(file.getParent());
      try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCES + name)) {
        if (in == null) {
          throw new IOException(
              "the demo corpus lists " + name + " but the build does not hold it");
        }
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target;
  }
}
