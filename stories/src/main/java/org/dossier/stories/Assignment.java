package org.dossier.stories;

import java.util.List;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param score its similarity to the story it joined (0 when it started one)
 * @param merged stories found to be the same story as this one and folded into it
 * @param links stories that are earlier or later chapters of the same saga
 */
public record Assignment(
    String articleId, String storyId, double score, List<String> merged, List<Link> links) {

  /** Copies the lists. */
  public Assignment {
    merged = List.copyOf(merged);
    links = List.copyOf(links);
  }

  /** Whether the article started a new story. */
  public boolean started() {
    return score == 0;
  }

  /**
   * A link to another story of the same saga: the same people or organisations, too far apart in
   * time to be one story.
   */
  public record Link(String storyId, double score) {}
}
