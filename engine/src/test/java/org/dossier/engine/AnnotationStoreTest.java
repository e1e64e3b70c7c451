package org.dossier.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Sources;
import org.dossier.model.Annotation;
import org.dossier.store.ArticleQuery;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StoredArticle;
import org.dossier.store.WriteBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations stored at ingestion, and brought up to date by a re-annotation. */
class AnnotationStoreTest {
  private static final Path PAGES = IngestionTest.DEMO.resolve("pages");
  @TempDir Path data;

  private static IngestReport ingest(ArticleStore store, boolean annotate) throws IOException {
    Sources sources = new Sources(IngestOptions.builder().fetchLinkedPages(false).build());
    return new Ingestion(store, Extractor.standard(), 2, 4, ProgressListener.NONE, annotate)
        .run(List.of(sources.resolve(PAGES.toString())));
  }

  @Test
  void ingestionStoresAnAnnotationOfEveryArticle() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport r = ingest(store, true);
      assertTrue(r.stored() > 0);
      assertEquals(r.stored(), store.annotated(Annotator.VERSION));
      for (StoredArticle s : store.articles(ArticleQuery.ALL)) {
        StoredAnnotation kept = store.annotation(s.article().id()).orElseThrow();
        Annotation a = ArticleAnnotations.fromJson(kept.json());
        assertEquals(ArticleAnnotations.text(s.article()), a.text());
        assertTrue(!a.entities().isEmpty(), "no entities in " + s.article().title());
      }
    }
  }

  @Test
  void reannotationFillsMissingAndOutdatedAnnotationsOnly() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport r = ingest(store, false);
      assertEquals(0, store.annotated(0));
      List<StoredArticle> all = store.articles(ArticleQuery.ALL);
      String outdated = all.get(0).article().id();

      Reannotation.Report first = new Reannotation(store, 2, ProgressListener.NONE).run(false);
      assertEquals(r.stored(), first.annotated());
      assertEquals(0, first.upToDate());

      // An annotation written by an older annotator is redone; current ones are left alone.
      try (WriteBatch b = store.begin()) {
        b.putAnnotation(outdated, Annotator.VERSION - 1, "{}");
        b.commit();
      }
      Reannotation.Report second = new Reannotation(store, 1, ProgressListener.NONE).run(false);
      assertEquals(1, second.annotated());
      assertEquals(r.stored() - 1, second.upToDate());
      StoredAnnotation redone = store.annotation(outdated).orElseThrow();
      assertEquals(Annotator.VERSION, redone.version());
      assertTrue(redone.json().contains("\"entities\""));

      Reannotation.Report none = new Reannotation(store, 1, ProgressListener.NONE).run(false);
      assertEquals(0, none.annotated());
    }
  }

  @Test
  void reannotationBringsTheSearchIndexsQuotesAndNamesUpToDate() throws IOException {
    try (ArticleStore store = ArticleStore.open(data);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
      ingest(store, false);
      index.update(store);
      SearchIndex.Query quoted =
          new SearchIndex.Query("speakers:okafor", null, null, null, null, null, null, 0, 20);
      assertEquals(0, index.search(quoted).total(), "not annotated yet: no speakers indexed");

      new Reannotation(store, index, 2, ProgressListener.NONE).run(false);
      SearchIndex.Result r = index.search(quoted);
      assertTrue(r.total() > 0, "the re-annotated articles are found by their speaker");
      assertTrue(
          r.facets().get("speaker").stream().anyMatch(f -> f.value().contains("Okafor")),
          r.facets().toString());
    }
  }

  @Test
  void anArticleInAnotherLanguageIsStoredWithoutAnEnglishAnnotationAndSaysWhy(@TempDir Path in)
      throws IOException {
    String german =
        "<html lang=\"de\"><head><title>Hafen öffnet wieder</title></head><body><article>"
            + "<h1>Hafen öffnet wieder</h1>"
            + ("<p>Der Germanist Stefan Neumann sagte am Dienstag, die alte Mole werde im Mai nach"
                    + " zwei Jahren der Reparatur wieder geöffnet. Die Erwartungen der Fischer seien"
                    + " groß, und der Stadtrat habe die Kosten mit der Gilde geteilt.</p>")
                .repeat(3)
            + "</article></body></html>";
    Files.writeString(in.resolve("hafen.html"), german);
    try (ArticleStore store = ArticleStore.open(data)) {
      Sources sources = new Sources(IngestOptions.builder().fetchLinkedPages(false).build());
      IngestReport r =
          new Ingestion(store, Extractor.standard(), 1, 4, ProgressListener.NONE, true)
              .run(List.of(sources.resolve(in.toString())));
      assertEquals(1, r.stored());
      assertEquals(1, r.unannotated().size(), r.unannotated().toString());
      assertTrue(
          r.unannotated().get(0).reason().startsWith("in German (de)"),
          r.unannotated().get(0).reason());
      String id = store.articles(ArticleQuery.ALL).get(0).article().id();
      assertFalse(store.annotation(id).isPresent(), "no English annotation of German text");

      // An older annotator's English reading of it, as stores before version 12 hold, goes.
      try (WriteBatch b = store.begin()) {
        b.putAnnotation(id, Annotator.VERSION - 1, "{\"entities\":[]}");
        b.commit();
      }
      Reannotation.Report again = new Reannotation(store, 1, ProgressListener.NONE).run(false);
      assertEquals(0, again.annotated());
      assertFalse(store.annotation(id).isPresent(), "the old annotation of German text is gone");
      assertEquals(1, store.stats().articles(), "the article stays");
      assertEquals(
          List.of(new IngestReport.Skip(id, r.unannotated().get(0).reason())), again.failures());
    }
  }
}
