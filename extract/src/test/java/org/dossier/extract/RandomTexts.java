package org.dossier.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/** Texts glued from random pieces, for tests that hold a shortcut against what it stands for. */
final class RandomTexts {
  private RandomTexts() {}

  /** From {@code least} to {@code most} pieces, each drawn from {@code pieces}. */
  static String of(Random random, String[] pieces, int least, int most) {
    StringBuilder s = new StringBuilder();
    for (int i = least + random.nextInt(most - least + 1); i > 0; i--) {
      s.append(pieces[random.nextInt(pieces.length)]);
    }
    return s.toString();
  }

  /** The pieces as given and in upper case. */
  static String[] withUpperCase(String[] pieces) {
    return Stream.concat(
            Arrays.stream(pieces), Arrays.stream(pieces).map(p -> p.toUpperCase(Locale.ROOT)))
        .toArray(String[]::new);
  }
}
