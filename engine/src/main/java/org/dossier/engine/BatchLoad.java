package org.dossier.engine;

import java.io.IOException;
import java.util.List;
import org.dossier.annotate.Annotator;
import org.dossier.model.Article;
import org.dossier.model.ContentHash;
import org.dossier.store.ArticleStore;
import org.dossier.store.WriteBatch;
import org.dossier.stories.TitleEmbedder;

/**
 * Loads articles made elsewhere (by the Spark job, with their annotation, embedding and story) into
 * a store, in one transaction, as an ingest would have stored them: with their normalised-text hash
 * and MinHash signature, so that later ingests find their duplicates, and a second capture of a
 * page as its next version. An article the store has already keeps what it has, and only its story
 * is set, so a load run again changes nothing.
 */
public final class BatchLoad {
  private BatchLoad() {}

  /**
   * One article to load.
   *
   * @param annotation its annotation as JSON, or null
   * @param embedding its {@link TitleEmbedder#MODEL} embedding, or null
   * @param storyId its story
   */
  public record Item(Article article, String annotation, float[] embedding, String storyId) {}

  /** Loads the items in one transaction; returns how many articles were new to the store. */
  public static int load(ArticleStore store, List<Item> items) throws IOException {
    int added = 0;
    try (WriteBatch batch = store.begin()) {
      for (Item item : items) {
        Article a = item.article();
        if (!batch.hasArticle(a.id())) {
          String normalized = ContentHash.normalize(a.text());
          int[] signature = MinHash.signature(normalized);
          Ingestion.place(
              batch,
              a,
              ContentHash.sha256(normalized),
              signature,
              signature == null ? null : MinHash.bands(signature));
          if (item.annotation() != null) {
            batch.putAnnotation(a.id(), Annotator.VERSION, item.annotation());
          }
          if (item.embedding() != null) {
            batch.putEmbedding(a.id(), TitleEmbedder.MODEL, item.embedding());
          }
          added++;
        }
        batch.assignStory(a.id(), item.storyId(), 0);
      }
      batch.commit();
    }
    return added;
  }
}
