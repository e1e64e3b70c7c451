package org.dossier.model;

/** How precisely a date is known, from a year alone down to the second. */
public enum DatePrecision {
  /** Only the year, as in {@code 2019}. */
  YEAR,
  /** Year and month, as in {@code 2019-11}. */
  MONTH,
  /** A calendar day, as in {@code 2021-06-14}. */
  DAY,
  /** A day and a time to the minute or finer, with an offset when known. */
  TIME
}
