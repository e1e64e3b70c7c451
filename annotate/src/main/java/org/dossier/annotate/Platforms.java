package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;

/**
 * Where a statement was made (Instagram, X, a press statement, an interview with an outlet), read
 * from its sentence, and passed on to the statements of the same speaker that follow it.
 */
final class Platforms {
  private Platforms() {}

  private static final Pattern PLATFORMS =
      Pattern.compile(
          "(?i)\\b(instagram|tiktok|facebook|youtube|threads|twitter|tweet(?:ed)?|on x|press"
              + " release|press conference|statement|interview(?:\\s+with\\s+((?-i:[A-Z][\\w’'.&\\-]*)"
              + "(?:\\s+(?-i:[A-Z][\\w’'.&\\-]*))*))?|video|podcast|livestream|blog post|newsletter)\\b");

  private static final Pattern TOLD_OUTLET =
      Pattern.compile("\\btold\\s+((?:[A-Z][\\w’'.&\\-]*\\s*){1,3})");

  /** Whether words name a platform a statement can be made on ("on Instagram", "in a video"). */
  static boolean named(String words) {
    return PLATFORMS.matcher(words).find();
  }

  /**
   * Where a statement was made, when its sentence says so; "told" a person of {@code entities} is
   * no interview ("Chela Ortiz … told Orozco in a firm voice").
   */
  static String platform(String text, int start, int end, List<EntityMention> entities) {
    String s = text.substring(start, Math.min(end, text.length()));
    Matcher m = PLATFORMS.matcher(s);
    if (m.find()) {
      String p = m.group(1).toLowerCase(Locale.ROOT);
      if (p.startsWith("tweet") || p.equals("twitter") || p.equals("on x")) {
        return "x";
      }
      if (p.startsWith("interview")) {
        return m.group(2) == null ? "interview" : "interview with " + outletName(m.group(2));
      }
      return p;
    }
    Matcher told = TOLD_OUTLET.matcher(s);
    if (told.find()) {
      int at = start + told.start(1);
      boolean person =
          entities.stream()
              .anyMatch(e -> e.type() == EntityType.PERSON && e.start() <= at && at < e.end());
      return person ? null : "interview with " + outletName(told.group(1));
    }
    return null;
  }

  /**
   * An outlet's name as the pattern read it, without the sentence's full stop ("CNA.") or the
   * person of the outlet a possessive names ("ABC News' Peter Jennings" is ABC News). A stop inside
   * the last word stays ("U.S.", "UsMagazine.com").
   */
  static String outletName(String name) {
    String s = name.strip();
    Matcher possessive = POSSESSIVE.matcher(s);
    if (possessive.find() && possessive.start() > 0) {
      s = s.substring(0, possessive.start()).strip();
    }
    int lastWord = s.lastIndexOf(' ') + 1;
    if (s.endsWith(".") && s.indexOf('.', lastWord) == s.length() - 1) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The possessive ending of a word that another word follows: "News' Peter", "CNN's Jake". */
  private static final Pattern POSSESSIVE = Pattern.compile("(?:(?<=s)['’]|['’]s)(?=\\s+\\S|$)");

  /**
   * A quote attributed by a pronoun ("…," she said) or by nothing (the next part of a quote) with
   * no platform in its own sentence continues the same speaker's statement just before it in the
   * paragraph ('X said in a press statement that …'), and was made where that one was.
   */
  static List<Quote> inheritPlatforms(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    Quote before = null;
    for (Quote q : quotes) {
      Quote kept = q;
      if (q.platform() == null
          && q.kind() != QuoteKind.FRAGMENT
          && before != null
          && before.platform() != null
          && q.speakerResolved() != null
          && q.speakerResolved().equals(before.speakerResolved())
          && (q.speaker() == null || q.speaker().text().matches("(?i)he|she|they|it|we"))
          && q.content().start() - before.content().end() < 400
          && !paragraphBetween(text, before.content().end(), q.content().start())) {
        kept =
            new Quote(
                q.kind(),
                q.content(),
                q.cue(),
                q.speaker(),
                q.speakerResolved(),
                before.platform());
      }
      if (kept.kind() != QuoteKind.FRAGMENT) {
        before = kept;
      }
      out.add(kept);
    }
    return out;
  }

  static boolean paragraphBetween(String text, int from, int to) {
    // A mixed quote's content can run past a direct quote that follows it: nothing lies between.
    return from >= 0 && from < to && text.substring(from, to).contains("\n");
  }
}
