package org.dossier.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;

/**
 * Reads the date formats that pages, feeds and records use: ISO 8601 in its common variants, RFC
 * 822/1123 as in RSS, and written dates such as "March 5, 2024" or "5. März 2024", each at the
 * precision it states.
 */
final class DateParsing {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})");

  /**
   * {@code 31.10.23}: the day, the month in two digits and the year's last two digits, as German,
   * Austrian and Swiss sites print the date under a headline. Not inside a longer run of dotted
   * numbers (a version such as 2.10.23.1), and not with a one-digit month (a version such as
   * 3.1.22).
   */
  static final Pattern DOTTED_SHORT =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{2})\\.(\\d{2})(?![\\d.]\\d|\\d)");

  /** {@code 17/02/2022} or {@code 02/17/2022}: read only where one number cannot be a month. */
  private static final Pattern DAY_SLASHED =
      Pattern.compile("(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");

  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6})?");
  private static final Pattern MONTH_FIRST =
      Pattern.compile("(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s+(?:of\\s+|de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})");
  private static final DateTimeFormatter RFC_822 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .parseLenient()
          .optionalStart()
          .appendPattern("EEE, ")
          .optionalEnd()
          .appendPattern("d MMM ")
          .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
          .appendPattern(" H:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .appendPattern(" ")
          .appendPattern("[XX][X][z]")
          .toFormatter(Locale.ENGLISH);
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("mär", 3),
          Map.entry("mrz", 3),
          Map.entry("mai", 5),
          Map.entry("okt", 10),
          Map.entry("dez", 12),
          Map.entry("janv", 1),
          Map.entry("févr", 2),
          Map.entry("fév", 2),
          Map.entry("avr", 4),
          Map.entry("juin", 6),
          Map.entry("juil", 7),
          Map.entry("aoû", 8),
          Map.entry("aou", 8),
          Map.entry("déc", 12),
          Map.entry("ene", 1),
          Map.entry("abr", 4),
          Map.entry("ago", 8),
          Map.entry("dic", 12),
          Map.entry("gen", 1),
          Map.entry("mag", 5),
          Map.entry("giu", 6),
          Map.entry("lug", 7),
          Map.entry("set", 9),
          Map.entry("ott", 10),
          Map.entry("fev", 2),
          Map.entry("out", 10),
          Map.entry("maa", 3),
          Map.entry("mei", 5),
          Map.entry("maj", 5),
          Map.entry("sty", 1),
          Map.entry("lut", 2),
          Map.entry("kwi", 4),
          Map.entry("cze", 6),
          Map.entry("lip", 7),
          Map.entry("sie", 8),
          Map.entry("wrz", 9),
          Map.entry("paź", 10),
          Map.entry("lis", 11),
          Map.entry("gru", 12),
          Map.entry("oca", 1),
          Map.entry("şub", 2),
          Map.entry("nis", 4),
          Map.entry("haz", 6),
          Map.entry("tem", 7),
          Map.entry("ağu", 8),
          Map.entry("eyl", 9),
          Map.entry("eki", 10),
          Map.entry("kas", 11),
          Map.entry("ara", 12),
          Map.entry("янв", 1),
          Map.entry("фев", 2),
          Map.entry("мар", 3),
          Map.entry("апр", 4),
          Map.entry("мая", 5),
          Map.entry("май", 5),
          Map.entry("июн", 6),
          Map.entry("июл", 7),
          Map.entry("авг", 8),
          Map.entry("сен", 9),
          Map.entry("окт", 10),
          Map.entry("ноя", 11),
          Map.entry("дек", 12),
          Map.entry("січ", 1),
          Map.entry("лют", 2),
          Map.entry("бер", 3),
          Map.entry("кві", 4),
          Map.entry("тра", 5),
          Map.entry("чер", 6),
          Map.entry("лип", 7),
          Map.entry("сер", 8),
          Map.entry("вер", 9),
          Map.entry("жов", 10),
          Map.entry("лис", 11),
          Map.entry("гру", 12));

  private DateParsing() {}

  /** The date a string states, or null when it states none that is credible. */
  static PublishDate parse(String raw, String origin) {
    return parse(raw, origin, null);
  }

  /**
   * The date a string states, or null when it states none that is credible; a numeric date that
   * could be either day or month first ("05/06/2024") is read in the given order, and left unread
   * when the order is null.
   */
  static PublishDate parse(String raw, String origin, Boolean dayFirst) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    try {
      PublishDate d = iso(s, origin, dayFirst);
      if (d == null) {
        d = rfc822(s, origin);
      }
      if (d == null) {
        d = written(s, origin);
      }
      return d != null && credible(d) ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static PublishDate iso(String s, String origin, Boolean dayFirst) {
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      if (m.group(4) == null) {
        return new PublishDate(day.toString(), DatePrecision.DAY, origin);
      }
      LocalDateTime time = day.atTime(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6));
      String zone = m.group(7);
      if (zone == null) {
        // A time without an offset does not fix an instant; the day is all we can honestly keep.
        return new PublishDate(day.toString(), DatePrecision.DAY, origin);
      }
      ZoneOffset offset = offset(zone);
      return time(OffsetDateTime.of(time, offset), origin);
    }
    Matcher slashed = SLASHED.matcher(s);
    if (slashed.find()) {
      return day(num(slashed, 1), num(slashed, 2), num(slashed, 3), origin);
    }
    Matcher dotted = DOTTED.matcher(s);
    if (dotted.find()) {
      return day(num(dotted, 3), num(dotted, 2), num(dotted, 1), origin);
    }
    Matcher dottedShort = DOTTED_SHORT.matcher(s);
    if (dottedShort.find()) {
      return day(2000 + num(dottedShort, 3), num(dottedShort, 2), num(dottedShort, 1), origin);
    }
    Matcher numeric = DAY_SLASHED.matcher(s);
    if (numeric.find()) {
      int a = num(numeric, 1);
      int b = num(numeric, 2);
      int year = num(numeric, 3);
      if (a > 12 && b <= 12) {
        return day(year, b, a, origin);
      }
      if ((b > 12 && a <= 12) || a == b) {
        return day(year, a, b, origin);
      }
      if (dayFirst != null) {
        return dayFirst ? day(year, b, a, origin) : day(year, a, b, origin);
      }
      return null; // 05/06/2024: May or June, as the reader's country has it
    }
    Matcher ym = YEAR_MONTH.matcher(s);
    if (ym.matches()) {
      return new PublishDate(s, DatePrecision.MONTH, origin);
    }
    Matcher compact = COMPACT.matcher(s);
    if (compact.matches()) {
      return day(num(compact, 1), num(compact, 2), num(compact, 3), origin);
    }
    return null;
  }

  /**
   * How the numeric dates of one list write the day and the month: true when one of them can only
   * be day first ("25/03/2025"), false when one can only be month first ("03/25/2025"), null when
   * none says or they disagree. The comments of one page are dated by one template, so one
   * unambiguous date orders the others ("05/06/2024").
   */
  static Boolean dayFirst(List<String> raws) {
    boolean day = false;
    boolean month = false;
    for (String raw : raws) {
      Matcher m = raw == null ? null : DAY_SLASHED.matcher(raw);
      while (m != null && m.find()) {
        int a = num(m, 1);
        int b = num(m, 2);
        day |= a > 12 && b <= 12;
        month |= b > 12 && a <= 12;
      }
    }
    return day == month ? null : day;
  }

  /**
   * What {@link #RFC_822} can read at all, tried before it: a string it fails on costs an
   * exception, and most dates a page shows are no RFC 822 dates.
   */
  private static final Pattern RFC_822_SHAPE =
      Pattern.compile("(?:\\p{L}{3,9}, )?\\d{1,2} \\p{L}{3,9} \\d{2,4} \\d{1,2}:\\d{2}.*");

  private static PublishDate rfc822(String s, String origin) {
    if (s.indexOf(':') < 0) {
      return null; // no time of day, which it always holds
    }
    String spaced = s.replaceAll("\\s+", " ");
    if (!RFC_822_SHAPE.matcher(spaced).matches()) {
      return null;
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(spaced, RFC_822);
      return time(z.toOffsetDateTime(), origin);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static PublishDate written(String s, String origin) {
    Matcher m = MONTH_FIRST.matcher(s);
    if (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return day(num(m, 3), month, num(m, 2), origin);
      }
    }
    m = DAY_FIRST.matcher(s);
    if (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return day(num(m, 3), month, num(m, 1), origin);
      }
    }
    return null;
  }

  /**
   * Months' names and abbreviations, lower case: the keys above, and the full and short names of
   * the languages whose dates {@link #written} reads most.
   */
  private static final Set<String> MONTH_WORDS = monthWords();

  private static Set<String> monthWords() {
    Set<String> words = new HashSet<>(MONTHS.keySet());
    words.add("sept");
    for (String language : List.of("en", "de", "fr", "es", "it", "pt", "nl")) {
      Locale locale = Locale.forLanguageTag(language);
      for (Month month : Month.values()) {
        for (TextStyle style :
            List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE)) {
          String name = month.getDisplayName(style, locale).toLowerCase(locale);
          words.add(name.endsWith(".") ? name.substring(0, name.length() - 1) : name);
        }
      }
    }
    return Set.copyOf(words);
  }

  /** Whether a lower-case word is a month's name or abbreviation ("march", "sept", "mär"). */
  static boolean isMonth(String word) {
    return MONTH_WORDS.contains(word);
  }

  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Integer m = MONTHS.get(n.length() > 4 ? n.substring(0, 4) : n);
    return m != null ? m : MONTHS.get(n.length() >= 3 ? n.substring(0, 3) : n);
  }

  /** A date-time always written with seconds, as {@code 2026-11-18T09:40:00Z}. */
  private static PublishDate time(OffsetDateTime t, String origin) {
    return new PublishDate(
        t.withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), DatePrecision.TIME, origin);
  }

  private static PublishDate day(int year, int month, int day, String origin) {
    return new PublishDate(LocalDate.of(year, month, day).toString(), DatePrecision.DAY, origin);
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String z = zone.length() == 3 ? zone + ":00" : zone;
    if (z.length() == 5) {
      z = z.substring(0, 3) + ":" + z.substring(3);
    }
    return ZoneOffset.of(z);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** News dates lie between the first web news sites and a day past today. */
  private static boolean credible(PublishDate d) {
    int year = Integer.parseInt(d.value().substring(0, 4));
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    if (year < 1990 || year > tomorrow.getYear()) {
      return false;
    }
    LocalDate day = d.day();
    return day == null || !day.isAfter(tomorrow);
  }
}
