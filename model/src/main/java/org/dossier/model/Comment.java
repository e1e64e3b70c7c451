package org.dossier.model;

import java.util.Objects;

/**
 * A reader comment under an article, kept apart from the article's body.
 *
 * @param id the comment's identifier, unique within its article
 * @param author the name the commenter gave, or null
 * @param published when it was posted, ISO 8601 as precise as known, or null
 * @param text what the comment says
 * @param parent the id of the comment this one replies to, or null for a top-level comment
 */
public record Comment(String id, String author, String published, String text, String parent) {

  /** Validates that the comment has an id and text, and does not reply to itself. */
  public Comment {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("comment id is blank (text: " + text + ")");
    }
    Objects.requireNonNull(text, "text");
    if (id.equals(parent)) {
      throw new IllegalArgumentException("comment " + id + " names itself as its parent");
    }
  }
}
