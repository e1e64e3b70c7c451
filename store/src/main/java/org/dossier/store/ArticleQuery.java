package org.dossier.store;

import java.time.LocalDate;

/**
 * A filter over stored articles; null fields do not filter.
 *
 * @param outlet the outlet name, matched case-insensitively
 * @param from the earliest publish day, inclusive
 * @param to the latest publish day, inclusive
 * @param limit the most articles to return, or 0 for all
 */
public record ArticleQuery(String outlet, LocalDate from, LocalDate to, int limit) {

  /** Every article. */
  public static final ArticleQuery ALL = new ArticleQuery(null, null, null, 0);

  /** Validates the range and the limit. */
  public ArticleQuery {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the date range is empty: from " + from + " is after to " + to);
    }
  }
}
