package org.dossier.cli;

import picocli.CommandLine;

/** Starts the {@code dossier} command. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code: 0 success, 1 failure, 2 usage error. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, for tests and embedding. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new DossierCommand());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("dossier: " + message(e));
          if (System.getenv("DOSSIER_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
          }
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli.execute(args);
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }
}
