package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a sentence may hold a time expression, so that SUTime, the costliest part of the
 * pipeline, runs only where it can find something: a number that can be a time by itself (a year, a
 * date, a clock time, a day's ordinal, a quarter), or a word of time (a month, a weekday, "ago",
 * "quarter", "season", "now", a holiday, a unit such as "days"). A number beside a word of time
 * ("three days") gets through by the word. Generous by design: a sentence let through costs time, a
 * sentence kept out loses its times.
 */
final class TimeTriggers {
  private TimeTriggers() {}

  /** Other words of time: abbreviations, units, seasons, holidays, relative words. */
  private static final Set<String> WORDS =
      Set.of(
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thurs",
          "fri",
          "sat",
          "sun",
          "today",
          "tonight",
          "yesterday",
          "tomorrow",
          "now",
          "currently",
          "current",
          "recently",
          "soon",
          "earlier",
          "ago",
          "past",
          "future",
          "present",
          "previously",
          "once",
          "nowadays",
          "lately",
          "meanwhile",
          "time",
          "second",
          "seconds",
          "minute",
          "minutes",
          "min",
          "mins",
          "hr",
          "hrs",
          "wk",
          "wks",
          "yr",
          "yrs",
          "hour",
          "hours",
          "day",
          "days",
          "daily",
          "week",
          "weeks",
          "weekly",
          "weekend",
          "weekends",
          "fortnight",
          "month",
          "months",
          "monthly",
          "quarter",
          "quarters",
          "quarterly",
          "year",
          "years",
          "yearly",
          "annual",
          "annually",
          "decade",
          "decades",
          "century",
          "centuries",
          "millennium",
          "morning",
          "mornings",
          "afternoon",
          "afternoons",
          "evening",
          "evenings",
          "night",
          "nights",
          "overnight",
          "noon",
          "midnight",
          "midday",
          "dawn",
          "dusk",
          "spring",
          "summer",
          "summers",
          "autumn",
          "fall",
          "winter",
          "winters",
          "season",
          "seasons",
          "christmas",
          "easter",
          "thanksgiving",
          "halloween",
          "holiday",
          "holidays",
          "eve",
          "fiscal",
          "period",
          "era",
          "age",
          "anniversary",
          "semester",
          "midterm",
          "birthday",
          "hourly",
          "nightly",
          "biweekly",
          "twice",
          "late",
          "mid",
          "medieval",
          "nineties",
          "eighties",
          "seventies",
          "sixties",
          "fifties",
          "forties",
          "thirties",
          "twenties",
          "instant",
          "lengthy",
          "yearlong",
          "year-long",
          "year-old",
          "year-ago",
          "year-earlier",
          "year-end",
          "day-long",
          "months-long",
          "weeks-long",
          "decades-long");

  /** A word of time, also abbreviated with a full stop ("Sept.", "Tues."). */
  static boolean timeWord(String lower) {
    String w = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return org.dossier.model.TextDates.CALENDAR_NAMES.contains(w) || WORDS.contains(w);
  }

  /**
   * Numbers that can be times, or part of one, without a word of time beside them: a year ("2016",
   * "1990s", "'90s", "FY2016", "2015-16"), a date ("12/25", "2016-06-01"), a clock time ("10:30",
   * "7pm"), a day's ordinal ("21st"), a quarter or half ("Q3", "H1"). A count, an amount or a share
   * ("1,033", "$5", "3.5", "40%") is not, unless a word of time stands in the sentence too.
   */
  private static final Pattern TIME_NUMBER =
      Pattern.compile(
          "(?:[a-z]*(?:1\\d|20)\\d\\d(?:['’]?s)?(?:[-–/]\\d{2,4})?[a-z]*"
              + "|['’]?\\d0['’]?s|['’]\\d\\d"
              + "|\\d{1,4}[-/]\\d{1,2}(?:[-/]\\d{1,4})?|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"
              + "|t?\\d{1,2}:\\d\\d(?::\\d\\d)?.*"
              + "|\\d{1,2}(?:am|pm|a\\.m\\.?|p\\.m\\.?|h|hrs?)"
              + "|\\d{1,2}(?:st|nd|rd|th)|[1-4]q|q[1-4]|h[12]|fy\\d{2,4})");

  /** The words of a clock time after its number: "2 p.m.", "10 am", "6 o'clock". */
  static final Set<String> CLOCK = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock");

  /** Whether any token of a sentence may belong to a time expression. */
  static boolean any(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (at(tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stretches of a sentence that SUTime needs to see: each trigger with {@code reach} tokens
   * either side, overlapping or touching stretches joined ({@link Stretches#around(boolean[], int,
   * int)}, with no context beyond the core), in order; none when the sentence has no trigger.
   */
  static List<Stretches.Stretch> stretches(List<CoreLabel> tokens, int reach) {
    if (tokens == null) {
      return List.of();
    }
    boolean[] marked = new boolean[tokens.size()];
    for (int k = 0; k < marked.length; k++) {
      marked[k] = at(tokens, k);
    }
    return Stretches.around(marked, reach, 0);
  }

  /** Whether the token at {@code k} may belong to a time expression by itself. */
  private static boolean at(List<CoreLabel> tokens, int k) {
    String lower = tokens.get(k).word().toLowerCase(Locale.ROOT);
    if (hasDigit(lower)
        && (TIME_NUMBER.matcher(lower).matches()
            || (k + 1 < tokens.size()
                && CLOCK.contains(tokens.get(k + 1).word().toLowerCase(Locale.ROOT))))) {
      return true;
    }
    if (timeWord(lower)) {
      return true;
    }
    int dash = lower.indexOf('-');
    return dash > 0
        && (timeWord(lower.substring(0, dash))
            || timeWord(lower.substring(dash + 1))
            || TIME_NUMBER.matcher(lower.substring(0, dash)).matches());
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
