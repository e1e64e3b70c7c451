package org.dossier.annotate;

import edu.stanford.nlp.time.Timex;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Turns SUTime's TIMEX3 values into the values Dossier reports. */
final class Times {
  /** Values that still hold a placeholder: a relative expression with no date to resolve it. */
  private static final Pattern UNRESOLVED = Pattern.compile("XXXX|THIS|OFFSET|PREV|NEXT");

  private Times() {}

  /**
   * The normalised value, or null when there is none or it could not be resolved. Without a
   * document date, SUTime leaves relative expressions as placeholders ("XXXX-03-05"); those are
   * reported as unresolved rather than guessed.
   */
  static String value(Timex timex, LocalDate date) {
    if (timex == null) {
      return null;
    }
    String v = timex.value();
    if (v == null || v.isEmpty()) {
      v = timex.altVal();
    }
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.equals("PRESENT_REF")) {
      return date == null ? null : date.toString(); // "now", "currently": the document's day
    }
    if (UNRESOLVED.matcher(v).find() && !v.startsWith("P")) {
      return null;
    }
    return v;
  }
}
