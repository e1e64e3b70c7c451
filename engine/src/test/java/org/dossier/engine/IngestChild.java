package org.dossier.engine;

import java.nio.file.Path;
import java.util.List;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Sources;
import org.dossier.store.ArticleStore;

/**
 * A child process for {@link KillDuringIngestTest}: ingests a folder in batches of five, slowed
 * down so that the parent can kill it in the middle.
 */
public final class IngestChild {
  private IngestChild() {}

  /** Arguments: data folder, source folder. */
  public static void main(String[] args) throws Exception {
    try (ArticleStore store = ArticleStore.open(Path.of(args[0]))) {
      ProgressListener slow =
          (done, total, stored) -> {
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          };
      new Ingestion(store, Extractor.standard(), 1, 5, slow)
          .run(List.of(new Sources(IngestOptions.DEFAULTS).resolve(args[1])));
    }
  }
}
