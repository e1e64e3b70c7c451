package org.dossier.store;

import java.time.Instant;
import java.util.List;
import org.dossier.model.Article;

/**
 * An article as the store holds it.
 *
 * @param article the extracted article
 * @param version 1 for the first version of a page, 2 for the first change seen, and so on
 * @param ingested when it was stored
 * @param links its relations to other articles, both directions
 */
public record StoredArticle(
    Article article, int version, Instant ingested, List<ArticleLink> links) {

  /** Copies the links. */
  public StoredArticle {
    links = List.copyOf(links);
  }
}
