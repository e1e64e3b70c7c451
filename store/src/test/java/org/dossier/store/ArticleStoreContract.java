package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.Comment;
import org.dossier.model.ContentHash;
import org.dossier.model.DatePrecision;
import org.dossier.model.Diagnostic;
import org.dossier.model.MediaTypes;
import org.dossier.model.PublishDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ArticleStore} must do, on each back end: each back end's test extends this
 * (SQLite in a data folder, a real PostgreSQL server).
 */
abstract class ArticleStoreContract {
  @TempDir Path dir;

  abstract ArticleStore open(Path dataDir) throws IOException;

  static Article article(String url, String outlet, String day, String body) {
    return new Article(
        ContentHash.articleId(url, "Title of " + url, body),
        URI.create(url),
        url,
        outlet,
        "Title of " + url,
        List.of("Ana Lopez"),
        day == null ? null : new PublishDate(day, DatePrecision.DAY, "meta"),
        day == null ? null : new PublishDate(day + "T12:30:00Z", DatePrecision.TIME, "json-ld"),
        "en",
        List.of(body, "Second paragraph."),
        List.of(
            new Comment("c1", "Ola", "2024-03-02", "First!", null),
            new Comment("c2", "Sam", null, "Reply.", "c1")),
        List.of(Diagnostic.warning("charset-guessed", url + ": guessed")));
  }

  static void put(WriteBatch b, Article a) throws IOException {
    b.putArticle(a, 1, ContentHash.sha256(a.text()), new int[] {1, 2, 3});
    b.putCapture(
        Capture.of(
            a.text().getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, a.source(), Instant.EPOCH),
        ContentHash.sha256(a.text()),
        a.id());
  }

  @Test
  void storesAnArticleWithCommentsAndReadsItBackWhole() throws IOException {
    Article a = article("https://a.example/1", "A Times", "2024-03-05", "Body one.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
      StoredArticle back = store.article(a.id()).orElseThrow();
      assertEquals(a, back.article());
      assertEquals(1, back.version());
      assertEquals(
          a, store.article(a.id().substring(0, 8)).orElseThrow().article(), "a prefix finds it");
    }
  }

