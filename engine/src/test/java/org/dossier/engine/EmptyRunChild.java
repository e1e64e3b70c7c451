package org.dossier.engine;

import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.store.StoreLocation;

/**
 * A child process for {@link IngestRunTest}: one whole ingest run, stories on, of an input that
 * stores nothing; then prints whether the embedder's background load is still running.
 */
public final class EmptyRunChild {
  private EmptyRunChild() {}

  /** Arguments: data folder, input. */
  public static void main(String[] args) throws Exception {
    IngestRun.run(
        StoreLocation.embedded(Path.of(args[0])),
        List.of(args[1]),
        new IngestRun.Settings(IngestOptions.DEFAULTS, Extractor.standard(), 1, 16, false, true),
        (done, total, stored) -> {});
    boolean loading =
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.isAlive() && t.getName().equals("dossier-embedder-preload"));
    System.out.println(loading ? "still loading" : "load ended");
  }
}
