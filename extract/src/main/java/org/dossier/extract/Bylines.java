package org.dossier.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.TextDates;

/**
 * Cleans a byline into person names: "By", roles, dates, e-mail addresses and outlet names are
 * dropped, and several authors ("A and B", "A, B & C") are split.
 */
final class Bylines {
  /**
   * The words a byline starts with, before the names: "By", "Written by", "Posted by", "Von",
   * "Eingestellt von", "All articles by", "Alle Artikel von", "par", "Author:", and "Author" glued
   * to the name ("AuthorJane Doe"). An Italian "di" counts only in lower case, so "Di Maria" keeps
   * its name.
   */
  static final Pattern LEAD =
      Pattern.compile(
          "^(?:(?iu:(?:written|posted|published|reported|words|story|text|article)\\s+by"
              + "|(?:(?:see|view)\\s+)?(?:all|alle|more|mehr)\\s+(?:articles|posts|stories|artikel"
              + "|beitr[äa]ge)\\s+(?:by|from|von)"
              + "|(?:erstellt|verfasst|geschrieben|eingestellt|alles|mehr|artikel|beitr[äa]ge?|rezepte?"
              + "|pressemitteilung)\\s+von|by|von|par|por|door|author|autor|auteur|autorin|written"
              + "|text)(?:\\s*[:\\-]\\s*|\\s+|$)"
              + "|di\\s+"
              + "|(?iu:author|autor|auteur|autorin)(?=\\p{Lu}))");

  private static final Pattern SPLIT =
      Pattern.compile("(?i)\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\||\\n)\\s*");

  /** Month and weekday names and their abbreviations: alone, a date's piece, not a name. */
  private static final Set<String> CALENDAR = calendarWords();

  private static Set<String> calendarWords() {
    Set<String> out =
        new java.util.HashSet<>(Set.of("tues", "thur", "thurs", "today", "yesterday"));
    out.addAll(TextDates.MONTH_WORDS);
    for (String n : TextDates.WEEKDAY_NAMES) {
      out.add(n);
      out.add(n.substring(0, 3));
    }
    return Set.copyOf(out);
  }

  private static final Pattern NOISE =
      Pattern.compile(
          "(?i)\\b(writer|reporter|correspondent|columnist|updated|published|posted"
              + "|press|agency|reuters|afp|media|wire|bureau|photograph(er|y)?|follow|twitter"
              + "|email|more|inc|ltd|gmbh|expert|ceo|cto|cfo|founder|co-founder|director|manager"
              + "|coordinator|head|president|officer|specialist|consultant|marketing|strategist)\\b"
              + "|^(?i:md|m\\.d\\.?|phd|ph\\.d\\.?|rd|ms|msc|dvm|vmd|ba|bsc|mba|rn|dds|cpa|lvt|vts"
              + "|fand|faclm|dacvb|esq)$");

  /** Words of an institutional credit ("The Investopedia Team", "News Desk", "Redaktion"). */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i)\\b(staff|team|desk|newsdesk|editors?|editorial|contributors?|redaktion|redacci[oó]n"
              + "|r[ée]daction|news)\\b");

  /**
   * A person's name of two or three words, then "for" and the outlet written for: "Charles Walton
   * for SurgeZirc UK". A name of one word before "for" is an institution's ("Center for Drug
   * Evaluation").
   */
  private static final Pattern FOR_OUTLET =
      Pattern.compile("(\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){1,2})\\s+for\\s+\\p{Lu}.*");

  /**
   * Words that stand in a byline's place where no one is named: a publishing system's default
   * account ("admin"), a script's empty value ("undefined"), an account link ("Log in", "Profile").
   */
  private static final Set<String> PLACEHOLDERS =
      Set.of(
          "admin",
          "administrator",
          "webmaster",
          "undefined",
          "null",
          "none",
          "guest",
          "user",
          "log",
          "login",
          "logout",
          "sign",
          "signin",
          "register",
          "profile",
          "account",
          "subscribe",
          "category",
          "categories",
          "tags",
          "bluesky",
          "github",
          "facebook",
          "instagram",
          "linkedin",
          "mastodon",
          "threads",
          "youtube",
          "tiktok",
          "pinterest");

  private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
  private static final Pattern DIGITS = Pattern.compile("\\d");

  private Bylines() {}

  /** Person names from one or more raw byline strings, in order, without duplicates. */
  static List<String> clean(List<String> raw) {
    return clean(raw, false);
  }

  /**
   * Institutional credits ("The Investopedia Team", "News Desk") from raw byline strings: what a
   * page credits when it names no person.
   */
  static List<String> credits(List<String> raw) {
    return clean(raw, true);
  }

  private static List<String> clean(List<String> raw, boolean credits) {
    Set<String> names = new LinkedHashSet<>();
    for (String r : raw) {
      if (r == null) {
        continue;
      }
      String s = EMAIL.matcher(r).replaceAll(" ").replaceAll("\\s+", " ").strip();
      s = withoutLead(s);
      for (String part : credits ? new String[] {s} : SPLIT.split(s)) {
        String name = tidy(part);
        if (name != null && CREDIT.matcher(name).find() == credits) {
          names.add(name);
        }
      }
    }
    return List.copyOf(names);
  }

  /** The text after its lead words ("Written by", then "Author:"), or the text when all is lead. */
  static String withoutLead(String text) {
    String s = text;
    for (int i = 0; i < 2; i++) {
      Matcher lead = LEAD.matcher(s);
      if (lead.lookingAt() && lead.end() < s.length()) {
        s = s.substring(lead.end());
      }
    }
    return s;
  }

  private static String tidy(String part) {
    String s = withoutLead(part.strip());
    // "Jane Doe, Senior Writer" arrives split; "Jane Doe - Senior Writer" does not.
    s = s.replaceAll("\\s+[\\-–—|]\\s+.*$", "").replaceAll("[\\s.:,]+$", "").strip();
    // "Charles Walton for SurgeZirc UK": the person, not the outlet written for.
    Matcher forOutlet = FOR_OUTLET.matcher(s);
    if (forOutlet.matches()) {
      s = forOutlet.group(1);
    }
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
    if (words.length == 1 && CALENDAR.contains(s.toLowerCase(Locale.ROOT))) {
      return null; // "Sat" of "Sat, 20 Dec, 2025 - 06:36" in a byline's place
    }
    if (words.length <= 2 && PLACEHOLDERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return null; // a CMS's default account ("admin"), a script's empty value, a "Log in" link
    }
    Matcher lead = LEAD.matcher(s);
    if (lead.lookingAt() && lead.end() >= s.length()) {
      return null; // "Written By" with no name after it
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
