package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a time expression, so that SUTime, the costliest part of the
 * pipeline, runs only where it can find something: a token with a digit, or a word of time (a
 * month, a weekday, "ago", "quarter", "season", "now", a holiday). Generous by design: a sentence
 * let through costs time, a sentence kept out loses its times.
 */
final class TimeTriggers {
  private TimeTriggers() {}

  /** The months and weekdays, in full and lower case (English, as java.time names them). */
  static final Set<String> CALENDAR =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(java.time.Month.values()).map(Enum::name),
              java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name))
          .map(n -> n.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

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
          "recent",
          "recently",
          "soon",
          "later",
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
          "then",
          "time",
          "times",
          "second",
          "seconds",
          "minute",
          "minutes",
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
          "term",
          "midterm",
          "birthday",
          "hourly",
          "nightly",
          "biweekly",
          "twice",
          "every",
          "each",
          "former",
          "latest",
          "late",
          "early",
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
          "while",
          "moment",
          "instant",
          "long",
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

  private static boolean timeWord(String lower) {
    return CALENDAR.contains(lower) || WORDS.contains(lower);
  }

  /** Whether any token of a sentence may belong to a time expression. */
  static boolean any(List<CoreLabel> tokens) {
    if (tokens == null) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (timeWord(lower)) {
        return true;
      }
      int dash = lower.indexOf('-');
      if (dash > 0 && (timeWord(lower.substring(0, dash)) || timeWord(lower.substring(dash + 1)))) {
        return true;
      }
    }
    return false;
  }
}
