package org.dossier.model;

/**
 * A temporal expression in an annotated text, normalised.
 *
 * @param text the expression as written ("last spring")
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param value ISO 8601 at the precision the text supports ("2019", "2019-11", "2021-06-14",
 *     "2019-SP" for a season, "P3Y" for a duration), or null when it cannot be resolved
 * @param inferred true when the value rests on a document date inferred from the text rather than
 *     given
 */
public record TimeMention(String text, int start, int end, String value, boolean inferred) {}
