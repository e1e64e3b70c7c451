package org.dossier.cli;

import java.nio.file.Path;
import org.dossier.engine.WriterLock;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreLocation;
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
      CopyCommand.class,
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
  static WriterLock writerLock(CommandSpec spec, String what) throws java.io.IOException {
    return WriterLock.acquire(
        location(spec),
        what,
        message -> spec.commandLine().getErr().println("dossier: " + message));
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "The data folder (default: ./dossier-data). Accepted before or after the subcommand.")
  Path data;

  @Option(
      names = "--store",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      defaultValue = "${env:DOSSIER_STORE}",
      description =
          "A shared PostgreSQL store, postgresql://HOST[:PORT]/DB (default: $DOSSIER_STORE, else"
              + " the embedded store in the data folder). The user comes from PGUSER, the"
              + " password from PGPASSWORD or ~/.pgpass, never from the URL.")
  String store;

  /** Where the store lives: the chosen data folder, and the shared store if one was given. */
  static StoreLocation location(CommandSpec spec) {
    String store = null;
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      if (s.userObject() instanceof DossierCommand top && top.store != null) {
        store = top.store;
        break;
      }
      var option = s.findOption("--store");
      if (option != null && option.getValue() != null) {
        store = option.getValue();
        break;
      }
    }
    try {
      return new StoreLocation(dataDir(spec), store);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--store: " + e.getMessage());
    }
  }

  /** Opens the chosen store. */
  static ArticleStore openStore(CommandSpec spec) throws java.io.IOException {
    return location(spec).open();
  }

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
