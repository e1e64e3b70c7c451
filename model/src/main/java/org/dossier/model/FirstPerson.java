package org.dossier.model;

import java.util.Set;

/**
 * Sources in the first person: "I said", "we found". Outside every quotation they are the writer's
 * own voice (a columnist's "I believe", a reviewer's "we found"), whom the text does not name;
 * inside a quotation, the quoted speaker's.
 */
public final class FirstPerson {
  private FirstPerson() {}

  private static final Set<String> WORDS = Set.of("I", "we", "We");

  /** Whether a source, as written, is "I" or "we". */
  public static boolean is(String source) {
    return source != null && WORDS.contains(source.strip());
  }
}
