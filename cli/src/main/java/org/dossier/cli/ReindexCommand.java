package org.dossier.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dossier.engine.SearchIndex;
import org.dossier.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dossier reindex}: rebuilds the search index from the store, the one source of truth. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuilds the search index (DATA/search-index) from the store.")
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path data = DossierCommand.dataDir(spec);
    long start = System.nanoTime();
    try (ArticleStore store = DossierCommand.openStore(spec);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
      int n = index.rebuild(store);
      spec.commandLine()
          .getOut()
          .printf(
              "Indexed %d articles for search in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
