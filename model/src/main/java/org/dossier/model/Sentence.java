package org.dossier.model;

/**
 * A sentence of an annotated text, as the annotator's sentence splitter found it.
 *
 * @param start offset of its first character
 * @param end offset just past its last character
 */
public record Sentence(int start, int end) {

  /** Validates that the offsets are in order. */
  public Sentence {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad sentence [" + start + ", " + end + ")");
    }
  }
}
