package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.engine.Ingestion;
import org.dossier.engine.ProgressListener;
import org.dossier.engine.SearchIndex;
import org.dossier.engine.StoryAssignment;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Source;
import org.dossier.ingest.Sources;
import org.dossier.store.ArticleStore;
import org.dossier.stories.StoryClusterer;

/** Fills a data folder as {@code dossier ingest} does: store, annotate, stories, search index. */
final class TestData {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));

  private TestData() {}

  static void ingest(Path data, Path... inputs) throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      Sources sources = new Sources(IngestOptions.builder().fetchLinkedPages(false).build());
      List<Source> list = new ArrayList<>();
      for (Path p : inputs) {
        list.add(sources.resolve(p.toString()));
      }
      new Ingestion(store, Extractor.standard(), 2, 64, ProgressListener.NONE, true).run(list);
      new StoryAssignment(
              store, StoryAssignment.indexFolder(data), StoryClusterer.Settings.defaults())
          .assignNew();
      try (SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
        index.update(store);
      }
    }
  }
}
