package org.dossier.eval;

/**
 * One figure of an evaluation, printed next to the published figures it compares with.
 *
 * @param name what is measured, such as "body word F1"
 * @param value our figure, from 0 to 1
 * @param pages how many pages the figure is over
 * @param published the published figures to compare with, as one line of text (may be empty)
 */
public record Score(String name, double value, int pages, String published) {}
