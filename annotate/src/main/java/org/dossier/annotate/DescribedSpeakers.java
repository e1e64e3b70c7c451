package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;

/**
 * A speaker named by a description the text gave a person it named before: "the Florida senator"
 * after "Florida Sen. Marco Rubio", "the former mayor" after "former New York City Mayor Michael
 * Bloomberg", "the billionaire businessman" after "billionaire businessman Donald Trump". News
 * varies its words for a speaker this way, and the ledger listed such statements under the
 * description, apart from the person's own.
 *
 * <p>A description is "the", up to four words, and a noun in lower case. It names a person when the
 * text has written that noun as the person's title (right before the name, only capitalised words
 * between: "Sen. Bernie Sanders", "Judge Michael A. Martone") or in an appositive right after it
 * ("Rubio, the Florida senator"), with the description's capitalised words there too ("Florida"),
 * and when exactly one person named before the speaker fits. A noun that is no one's title ("the
 * man", "the judge" where the judge is not named as one) names no one.
 */
final class DescribedSpeakers {
  private DescribedSpeakers() {}

  /** "the Florida senator": group 1 the words before the noun, group 2 the noun. */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?:the|The)\\s+((?:[\\p{L}\\-’'.]+\\s+){0,4}?)(\\p{Ll}[\\p{Ll}\\-]*[\\p{Ll}])");

  /** The abbreviations news writes before a name for some titles. */
  private static final Map<String, String> ABBREVIATED =
      Map.of(
          "senator", "sen",
          "governor", "gov",
          "representative", "rep",
          "congressman", "rep",
          "congresswoman", "rep",
          "president", "pres",
          "general", "gen",
          "professor", "prof",
          "doctor", "dr",
          "reverend", "rev");

  /** How many characters before a name its title is looked for in. */
  private static final int TITLE_REACH = 80;

  /** How many characters after a name an appositive describing it is looked for in. */
  private static final int APPOSITIVE_REACH = 120;

  /**
   * The statements, each speaker that is such a description of the speaker of the statement right
   * before it given that speaker.
   */
  static List<Quote> resolve(String text, List<Quote> quotes, List<EntityMention> all) {
    List<EntityMention> people = new ArrayList<>();
    for (EntityMention e : Quotes.outsideQuotes(text, all)) {
      if (e.type() == EntityType.PERSON) {
        people.add(e);
      }
    }
    if (people.isEmpty()) {
      return quotes;
    }
    List<Quote> inOrder = new ArrayList<>(quotes);
    inOrder.removeIf(q -> q.speaker() == null);
    inOrder.sort(Comparator.comparingInt(q -> q.speaker().start()));
    Map<Quote, String> changed = new HashMap<>();
    Quote last = null; // the statement of the last speaker before
    String lastResolved = null;
    for (Quote q : inOrder) {
      if (last != null && last.speaker().start() == q.speaker().start()) {
        if (changed.containsKey(last)) {
          changed.put(q, lastResolved);
        }
        continue; // another statement of the same words of a speaker
      }
      String described = last == null ? null : described(text, q, last, lastResolved, people);
      if (described != null) {
        changed.put(q, described);
      }
      last = q;
      lastResolved = described != null ? described : q.speakerResolved();
    }
    return Speakers.withSpeakers(quotes, changed);
  }

  /**
   * The person a speaker's description names: the one who spoke last before it, within {@link
   * Quotes#CONTINUED_WITHIN} characters, when the text describes them so; else null.
   */
  private static String described(
      String text, Quote q, Quote last, String lastResolved, List<EntityMention> people) {
    if (q.speakerResolved() != null
        || lastResolved == null
        || q.speaker().start() - Speakers.statementEnd(last) > Quotes.CONTINUED_WITHIN) {
      return null;
    }
    Matcher m = DESCRIPTION.matcher(q.speaker().text().strip());
    if (!m.matches() || POSSESSIVE_OR_OF.matcher(m.group(1)).find()) {
      return null; // "the congressman's wife", "the flood of energized new voters"
    }
    String noun = m.group(2);
    if (noun.endsWith("s") && !noun.endsWith("ss")) {
      return null; // "the candidates": more than the one who spoke
    }
    List<String> modifiers = new ArrayList<>();
    for (String w : m.group(1).strip().split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        modifiers.add(w);
      }
    }
    for (EntityMention e : people) {
      if (e.end() <= q.speaker().start()
          && e.canonical().equals(lastResolved)
          && describes(text, e, noun, modifiers)) {
        return lastResolved;
      }
    }
    return null;
  }

  /** A possessive or an "of" among a description's words. */
  private static final Pattern POSSESSIVE_OR_OF = Pattern.compile("['’]s?\\s|\\bof\\b");

  /**
   * Whether the text gives a mention of a person {@code noun} as a title before it or in an
   * appositive after it, with each of {@code modifiers} in the same words.
   */
  static boolean describes(String text, EntityMention e, String noun, List<String> modifiers) {
    Pattern[] title =
        TITLE.computeIfAbsent(noun.toLowerCase(Locale.ROOT), DescribedSpeakers::title);
    int from = Math.max(0, e.start() - TITLE_REACH);
    String before = text.substring(from, e.start());
    Matcher t = title[0].matcher(before);
    if (t.find() && hasAll(before.substring(sentenceStart(before, t.start())), modifiers)) {
      return true;
    }
    if (title[1].matcher(e.text()).find()
        && hasAll(before.substring(sentenceStart(before, before.length())) + e.text(), modifiers)) {
      return true; // the taggers' name holds the title: "Delmore Mayor Ruth Calder"
    }
    String after = text.substring(e.end(), Math.min(text.length(), e.end() + APPOSITIVE_REACH));
    Matcher a = title[2].matcher(after);
    return a.find() && hasAll(after.substring(0, a.end()), modifiers);
  }

  /** For each noun, its {@link #title} patterns. */
  private static final Map<String, Pattern[]> TITLE = new ConcurrentHashMap<>();

  /**
   * The noun, or its abbreviation, as a title: right before a name ("Sen. "), at the head of a name
   * the taggers read with it ("Mayor Ruth Calder"), and in an appositive after a name (", the
   * Florida senator").
   */
  private static Pattern[] title(String noun) {
    String abbreviation = ABBREVIATED.get(noun);
    String title =
        "(?i:"
            + Pattern.quote(noun)
            + (abbreviation == null ? "" : "|" + abbreviation + "\\.?")
            + ")";
    return new Pattern[] {
      Pattern.compile("\\b" + title + "\\s+$"),
      Pattern.compile("\\b" + title + "\\s+\\p{Lu}"),
      Pattern.compile("^,\\s+(?:an?|the)\\s+(?:[\\p{L}\\-’'.]+\\s+){0,5}?" + title + "\\b")
    };
  }

  /** Where the words of the title before a name begin: after the last sentence's end before it. */
  private static int sentenceStart(String before, int title) {
    int start = 0;
    for (int i = 0; i < title; i++) {
      char c = before.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ',' || c == ';') {
        start = i + 1;
      }
    }
    return start;
  }

  private static boolean hasAll(String words, List<String> modifiers) {
    return modifiers.stream().allMatch(w -> Speakers.standsAlone(words, w));
  }
}
