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
 * <p>A text names many dates, and most are not the day it was written: a birth, an anniversary, the
 * last election. So {@link #infer} takes only dates that the text presents as its own days: a
 * complete date written with its weekday, the weekday right ("Monday, November 16, 2026"); the date
 * under an embedded post ("— Ann Lee (@annlee) June 29, 2016"); a weekday with its day and month
 * ("Monday, November 16") in the latest year the text names, when that year fits the weekday and no
 * other named year does; a wire dateline's day ("WASHINGTON, March 20 (Reuters) -") in the year a
 * footer states ("© 2026 …", "Published 2026 by …"), or that year alone. A date announced as ahead
 * ("will … from December 1, 2026"), after {@code notAfter}, or in a year before one the text names
 * is never chosen. Why so strict: on the 1,023 PolNeAR train and TimeBank texts with their publish
 * dates hidden, the earlier rules (the latest complete date anywhere, a dateline's day in the one
 * year the text names, a year beside a weekday) dated 106 texts, 74 of them more than three days
 * wrong (a burial in 1963, 9/11); these rules date 17, none more than nine days off (docs/cli.md).
 * NOTE: the result's origin is {@code inferred}; nothing here reads a clock.
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
  private static final String MONTH_NAMES =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
  private static final String MONTH = "(" + MONTH_NAMES + ")\\.?";

  /**
   * A dateline at a paragraph's start: "PARIS (AP) — …", "WASHINGTON, March 20 (Reuters) - …",
   * "(Reuters) - …", "KESTREL BAY — …", with the state as wires abbreviate it ("RENO, Nev. (AP) —",
   * "FLINT, Mich., Oct. 4 (UPI) —", "DES MOINES, Iowa (AP) —"). Its named groups: {@code month} and
   * {@code day} when it gives its day, {@code outlet} when it names one in brackets.
   */
  public static final Pattern DATELINE =
      Pattern.compile(
          "(?m)^(?:\\p{Lu}[\\p{Lu}\\p{M} .,'’-]{1,40}\\s*(?:\\p{Lu}\\p{Ll}{1,5}\\.?,?\\s*)?(?:(?<month>"
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

  /** A comma or none between a date's parts, spaced as token streams print it: "Monday , May 2". */
  private static final String COMMA = "\\s*,?\\s+";

  /** A weekday, a month, a day of the month and a year as named groups of a date pattern. */
  private static final String WEEKDAY_GROUP =
      "(?<weekday>" + WEEKDAY.substring(1, WEEKDAY.length() - 1) + ")";

  private static final String MONTH_GROUP = "(?<month>" + MONTH_NAMES + ")\\.?";
  private static final String DAY_GROUP = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR_GROUP = "(?<year>(?:19|20)\\d\\d)\\b";

  /**
   * Complete dates written with their weekday: "Monday, November 16, 2026", "Monday 16 November
   * 2026", "November 16, 2026, Monday".
   */
  private static final List<Pattern> WITH_WEEKDAY =
      List.of(
          Pattern.compile(
              WEEKDAY_GROUP + COMMA + MONTH_GROUP + "\\s+" + DAY_GROUP + COMMA + YEAR_GROUP),
          Pattern.compile(
              WEEKDAY_GROUP
                  + COMMA
                  + "(?:the\\s+)?"
                  + DAY_GROUP
                  + "\\s+(?:of\\s+)?"
                  + MONTH_GROUP
                  + COMMA
                  + YEAR_GROUP),
          Pattern.compile(
              MONTH_GROUP
                  + "\\s+"
                  + DAY_GROUP
                  + COMMA
                  + YEAR_GROUP
                  + COMMA
                  + WEEKDAY_GROUP
                  + "\\b"));

  /** The date a post's card prints after its author's handle: "(@annlee) June 29, 2016". */
  private static final Pattern POST_DATE =
      Pattern.compile(
          "\\(@\\w{1,30}\\)\\s+" + MONTH_GROUP + "\\s+" + DAY_GROUP + ",\\s+" + YEAR_GROUP);

  /**
   * Lines that are a date and nothing more ("October 4, 2005.", "Tuesday, 4 October 2005",
   * "2005-10-04"), the weekday optional.
   */
  private static final List<Pattern> DATE_LINES =
      List.of(
          dateLine(MONTH_GROUP + "\\s+" + DAY_GROUP + COMMA + YEAR_GROUP),
          dateLine(DAY_GROUP + "\\s+(?:of\\s+)?" + MONTH_GROUP + COMMA + YEAR_GROUP),
          dateLine("(?<year>(?:19|20)\\d\\d)-(?<month>\\d\\d)-(?<day>\\d\\d)"));

  private static Pattern dateLine(String date) {
    return Pattern.compile(
        "(?m)^[ \\t]*(?:" + WEEKDAY_GROUP + COMMA + ")?" + date + "\\.?[ \\t]*$");
  }

  /** The dates a text gives as its own days: with their weekday, under a post, alone on a line. */
  private static final List<Pattern> OWN_DATES =
      java.util.stream.Stream.of(WITH_WEEKDAY, List.of(POST_DATE), DATE_LINES)
          .flatMap(List::stream)
          .toList();

  private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

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
    TreeSet<Integer> years = namedYears(text, notAfter);
    LocalDate best = latestOwnDate(text, notAfter);
    if (best != null && !years.isEmpty() && best.getYear() < years.last()) {
      best = null; // the text names a later year: the date is background ("Oct. 10, 1972")
    }
    if (best == null) {
      best = weekdayInLatestYear(text, years, notAfter);
    }
    Integer footer = footerYear(text, notAfter);
    if (best == null && footer != null) {
      best = datelineDay(text, footer, notAfter);
    }
    if (best != null) {
      return new PublishDate(best.toString(), DatePrecision.DAY, ORIGIN);
    }
    return footer == null
        ? null
        : new PublishDate(String.valueOf(footer), DatePrecision.YEAR, ORIGIN);
  }

  /**
   * The latest date the text gives as its own ({@link #OWN_DATES}: named groups {@code year},
   * {@code month}, {@code day}, and, where the pattern has it, {@code weekday}, which must then be
   * the date's), not announced as ahead and not after notAfter.
   */
  private static LocalDate latestOwnDate(String text, LocalDate notAfter) {
    LocalDate best = null;
    for (Pattern p : OWN_DATES) {
      boolean weekdayGroup = p.pattern().contains("(?<weekday>");
      Matcher m = p.matcher(text);
      while (m.find()) {
        String month = m.group("month");
        LocalDate d =
            accept(
                text,
                m.start(),
                m.group("year"),
                Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : month(month),
                m.group("day"),
                notAfter);
        String weekday = weekdayGroup ? m.group("weekday") : null;
        if (d != null
            && (weekday == null
                || d.getDayOfWeek() == DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT)))) {
          best = later(best, d);
        }
      }
    }
    return best;
  }

  /**
   * The latest weekday with its day and month ("Monday, November 16") that falls in the latest year
   * the text names (a year announced as ahead aside), when no other named year fits it.
   */
  private static LocalDate weekdayInLatestYear(
      String text, TreeSet<Integer> years, LocalDate notAfter) {
    LocalDate found = weekdayFixed(text, years);
    if (found == null
        || years.isEmpty()
        || found.getYear() != years.last()
        || (notAfter != null && found.isAfter(notAfter))) {
      return null;
    }
    return found;
  }

  /** The years the text names (from 1950), but those after notAfter or announced as ahead. */
  private static TreeSet<Integer> namedYears(String text, LocalDate notAfter) {
    TreeSet<Integer> years = new TreeSet<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if ((notAfter == null || year <= notAfter.getYear()) && !ahead(text, y.start())) {
        years.add(year);
      }
    }
    return years;
  }

  /** The year a footer says the text was written or published in ("© 2026 …"), or null. */
  private static Integer footerYear(String text, LocalDate notAfter) {
    Integer best = null;
    Matcher f = FOOTER_YEAR.matcher(text);
    while (f.find()) {
      best = laterYear(best, Integer.parseInt(f.group(1)), notAfter);
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
          "(?im)^(?:©|\\(c\\)|(?:copyright|(?:first\\s+)?published|updated)\\b)[^\\n]{0,40}?"
              + "\\b((?:19|20)\\d\\d)\\b");

  /**
   * The day of a wire dateline near the text's start ("WASHINGTON, March 20 (Reuters) -") in the
   * given year, or null when there is none or it would be after {@code notAfter}.
   */
  private static LocalDate datelineDay(String text, int year, LocalDate notAfter) {
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), 2000)));
    while (m.find()) {
      if (m.group("day") != null) {
        return accept(
            text,
            m.start(),
            String.valueOf(year),
            month(m.group("month")),
            m.group("day"),
            notAfter);
      }
    }
    return null;
  }

  /**
   * The day the text was written, as {@link #infer} reads it with no capture day, or null when the
   * text does not fix a day: the document date the annotator resolves relative expressions against
   * when none is given.
   */
  public static LocalDate inferredDay(String text) {
    PublishDate d = infer(text, null);
    return d == null || d.precision() != DatePrecision.DAY ? null : LocalDate.parse(d.value());
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

  private static LocalDate accept(
      String text, int at, String year, int month, String day, LocalDate notAfter) {
    if (ahead(text, at)) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      return notAfter != null && d.isAfter(notAfter) ? null : d;
    } catch (DateTimeException e) {
      return null; // 31 June and the like: not a date
    }
  }

  /**
   * Whether the words before a date on its own line announce it as ahead of the writing ("will …
   * from"); a headline above a date line announces nothing.
   */
  private static boolean ahead(String text, int at) {
    int from = Math.max(Math.max(0, at - 40), text.lastIndexOf('\n', at - 1) + 1);
    return AHEAD.matcher(text.substring(from, at)).find();
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
