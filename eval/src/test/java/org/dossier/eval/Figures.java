package org.dossier.eval;

import java.util.List;

/** Reads one figure of an evaluation's scores by its name, as the tests assert on them. */
final class Figures {
  private Figures() {}

  static double of(List<Score> scores, String name) {
    return scores.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + name + "' in " + scores))
        .value();
  }
}
