package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.engine.StoryDossiers;
import org.dossier.server.DossierMarkdown;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import org.dossier.stories.Dossier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier story ID}: one story's dossier as Markdown (or JSON). */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a story's dossier as Markdown: articles, timeline, quote ledger with each outlet's",
      "wording, people and organisations with their spellings, conflicts, coverage, reader reaction",
      "and the other chapters of its saga. Every line names its articles as [n]."
    })
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "A story id or a unique prefix (6+ characters).")
  String id;

  @Option(names = "--json", description = "Print the dossier as JSON (the export's story shape).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = DossierCommand.openStore(spec)) {
      Optional<Dossier> d = new StoryDossiers(store).dossier(id);
      if (d.isEmpty()) {
        spec.commandLine()
            .getErr()
            .println("no story with id " + id + " ('dossier stories' lists them)");
        return 1;
      }
      out.print(json ? Json.pretty(d.get()) + "\n" : DossierMarkdown.render(d.get()));
    }
    out.flush();
    return 0;
  }
}
