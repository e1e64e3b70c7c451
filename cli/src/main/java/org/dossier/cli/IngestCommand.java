package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.IngestReport;
import org.dossier.engine.IngestRun;
import org.dossier.engine.StoryAssignment;
import org.dossier.engine.WriterLock;
import org.dossier.extract.Extractor;
import org.dossier.server.Json;
import org.dossier.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier ingest SOURCE...}: reads sources into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads files, folders, JSON Lines, RSS/Atom feeds, WARC archives and URLs into the store.",
      "Idempotent: the same content twice is stored once; a changed page at the same URL is a new version."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run finished (skipped inputs are listed)",
      "1:the store failed, or nothing at all could be read",
      "2:usage error"
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files, folders, feeds, WARC archives or http(s) URLs.")
  List<String> sources;

  @Mixin IngestOptionsMixin limits;

  @Mixin BatchValuesMixin batch;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      description = "Captures per transaction (default 64).")
  int batchSize = 64;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    StoreLocation where = DossierCommand.location(spec);
    IngestRun.Result run;
    try (WriterLock lock = DossierCommand.writerLock(spec, "dossier ingest")) {
      run =
          run(
              where,
              sources,
              limits,
              batch.extractor(),
              batchSize,
              quiet,
              spec.commandLine().getErr());
    }
    IngestReport report = run.report();
    StoryAssignment.Report stories = run.stories();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = Json.report(report, where.describe());
      if (stories != null) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("assigned", stories.assigned());
        st.put("started", stories.started());
        st.put("merged", stories.merged());
        st.put("linked", stories.linked());
        st.put("seconds", stories.elapsed().toMillis() / 1000.0);
        m.put("stories", st);
      }
      m.put("index_seconds", run.indexing().toMillis() / 1000.0);
      m.put("run_seconds", run.elapsed().toMillis() / 1000.0);
      out.println(Json.pretty(m));
    } else {
      printSummary(out, report, where, 20);
      printRun(out, run);
    }
    out.flush();
    return exitCode(report);
  }

  static int exitCode(IngestReport report) {
    if (report.aborted() != null) {
      return 1;
    }
    return report.nothingRead() ? 1 : 0;
  }

  /**
   * Ingests inputs into the data folder (stories and search index included), with a progress bar on
   * a terminal.
   */
  static IngestRun.Result run(
      StoreLocation where,
      List<String> inputs,
      IngestOptionsMixin limits,
      Extractor extractor,
      int batchSize,
      boolean quiet,
      PrintWriter err)
      throws IOException {
    ProgressBar bar = quiet ? ProgressBar.silent() : ProgressBar.onTerminal(err, true);
    IngestRun.Result result =
        IngestRun.run(
            where,
            inputs,
            new IngestRun.Settings(
                limits.options(),
                extractor,
                limits.threads,
                batchSize,
                !limits.noAnnotate,
                !limits.noStories),
            bar);
    bar.finish();
    return result;
  }

  /**
   * The stories line of a run's summary, and the whole run's time: the first line's is the
   * ingestion's alone, without the story assignment and the search index that follow it.
   */
  static void printRun(PrintWriter out, IngestRun.Result run) {
    StoryAssignment.Report r = run.stories();
    if (r != null) {
      out.printf(
          "  stories    %d articles assigned: %d new stories, %d merged, %d saga links%n",
          r.assigned(), r.started() - r.merged(), r.merged(), r.linked());
    }
    out.printf(
        "  in all     %.1f s (%.1f captures/s): stories %.1f s, search index %.1f s%n",
        run.elapsed().toMillis() / 1000.0,
        run.perSecond(),
        r == null ? 0.0 : r.elapsed().toMillis() / 1000.0,
        run.indexing().toMillis() / 1000.0);
  }

  /** The human summary of a run. */
  static void printSummary(PrintWriter out, IngestReport r, StoreLocation where, int maxSkips) {
    out.printf(
        "Ingested into %s in %.1f s (%.1f captures/s)%n",
        where.describe(), r.elapsed().toMillis() / 1000.0, r.perSecond());
    out.printf("  read       %d%n", r.read());
    out.printf(
        "  stored     %d  (%d new versions, %d exact copies, %d near-duplicates)%n",
        r.stored(), r.versions(), r.exactDuplicates(), r.nearDuplicates());
    out.printf("  unchanged  %d  (already stored)%n", r.unchanged());
    out.printf("  skipped    %d%n", r.skipped().size());
    int shown = 0;
    for (IngestReport.Skip s : r.skipped()) {
      if (shown++ == maxSkips) {
        out.printf("    ... and %d more (--json lists them all)%n", r.skipped().size() - maxSkips);
        break;
      }
      out.printf("    %s: %s%n", s.input(), s.reason());
    }
    if (!r.unannotated().isEmpty()) {
      out.printf(
          "  unannotated %d  (stored without an annotation; 'dossier reannotate' tries again)%n",
          r.unannotated().size());
      r.unannotated().stream()
          .limit(maxSkips)
          .forEach(s -> out.printf("    %s: %s%n", s.input(), s.reason()));
    }
    if (r.aborted() != null) {
      out.println("  ABORTED: " + r.aborted());
    }
  }
}
