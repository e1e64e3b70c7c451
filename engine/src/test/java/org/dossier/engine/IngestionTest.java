package org.dossier.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.ingest.Source;
import org.dossier.ingest.Sources;
import org.dossier.store.ArticleLink;
import org.dossier.store.ArticleQuery;
import org.dossier.store.ArticleStore;
import org.dossier.store.LinkKind;
import org.dossier.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the shipped demo corpus and checks what a user would see in the store. */
class IngestionTest {
  static final Path DEMO = Path.of(System.getProperty("dossier.root", "..")).resolve("demo");
  @TempDir Path data;

  private static IngestReport ingest(ArticleStore store, String... paths) throws IOException {
    Sources sources = new Sources(IngestOptions.builder().fetchLinkedPages(false).build());
    List<Source> list = new ArrayList<>();
    for (String p : paths) {
      list.add(sources.resolve(p));
    }
    return new Ingestion(store, Extractor.standard(), 2, 4, ProgressListener.NONE).run(list);
  }

  private static StoredArticle byTitle(ArticleStore store, String title, int version)
      throws IOException {
    for (StoredArticle s : store.articles(ArticleQuery.ALL)) {
      if (title.equals(s.article().title()) && s.version() == version) {
        return store.article(s.article().id()).orElseThrow();
      }
    }
    throw new AssertionError("no article titled " + title + " v" + version);
  }

  @Test
  void theDemoCorpusIsStoredWithItsCopiesVersionsAndComments() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport r = ingest(store, DEMO.toString());
      assertNull(r.aborted());
      assertEquals(
          14, r.read(), "3 WARC pages, 3 feed entries (one of them only a summary), 8 HTML pages");
      assertEquals(
          r.read(),
          r.stored() + r.unchanged() + r.skipped().size(),
          "what was read was stored, found unchanged or skipped");
      assertEquals(11, r.stored());
      assertEquals(
          2,
          r.unchanged(),
          "the archived Harbor Times page and the StyleWire feed entry repeat their pages");
      assertEquals(1, r.versions());
      assertEquals(1, r.nearDuplicates());
      assertEquals(1, r.skipped().size());
      assertTrue(r.skipped().get(0).reason().contains("only a summary"), r.skipped().toString());

      StoredArticle corrected =
          byTitle(store, "Okafor signs with Maison Verrault a year after boycott", 2);
      assertTrue(corrected.article().text().contains("the French fashion house"));
      ArticleLink version = corrected.links().get(0);
      assertEquals(LinkKind.VERSION, version.kind());
      StoredArticle original = store.article(version.earlier()).orElseThrow();
      assertTrue(
          original.article().text().contains("the Italian fashion house"),
          "the old version is kept");

      StoredArticle northgate =
          byTitle(store, "Okafor named face of Verrault, a year after row over child models", 1);
      ArticleLink near = northgate.links().get(0);
      assertEquals(LinkKind.NEAR, near.kind());
      String other = near.later().equals(northgate.article().id()) ? near.earlier() : near.later();
      assertEquals("Riverside Gazette", store.article(other).orElseThrow().article().outlet());
      assertTrue(near.similarity() > 0.7, "a syndicated copy: " + near.similarity());

      StoredArticle pulse =
          byTitle(store, "Amara Okafor is Verrault's new face – and fans have thoughts", 1);
      assertEquals(6, pulse.article().comments().size());
      assertEquals("comment-101", pulse.article().comments().get(1).parent());
    }
  }

  @Test
  void ingestingTheSameThingTwiceChangesNothing() throws IOException {
    try (ArticleStore store = ArticleStore.open(data)) {
      ingest(store, DEMO.toString());
      var before = store.stats();
      IngestReport again = ingest(store, DEMO.toString());
      assertEquals(0, again.stored());
      assertEquals(13, again.unchanged());
      assertEquals(before, store.stats());
    }
  }

  @Test
  void anExactCopyUnderAnotherNameIsStoredAndLinked(@TempDir Path pages) throws IOException {
    String page =
        "<html><head><title>Dam repairs begin</title></head><body><article><p>Repairs to the dam began on Monday and will"
            + " take two years, the water authority said.</p><p>The reservoir stays open.</p></article></body></html>";
    Files.writeString(pages.resolve("a.html"), page);
    Files.writeString(pages.resolve("b.html"), page.replace("<p>The", "<p>\n  The"));
    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport r = ingest(store, pages.toString());
      assertEquals(2, r.stored());
      assertEquals(1, r.exactDuplicates());
      assertEquals(1, store.stats().exactLinks());
    }
  }

  @Test
  void badInputIsReportedAndTheRestIsStored(@TempDir Path pages) throws IOException {
    Files.write(
        pages.resolve("image.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Files.writeString(pages.resolve("empty.html"), "");
    Files.writeString(pages.resolve("feed.rss"), "<rss><channel><item><title>x</title>");
    Files.writeString(
        pages.resolve("good.html"),
        "<html><body><article><p>A good page with enough words to count as a paragraph of news.</p></article></body></html>");
    try (ArticleStore store = ArticleStore.open(data)) {
      IngestReport r = ingest(store, pages.toString());
      assertEquals(1, r.stored());
      List<String> reasons =
          r.skipped().stream().map(s -> s.input() + " -> " + s.reason()).toList();
      assertEquals(3, reasons.size(), reasons.toString());
      assertTrue(
          reasons.stream().anyMatch(s -> s.contains("image.html -> binary content (a PNG image)")),
          reasons.toString());
      assertTrue(
          reasons.stream().anyMatch(s -> s.contains("empty.html -> the input is empty")),
          reasons.toString());
      assertTrue(
          reasons.stream().anyMatch(s -> s.contains("feed.rss -> malformed feed")),
          reasons.toString());
    }
  }

  @Test
  void minHashSeparatesCopiesFromDifferentStories() {
    String base =
        "Shares in the parent group rose 3.2 percent in Paris trading on Wednesday after the house named the singer"
            + " its global ambassador, a year after she publicly broke with the label over an advertising campaign.";
    String copy = base.replace("on Wednesday", "Wednesday");
    String other =
        "The city council approved the harbour redevelopment plan on Tuesday by a vote of seven to two, ending a"
            + " debate that has run for more than three years.";
    int[] a = MinHash.signature(org.dossier.model.ContentHash.normalize(base));
    assertTrue(
        MinHash.similarity(a, MinHash.signature(org.dossier.model.ContentHash.normalize(copy)))
            > 0.7);
    assertTrue(
        MinHash.similarity(a, MinHash.signature(org.dossier.model.ContentHash.normalize(other)))
            < 0.1);
    assertNull(MinHash.signature("too short"));
  }
}
