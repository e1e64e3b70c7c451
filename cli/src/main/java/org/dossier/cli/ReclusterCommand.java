package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.StoryAssignment;
import org.dossier.engine.WriterLock;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import org.dossier.stories.BCubed;
import org.dossier.stories.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier recluster}: rebuilds every story assignment in one pass. */
@Command(
    name = "recluster",
    mixinStandardHelpOptions = true,
    description = {
      "Forgets every story assignment and assigns all articles again, earliest published first,",
      "and says how closely the new stories agree with the old (B-cubed F1 over articles)."
    })
final class ReclusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Path data = DossierCommand.dataDir(spec);
    try (WriterLock lock = DossierCommand.writerLock(spec, "dossier recluster");
        ArticleStore store = DossierCommand.openStore(spec)) {
      Map<String, String> before = store.storyAssignments();
      // A progress bar on a terminal only; nothing of the kind when piped.
      ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), true);
      StoryAssignment.Report r =
          new StoryAssignment(
                  store, StoryAssignment.indexFolder(data), StoryClusterer.Settings.defaults())
              .recluster(bar);
      bar.finish();
      Map<String, String> after = store.storyAssignments();
      double agreement = BCubed.of(before, after).f1();
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("assigned", r.assigned());
        m.put("stories", r.started() - r.merged());
        m.put("merged", r.merged());
        m.put("linked", r.linked());
        m.put("seconds", Math.round(r.elapsed().toMillis() / 100.0) / 10.0);
        m.put(
            "agreement_bcubed_f1",
            before.isEmpty() ? null : Math.round(agreement * 10000) / 10000.0);
        out.println(Json.pretty(m));
      } else {
        out.printf(
            "Reclustered %d articles into %d stories in %.1f s (%d merges, %d saga links)%n",
            r.assigned(),
            r.started() - r.merged(),
            r.elapsed().toMillis() / 1000.0,
            r.merged(),
            r.linked());
        if (!before.isEmpty()) {
          out.printf("  agreement with the incremental assignment: B-cubed F1 %.3f%n", agreement);
        }
      }
    }
    out.flush();
    return 0;
  }
}
