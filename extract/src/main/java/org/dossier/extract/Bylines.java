package org.dossier.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a byline into person names: "By", roles, dates, e-mail addresses and outlet names are
 * dropped, and several authors ("A and B", "A, B & C") are split.
 */
final class Bylines {
  private static final Pattern BY =
      Pattern.compile("(?i)^\\s*(by|von|par|door|por)\\s*[:\\-]?\\s+");
  private static final Pattern SPLIT =
      Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\||\\n)\\s*");
  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)\\b(staff|writer|reporter|correspondent|editor|contributor|columnist|updated|published|posted"
              + "|press|agency|reuters|afp|news|media|wire|bureau|desk|team|photograph(er|y)?|follow|twitter"
              + "|email|more|inc|ltd|gmbh)\\b");
  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern DIGITS = Pattern.compile("\\d");

  private Bylines() {}

  /** Person names from one or more raw byline strings, in order, without duplicates. */
  static List<String> clean(List<String> raw) {
    Set<String> names = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      String s = EMAIL.matcher(r).replaceAll(" ").replaceAll("\\s+", " ").strip();
      s = BY.matcher(s).replaceFirst("");
      for (String part : SPLIT.split(s)) {
        String name = tidy(part);
        if (name != null) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  private static String tidy(String part) {
    String s = BY.matcher(part.strip()).replaceFirst("");
    // "Jane Doe, Senior Writer" arrives split; "Jane Doe - Senior Writer" does not.
    s = s.replaceAll("\\s+[\\-–—|]\\s+.*$", "").replaceAll("[\\s.:,]+$", "").strip();
    if (s.length() < 3 || s.length() > 60 || DIGITS.matcher(s).find()) {
      return null;
    }
    if (NOISE.matcher(s).find() || s.startsWith("http") || s.startsWith("@")) {
      return null;
    }
    String[] words = s.split("\\s+");
    if (words.length > 5) {
      return null;
    }
    List<String> fixed = new ArrayList<>();
    for (String w : words) {
      fixed.add(w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 2 ? capitalize(w) : w);
    }
    return String.join(" ", fixed);
  }

  private static String capitalize(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
