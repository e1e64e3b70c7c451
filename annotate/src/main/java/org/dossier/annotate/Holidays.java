package org.dossier.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The days of the holidays SUTime names, in any year: what "Thanksgiving" in a January article
 * means is the one just past, which SUTime puts in the article's own year, ahead. Fixed days
 * (Christmas), the nth weekday of a month (Thanksgiving, Labor Day), the last one (Memorial Day),
 * and days counted from Easter (Good Friday). The holidays are those of the United States, as
 * SUTime's.
 */
final class Holidays {
  private Holidays() {}

  private record Rule(Pattern name, IntFunction<LocalDate> day) {}

  private static Rule fixed(String name, int month, int day) {
    return new Rule(pattern(name), year -> LocalDate.of(year, month, day));
  }

  private static Rule nth(String name, int month, DayOfWeek weekday, int n) {
    return new Rule(
        pattern(name),
        year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday)));
  }

  private static Rule last(String name, int month, DayOfWeek weekday) {
    return new Rule(
        pattern(name),
        year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(weekday)));
  }

  private static Rule fromEaster(String name, int days) {
    return new Rule(pattern(name), year -> easter(year).plusDays(days));
  }

  private static Pattern pattern(String name) {
    return Pattern.compile("(?i)" + name.replace("'", "['’]?"));
  }

  private static final List<Rule> RULES =
      List.of(
          fixed("christmas eve", 12, 24),
          fixed("(?:christmas|xmas)(?: day)?", 12, 25),
          fixed("new year's eve", 12, 31),
          fixed("new year's(?: day)?", 1, 1),
          fixed("halloween", 10, 31),
          fixed("(?:st\\.? )?valentine's(?: day)?", 2, 14),
          fixed("independence day|(?:the )?fourth of july", 7, 4),
          fixed("veterans' day", 11, 11),
          fixed("(?:st\\.?|saint) patrick's day", 3, 17),
          nth("thanksgiving(?: day)?", 11, DayOfWeek.THURSDAY, 4),
          nth("labou?r day", 9, DayOfWeek.MONDAY, 1),
          last("memorial day", 5, DayOfWeek.MONDAY),
          nth("(?:martin luther king(?:,? jr\\.?)?|mlk)(?: day)?", 1, DayOfWeek.MONDAY, 3),
          nth("presidents' day", 2, DayOfWeek.MONDAY, 3),
          nth("mother's day", 5, DayOfWeek.SUNDAY, 2),
          nth("father's day", 6, DayOfWeek.SUNDAY, 3),
          nth("columbus day", 10, DayOfWeek.MONDAY, 2),
          fromEaster("good friday", -2),
          fromEaster("easter monday", 1),
          fromEaster("easter(?: sunday)?", 0));

  /**
   * The holiday a name names, as its day in any year, or null when the name is no holiday known
   * here.
   */
  static IntFunction<LocalDate> named(String name) {
    for (Rule r : RULES) {
      if (r.name().matcher(name.strip()).matches()) {
        return r.day();
      }
    }
    return null;
  }

  /**
   * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
   */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
