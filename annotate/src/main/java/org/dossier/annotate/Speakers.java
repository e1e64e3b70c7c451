package org.dossier.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Span;

/**
 * Who a speaker phrase refers to: the person or organisation it names, a pronoun's nearest person
 * or the previous speaker, "the company" as the organisation the article is about, "the singer" as
 * its most-mentioned person, "a spokesperson for X" as X. Shared by the attribution rules and the
 * learned tagger.
 */
final class Speakers {
  private Speakers() {}

  /** Nouns by which a text names an organisation: "the company", "the house". */
  static final String ORG_NOUNS =
      "company|firm|brand|house|label|group|organi[sz]ation|agency|ministry|department|council"
          + "|club|team|government|authority";

  static final String NAME = "(?:[A-Z][\\p{L}'’.\\-]*\\.?\\s+){0,3}[A-Z][\\p{L}'’\\-]+";

  /** Platforms that carry statements; never the organisation "the company" refers to. */
  static final Set<String> PLATFORM_NAMES =
      Set.of("Instagram", "Twitter", "X", "TikTok", "Facebook", "YouTube", "Threads");

  /** A speaker phrase that names an organisation by a noun: "the fashion house". */
  private static final Pattern ORG_PHRASE =
      Pattern.compile("(?:it|(?:the|an?) .*(?:" + ORG_NOUNS + "))");

  /** A speaker named by a person's role: "the singer", "the actress". */
  private static final Pattern PERSON_ROLE =
      Pattern.compile(
          "(?:the|a|an)\\s+(?:[a-z\\-]+\\s+)?(?:star|singer|actress|actor|designer|player|coach"
              + "|rapper|model|musician|artist|athlete|politician)");

  /** "a spokesperson for Maison Verlaine": the organisation spoken for. */
  private static final Pattern SPOKEN_FOR = Pattern.compile("for\\s+(" + NAME + ")$");

  /** A platform after the speaker: "residents on Twitter", "the star via Instagram". */
  private static final Pattern ON_PLATFORM =
      Pattern.compile(
          "(?:^|\\s+(?:on|via|in an? (?:post|video|story) on|in posts on)\\s+)(?:"
              + String.join("|", new java.util.TreeSet<>(PLATFORM_NAMES))
              + ")$");

  private static final Pattern NOT_SPEAKER =
      Pattern.compile(
          "(?:It|The|This|That|There|But|And|Then|When|As|In|On|At|If|So|Yet|Also|Now|Here)");

  static boolean plausibleSpeaker(String s) {
    return s != null && !NOT_SPEAKER.matcher(s.strip()).matches();
  }

  /** The canonical name a speaker span refers to, or null when it cannot be resolved. */
  static String resolve(Span speaker, List<EntityMention> entities, String previous) {
    // "Brooklynites on Twitter": the platform is where they spoke, not who spoke.
    String s = ON_PLATFORM.matcher(speaker.text().strip()).replaceFirst("");
    if (s.isEmpty()) {
      return null;
    }
    // The last person named in the speaker phrase ("Verlaine's chief executive Paul Marchetti"),
    // else the last organisation that is not a platform.
    String person = null;
    String org = null;
    for (EntityMention e : entities) {
      if (e.start() < speaker.end() && e.end() > speaker.start()) {
        if (e.type() == EntityType.PERSON) {
          person = e.canonical();
        } else if (e.type() == EntityType.ORGANISATION && !PLATFORM_NAMES.contains(e.canonical())) {
          org = e.canonical();
        }
      }
    }
    if (person != null || org != null) {
      return person != null ? person : org;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.matches("he|she|i")) {
      String near = nearest(entities, speaker.start(), EntityType.PERSON);
      return near != null ? near : previous;
    }
    if (lower.matches("they|we")) {
      return previous != null
          ? previous
          : nearest(entities, speaker.start(), EntityType.ORGANISATION);
    }
    // A phrase that ends in such a noun in lower case names one too, whatever its first words:
    // "Lyon-founded house" (the tagger may leave out "the").
    if (ORG_PHRASE.matcher(lower).matches() || Entities.commonNounPhrase(s)) {
      // "the company" is the organisation the article is about so far, not the last one named
      // (often the outlet: 'told Harbor Times').
      String named = prominent(entities, speaker.start(), EntityType.ORGANISATION);
      // Named only later ("…, the French fashion house said", where the tagger missed the name
      // before it): the first organisation named after it, never a platform.
      return named != null ? named : nextAfter(entities, speaker.end(), EntityType.ORGANISATION);
    }
    if (PERSON_ROLE.matcher(lower).matches()) {
      // "the singer": the person the article is about so far.
      String who = prominent(entities, speaker.start(), EntityType.PERSON);
      return who != null ? who : previous;
    }
    Matcher spokes = SPOKEN_FOR.matcher(s);
    if (spokes.find()) {
      String spokesFor = spokes.group(1);
      for (EntityMention e : entities) {
        if (e.text().equals(spokesFor) || e.canonical().endsWith(spokesFor)) {
          return e.canonical();
        }
      }
      return spokesFor;
    }
    if (Character.isUpperCase(s.charAt(0))) {
      // A name the tagger missed: link it like a mention ("Okafor" to "Adaeze Okafor").
      String found = null;
      for (EntityMention e : entities) {
        if (e.type() == EntityType.PERSON
            && (e.canonical().endsWith(" " + s) || e.canonical().equals(s))) {
          if (found != null && !found.equals(e.canonical())) {
            return s;
          }
          found = e.canonical();
        }
      }
      return found != null ? found : s;
    }
    return null;
  }

  /** The entity of a type mentioned most often before an offset; the latest on a tie. */
  private static String prominent(List<EntityMention> entities, int before, EntityType type) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      if (e.type() == type && !PLATFORM_NAMES.contains(e.canonical())) {
        int n = counts.merge(e.canonical(), 1, Integer::sum);
        if (best == null || n >= counts.get(best)) {
          best = e.canonical();
        }
      }
    }
    return best;
  }

  private static String nextAfter(List<EntityMention> entities, int after, EntityType type) {
    for (EntityMention e : entities) {
      if (e.start() >= after && e.type() == type && !PLATFORM_NAMES.contains(e.canonical())) {
        return e.canonical();
      }
    }
    return null;
  }

  private static String nearest(List<EntityMention> entities, int before, EntityType type) {
    String found = null;
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      if (e.type() == type && !PLATFORM_NAMES.contains(e.canonical())) {
        found = e.canonical();
      }
    }
    return found;
  }
}
