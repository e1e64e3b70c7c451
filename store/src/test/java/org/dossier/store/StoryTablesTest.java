package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story assignments, merges and saga links in a real SQLite file. */
class StoryTablesTest {
  @TempDir Path dir;

  private static Article article(String id, String day) {
    return new Article(
        id,
        URI.create("https://x.example/" + id),
        null,
        "X",
        "Title " + id,
        List.of(),
        new PublishDate(day, DatePrecision.DAY, "test"),
        null,
        "en",
        List.of("Body of " + id),
        List.of(),
        List.of());
  }

  @Test
  void mergingMovesArticlesAndLinksAndEveryArticleStaysInOneStory() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      try (WriteBatch b = store.begin()) {
        int i = 0;
        for (String id : List.of("a1", "a2", "b1", "c1")) {
          b.putArticle(article(id, "2026-01-0" + (++i)), 1, "hash-" + id, null);
        }
        b.assignStory("a1", "sA00000", 0);
        b.assignStory("a2", "sA00000", 0.5);
        b.assignStory("b1", "sB00000", 0);
        b.assignStory("c1", "sC00000", 0);
        b.linkStories("sB00000", "sC00000", 0.3);
        b.commit();
      }
      assertTrue(store.unassigned(null, 10).isEmpty(), "every article is in a story");
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
      assertEquals(List.of("a1", "a2", "b1", "c1"), store.unassigned(null, 10));
      assertEquals(List.of("a1", "a2", "b1", "c1"), store.articleIdsByPublished());
    }
  }

  @Test
  void anUncommittedAssignmentIsRolledBack() throws IOException {
    try (ArticleStore store = ArticleStore.open(dir)) {
      try (WriteBatch b = store.begin()) {
        b.putArticle(article("a1", "2026-01-01"), 1, "h", null);
        b.commit();
      }
      try (WriteBatch b = store.begin()) {
        b.assignStory("a1", "sA00000", 0);
      }
      assertEquals(List.of("a1"), store.unassigned(null, 10));
    }
  }
}
