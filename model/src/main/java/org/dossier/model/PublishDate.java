package org.dossier.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When an article was published, as precisely as its source says, and where that came from.
 *
 * @param value ISO 8601 text at the stated precision: {@code 2019}, {@code 2019-11}, {@code
 *     2021-06-14} or an offset date-time such as {@code 2021-06-14T09:30:00Z}
 * @param precision how much of {@code value} is known
 * @param origin where the date was read, such as {@code json-ld}, {@code meta}, {@code time},
 *     {@code url}, {@code feed}, {@code record} or {@code text}
 */
public record PublishDate(String value, DatePrecision precision, String origin) {

  /** Validates that {@code value} is ISO 8601 text of exactly the stated precision. */
  public PublishDate {
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(value, "value");
    try {
      switch (precision) {
        case YEAR -> {
          if (!value.matches("\\d{4}")) {
            throw new IllegalArgumentException("not a year: " + value);
          }
        }
        case MONTH -> YearMonth.parse(value);
        case DAY -> LocalDate.parse(value);
        case TIME -> OffsetDateTime.parse(value);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "publish date '" + value + "' is not ISO 8601 at precision " + precision, e);
    }
  }

  /** The calendar day when known to the day or finer, else null. */
  public LocalDate day() {
    return switch (precision) {
      case DAY -> LocalDate.parse(value);
      case TIME -> OffsetDateTime.parse(value).toLocalDate();
      default -> null;
    };
  }

  /**
   * The first day an ISO 8601 date of any precision covers ({@code 2026} → 1 January 2026, {@code
   * 2026-11} → 1 November, a date-time → its day), or null when the value is not such a date.
   */
  public static LocalDate firstDay(String value) {
    if (value == null) {
      return null;
    }
    try {
      return switch (value.length()) {
        case 4 -> LocalDate.of(Integer.parseInt(value), 1, 1);
        case 7 -> YearMonth.parse(value).atDay(1);
        default -> LocalDate.parse(value.substring(0, Math.min(10, value.length())));
      };
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The last day an ISO 8601 date of any precision covers, or null when it is not such a date. */
  public static LocalDate lastDay(String value) {
    LocalDate first = firstDay(value);
    if (first == null) {
      return null;
    }
    return switch (value.length()) {
      case 4 -> first.withDayOfYear(first.lengthOfYear());
      case 7 -> first.withDayOfMonth(first.lengthOfMonth());
      default -> first;
    };
  }
}
