package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.engine.Ingestion;
import org.dossier.extract.Extractor;
import org.dossier.ingest.CaptureSink;
import org.dossier.ingest.Source;
import org.dossier.ingest.Sources;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.server.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier extract FILE|DIR|URL...}: prints extracted articles as JSON without storing. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles and prints them as JSON, without storing anything.",
      "One page prints one indented JSON object; a folder, feed, archive or several inputs print JSON Lines, one page a line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input was read",
      "1:some input could not be read (named on standard error)",
      "2:usage error"
    })
final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders, feeds, WARC archives or http(s) URLs.")
  List<String> inputs;

  @Mixin IngestOptionsMixin limits;

  @Mixin BatchValuesMixin batch;

  @Option(names = "--lines", description = "Always print JSON Lines, even for a single page.")
  boolean lines;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Sources resolver = new Sources(limits.options());
    Extractor extractor = batch.extractor();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, limits.threads));
    boolean failed = false;
    try {
      for (String input : inputs) {
        Source source;
        try {
          source = resolver.resolve(input);
        } catch (IOException e) {
          err.println("dossier: " + e.getMessage());
          failed = true;
          continue;
        }
        List<Future<Article>> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean[] skipped = {false};
        CaptureSink sink =
            new CaptureSink() {
              @Override
              public void capture(Capture capture) {
                names.add(display(input, capture.source()));
                results.add(pool.submit(() -> extractor.extract(capture)));
              }

              @Override
              public void skip(String what, String reason) {
                err.println("dossier: skipped " + what + ": " + reason);
                skipped[0] = true;
              }
            };
        try {
          source.read(sink);
        } catch (IOException e) {
          err.println("dossier: " + e.getMessage());
          failed = true;
        }
        failed |= skipped[0];
        boolean pretty = !lines && inputs.size() == 1 && results.size() == 1 && !isFolder(input);
        for (int i = 0; i < results.size(); i++) {
          try {
            Article a = results.get(i).get();
            var json = Json.article(a, names.get(i));
            out.println(pretty ? Json.pretty(json) : Json.line(json));
          } catch (ExecutionException e) {
            err.println("dossier: " + names.get(i) + ": extraction failed: " + e.getCause());
            failed = true;
          }
        }
        out.flush();
      }
    } finally {
      pool.shutdownNow();
    }
    return failed ? 1 : 0;
  }

  private static boolean isFolder(String input) {
    return !input.contains("://") && Files.isDirectory(Path.of(input));
  }

  /**
   * The input as given, or for files found in a folder, the folder as given plus the path below it.
   */
  static String display(String input, URI source) {
    if (!"file".equals(source.getScheme()) || input.contains("://")) {
      return source.toString();
    }
    String shown = Ingestion.display(source);
    Path root = Path.of(input).toAbsolutePath().normalize();
    String fragment = source.getFragment() == null ? "" : "#" + source.getFragment();
    Path file = Path.of(shown.replaceFirst("#.*$", ""));
    if (file.equals(root)) {
      return input + fragment;
    }
    if (file.startsWith(root)) {
      return Path.of(input).resolve(root.relativize(file)) + fragment;
    }
    return shown;
  }
}
