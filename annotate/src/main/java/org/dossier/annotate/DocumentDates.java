package org.dossier.annotate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a document date from the text when none is given: a weekday written with a day and month
 * ("Tuesday, March 5th") fixes the year among the years the text names. When no such date is
 * determinable the result is null, and relative expressions stay unresolved.
 */
final class DocumentDates {
  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  private static final Pattern WEEKDAY_MONTH_DAY =
      Pattern.compile(
          WEEKDAY + ",?\\s+" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})");
  private static final Pattern WEEKDAY_DAY_MONTH =
      Pattern.compile(
          WEEKDAY
              + ",?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH
              + "\\b(?!,?\\s+\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

  private DocumentDates() {}

  /** The latest weekday-fixed date in the text, or null when none is determinable. */
  static LocalDate infer(String text) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      years.add(Integer.parseInt(y.group(1)));
    }
    if (years.isEmpty()) {
      return null;
    }
    LocalDate best = null;
    Matcher m = WEEKDAY_MONTH_DAY.matcher(text);
    while (m.find()) {
      best = later(best, fix(m.group(1), m.group(2), m.group(3), years));
    }
    m = WEEKDAY_DAY_MONTH.matcher(text);
    while (m.find()) {
      best = later(best, fix(m.group(1), m.group(3), m.group(2), years));
    }
    return best;
  }

  private static LocalDate fix(String weekday, String month, String day, TreeSet<Integer> years) {
    DayOfWeek dow = DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT));
    int mo = month(month);
    int d = Integer.parseInt(day);
    LocalDate found = null;
    for (int year : years) {
      try {
        LocalDate candidate = LocalDate.of(year, mo, d);
        if (candidate.getDayOfWeek() == dow) {
          if (found != null) {
            return null; // two named years fit: not determinable
          }
          found = candidate;
        }
      } catch (DateTimeException e) {
        // 30 February and the like: not a date
      }
    }
    return found;
  }

  /** The number of an English month name or abbreviation: its first three letters decide. */
  private static int month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month m : Month.values()) {
      if (m.name().startsWith(prefix)) {
        return m.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + name); // the pattern admits only months
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
