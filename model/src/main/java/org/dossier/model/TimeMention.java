package org.dossier.model;

/**
 * A temporal expression in an annotated text, normalised.
 *
 * @param text the expression as written ("last spring"); "about", "around", "approximately" and
 *     "roughly" stand outside it, as TimeML has them, and give {@code mod} {@code APPROX}
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param value ISO 8601 at the precision the text supports ("2019", "2019-11", "2021-06-14",
 *     "2019-SP" for a season, "P3Y" for a duration), or null when it cannot be resolved
 * @param inferred true when the value rests on a document date inferred from the text rather than
 *     given
 * @param mod TimeML's modifier of the value, from the words at the expression's start or right
 *     before it: {@code START} ("early", "earlier"), {@code MID}, {@code END} ("late", "the end
 *     of"), {@code APPROX} ("about"), {@code LESS_THAN} ("nearly", "less than"), {@code MORE_THAN},
 *     {@code EQUAL_OR_LESS} ("up to"), {@code EQUAL_OR_MORE} ("at least"); null for none
 */
public record TimeMention(
    String text, int start, int end, String value, boolean inferred, String mod) {

  /** An expression with no modifier. */
  public TimeMention(String text, int start, int end, String value, boolean inferred) {
    this(text, start, end, value, inferred, null);
  }
}
