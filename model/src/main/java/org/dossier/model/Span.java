package org.dossier.model;

/**
 * A piece of an annotated text.
 *
 * @param text the characters of the span, as they stand in the text
 * @param start the offset of its first character in the annotated text
 * @param end the offset just past its last character
 */
public record Span(String text, int start, int end) {

  /** Validates that the offsets are in order. */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
    }
  }
}
