package org.dossier.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dossier.engine.WriterLock;
import org.dossier.server.Json;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreCopy;
import org.dossier.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dossier copy}: moves a data folder's store into a shared PostgreSQL store (or back). */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = {
      "Copies one store into another: a data folder's embedded store into a shared PostgreSQL",
      "store (or back). Articles go over with their comments, captures, annotations, embeddings",
      "and links; the target's stories become the source's. Resumable: run it again after an",
      "interruption and it copies what is missing, nothing twice."
    })
final class CopyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DIR|URL",
      description = "The data folder (or postgresql:// store) to copy from.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "URL|DIR",
      description = "The postgresql:// store (or data folder) to copy into.")
  String to;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  private StoreLocation location(String value, String option) {
    try {
      return StoreLocation.isUrl(value)
          ? new StoreLocation(DossierCommand.dataDir(spec), value)
          : StoreLocation.embedded(Path.of(value));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }

  /** The source's or target's writer lock: the folder's for a data folder, else the store's. */
  private Closeable lock(StoreLocation where) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    return where.isEmbedded()
        ? WriterLock.acquire(where.dataDir(), "dossier copy", m -> err.println("dossier: " + m))
        : where.writerLock("dossier copy", m -> err.println("dossier: " + m));
  }

  @Override
  public Integer call() throws IOException {
    StoreLocation source = location(from, "--from");
    StoreLocation target = location(to, "--to");
    if (source.describe().equals(target.describe())) {
      throw new ParameterException(spec.commandLine(), "--from and --to are the same store");
    }
    if (source.isEmbedded()
        && !java.nio.file.Files.exists(source.dataDir().resolve("dossier.db"))) {
      throw new ParameterException(
          spec.commandLine(), "--from: " + source.dataDir() + " holds no store (no dossier.db)");
    }
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    StoreCopy.Report r;
    try (Closeable sourceLock = lock(source);
        Closeable targetLock = lock(target);
        ArticleStore a = source.open();
        ArticleStore b = target.open()) {
      ProgressBar bar = ProgressBar.onTerminal(spec.commandLine().getErr(), true);
      r = new StoreCopy(a, b).run((done, total) -> bar.progress(done, total, done));
      bar.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("from", source.describe());
      m.put("to", target.describe());
      m.put("articles", r.articles());
      m.put("already_there", r.skipped());
      m.put("comments", r.comments());
      m.put("captures", r.captures());
      m.put("annotations", r.annotations());
      m.put("embeddings", r.embeddings());
      m.put("links", r.links());
      m.put("story_assignments", r.storyAssignments());
      m.put("seconds", Math.round(seconds * 10) / 10.0);
      out.println(Json.pretty(m));
    } else {
      out.printf("Copied %s into %s in %.1f s%n", source.describe(), target.describe(), seconds);
      out.printf("  articles     %d  (%d already there)%n", r.articles(), r.skipped());
      out.printf(
          "  with         %d comments, %d captures, %d annotations, %d embeddings%n",
          r.comments(), r.captures(), r.annotations(), r.embeddings());
      out.printf("  links        %d between articles%n", r.links());
      out.printf("  stories      %d articles in the source's stories%n", r.storyAssignments());
      if (!target.isEmbedded()) {
        out.printf(
            "Each machine builds its own search index from the shared store with:%n"
                + "  dossier --store %s reindex%n",
            target.store());
      }
    }
    out.flush();
    return 0;
  }
}
