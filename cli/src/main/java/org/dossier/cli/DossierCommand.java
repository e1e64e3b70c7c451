package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.engine.WriterLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code dossier} command; it only holds the shared options and the subcommands. */
@Command(
    name = "dossier",
    mixinStandardHelpOptions = true,
    version = "dossier 0.1.0",
    description = "Turns news articles from many outlets into story dossiers.",
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      AnnotateCommand.class,
      ReannotateCommand.class,
      ArticlesCommand.class,
      StoriesCommand.class,
      StoryCommand.class,
      ExportCommand.class,
      ReclusterCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      FollowCommand.class,
      ShowCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      TrainCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:failure (the message says what failed)", "2:usage error"})
final class DossierCommand implements Runnable {
  /**
   * Takes the data folder's writer lock for a writing command, saying on stderr when it has to wait
   * for another writer (a running server's ingest, another ingest).
   */
  static WriterLock writerLock(CommandSpec spec, java.nio.file.Path data, String what)
      throws java.io.IOException {
    return WriterLock.acquire(
        data, what, message -> spec.commandLine().getErr().println("dossier: " + message));
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "The data folder (default: ./dossier-data). Accepted before or after the subcommand.")
  Path data;

  /** The data folder chosen on the command line, or the default. */
  static Path dataDir(CommandSpec spec) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      if (s.userObject() instanceof DossierCommand top && top.data != null) {
        return top.data;
      }
      var option = s.findOption("--data");
      if (option != null && option.getValue() != null) {
        return option.getValue();
      }
    }
    return Path.of("dossier-data");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
