package org.dossier.model;

import java.util.Locale;
import java.util.Set;

/** What a headline's shape tells: whether it is written in title case. */
public final class Headlines {
  private Headlines() {}

  /** Words of four letters or more that title case leaves in lower case: "Trends from KBIS". */
  private static final Set<String> SMALL_WORDS =
      Set.of("from", "with", "into", "onto", "over", "upon", "than", "that", "versus");

  /**
   * Whether at least a share of the words of four letters or more (three such words at least, and
   * not the ones title case leaves in lower case: "from", "with", "into") start with a capital, as
   * headlines in title case do and sentences do not ("Lindsay Lohan Checks Into Betty Ford Clinic";
   * not "Lindsay Lohan checks into a clinic"). A sentence full of names ("Harbour President Ruth
   * Okonkwo and Vice President Ada Brenner opened the pier") has most such words capitalised, but
   * not all.
   *
   * @param share the least share of those words that are capitalised, from 0 to 1
   */
  public static boolean titleCase(String line, double share) {
    int long_ = 0;
    int capitalised = 0;
    for (String w : line.split("[\\s\\-–—]+")) {
      String word = w.replaceAll("^[^\\p{L}]+", "");
      if (word.codePointCount(0, word.length()) < 4
          || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      long_++;
      capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
    }
    return long_ >= 3 && capitalised >= share * long_;
  }
}
