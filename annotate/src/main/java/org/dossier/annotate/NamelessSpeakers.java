package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;

/**
 * A "he" or "she" who speaks right after someone the text does not name ("a neighbour", "the
 * friend", "a spokesperson for the employers' association") is that person, not the last person it
 * named: 'Yesterday a neighbour recalled seeing the suspect in the street at 3am. "I was coming
 * back home …," he said.' gave the neighbour's account to the suspect, named paragraphs before, and
 * 'a spokesperson for the Universities and Colleges Employers' Association said … "UCEA has …," he
 * said' gave the employers' words to the union's leader. Such a pronoun takes the resolution of the
 * statement before it, which is no one's name (or the body a spokesperson speaks for), when no
 * person it could mean is named between them and it follows within {@link Quotes#CONTINUED_WITHIN}
 * characters.
 */
final class NamelessSpeakers {
  private NamelessSpeakers() {}

  /** The nouns of the people a story quotes by what they are to it. */
  private static final String NOUNS =
      SpeechPatterns.PEOPLE
          + "|spokes(?:man|woman|person)|sources?|officials?|aides?|advis[eo]rs?|lawyers?"
          + "|attorneys?|representatives?|agents?";

  /** The words that may stand between an article and the noun: "a [police] spokesman". */
  private static final String MODIFIERS = "\\s+(?:[\\p{L}\\-’']+\\s+){0,3}?";

  /**
   * A singular person a story brings in by what they are to it, with no name: "a neighbour", "one
   * woman", "a police spokesman", "a spokesperson for UCEA". Group 1 is the article, group 2 the
   * noun. A definite one ("the relative") only when the text brought that person in so before
   * ({@link #broughtIn}): "the Vermont senator", "the senator", "his brother" most often stand for
   * a person the text has named.
   */
  private static final Pattern NAMELESS =
      Pattern.compile(
          "(?i)(an?|one|another|the)"
              + MODIFIERS
              + "("
              + NOUNS
              + ")(?:\\s+(?:for|of|at|from|with|in|to)\\s.*|,.*)?",
          Pattern.DOTALL);

  /** For each noun of {@link #NOUNS}, how a text brings such a person in: "a relative". */
  private static final Map<String, Pattern> BROUGHT_IN = new ConcurrentHashMap<>();

  /** Whether the text before {@code at} brings in a person with {@code noun}: "a relative". */
  private static boolean broughtIn(String text, int at, String noun) {
    return BROUGHT_IN
        .computeIfAbsent(
            noun,
            n ->
                Pattern.compile(
                    "(?i)\\b(?:an?|one|another)" + MODIFIERS + Pattern.quote(n) + "\\b"))
        .matcher(text)
        .region(0, at)
        .find();
  }

  /** Plural forms among the nouns that do not end in "s". */
  private static final Set<String> PLURALS = Set.of("people", "women", "men", "spokespeople");

  /**
   * The gender of the one unnamed person a speaker phrase names, UNKNOWN when the noun does not say
   * it, or null when the phrase names a person, a group or something else.
   */
  static NameGender.Gender nameless(String text, Quote q, List<EntityMention> entities) {
    Matcher m = NAMELESS.matcher(q.speaker().text().strip());
    if (!m.matches()) {
      return null;
    }
    String noun = m.group(2).toLowerCase(Locale.ROOT);
    if (m.group(1).equalsIgnoreCase("the") && !broughtIn(text, q.speaker().start(), noun)) {
      return null; // "the senator": a person the text most often named
    }
    boolean plural = PLURALS.contains(noun) || (noun.endsWith("s") && !noun.endsWith("ss"));
    int start = q.speaker().start();
    int end = q.speaker().end();
    // A person named in the phrase, or before it in its sentence, is as often whom it describes:
    // "Matthew Boland, PhD, a clinical psychologist …, and a member of the Psych Central Medical
    // Affairs Team".
    int sentence = AroundQuotes.sentenceStart(text, start);
    boolean named =
        entities.stream()
            .anyMatch(e -> e.type() == EntityType.PERSON && e.start() < end && e.end() > sentence);
    if (plural || named) {
      return null;
    }
    return NameGender.ofRole(noun);
  }

  /**
   * The statements, each "he" or "she" that speaks right after an unnamed person given that
   * statement's resolution.
   */
  static List<Quote> resolve(String text, List<Quote> quotes, List<EntityMention> all) {
    List<Quote> inOrder = new ArrayList<>(quotes);
    inOrder.removeIf(q -> q.speaker() == null);
    if (inOrder.stream()
        .noneMatch(q -> NameGender.ofPronoun(q.speaker().text()) != NameGender.Gender.UNKNOWN)) {
      return quotes;
    }
    inOrder.sort(Comparator.comparingInt(q -> q.speaker().start()));
    List<EntityMention> entities = Quotes.outsideQuotes(text, all);
    Map<Quote, String> changed = new HashMap<>();
    Quote before = null; // the statement of the last speaker before
    NameGender.Gender unnamed = null; // the gender of that speaker when it was someone unnamed
    for (Quote q : inOrder) {
      if (before != null && before.speaker().start() == q.speaker().start()) {
        if (changed.containsKey(before)) {
          changed.put(q, changed.get(before));
        }
        continue; // another statement of the same speaker's words
      }
      NameGender.Gender pronoun = NameGender.ofPronoun(q.speaker().text());
      NameGender.Gender previous = unnamed;
      Quote last = before;
      before = q;
      unnamed = nameless(text, q, entities);
      if (pronoun == NameGender.Gender.UNKNOWN
          || previous == null
          || answers(q)
          || !pronoun.agrees(previous)
          || q.speaker().start() - Speakers.statementEnd(last) > Quotes.CONTINUED_WITHIN
          || entities.stream()
              .anyMatch(
                  e ->
                      e.start() >= last.speaker().end()
                          && e.end() <= q.speaker().start()
                          && Speakers.person(pronoun).test(e))) {
        continue;
      }
      String resolved = changed.containsKey(last) ? changed.get(last) : last.speakerResolved();
      if (!Objects.equals(resolved, q.speakerResolved())) {
        changed.put(q, resolved);
      }
      unnamed = previous; // the pronoun goes on naming that person
    }
    return Speakers.withSpeakers(quotes, changed);
  }

  /** Verbs of a turn in a conversation: who replies is not who spoke before. */
  private static final Pattern ANSWER =
      Pattern.compile(
          "(?i).*\\b(?:repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|retort(?:s|ed)?)\\b.*");

  private static boolean answers(Quote q) {
    return q.cue() != null && ANSWER.matcher(q.cue().text()).matches();
  }
}
