package org.dossier.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Speakers named by a title the text gave someone before a name: "the senator" after "Vermont Sen.
 * Bernie Sanders", "the Florida senator" after "Florida Sen. Marco Rubio", "the two-term president"
 * after "US President Barack Obama".
 */
final class TitledSpeakers {
  private TitledSpeakers() {}

  /**
   * A speaker named by a title the text gave someone before: "the two-term president" after "US
   * President Barack Obama".
   */
  static final Pattern ROLE =
      Pattern.compile(
          "the\\s+(?:(?!of\\s)[\\p{L}\\-]+\\s+){0,2}(president|senator|governor|mayor|minister|chancellor"
              + "|premier|nominee|candidate|congressman|congresswoman|secretary|ambassador|judge"
              + "|commissioner|chairman|chairwoman|director|justice|king|queen|pope)");

  /** A title's abbreviation before a name, in lower case: "Sen. Bernie Sanders". */
  private static final Map<String, String> ABBREVIATED =
      Map.of(
          "senator", "sen",
          "governor", "gov",
          "president", "pres",
          "congressman", "rep",
          "congresswoman", "rep",
          "secretary", "sec",
          "commissioner", "comm");

  /** Each title's pattern as the last word before a name, compiled once (the titles are few). */
  private static final Map<String, Pattern> TITLED = new ConcurrentHashMap<>();

  /** How far before a name its title may stand: "former CIA director Leon Panetta". */
  private static final int TITLE_WINDOW = 30;

  /**
   * The capitalised words between a title phrase's determiner and its role: "Florida" of "The
   * Florida senator", "New Jersey" of "the New Jersey governor"; null when there are none.
   */
  static String place(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    StringBuilder place = new StringBuilder();
    for (int i = 1; i < words.length - 1; i++) {
      if (Character.isUpperCase(words[i].charAt(0))) {
        place.append(place.isEmpty() ? "" : " ").append(words[i]);
      }
    }
    return place.isEmpty() ? null : place.toString();
  }

  /**
   * The person mentioned most often before an offset among those the text named with a title
   * ("President Barack Obama", "former CIA director Leon Panetta", "Sen. Bernie Sanders"); null
   * when nobody was. A vice president is no president. With a {@code place}, only a title written
   * with it counts ("Florida Sen. Marco Rubio" for "the Florida senator").
   */
  static String titled(
      String text, List<EntityMention> entities, int before, String role, String place) {
    // The title right before the name: "FBI Director James Comey", "former CIA director Leon
    // Panetta", or as news abbreviates it: "Vermont Sen. Bernie Sanders".
    Pattern titled =
        TITLED.computeIfAbsent(
            role,
            r ->
                Pattern.compile(
                    "(?<!vice[ -])\\b(?:"
                        + r
                        + (ABBREVIATED.containsKey(r) ? "|" + ABBREVIATED.get(r) : "")
                        + ")\\.?\\s+$"));
    Map<String, Integer> counts = new HashMap<>();
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      if (e.type() == EntityType.PERSON) {
        String written = text.substring(Math.max(0, e.start() - TITLE_WINDOW), e.start());
        String window = written.toLowerCase(Locale.ROOT);
        // "The Florida senator" is one titled with Florida too: "Florida Sen. Marco Rubio".
        if (titled.matcher(window).find() && (place == null || written.contains(place))) {
          counts.putIfAbsent(e.canonical(), 0);
        }
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    String best = null;
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      Integer n = counts.computeIfPresent(e.canonical(), (k, v) -> v + 1);
      if (n != null && (best == null || n >= counts.get(best))) {
        best = e.canonical();
      }
    }
    return best;
  }
}
