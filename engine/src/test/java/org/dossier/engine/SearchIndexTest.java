package org.dossier.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.store.ArticleStore;
import org.dossier.store.WriteBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over a real SQLite store and a real Lucene index: snippets, facets and freshness. */
class SearchIndexTest {
  @TempDir Path data;

  private static Article article(String id, String outlet, String title, String... paragraphs) {
    return new Article(
        "article-" + id,
        URI.create("https://" + id + ".example/"),
        null,
        outlet,
        title,
        List.of(),
        new PublishDate(
            "2026-03-0" + (1 + Math.floorMod(id.hashCode(), 9)), DatePrecision.DAY, "t"),
        null,
        "en",
        List.of(paragraphs),
        List.of(),
        List.of());
  }

  private static void put(ArticleStore store, Article... articles) throws IOException {
    try (WriteBatch b = store.begin()) {
      for (Article a : articles) {
        b.putArticle(a, 1, "hash-" + a.id(), null);
      }
      b.commit();
    }
  }

  private static String marked(SearchIndex.Hit hit) {
    StringBuilder b = new StringBuilder();
    for (SearchIndex.Part p : hit.snippet()) {
      b.append(p.match() ? "[" + p.text() + "]" : p.text());
    }
    return b.toString();
  }

  private static SearchIndex.Query query(String text) {
    return new SearchIndex.Query(text, null, null, null, null, null, null, 0, 20);
  }

  @Test
  void snippetsMarkTheQuerysWordsWhereTheTextHasThem() throws IOException {
    String filler = "The council met on Tuesday and heard residents at length. ".repeat(12);
    try (ArticleStore store = ArticleStore.open(data);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
      put(
          store,
          article(
              "far",
              "Harbor Times",
              "Ferry service resumes",
              filler + "The ferry to the island runs again from Monday, the port authority said.",
              "Émile Durand 👩‍⚖️ welcomed the ferry's return."),
          article(
              "none",
              "Valley Post",
              "Ferry timetable",
              "Boats leave every hour. " + filler.repeat(6),
              "The lighthouse keeper waved."));
      index.update(store);

      SearchIndex.Result r = index.search(query("ferry port -hospital"));
      assertEquals(1, r.total(), "both words must be there: " + r);
      String snippet = marked(r.hits().get(0));
      assertTrue(snippet.contains("[ferry]"), snippet);
      assertTrue(snippet.contains("[port]"), snippet);
      assertFalse(snippet.contains("[The council"), "a passage is cut near its match: " + snippet);
      assertTrue(
          snippet.length() < 2 * 160 + 20, "two passages of about 160 characters: " + snippet);
      assertFalse(snippet.startsWith(" ") || snippet.endsWith(" "), snippet);

      // A word only in the title: the snippet is the title with the word marked.
      SearchIndex.Result timetable = index.search(query("timetable"));
      assertEquals(
          "Ferry [timetable]", marked(timetable.hits().get(0)), "marked in the title itself");

      // A word past the first 4,000 characters still finds the article; the snippet is its lead.
      SearchIndex.Result lighthouse = index.search(query("lighthouse"));
      assertEquals(1, lighthouse.total());
      String lead = marked(lighthouse.hits().get(0));
      assertTrue(lead.startsWith("Boats leave every hour. The council met"), lead);
      assertFalse(lead.contains("["), lead);

      // Words after an emoji and an accented name are marked at the right characters.
      SearchIndex.Result welcomed = index.search(query("welcomed"));
      String w = marked(welcomed.hits().get(0));
      assertTrue(w.contains("👩‍⚖️ [welcomed] the ferry's"), w);
    }
  }

  @Test
  void facetCountsAreLucenesOwnCountsOverManySegments() throws IOException {
    Random random = new Random(42);
    System.out.println("SearchIndexTest seed 42");
    try (ArticleStore store = ArticleStore.open(data);
        SearchIndex index = SearchIndex.open(SearchIndex.folder(data))) {
      for (int batch = 0; batch < 4; batch++) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          String id = "a" + batch + "-" + i;
          String outlet = "Outlet " + random.nextInt(17);
          String word = random.nextBoolean() ? "storm" : "flood";
          articles.add(article(id, outlet, "Report " + id, "A " + word + " hit the coast."));
        }
        put(store, articles.toArray(Article[]::new));
        for (Article a : articles) {
          try (WriteBatch b = store.begin()) {
            String speaker = "Speaker " + random.nextInt(40);
            String text = a.text();
            Annotation annotation =
                new Annotation(
                    1,
                    text,
                    null,
                    false,
                    List.of(),
                    List.of(),
                    List.of(
                        new Quote(
                            QuoteKind.DIRECT,
                            new Span(text, 0, text.length()),
                            null,
                            null,
                            speaker,
                            null)));
            b.putAnnotation(a.id(), 1, ArticleAnnotations.toJson(annotation));
            b.commit();
          }
        }
        index.update(store); // one commit, one segment, per batch
      }
      SearchIndex.Result ours = index.search(query("storm"));
      try (FSDirectory dir = FSDirectory.open(SearchIndex.folder(data));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1, "several segments: " + reader.leaves().size());
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector fc =
            searcher.search(new TermQuery(new Term("text", "storm")), new FacetsCollectorManager());
        SortedSetDocValuesFacetCounts lucene =
            new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(reader, SearchIndex.FACETS), fc);
        for (String dim : List.of("outlet", "speaker")) {
          FacetResult expected = lucene.getTopChildren(10, dim);
          List<SearchIndex.Facet> want = new ArrayList<>();
          for (LabelAndValue lv : expected.labelValues) {
            want.add(new SearchIndex.Facet(lv.label, lv.value.intValue()));
          }
          assertEquals(want, ours.facets().get(dim), dim);
        }
      }
      Map<String, List<SearchIndex.Facet>> none = index.search(query("tsunami")).facets();
      assertTrue(none.isEmpty(), "no hits, no facets: " + none);
    }
  }

  @Test
  void aSearchSeesWhatAnotherIndexInThisProcessCommitted() throws IOException {
    try (ArticleStore store = ArticleStore.open(data);
        SearchIndex serving = SearchIndex.open(SearchIndex.folder(data))) {
      put(store, article("first", "Harbor Times", "Bridge closed", "The bridge is closed."));
      serving.update(store);
      assertEquals(1, serving.search(query("bridge")).total());
      put(store, article("second", "Valley Post", "Bridge reopens", "The bridge reopens."));
      try (SearchIndex writer = SearchIndex.open(SearchIndex.folder(data))) {
        assertEquals(1, writer.update(store));
      }
      assertEquals(2, serving.search(query("bridge")).total(), "no stale answer is served");
    }
  }
}