  @Test
  void uncommittedWritesAreVisibleInTheBatchAndGoneAfterClose() throws IOException {
    Article a = article("https://a.example/1", "A Times", "2024-03-05", "Body one.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        assertTrue(b.hasArticle(a.id()));
        assertEquals(List.of(a.id()), b.articlesWithTextHash(ContentHash.sha256(a.text())));
      }
      assertTrue(store.article(a.id()).isEmpty());
      assertEquals(0, store.stats().articles());
      assertFalse(store.knowsCapture(a.source().toString(), ContentHash.sha256(a.text())));
    }
  }

  @Test
  void committedDataSurvivesReopening() throws IOException {
    Article a = article("https://a.example/1", "A Times", "2024-03-05", "Body one.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
    }
    try (ArticleStore store = open(dir)) {
      assertTrue(store.knowsCapture(a.source().toString(), ContentHash.sha256(a.text())));
      StoreStats stats = store.stats();
      assertEquals(1, stats.articles());
      assertEquals(2, stats.comments());
      assertEquals(1, stats.captures());
    }
  }

  @Test
  void filtersByOutletAndDateNewestFirst() throws IOException {
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, article("https://a.example/1", "A Times", "2024-03-05", "One."));
        put(b, article("https://a.example/2", "A Times", "2024-03-07", "Two."));
        put(b, article("https://b.example/3", "B Post", "2024-03-06", "Three."));
        put(b, article("https://b.example/4", "B Post", null, "Four."));
        b.commit();
      }
      assertEquals(
          List.of(
              "https://a.example/2",
              "https://b.example/3",
              "https://a.example/1",
              "https://b.example/4"),
          store.articles(ArticleQuery.ALL).stream().map(s -> s.article().identity()).toList());
      assertEquals(2, store.articles(new ArticleQuery("a times", null, null, 0)).size());
      assertEquals(
          List.of("https://b.example/3"),
          store
              .articles(
                  new ArticleQuery(null, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 6), 0))
              .stream()
              .map(s -> s.article().identity())
              .toList());
      assertEquals(1, store.articles(new ArticleQuery(null, null, null, 1)).size());
    }
  }

  @Test
  void linksAndLshBandsAreFoundAgain() throws IOException {
    Article a = article("https://a.example/1", "A", "2024-03-05", "One.");
    Article b2 = article("https://b.example/1", "B", "2024-03-05", "One, copied.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        put(b, b2);
        b.putBands(a.id(), new long[] {11, 12});
        assertEquals(java.util.Set.of(a.id()), b.articlesInBands(new long[] {12, 99}));
        assertEquals(3, b.signature(a.id()).length);
        b.link(new ArticleLink(b2.id(), a.id(), LinkKind.NEAR, 0.8));
        b.commit();
      }
      assertEquals(LinkKind.NEAR, store.article(a.id()).orElseThrow().links().get(0).kind());
      assertEquals(1, store.stats().nearLinks());
    }
  }

  @Test
  void versionsOfOneIdentityAreCounted() throws IOException {
    Article v1 = article("https://a.example/1", "A", "2024-03-05", "One.");
    Article v2 = article("https://a.example/1", "A", "2024-03-05", "One, corrected.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, v1);
        assertEquals(1, b.latestVersion(v1.identity()));
        b.putArticle(v2, 2, ContentHash.sha256(v2.text()), null);
        assertEquals(2, b.latestVersion(v1.identity()));
        assertEquals(v2.id(), b.latestVersionId(v1.identity()));
        b.commit();
      }
      assertEquals(2, store.article(v2.id()).orElseThrow().version());
    }
  }

  @Test
  void anArticleIsFoundByItsIdOrAnUnambiguousPrefix() throws IOException {
    Article a = article("https://a.example/p", "Prefix", "2024-03-01", "Found by prefix.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
      assertEquals(a.id(), store.article(a.id()).orElseThrow().article().id());
      assertEquals(a.id(), store.article(a.id().substring(0, 8)).orElseThrow().article().id());
      assertTrue(store.article("ffffffffffffffff").isEmpty() || a.id().startsWith("ffffffff"));
    }
  }

  @Test
  void embeddingsAreStoredPerModelAndReadBackExactly() throws IOException {
    Article a = article("https://a.example/e", "Embedded", "2024-03-01", "A body.");
    float[] vector = {0.25f, -1.5f, 3.0e-7f, Float.MIN_VALUE};
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.putEmbedding(a.id(), "model-a", vector);
        b.commit();
      }
      java.util.Map<String, float[]> back = store.embeddings(List.of(a.id(), "missing"), "model-a");
      assertEquals(1, back.size());
      org.junit.jupiter.api.Assertions.assertArrayEquals(vector, back.get(a.id()));
      assertTrue(store.embeddings(List.of(a.id()), "model-b").isEmpty(), "another model's");
    }
  }

  @Test
  void aShortOrAmbiguousIdPrefixIsAUsageError() throws IOException {
    try (ArticleStore store = open(dir)) {
      assertThrows(IllegalArgumentException.class, () -> store.article("abc"));
    }
  }

  @Test
  void everyCommitChangesTheDataVersionSeenByAnotherStore() throws IOException {
    Article a = article("https://a.example/v", "V", "2024-03-01", "Versioned.");
    try (ArticleStore store = open(dir);
        ArticleStore other = open(dir)) {
      long before = other.dataVersion();
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
      long after = other.dataVersion();
      assertTrue(after != before, "a commit by another store changes the data version");
      assertTrue(other.article(a.id()).isPresent(), "and is seen by it");
    }
  }

  @Test
  void articlesAndAnnotationsAreReadInBatchesAsOneByOne() throws IOException {
    List<Article> all = new java.util.ArrayList<>();
    for (int i = 0; i < 905; i++) {
      all.add(article("https://m.example/" + i, "M", "2024-03-05", "Body number " + i + "."));
    }
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        for (Article a : all) {
          put(b, a);
        }
        // Links inside one batch of reads, across two, and to an article not asked for.
        b.link(new ArticleLink(all.get(1).id(), all.get(0).id(), LinkKind.NEAR, 0.8));
        b.link(new ArticleLink(all.get(900).id(), all.get(2).id(), LinkKind.EXACT, 1.0));
        b.link(new ArticleLink(all.get(3).id(), all.get(904).id(), LinkKind.NEAR, 0.7));
        b.putAnnotation(all.get(0).id(), 3, "{\"quotes\":[]}");
        b.putAnnotation(all.get(899).id(), 3, "{\"times\":[]}");
        b.commit();
      }
      List<String> asked = new java.util.ArrayList<>();
      for (int i = 903; i >= 0; i--) {
        asked.add(all.get(i).id());
      }
      asked.add(2, "0".repeat(64)); // not stored: left out
      List<StoredArticle> batch = store.articlesById(asked);
      assertEquals(904, batch.size());
      for (int i = 0; i < batch.size(); i++) {
        StoredArticle one = store.article(all.get(903 - i).id()).orElseThrow();
        assertEquals(all.get(903 - i), batch.get(i).article(), "article " + (903 - i));
        assertEquals(one.article(), batch.get(i).article(), "article " + (903 - i));
        assertEquals(one.links(), batch.get(i).links(), "links of article " + (903 - i));
        assertEquals(one.version(), batch.get(i).version());
      }
      assertEquals(
          List.of(new ArticleLink(all.get(1).id(), all.get(0).id(), LinkKind.NEAR, 0.8)),
          batch.get(903).links(),
          "the first article's near copy");
      assertEquals(
          List.of(new ArticleLink(all.get(900).id(), all.get(2).id(), LinkKind.EXACT, 1.0)),
          batch.get(901).links(),
          "a link to an article read in another batch");
      assertEquals(
          List.of(new ArticleLink(all.get(3).id(), all.get(904).id(), LinkKind.NEAR, 0.7)),
          batch.get(900).links(),
          "a link to an article not asked for");
      assertEquals(2, batch.get(900).article().comments().size());
      java.util.Map<String, StoredAnnotation> annotations = store.annotations(asked);
      assertEquals(java.util.Set.of(all.get(0).id(), all.get(899).id()), annotations.keySet());
      assertEquals(
          store.annotation(all.get(899).id()).orElseThrow().json(),
          annotations.get(all.get(899).id()).json());
      assertTrue(store.articlesById(List.of()).isEmpty());
    }
  }

  @Test
  void annotationsAreReplacedByNewerVersionsAndCounted() throws IOException {
    Article a = article("https://a.example/n", "N", "2024-03-01", "Annotated.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
      assertEquals(List.of(a.id()), store.needingAnnotation(2, null, 10));
      try (WriteBatch b = store.begin()) {
        b.putAnnotation(a.id(), 1, "{\"quotes\":[]}");
        b.putAnnotation(a.id(), 2, "{\"quotes\":[{\"text\":\"caf\u00e9 \\u0000\"}]}");
        b.commit();
      }
      StoredAnnotation back = store.annotation(a.id()).orElseThrow();
      assertEquals(2, back.version());
      assertEquals("{\"quotes\":[{\"text\":\"caf\u00e9 \\u0000\"}]}", back.json());
      assertTrue(
          Math.abs(back.annotated().getEpochSecond() - Instant.now().getEpochSecond()) < 600,
          "annotated just now: " + back.annotated());
      assertTrue(store.needingAnnotation(2, null, 10).isEmpty());
      assertEquals(1, store.annotated(2));
    }
  }

  @Test
  void textWithANulCharacterIsStoredWithoutIt() throws IOException {
    Article a = article("https://a.example/z", "Z", "2024-03-01", "Before\u0000after.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.commit();
      }
      assertEquals(
          "Before\uFFFDafter.", store.article(a.id()).orElseThrow().article().paragraphs().get(0));
    }
  }

  @Test
  void aCaptureStoredTwiceIsKeptOnce() throws IOException {
    Article a = article("https://a.example/c", "C", "2024-03-01", "Captured.");
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        put(b, a);
        b.putCapture(
            Capture.of(
                a.text().getBytes(StandardCharsets.UTF_8),
                MediaTypes.HTML,
                a.source(),
                Instant.EPOCH),
            ContentHash.sha256(a.text()),
            a.id());
        b.commit();
      }
      assertEquals(1, store.stats().captures());
      assertEquals(
          List.of(a.id()),
          store.articles(ArticleQuery.ALL).stream().map(s -> s.article().id()).toList());
    }
  }

  static Article storyArticle(String id, String day) {
    return new Article(
        id,
        URI.create("https://x.example/" + id),
        null,
        "X",
        "Title " + id,
        List.of(),
        day == null ? null : new PublishDate(day, DatePrecision.DAY, "test"),
        null,
        "en",
        List.of("Body of " + id),
        List.of(),
        List.of());
  }

  @Test
  void mergingMovesArticlesAndLinksAndEveryArticleStaysInOneStory() throws IOException {
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        int i = 0;
        for (String id : List.of("a1", "a2", "b1", "c1")) {
          b.putArticle(storyArticle(id, "2026-01-0" + (++i)), 1, "hash-" + id, null);
        }
        b.assignStory("a1", "sA00000", 0);
        b.assignStory("a2", "sA00000", 0.5);
        b.assignStory("b1", "sB00000", 0);
        b.assignStory("c1", "sC00000", 0);
        b.linkStories("sB00000", "sC00000", 0.3);
        b.commit();
      }
      assertTrue(store.unassigned().isEmpty(), "every article is in a story");
      try (WriteBatch b = store.begin()) {
        b.mergeStory("sB00000", "sA00000");
        b.commit();
      }
      assertEquals(List.of("a1", "a2", "b1"), store.storyArticles("sA00000"));
      assertEquals(
          java.util.Map.of("a1", "sA00000", "a2", "sA00000", "b1", "sA00000", "c1", "sC00000"),
          store.storyAssignments());
      assertEquals(
          List.of("sC00000"), store.storyLinks("sA00000").stream().map(StoryLink::other).toList());
      assertEquals(
          List.of("sA00000"), store.storyLinks("sC00000").stream().map(StoryLink::other).toList());
      StorySummary s = store.story("sA0000").orElseThrow();
      assertEquals(3, s.articles());
      assertEquals("2026-01-01", s.firstPublished());
      assertEquals("Title a1", s.title());
      assertEquals(
          List.of("sC00000", "sA00000"), store.stories(10).stream().map(StorySummary::id).toList());
      assertThrows(IllegalArgumentException.class, () -> store.story("sA0"));
      try (WriteBatch b = store.begin()) {
        assertThrows(IllegalArgumentException.class, () -> b.linkStories("sA00000", "sA00000", 1));
        b.clearStories();
        b.commit();
      }
      assertTrue(store.stories(10).isEmpty());
      assertEquals(List.of("a1", "a2", "b1", "c1"), store.unassigned());
      assertEquals(List.of("a1", "a2", "b1", "c1"), store.articleIdsByPublished());
    }
  }

  @Test
  void anUncommittedAssignmentIsRolledBack() throws IOException {
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        b.putArticle(storyArticle("a1", "2026-01-01"), 1, "h", null);
        b.commit();
      }
      try (WriteBatch b = store.begin()) {
        b.assignStory("a1", "sA00000", 0);
      }
      assertEquals(List.of("a1"), store.unassigned());
    }
  }

  @Test
  void storiesWithoutADateAreListedAfterDatedOnes() throws IOException {
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        Article undated = article("https://u.example/1", "U", null, "Undated.");
        Article old = article("https://o.example/1", "O", "2020-01-01", "Old.");
        Article recent = article("https://r.example/1", "R", "2024-01-01", "Recent.");
        for (Article a : List.of(undated, old, recent)) {
          put(b, a);
        }
        b.assignStory(undated.id(), "sU00000", 0);
        b.assignStory(old.id(), "sO00000", 0);
        b.assignStory(recent.id(), "sR00000", 0);
        b.commit();
      }
      assertEquals(
          List.of("sR00000", "sO00000", "sU00000"),
          store.stories(10).stream().map(StorySummary::id).toList());
      assertEquals(null, store.story("sU00000").orElseThrow().firstPublished());
    }
  }

  @Test
  void articlesAreOrderedForStoriesByDateThenByTheirTextNotTheirId() throws IOException {
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        // Ids come from where a text lay; the text hash from the text alone.
        b.putArticle(storyArticle("a-undated", null), 1, "hash-0", null);
        b.putArticle(storyArticle("b-same-day", "2026-01-02"), 1, "hash-2", null);
        b.putArticle(storyArticle("c-same-day", "2026-01-02"), 1, "hash-1", null);
        b.putArticle(storyArticle("d-earlier", "2026-01-01"), 1, "hash-9", null);
        b.commit();
      }
      List<String> order = List.of("d-earlier", "c-same-day", "b-same-day", "a-undated");
      assertEquals(order, store.articleIdsByPublished());
      assertEquals(order, store.unassigned());
      try (WriteBatch b = store.begin()) {
        b.assignStory("c-same-day", "sC00000", 0);
        b.commit();
      }
      assertEquals(List.of("d-earlier", "b-same-day", "a-undated"), store.unassigned());
    }
  }

  @Test
  void aStoryIsListedUnderItsEarliestHeadlineNotATitleMadeFromALead() throws IOException {
    Article early = storyArticle("a-early", "2026-01-01");
    Article derived =
        new Article(
            early.id(),
            early.source(),
            early.canonicalUrl(),
            early.outlet(),
            "The ferry that ran aground will sail again…",
            early.byline(),
            early.published(),
            early.modified(),
            early.language(),
            early.paragraphs(),
            early.comments(),
            List.of(org.dossier.model.Diagnostic.info(Article.DERIVED_TITLE, "no headline")),
            early.captions());
    try (ArticleStore store = open(dir)) {
      try (WriteBatch b = store.begin()) {
        b.putArticle(derived, 1, "hash-a", null);
        b.putArticle(storyArticle("b-later", "2026-01-02"), 1, "hash-b", null);
        b.putArticle(storyArticle("c-latest", "2026-01-03"), 1, "hash-c", null);
        for (String id : List.of("a-early", "b-later", "c-latest")) {
          b.assignStory(id, "sF00000", 0);
        }
        b.commit();
      }
      assertEquals("Title b-later", store.story("sF0000").orElseThrow().title());
    }
  }
}
