package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dossier.engine.StoryDossiers;
import org.dossier.server.Exports;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
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
    try (ArticleStore store = DossierCommand.openStore(spec)) {
      StoryDossiers dossiers = new StoryDossiers(store);
      List<Dossier> all = new ArrayList<>();
      List<String> failures = new ArrayList<>();
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
        all.addAll(
            Exports.every(
                store,
                dossiers::dossier,
                (s, e) -> {
                  failures.add(s.id());
                  spec.commandLine()
                      .getErr()
                      .printf("story %s (%s): not exported: %s%n", s.id(), s.title(), e);
                }));
      }
      String text =
          switch (format) {
            case "md" -> Exports.markdown(all);
            case "csv" -> Exports.csv(all);
            default -> Json.pretty(Exports.json(all, store)) + "\n";
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
      int failed = failures.size();
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
}
