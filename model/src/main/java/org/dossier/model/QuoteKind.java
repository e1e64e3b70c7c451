package org.dossier.model;

import java.util.Locale;

/** What kind of statement a {@link Quote} is. Its JSON name is its lower-case name. */
public enum QuoteKind {
  /** Words in quotation marks, attributed to a speaker. */
  DIRECT,
  /** A reported statement: "she said the plan was dead". */
  INDIRECT,
  /** A quoted fragment that is no statement: a scare quote, a title. */
  FRAGMENT;

  /** The name in JSON and in the API: {@code direct}, {@code indirect}, {@code fragment}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a JSON name stands for. */
  public static QuoteKind of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }
}
