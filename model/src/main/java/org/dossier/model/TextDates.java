package org.dossier.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a text was written, read from the text alone when nothing else gives one: the extractor
 * uses it as an inferred publish date for pasted text, the annotator as the document date that
 * relative expressions resolve against.
 *
 * <p>In order of trust: a wire dateline's day ("WASHINGTON, March 20 (Reuters) -") in the one year
 * the text names; a weekday written with a day and month ("Monday, November 16") whose year the
 * text's named years fix; the latest complete date ("November 16, 2026", "16 Nov 2026",
 * "2026-11-16") that is not announced as ahead ("will … from December 1, 2026"); a weekday ("on
 * Monday") with the years the text names, at year precision. Dates after {@code notAfter} are never
 * chosen. NOTE: the result's origin is {@code inferred}; nothing here reads a clock.
 */
public final class TextDates {
  /** The origin of a publish date read from the text. */
  public static final String ORIGIN = "inferred";

  /** The weekdays' English names in lower case. */
  public static final Set<String> WEEKDAY_NAMES =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** The months' and weekdays' names in full and lower case (English). */
  public static final Set<String> CALENDAR_NAMES =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(Month.values()).map(m -> m.name().toLowerCase(Locale.ROOT)),
              WEEKDAY_NAMES.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The days next to the day of writing, in lower case. */
  public static final Set<String> NEAR_DAYS = Set.of("today", "yesterday", "tomorrow", "tonight");

  /** The months' names in lower case, in full, cut to three letters, and "sept". */
  public static final Set<String> MONTH_WORDS =
      java.util.stream.Stream.concat(
              java.util.Arrays.stream(Month.values())
                  .map(m -> m.name().toLowerCase(Locale.ROOT))
                  .flatMap(m -> java.util.stream.Stream.of(m, m.substring(0, 3))),
              java.util.stream.Stream.of("sept"))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Some lower-case words and the weekdays' names, as one set. */
  public static Set<String> withWeekdays(String... words) {
    Set<String> out = new HashSet<>(WEEKDAY_NAMES);
    out.addAll(List.of(words));
    return Set.copyOf(out);
  }

  private static final String WEEKDAY =
      "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";

  /**
   * A dateline at a paragraph's start: "PARIS (AP) — …", "WASHINGTON, March 20 (Reuters) - …",
   * "(Reuters) - …", "KESTREL BAY — …". Its named groups: {@code month} and {@code day} when it
   * gives its day, {@code outlet} when it names one in brackets.
   */
  public static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^(?:\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}\\s*(?:(?<month>"
              + MONTH
              + ")\\s+(?<day>\\d{1,2})\\b\\s*)?)?"
              + "(?:\\((?<outlet>[\\p{L}][\\p{L}&.' -]{1,40})\\)\\s*)?[—–-]{1,2}\\s+");

  private static final Pattern WEEKDAY_MONTH_DAY =
      Pattern.compile(
          WEEKDAY + ",?\\s+" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})");
  private static final Pattern WEEKDAY_DAY_MONTH =
      Pattern.compile(
          WEEKDAY
              + ",?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + MONTH
              + "\\b(?!,?\\s+\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
  private static final Pattern BARE_WEEKDAY =
      Pattern.compile(
          "\\b(?:on|last|this|since|until)\\s+" + WEEKDAY + "\\b|\\b(yesterday|today)\\b");

  /** Words just before a date that announce it as ahead of the writing, not its day. */
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)\\b(will|would|from|until|till|by|starting|starts?|due|scheduled|expected|next|"
              + "plans?|planned|before|deadline|to be|opens?|opening)\\b[^.!?]{0,25}$");

  private TextDates() {}

  /**
   * The date the text was most likely written, or null when the text does not fix one.
   *
   * @param text the text (title and body, without reader comments)
   * @param notAfter the latest acceptable day (the capture day), or null for no bound
   */
  public static PublishDate infer(String text, LocalDate notAfter) {
    TreeSet<Integer> years = years(text, notAfter);
    LocalDate dateline = datelineDay(text, years, notAfter);
    if (dateline != null) {
      return new PublishDate(dateline.toString(), DatePrecision.DAY, ORIGIN);
    }
    LocalDate best = weekdayFixed(text, years);
    if (best != null && notAfter != null && best.isAfter(notAfter)) {
      best = null;
    }
    best = later(best, latestComplete(text, notAfter));
    if (best != null) {
      return new PublishDate(best.toString(), DatePrecision.DAY, ORIGIN);
    }
    Integer year = yearOfWriting(text, notAfter);
    return year == null ? null : new PublishDate(String.valueOf(year), DatePrecision.YEAR, ORIGIN);
  }

  /**
   * The year a text says it was written in, when no day is fixed: a footer ("© 2026 …", "Published
   * 2026 by …"), else a sentence that names a year beside a weekday of its own news ("said on
   * Monday … 2026"). A year named elsewhere is often background ("the 2025 grounding") and is not
   * taken.
   */
  private static Integer yearOfWriting(String text, LocalDate notAfter) {
    Integer best = null;
    Matcher f = FOOTER_YEAR.matcher(text);
    while (f.find()) {
      best = laterYear(best, Integer.parseInt(f.group(1)), notAfter);
    }
    if (best != null) {
      return best;
    }
    for (String sentence : SENTENCE_BREAK.split(text)) {
      if (BARE_WEEKDAY.matcher(sentence).find()) {
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
          best = laterYear(best, Integer.parseInt(y.group(1)), notAfter);
        }
      }
    }
    return best;
  }

  private static Integer laterYear(Integer best, int year, LocalDate notAfter) {
    if (notAfter != null && year > notAfter.getYear()) {
      return best;
    }
    return best == null || year > best ? year : best;
  }

  private static final Pattern FOOTER_YEAR =
      Pattern.compile(
          "(?im)^(?:©|\\(c\\)|copyright|(?:first\\s+)?published|updated)\\b[^\\n]{0,40}?\\b((?:19|20)\\d\\d)\\b");

  /**
   * The day of a wire dateline near the text's start ("WASHINGTON, March 20 (Reuters) -"), in the
   * one year the text names, or the year it says it was written in; null when the year is not fixed
   * that way or the day would be after {@code notAfter}.
   */
  private static LocalDate datelineDay(String text, TreeSet<Integer> years, LocalDate notAfter) {
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), 2000)));
    boolean found = false;
    while (!found && m.find()) {
      found = m.group("day") != null;
    }
    if (!found) {
      return null;
    }
    Integer year = years.size() == 1 ? years.first() : yearOfWriting(text, notAfter);
    if (year == null) {
      return null;
    }
    return accept(
        text, m.start(), String.valueOf(year), month(m.group("month")), m.group("day"), notAfter);
  }

  private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");

  /**
   * The latest weekday-fixed date in the text ("Tuesday, March 5th" with the year among the years
   * it names), or null when none is determinable.
   */
  public static LocalDate weekdayFixed(String text) {
    return weekdayFixed(text, years(text, null));
  }

  private static TreeSet<Integer> years(String text, LocalDate notAfter) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (notAfter == null || year <= notAfter.getYear()) {
        years.add(year);
      }
    }
    return years;
  }

  private static LocalDate weekdayFixed(String text, TreeSet<Integer> years) {
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

  private static LocalDate latestComplete(String text, LocalDate notAfter) {
    LocalDate best = null;
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      best =
          later(best, accept(text, m.start(), m.group(3), month(m.group(1)), m.group(2), notAfter));
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      best =
          later(best, accept(text, m.start(), m.group(3), month(m.group(2)), m.group(1), notAfter));
    }
    m = ISO.matcher(text);
    while (m.find()) {
      best =
          later(
              best,
              accept(
                  text, m.start(), m.group(1), Integer.parseInt(m.group(2)), m.group(3), notAfter));
    }
    return best;
  }

  private static LocalDate accept(
      String text, int at, String year, int month, String day, LocalDate notAfter) {
    // The words before the date on its own line: a headline above a date line announces nothing.
    int from = Math.max(Math.max(0, at - 40), text.lastIndexOf('\n', at - 1) + 1);
    if (AHEAD.matcher(text.substring(from, at)).find()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      return notAfter != null && d.isAfter(notAfter) ? null : d;
    } catch (DateTimeException e) {
      return null; // 31 June and the like: not a date
    }
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
    throw new IllegalArgumentException("not a month: " + name); // the patterns admit only months
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
