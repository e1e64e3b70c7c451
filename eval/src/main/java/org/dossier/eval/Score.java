package org.dossier.eval;

/**
 * One figure of an evaluation, printed next to the published figures it compares with.
 *
 * @param name what is measured, such as "body word F1"
 * @param value our figure, from 0 to 1
 * @param pages how many pages the figure is over
 * @param published the published figures to compare with, as one line of text (may be empty)
 * @param count true when {@code value} is a number of pages, not a figure from 0 to 1
 */
public record Score(String name, double value, int pages, String published, boolean count) {

  /** A figure from 0 to 1. */
  public Score(String name, double value, int pages, String published) {
    this(name, value, pages, published, false);
  }

  /** A number of pages or documents out of {@code pages}, such as pages that got no title. */
  public static Score count(String name, int value, int pages) {
    return new Score(name, value, pages, "", true);
  }
}
