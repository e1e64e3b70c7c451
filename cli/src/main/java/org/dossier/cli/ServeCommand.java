package org.dossier.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.server.DossierServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dossier serve}: the story desk, a web UI and REST API over the data folder. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the story desk over the data folder: the web UI at / and the REST API at /api",
      "(described at /openapi.json). CLI commands keep working on the same folder meanwhile."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 picks one).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      description = "Address to bind (default 127.0.0.1; any other needs --token).")
  String host = "127.0.0.1";

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A secret every request must carry (Authorization: Bearer TOKEN, or ?token= once in a"
              + " browser); default: the DOSSIER_TOKEN environment variable.")
  String token = System.getenv("DOSSIER_TOKEN");

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "Largest upload and largest single input of an ingest job (default 10485760).")
  long maxBytes = 10L * 1024 * 1024;

  @Option(
      names = "--allow-private-network",
      description =
          "Let followed feeds and submitted URLs be on loopback or private addresses (refused by"
              + " default).")
  boolean allowPrivateNetwork;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DossierServer server =
        DossierServer.start(
            new DossierServer.Options(
                DossierCommand.dataDir(spec),
                host,
                port,
                token,
                maxBytes,
                allowPrivateNetwork,
                java.time.Duration.ofMinutes(1),
                DossierCommand.location(spec).store()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    // Stopping anyway.
                  }
                  stopped.countDown();
                }));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    out.printf(
        "Dossier story desk on http://%s:%d/ over %s (Ctrl-C stops it)%n",
        shown,
        server.port(),
        DossierCommand.location(spec).isEmbedded()
            ? DossierCommand.dataDir(spec).toAbsolutePath()
            : DossierCommand.location(spec).store());
    out.flush();
    stopped.await();
    return 0;
  }
}
