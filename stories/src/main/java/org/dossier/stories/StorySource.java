package org.dossier.stories;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Annotation;
import org.dossier.model.Article;

/**
 * One article of a story as the dossier needs it.
 *
 * @param article the stored article
 * @param annotation its annotation, or null when it has none
 * @param relations its recorded relations to other articles (copies, versions)
 */
public record StorySource(Article article, Annotation annotation, List<Relation> relations) {

  /** Checks the article and copies the relations. */
  public StorySource {
    Objects.requireNonNull(article, "article");
    relations = List.copyOf(relations);
  }

  /**
   * A relation to another article.
   *
   * @param other the other article's id
   * @param kind {@code exact}, {@code near} or {@code version}
   * @param later whether this article is the later of the two
   * @param similarity the text similarity that made the relation (1 for exact copies)
   */
  public record Relation(String other, String kind, boolean later, double similarity) {}
}
