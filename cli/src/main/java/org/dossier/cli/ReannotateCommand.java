package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.annotate.Annotator;
import org.dossier.engine.IngestReport;
import org.dossier.engine.Reannotation;
import org.dossier.engine.SearchIndex;
import org.dossier.engine.WriterLock;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier reannotate}: brings stored annotations up to the current annotator. */
@Command(
    name = "reannotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates stored articles that have no annotation, or one written by an older annotator,",
      "from their stored text: no re-ingesting. Interrupted runs keep what they finished."
    })
final class ReannotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--all",
      description = "Re-annotate every article, including those already current.")
  boolean all;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Annotation threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Reannotation.Report r;
    try (WriterLock lock = DossierCommand.writerLock(spec, "dossier reannotate");
        ArticleStore store = DossierCommand.openStore(spec);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(DossierCommand.dataDir(spec)))) {
      ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), true);
      r = new Reannotation(store, index, threads, bar).run(all);
      bar.finish();
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("annotator_version", Annotator.VERSION);
      m.put("annotated", r.annotated());
      m.put("up_to_date", r.upToDate());
      m.put("seconds", Math.round(r.elapsed().toMillis() / 100.0) / 10.0);
      m.put("failed", r.failures().stream().map(Json::skip).toList());
      out.println(Json.pretty(m));
    } else {
      out.printf(
          "Annotated %d articles with annotator version %d in %.1f s (%d already current)%n",
          r.annotated(), Annotator.VERSION, r.elapsed().toMillis() / 1000.0, r.upToDate());
      for (IngestReport.Skip s : r.failures()) {
        out.printf("  not annotated  %s: %s%n", s.input(), s.reason());
      }
    }
    out.flush();
    return r.failures().isEmpty() ? 0 : 1;
  }
}
