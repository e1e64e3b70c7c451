package org.dossier.store;

import java.util.Objects;

/**
 * A recorded relation between two articles.
 *
 * @param later the article ingested later (the copy, or the newer version)
 * @param earlier the article it relates to
 * @param kind how they relate
 * @param similarity estimated Jaccard similarity of their texts, 1.0 for exact copies
 */
public record ArticleLink(String later, String earlier, LinkKind kind, double similarity) {

  /** Validates the link. */
  public ArticleLink {
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(kind, "kind");
    if (later.equals(earlier)) {
      throw new IllegalArgumentException("an article cannot link to itself: " + later);
    }
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity must be in [0, 1], was " + similarity);
    }
  }
}
