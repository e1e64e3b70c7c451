package org.dossier.model;

import java.util.Locale;

/** The type of a named entity. Its JSON name is its lower-case name. */
public enum EntityType {
  /** A person. */
  PERSON,
  /** A company, a house, a party, a ministry. */
  ORGANISATION,
  /** A place. */
  LOCATION,
  /** Any other name: an event, a title, a product. */
  OTHER;

  /** The name in JSON and in the API: {@code person}, {@code organisation}, ... */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a JSON name stands for. */
  public static EntityType of(String json) {
    return valueOf(json.toUpperCase(Locale.ROOT));
  }
}
