package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.FirstPerson;
import org.dossier.model.NoNames;
import org.dossier.model.Quote;
import org.dossier.model.Spaces;
import org.dossier.model.Span;
import org.dossier.model.TextDates;

/**
 * Who a speaker phrase refers to: the person or organisation it names, a pronoun's nearest person
 * or the previous speaker, "the company" as the organisation the article is about, "the singer" as
 * its most-mentioned person, "a spokesperson for X" as X. Shared by the attribution rules and the
 * learned tagger.
 */
final class Speakers {
  private Speakers() {}

  /**
   * Nouns that name an outlet and nothing else: "the newspaper", "the British tabloid". An agency,
   * a network or a site may be an outlet or not.
   */
  private static final String OUTLET_NOUNS =
      "newspaper|paper|tabloid|magazine|outlet|publication|broadcaster";

  /** Nouns by which a text names an organisation: "the company", "the house". */
  static final String ORG_NOUNS =
      "company|firm|brand|house|label|group|organi[sz]ation|agency|ministry|department|council"
          + "|club|team|government|authority";

  static final String NAME = name(3);

  /**
   * A name that runs to a sentence's end, where nothing after it can join it: "…, said TDCJ
   * Inspector General John Moriarty."
   */
  static final String LONG_NAME = name(5);

  /** Capitalised words, up to {@code before} of them before the last. */
  private static String name(int before) {
    return "(?:[A-Z][\\p{L}'’.\\-]*\\.?\\s+){0," + before + "}[A-Z][\\p{L}'’\\-]+";
  }

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
              + "|rapper|model|musician|artist|athlete|politician|duke|duchess|prince|princess)");

  /** "a spokesperson for Maison Verlaine": the organisation spoken for. */
  private static final Pattern SPOKEN_FOR = Pattern.compile("for\\s+(" + NAME + ")$");

  /** Nouns of a body that a text may write in lower case after its name: "Surrey police". */
  private static final String BODY_NOUNS =
      "police|navy|army|military|government|ministry|department|council|authorities|fire service"
          + "|fire department";

  /**
   * What a statement came from, or who a spokesperson or representative is from: "A statement from
   * Waitrose", "a spokesperson from Surrey police", "a release from the Defence PRO".
   */
  private static final Pattern ISSUED_FROM =
      Pattern.compile(
          "(?i:(?:an?|the)\\s+(?:[\\p{L}\\-]+\\s+){0,2}"
              + "(?:statement|release|communiqu[eé]|letter|e-?mail|memo|spokes(?:man|woman|person)"
              + "|representative)\\s+from\\s+(?:the\\s+)?)("
              + NAME
              + "(?:\\s+(?:"
              + BODY_NOUNS
              + "))?)");

  /**
   * A body named by a word of its name in lower case, or its spokesperson or statement: "the
   * government", "a navy spokesman" in a text that names the Indian Navy, "A police spokeswoman"
   * where Surrey Police is named. A capitalised modifier must stand in the body's name too ("a
   * German military spokesman" is no spokesman of the Indian Navy), and so must a possessive in
   * lower case ("the sheriff's department" is the Los Angeles County Sheriff's Department where the
   * text names it, and nobody else).
   */
  private static final Pattern BODY_SOURCE =
      Pattern.compile(
          "(?:(?i:an?|the)\\s+)?(?:(\\p{Lu}[\\p{L}\\-]*|(?:\\p{Ll}+\\s+)?\\p{Ll}+['’]s)\\s+)?((?i:"
              + BODY_NOUNS
              + "))(?:\\s+(?i:spokes(?:man|woman|person)|statement|release|officials?"
              + "|representatives?|sources?))?");

  /** A platform after the speaker: "residents on Twitter", "the star via Instagram". */
  private static final Pattern ON_PLATFORM =
      Pattern.compile(
          "(?:^|\\s+(?:on|via|in an? (?:post|video|story) on|in posts on)\\s+)(?:"
              + String.join("|", new java.util.TreeSet<>(PLATFORM_NAMES))
              + ")$");

  private static final Pattern NOT_SPEAKER =
      Pattern.compile(
          "(?:It|The|This|That|There|But|And|Then|When|As|In|On|At|If|So|Yet|Also|Now|Here)");

  /**
   * Whether a phrase before or after a cue word may name who spoke: not a word that starts a
   * clause, nor a time alone ("The Indian Navy in November said …"). "May said" is Theresa May as
   * often as not.
   */
  static boolean plausibleSpeaker(String s) {
    String phrase = s == null ? null : s.strip();
    if (phrase == null || NOT_SPEAKER.matcher(phrase).matches()) {
      return false;
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    return lower.equals("may") || !aTime(lower);
  }

  /** Pronouns and quantifiers that name nobody, capitalised or not ("it" is an organisation's). */
  private static final Set<String> NO_NAME = NoNames.and("you", "let's", "let’s");

  /**
   * Whether a speaker phrase, in lower case, is a time alone, which the tagger takes for a source
   * where the source is left unnamed ("Monday reported", "In July showed"): no one. A month's or a
   * weekday's name, or a day next to the day of writing ("yesterday").
   */
  static boolean aTime(String lower) {
    String s = TIME_LEAD_IN.matcher(lower).replaceFirst("");
    return TextDates.CALENDAR_NAMES.contains(s) || TextDates.NEAR_DAYS.contains(s);
  }

  /**
   * A subject pronoun with the verb it carries: "He's", "They've", "She'd", "We're" (the tagger's
   * source when the cue is the participle after it).
   */
  private static final Pattern CONTRACTED_PRONOUN =
      Pattern.compile("(?i)(he|she|they|we|it)['’](?:s|d|ll|ve|re)");

  /**
   * What no one is called, whatever the tagger made a source of it:
   *
   * <ul>
   *   <li>a clause's opening, as headings print it ("What Reviewers Say", "Why Many in San Diego
   *       Say It Is Worth It"): "what", "why" or "how" starts no noun phrase that names someone
   *       ("When" may be the tagger's run-in of "When President Biden announced");
   *   <li>a verb with its "not" ("Don't tell the admission folks …");
   *   <li>a label before a colon or a bar ("Step 1: Say your puppy's name", "Our Editor's Review |
   *       …"): the words after it are an instruction or a quotation that the label introduces, not
   *       something the label said;
   *   <li>a name's suffix alone ("Jr. called the EV6 …"), which names no one by itself.
   * </ul>
   */
  private static boolean notAPhraseOfSomeone(String text, Span speaker) {
    String p = speaker.text().strip();
    return CLAUSE_OPENING.matcher(p).lookingAt()
        || NEGATED_VERB.matcher(p).matches()
        || p.endsWith(":")
        || p.endsWith("|")
        || beforeABar(text, speaker)
        || NAME_SUFFIX.matcher(p).matches();
  }

  /** Whether a bar follows the phrase: "Our Editor's Review | “…”", a label of what follows. */
  private static boolean beforeABar(String text, Span speaker) {
    if (text == null || speaker.end() > text.length()) {
      return false;
    }
    int i = speaker.end();
    while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '|';
  }

  private static final Pattern NEGATED_VERB = Pattern.compile("(?i)\\p{L}+n['’]t");

  private static final Pattern CLAUSE_OPENING = Pattern.compile("(?:What|Why|How)\\s+\\p{Lu}");

  private static final Pattern NAME_SUFFIX = Pattern.compile(Entities.SUFFIX_WORD);

  /** A word that leads into a time: "on Monday", "in July". */
  private static final Pattern TIME_LEAD_IN =
      Pattern.compile("^(?:on|last|this|in|early|late|since)\\s+");

  /**
   * A description that only starts with a capital because it starts a sentence: "The premium
   * materials", "A method", "Many people". A name has capitals after its determiner ("The New York
   * Times").
   */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?:The|A|An|This|That|These|Those|Some|Many|Most|Few|Several|Such|Our|My|Your|Their"
              + "|Its|His|Her)(?:\\s+[\\p{Ll}\\d][\\p{L}\\d'’-]*)+");

  /**
   * A name after its description as an outlet, in lower case but for a first word capitalised by
   * the sentence: "Celebrity website TMZ", "Gossip site Radar Online", "the news agency Reuters".
   */
  private static final Pattern DESCRIBED_NAME =
      Pattern.compile(
          "(?:\\p{Lu}?\\p{Ll}[\\p{Ll}\\-]*\\s+){0,3}(?i:"
              + OUTLET_NOUNS
              + "|website|site|blog|network|channel|station|agency|portal)"
              + "\\s+(\\p{Lu}[\\p{L}\\d&.\\-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.\\-]*){0,3})");

  /**
   * A comma and what describes the phrase before it: a word in lower case ("one of", "a sports
   * agency", "long a vocal advocate"), a number ("76% of all social users") or quotation marks
   * alone ("Deep Throat, ''"). A capitalised word goes on with the name ("Washington, D.C.",
   * "Smith, Jones & Co."); a comma at the end is {@link #TRAILING_AGE}'s. Or a dash (not a hyphen,
   * which ECB+'s texts space as words: "State - run TV") with space after it, and what follows:
   * "Jason Sims — a teacher from Mount Pleasant —", and the dash that closes "… according to Forbes
   * —".
   */
  private static final Pattern APPOSITIVE =
      Pattern.compile(
          ",(?:\\s+(?:\\p{Ll}|\\d)|\\s*[^\\p{L}\\d\\s,]+$)|\\s+(?:\u2014|\u2013|--)(?:\\s|$)|[\u2014\u2013]$");

  /** An age in commas, or a comma, at a speaker phrase's end. */
  private static final Pattern TRAILING_AGE = Pattern.compile("(?:,\\s*\\d{1,3})?[\\s,;:]+$");

  /** The canonical name a speaker span refers to, or null when it cannot be resolved. */
  static String resolve(Span speaker, List<EntityMention> entities, String previous) {
    return resolve(null, speaker, entities, previous);
  }

  /**
   * The canonical name a speaker span refers to, or null when it cannot be resolved.
   *
   * @param text the whole text, for titles given before names; null to resolve without them
   */
  static String resolve(String text, Span speaker, List<EntityMention> entities, String previous) {
    return resolve(text, speaker, entities, previous, -1);
  }

  /**
   * The canonical name a speaker span refers to, or null when it cannot be resolved.
   *
   * @param text the whole text, for titles given before names; null to resolve without them
   * @param previousEnd where the statement of {@code previous} ended, or -1 when unknown: "he" or
   *     "she" after it, with no one it can mean named since, continues that speaker
   */
  static String resolve(
      String text, Span speaker, List<EntityMention> entities, String previous, int previousEnd) {
    // "Brooklynites on Twitter": the platform is where they spoke, not who spoke.
    String s = ON_PLATFORM.matcher(speaker.text().strip()).replaceFirst("");
    // "Juror No. 8, one of six women on the panel", "The newspaper, long a vocal advocate of …":
    // the phrase before its description.
    Matcher appositive = APPOSITIVE.matcher(s);
    if (appositive.find() && appositive.start() > 0) {
      s = s.substring(0, appositive.start()).strip();
    }
    if (s.isEmpty() || aTime(s.toLowerCase(Locale.ROOT)) || notAPhraseOfSomeone(text, speaker)) {
      return null;
    }
    // "He's reported from every debate": the pronoun, without the verb it carries.
    Matcher contracted = CONTRACTED_PRONOUN.matcher(s);
    if (contracted.matches()) {
      return resolve(
          text,
          new Span(
              contracted.group(1), speaker.start(), speaker.start() + contracted.group(1).length()),
          entities,
          previous,
          previousEnd);
    }
    String family = family(entities, speaker);
    if (family != null) {
      return family; // "The Gray family", "lawyers for the family of Kimani Gray": not Kimani Gray
    }
    // An organisation named in the phrase's description is not who spoke: "Relatives, including
    // a brother who was a Roman Catholic priest," are not the church. (A person named there may
    // be: "One of Grayson's former supporters …, former Colorado Rep. Pat Schroeder".)
    Matcher description = APPOSITIVE.matcher(speaker.text());
    Span head =
        description.find() && description.start() > 0
            ? new Span(
                speaker.text().substring(0, description.start()),
                speaker.start(),
                speaker.start() + description.start())
            : speaker;
    // "The Allen Institute for AI, a research institute founded by … Paul Allen,": a body the
    // phrase names before its description, and no person there, is who spoke, not a person the
    // description names.
    String namedBody = head != speaker ? endingOrganisation(entities, head) : null;
    if (namedBody != null && named(entities, head, EntityType.PERSON) == null) {
      return namedBody;
    }
    // The person the speaker phrase is about, else the organisation that is not a platform.
    String person = named(entities, speaker, EntityType.PERSON);
    String org = named(entities, head, EntityType.ORGANISATION);
    String lower = s.toLowerCase(Locale.ROOT);
    Matcher title = TitledSpeakers.ROLE.matcher(lower);
    boolean role = title.matches() || PERSON_ROLE.matcher(lower).matches();
    // "the Republican nominee": a person named by a role; the organisation is only a modifier.
    if (person != null || (org != null && !role)) {
      return person != null ? person : org;
    }
    if (lower.equals("it")
        && text != null
        && EXPLETIVE_IT
            .matcher(text)
            .region(speaker.end(), Math.min(text.length(), speaker.end() + 40))
            .lookingAt()) {
      return null; // "It is hard to say whether …", "it's worth noting that …": the writer's words
    }
    if (NO_NAME.contains(lower)) {
      return null; // "You question my judgment": a pronoun at a sentence's start is no name
    }
    if (FirstPerson.is(s)) {
      // The writer, whom the text does not name; inside a quotation the quoted speaker, which is
      // the caller's to know (Attributions).
      return null;
    }
    if (lower.matches("he|she")) {
      // The nearest person the pronoun can mean: "she said" after "Hillary Clinton … Donald Trump"
      // is Clinton.
      // When nobody before suits it, the list may be wrong of a name ("Marty Walz … She said"):
      // the nearest person, as without it.
      NameGender.Gender pronoun = NameGender.ofPronoun(lower);
      // A title the text gave someone ("Ms. Haley", "Mr. DeSantis") tells their gender for sure,
      // where the list of first names may not know it ("Nikki") or be wrong.
      Map<String, NameGender.Gender> titled =
          text == null ? Map.of() : Antecedents.titled(text, entities);
      Predicate<EntityMention> untitledOr = byTitle(pronoun, titled);
      Predicate<EntityMention> fits = person(pronoun).and(untitledOr);
      EntityMention nearMention = nearestMention(entities, speaker.start(), fits);
      if (previous != null
          && previousEnd <= speaker.start()
          && (nearMention == null || nearMention.end() <= previousEnd)
          && entities.stream().anyMatch(e -> e.canonical().equals(previous) && fits.test(e))) {
        // '"…," Florida delegate John Archer, wearing Sanders buttons, said. "…," he said.': the
        // speaker goes on; a name inside the last statement's source is not who "he" is.
        return previous;
      }
      String near = nearMention == null ? null : nearMention.canonical();
      if (near == null) {
        near =
            nearest(entities, speaker.start(), person(NameGender.Gender.UNKNOWN).and(untitledOr));
      }
      if (near == null
          && previous != null
          && entities.stream()
              .anyMatch(e -> e.canonical().equals(previous) && !untitledOr.test(e))) {
        return null; // "he" after "Ms. Haley" spoke, and no man named before
      }
      return near != null ? near : previous;
    }
    if (lower.equals("they")) {
      if (previous != null) {
        // "They" are never the one person who spoke before them: in news they are a group the
        // text named by a noun ("Her advisers …. They have been studying him"), which is no name.
        // Nor a place: "which felt like a rebel-held enclave" resolved to Exarchia, and the
        // protesters' "they chanted" is not the district.
        boolean onePersonOrPlace =
            entities.stream()
                .anyMatch(
                    e ->
                        e.canonical().equals(previous)
                            && (e.type() == EntityType.PERSON || e.type() == EntityType.LOCATION));
        return onePersonOrPlace ? null : previous;
      }
      // With no statement before to go on from, the first organisation named in the same sentence
      // ("GOP efforts to turn … by highlighting what they say"), the likeliest to be its subject;
      // one named sentences before is as often not who they are ("The White House has faced
      // little pressure …. That frustrates many analysts because they believe …").
      int from = text == null ? 0 : AroundQuotes.sentenceStart(text, speaker.start());
      // Not one that is only part of a title ("former Ku Klux Klan Grand Wizard David Duke … they
      // would have been"): the name goes on in capitals.
      return nextAfter(
          entities,
          from,
          EntityType.ORGANISATION,
          e -> e.start() < speaker.start() && !(text != null && goesOnInCapitals(text, e.end())));
    }
    // "A statement from Waitrose", "a navy spokesman": the body the statement or spokesperson is
    // from.
    Matcher issued = ISSUED_FROM.matcher(s);
    if (issued.matches()) {
      return byName(entities, issued.group(1));
    }
    Matcher body = BODY_SOURCE.matcher(s);
    if (body.matches()) {
      // "the government", "a navy spokesman": the body of that name, else the words that name it
      // ("the Indian government"), never the company the article is about.
      String modifier = body.group(1);
      String noun = body.group(2).toLowerCase(Locale.ROOT);
      // "the (county) sheriff's department": whose department, in whatever case the name writes it.
      boolean possessive = modifier != null && Character.isLowerCase(modifier.charAt(0));
      Predicate<EntityMention> fits =
          e ->
              standsAlone(e.canonical().toLowerCase(Locale.ROOT), noun)
                  && (modifier == null
                      || (possessive
                          ? allStandAlone(e.canonical(), modifier)
                          : standsAlone(e.canonical(), modifier)));
      String spokenFor = prominent(entities, speaker.start(), EntityType.ORGANISATION, fits);
      if (spokenFor == null) {
        spokenFor = nextAfter(entities, speaker.end(), EntityType.ORGANISATION, fits);
      }
      return spokenFor != null || modifier == null || possessive
          ? spokenFor
          : modifier + " " + body.group(2);
    }
    if (MEDIA_PHRASE.matcher(lower).matches()) {
      // "the newspaper": the outlet the text named, before or else after.
      Predicate<EntityMention> isOutlet = e -> isOutlet(e.canonical());
      String named = prominent(entities, speaker.start(), EntityType.ORGANISATION, isOutlet);
      return named != null
          ? named
          : nextAfter(entities, speaker.end(), EntityType.ORGANISATION, isOutlet);
    }
    // A phrase that ends in such a noun in lower case names one too, whatever its first words:
    // "Lyon-founded house" (the tagger may leave out "the").
    if (ORG_PHRASE.matcher(lower).matches() || Entities.commonNounPhrase(s)) {
      // "the company" is the organisation the article is about so far, not the last one named
      // (often the outlet: 'told Harbor Times').
      // An outlet is what "the newspaper" means, never "the council" or "the company": the outlet
      // that reported on them is often the only organisation named. "It" and "the agency" may be
      // either.
      // Nor is an organisation someone told it to ("One witness told NBC Philadelphia that …"):
      // that is whom the words were for, most often an outlet.
      Predicate<EntityMention> fits =
          lower.equals("it") || lower.endsWith("agency")
              ? e -> true
              : e -> !isOutlet(e.canonical()) && !toldTo(text, e);
      Matcher some = NOT_THE.matcher(lower);
      if (some.lookingAt()) {
        // "A new group", "one research firm", "her team": not one named before. An indefinite
        // one may be named right after it ("a company called Klondike Creamery", "A super PAC
        // supporting Marco Rubio's campaign, Conservative Solutions PAC,"); the others none.
        return some.group(1) == null
            ? null
            : nextAfter(
                entities,
                speaker.end(),
                EntityType.ORGANISATION,
                fits.and(e -> e.start() - speaker.end() <= NAMED_RIGHT_AFTER));
      }
      // The body of the last few sentences first ("A statement posted on the website
      // GunBroker.com … the company wrote"), else the one the text is about so far.
      String named =
          prominent(
              entities,
              speaker.start(),
              EntityType.ORGANISATION,
              fits.and(e -> speaker.start() - e.start() <= RECENT));
      if (named == null) {
        named = prominent(entities, speaker.start(), EntityType.ORGANISATION, fits);
      }
      // Named only later ("…, the French fashion house said", where the tagger missed the name
      // before it): the first organisation named after it, never a platform.
      return named != null
          ? named
          : nextAfter(entities, speaker.end(), EntityType.ORGANISATION, fits);
    }
    if (text != null && title.matches()) {
      // Only someone the text gave that title: "the nominee" stays unresolved when nobody was
      // called one by name.
      return TitledSpeakers.titled(
          text, entities, speaker.start(), title.group(1), TitledSpeakers.place(s));
    }
    if (PERSON_ROLE.matcher(lower).matches()) {
      // "the singer": the person the article is about so far; "the duchess" a woman, whom neither
      // her first name nor a title the text gave her ("Prince Tomas") says is not one.
      NameGender.Gender gender = NameGender.ofRole(lower);
      Map<String, NameGender.Gender> titled =
          gender == NameGender.Gender.UNKNOWN || text == null
              ? Map.of()
              : Antecedents.titled(text, entities);
      String who =
          prominent(
              entities,
              speaker.start(),
              EntityType.PERSON,
              e ->
                  person(gender).test(e)
                      && gender.agrees(
                          titled.getOrDefault(e.canonical(), NameGender.Gender.UNKNOWN)));
      return who != null ? who : previous;
    }
    Matcher spokes = SPOKEN_FOR.matcher(s);
    if (spokes.find() && !RELATION_OF.matcher(s).find()) {
      return byName(entities, spokes.group(1));
    }
    if (DESCRIPTION.matcher(s).matches()) {
      return null;
    }
    Matcher described = DESCRIBED_NAME.matcher(s);
    if (described.matches()) {
      s = described.group(1); // "Celebrity website TMZ": the name, not its description
    }
    // "Donald Trump's eldest daughter, 34,": the phrase without the age and the stray comma, and
    // "The lawmaker, who represents a district,": without its relative clause.
    s = TRAILING_AGE.matcher(NoNames.withoutRelativeClause(s)).replaceFirst("");
    if (NO_NAME.contains(s.toLowerCase(Locale.ROOT))) {
      return null; // "Those who …"
    }
    if (describedByCommonNoun(s)) {
      return null; // "A Philadelphia judge", "Marion County deputies", "Millions of Americans"
    }
    if (!s.isEmpty() && Character.isUpperCase(s.charAt(0)) && !onlySentenceCapital(s)) {
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
      if (found == null && text != null && writtenInLowerCase(text, s)) {
        return null; // "Use Motion to emphasize …", "Scroll Effects": words, not a name
      }
      return found != null ? found : s;
    }
    return null;
  }

  /**
   * Nouns a text names a source by and comes back to with "the": a statement and its kin, a
   * spokesperson, a report, a study, a poll. Each group's nouns stand for one another ("a Defence
   * Ministry release … the statement said").
   */
  private static final List<Pattern> SOURCE_NOUNS =
      List.of(
          Pattern.compile("(?i)(?:statement|release|communiqu[eé]|announcement)s?"),
          Pattern.compile("(?i)spokes(?:man|woman|person|people|men|women)"),
          Pattern.compile("(?i)reports?"),
          Pattern.compile("(?i)stud(?:y|ies)"),
          Pattern.compile("(?i)(?:survey|poll)s?"));

  /** A source named again by "the" and such a noun: "the statement", "The navy spokesperson". */
  private static final Pattern DEFINITE_SOURCE =
      Pattern.compile("(?i)the\\s+(?:[\\p{L}\\-]+\\s+){0,2}[\\p{L}]+");

  /** A spokesperson the phrase names by nothing more: "a spokeswoman", "the spokesman". */
  private static final Pattern BARE_SPOKESPERSON =
      Pattern.compile("(?i)(?:an?|the)\\s+spokes(?:man|woman|person)");

  /** How far before a bare spokesperson the organisation's statement may end, in characters. */
  private static final int SPOKESPERSON_REACH = 400;

  /** The text before a speaker phrase that says it issued a statement: "a statement from ". */
  private static final Pattern ISSUED_BY =
      Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:from|by|of)\\s+$");

  /**
   * The statements with a speaker named again by "the" and a source's noun, and resolved to no one
   * ("the statement said", "the spokesman said"), given the speaker of the latest statement before
   * whose source had a noun of the same group and was resolved: "a Defence Ministry statement"
   * before, or "according to a statement from the Indian government", or that was said in a
   * statement ("Kraft said in a statement"). And a spokesperson named by nothing more ("a
   * spokeswoman said") right after a statement of an organisation the text names ("Maison Verrault
   * confirmed …") speaks for that organisation. Statements whose speaker is resolved, or has no
   * such noun, are as they were.
   *
   * @param text the text the statements' offsets count in
   * @param entities the text's names, for which of them are organisations
   */
  static List<Quote> definiteSources(
      String text, List<Quote> quotes, List<EntityMention> entities) {
    Set<String> organisations = new HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANISATION) {
        organisations.add(e.canonical());
      }
    }
    List<Quote> inOrder = new ArrayList<>(quotes);
    inOrder.removeIf(q -> q.speaker() == null);
    inOrder.sort(Comparator.comparingInt(q -> q.speaker().start()));
    Map<Quote, String> found = new HashMap<>();
    for (int i = 0; i < inOrder.size(); i++) {
      Quote q = inOrder.get(i);
      String phrase = q.speaker().text().strip();
      int group = sourceNoun(phrase);
      if (q.speakerResolved() == null && i > 0 && phrase.equalsIgnoreCase("it")) {
        // "The statement said …. It added …": the statement goes on.
        Quote before = inOrder.get(i - 1);
        String resolved = found.get(before);
        if (resolved != null
            && sourceNoun(before.speaker().text().strip()) == 0
            && q.speaker().start() - statementEnd(before) <= SPOKESPERSON_REACH) {
          found.put(q, resolved);
        }
        continue;
      }
      if (q.speakerResolved() != null || group < 0) {
        continue;
      }
      if (DEFINITE_SOURCE.matcher(phrase).matches()) {
        for (int j = i - 1; j >= 0; j--) {
          Quote before = inOrder.get(j);
          String resolved = found.getOrDefault(before, before.speakerResolved());
          if (resolved != null
              && (issuedAs(text, before.speaker()) == group
                  || (saidIn(text, before, group)
                      && q.speaker().start() - statementEnd(before) <= SPOKESPERSON_REACH))) {
            found.put(q, resolved);
            break;
          }
        }
      }
      if (!found.containsKey(q) && i > 0 && BARE_SPOKESPERSON.matcher(phrase).matches()) {
        Quote before = inOrder.get(i - 1);
        String resolved = found.getOrDefault(before, before.speakerResolved());
        if (resolved != null
            && organisations.contains(resolved)
            && q.speaker().start() - statementEnd(before) <= SPOKESPERSON_REACH) {
          found.put(q, resolved);
        }
      }
    }
    return withSpeakers(quotes, found);
  }

  /**
   * Whether a statement was made in a statement of the group's kind ("…," Kraft said in a
   * statement; she said, according to the statement): "the statement" that comes back shortly after
   * it is that speaker's. The word must stand outside what was said: "The Times said [Cook provided
   * a written statement]" was not said in one.
   */
  private static boolean saidIn(String text, Quote q, int group) {
    if (group != 0 || !"statement".equals(q.platform()) || text == null) {
      return false;
    }
    int from = Math.min(q.content().start(), q.speaker().start());
    int to = Math.max(q.content().end(), q.speaker().end());
    int start = Math.max(0, AroundQuotes.sentenceStart(text, from));
    int end = Math.min(text.length(), AroundQuotes.sentenceEnd(text, to));
    Matcher m = SOURCE_NOUNS.get(0).matcher(text);
    m.region(start, end);
    while (m.find()) {
      if (m.start() < q.content().start() || m.start() >= q.content().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statements, those in {@code resolved} with the speaker it gives them (null too: whom no
   * name stands for).
   */
  static List<Quote> withSpeakers(List<Quote> quotes, Map<Quote, String> resolved) {
    if (resolved.isEmpty()) {
      return quotes;
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      out.add(resolved.containsKey(q) ? withResolved(q, resolved.get(q)) : q);
    }
    return out;
  }

  /** A statement with another resolution of its speaker, or none. */
  static Quote withResolved(Quote q, String resolved) {
    return new Quote(q.kind(), q.content(), q.cue(), q.speaker(), resolved, q.platform());
  }

  /** Where a statement ends: after its content, or after its speaker where that comes last. */
  static int statementEnd(Quote q) {
    return Math.max(q.content().end(), q.speaker() == null ? 0 : q.speaker().end());
  }

  /**
   * The group of {@link #SOURCE_NOUNS} whose noun heads a phrase or one of its parts between
   * commas, or -1: "a Defence Ministry statement", "A statement from Waitrose", "Nirad Sinha, a
   * navy spokesman"; never "one of the authors of that report, Ari Fleischer", whose report is not
   * who spoke.
   */
  private static int sourceNoun(String phrase) {
    for (String part : phrase.split(",")) {
      Matcher object = HEAD_END.matcher(part);
      String head = (object.find() ? part.substring(0, object.start()) : part).strip();
      head = head.substring(head.lastIndexOf(' ') + 1);
      for (int g = 0; g < SOURCE_NOUNS.size(); g++) {
        if (SOURCE_NOUNS.get(g).matcher(head).matches()) {
          return g;
        }
      }
    }
    return -1;
  }

  /** Where a phrase's head has ended: a preposition or a relative pronoun after it. */
  private static final Pattern HEAD_END =
      Pattern.compile("(?i)\\s(?:of|from|by|for|in|at|on|with|to|about|who|that|which)\\s");

  /**
   * The group of the source's noun a speaker phrase holds, or else the noun right before it that it
   * issued ("a statement from" the Indian government); -1 for neither.
   */
  private static int issuedAs(String text, Span speaker) {
    int group = sourceNoun(speaker.text());
    if (group >= 0 || text == null) {
      return group;
    }
    Matcher m =
        ISSUED_BY.matcher(text.substring(Math.max(0, speaker.start() - 40), speaker.start()));
    return m.find() ? sourceNoun(m.group(1)) : -1;
  }

  /**
   * The entity a name written in a speaker phrase stands for, its case aside ("Surrey police" for
   * Surrey Police), or the name as written when the text tagged no such entity.
   */
  private static String byName(List<EntityMention> entities, String name) {
    for (EntityMention e : entities) {
      if (e.text().equalsIgnoreCase(name)
          || e.canonical().equalsIgnoreCase(name)
          || e.canonical().toLowerCase(Locale.ROOT).endsWith(" " + name.toLowerCase(Locale.ROOT))) {
        return e.canonical();
      }
    }
    return name;
  }

  /**
   * Whether a capitalised phrase describes its speaker rather than names them: it ends in a noun in
   * lower case and holds no possessive ("A Philadelphia judge", "Marion County deputies"; not "Ines
   * Berg's attorney", whose phrase is the best name the text gives), or it counts a crowd
   * ("Millions of Americans", "Various"). Names end in a capitalised word.
   */
  static boolean describedByCommonNoun(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return false;
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    if (CROWDS.contains(first)
        && (words.length == 1 || words[1].equals("of") || first.equals("various"))) {
      return true;
    }
    String last = words[words.length - 1];
    return words.length > 1
        && Character.isUpperCase(words[0].codePointAt(0))
        && last.chars().anyMatch(Character::isLetter)
        && last.chars().noneMatch(Character::isUpperCase)
        && !POSSESSIVE.matcher(phrase).find();
  }

  /** Words that count a crowd: "Millions of", "Thousands of", "Various". */
  private static final Set<String> CROWDS =
      Set.of("millions", "thousands", "hundreds", "dozens", "scores", "various");

  /**
   * Whether a phrase of several words has no capital but its first word's (and "I"): a sentence's
   * capital makes no name of "Physical activity", "Competitor analysis", "Party leaders" or "One
   * thing I" (the start of "One thing I learned is …"). A phrase with a name after its first word
   * ("Ines Berg's attorney", "A study of over 86,000 Nurses") is left as it was.
   */
  static boolean onlySentenceCapital(String phrase) {
    String[] words = phrase.split("\\s+");
    boolean small = false;
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (!w.equals("I")) {
        if (w.chars().anyMatch(Character::isUpperCase)) {
          return false;
        }
        small |= w.chars().anyMatch(Character::isLetter);
      }
    }
    return small;
  }

  /**
   * Whether a capitalised word stands in the text in lower case too: a word the text also writes
   * small ("add subtle motion", "as users scroll", "voters") is capitalised by its place (a
   * sentence's start, a heading's style), so it names no one. A name the tagger missed ("Okafor",
   * "Jicki") is capitalised wherever it stands. Only single words: a capitalised phrase ("Healthy
   * Snacks Survey", "Bellwether County") is more often a name than not.
   */
  static boolean writtenInLowerCase(String text, String word) {
    if (word.length() < 2 || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && standsAlone(text, lower);
  }

  /** Whether a word stands in the text as a word of its own, as written. */
  /**
   * Whether each word of a modifier in lower case ("county sheriff's") stands alone in a name, in
   * whatever case the name writes it and with either apostrophe.
   */
  private static boolean allStandAlone(String name, String modifier) {
    String lower = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String word : modifier.replace('’', '\'').split("\\s+")) {
      if (!standsAlone(lower, word)) {
        return false;
      }
    }
    return true;
  }

  static boolean standsAlone(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** The capitalised words of a name before the one that ends a phrase. */
  private static final String NAME_WORDS = "(?:[A-Z][\\p{L}.'’\\-]*\\s+)*";

  /**
   * A name after "in", whatever words stand between: a place the speaker is in ("police in
   * Palermo"), or what they were counted in ("voters in a recent Gallup survey").
   */
  private static final Pattern IN_BEFORE =
      Pattern.compile("\\b(?i:in)\\s+(?:[A-Za-z][\\p{L}.'’\\-]*\\s+)*$");

  /**
   * Words after which a name is an object in a speaker phrase: a preposition, whatever words stand
   * between ("a spokeswoman for Gore's", "the Super PAC backing former Florida Gov. Jeb Bush"), or
   * "and" with only the name's capitalised words between ("Mr. Rubio and Sen. Ted Cruz"; not
   * "businessman and blogger Andrew Halcro", whose words before the name are his description).
   */
  private static final Pattern OBJECT_BEFORE =
      Pattern.compile(
          "\\b(?:(?i:of|for|to|with|by|like|from|against|about|than|as|at|in|on|under|behind"
              + "|toward|towards|versus|over)\\s+(?:[A-Za-z][\\p{L}.'’\\-]*\\s+)*"
              + "|(?i:and|or)\\s+"
              + NAME_WORDS
              + ")$");

  /**
   * A possessive after a name, as typed or as tokenised text spaces it: "'s", "’ s", or an
   * apostrophe alone after an "s" ("Williams' publicist"; read with transparent bounds).
   */
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?:\\s?['’]\\s?s\\b|(?<=s)['’](?=\\s))");

  /**
   * A person or body related to a possessor and not speaking for it: "Lohan's attorney", "his
   * mother", "Apple's rivals", up to two modifiers before the noun ("Trump's longtime personal
   * lawyer").
   */
  private static final String RELATIONS =
      "(?:attorneys?|lawyers?|counsel|mother|father|parents?|wife|husband|sons?|daughters?"
          + "|brothers?|sisters?|friends?|doctors?|physicians?|manager|agent|partner|boyfriend"
          + "|girlfriend|fianc[eé]e?|ex-wife|ex-husband|coach|teammates?|biographer|neighbou?rs?"
          + "|rivals?|opponents?|critics?|accusers?|victims?|family|supporters|backers|admirers"
          + "|fans|followers|allies|advis[eo]rs?|aides?|strategists?|surrogates?|staffers?"
          + "|donors|detractors|members?)\\b";

  private static final Pattern RELATION =
      Pattern.compile("\\s+(?:[\\p{L}\\-]+\\s+){0,2}" + RELATIONS);

  /**
   * A relation right after a name, up to two words before it, none of them joining another
   * ("several Clinton supporters", "Clinton campaign aides"; not "Mr. Rubio and his advisers").
   */
  private static final Pattern RELATION_AFTER =
      Pattern.compile("\\s+(?:(?!(?:and|or|with)\\b)[\\p{L}\\-]+\\s+){0,2}" + RELATIONS);

  /** A relative clause that gives the speaker's own name: "a man who identified himself as". */
  private static final Pattern NAMED_AS =
      Pattern.compile(
          "(?i)\\b(?:identified|introduced|described)\\s+(?:him|her|them)sel(?:f|ves)\\s+as\\s+$");

  /**
   * Words that list some members of the group a phrase names ("candidates, including Carly Fiorina
   * and Ben Carson"): none of the names is the speaker, not even as the last resort that "Apple's
   * spokeswoman" and "White House officials" resolve to.
   */
  private static final Pattern MEMBERS =
      Pattern.compile("(?i)\\b(?:including|such\\s+as|among\\s+them)\\b");

  /** A possessive and a relation after it, anywhere in a speaker phrase. */
  private static final Pattern RELATED = Pattern.compile(POSSESSIVE.pattern() + RELATION.pattern());

  /**
   * A relation and the one it is to ("Supporters of Sanders", "Friends of Kathryn Jenkin",
   * "Advisers to Mr. Rubio"), as "Sanders' supporters" are: not the one they are to. In lower case
   * unless it opens the phrase ("U.S. Attorney for Massachusetts Joshua Levy" is a title), and not
   * "members of Congress", who speak for it.
   */
  private static final Pattern RELATION_OF =
      Pattern.compile(
          "(?:^(?!(?i:members?)\\b)(?i:"
              + RELATIONS
              + ")|\\b(?!members?\\b)"
              + RELATIONS
              + ")\\s+(?:of|to|for)\\s");

  /**
   * A person right after "of", "against", "with", "about", "over" or "on" is what the phrase is
   * about, not who spoke, even when nobody else is named: "People with direct knowledge of Gates'
   * work", "the popularity of Mr. Trump", "The charges against Olson". Not "the words of".
   */
  private static final Pattern ABOUT_PERSON =
      Pattern.compile(
          "(?i)\\b(?<!words\\s|remarks\\s|comments\\s|statement\\s|message\\s|letter\\s)"
              + "(?:of|against|with|about|over|on)\\s+(?:(?:the|Mr|Mrs|Ms|Dr)\\.?\\s+)?$");

  /** A name before a common noun modifies it: "McGinty campaign spokesman Sean Coit". */
  private static final Pattern MODIFIER_AFTER =
      Pattern.compile(
          "\\s+(?!(?:who|whom|whose|which|that|of|from|in|at|on|for|with|to|by|as|also|himself|herself)\\b)[a-z]");

  /** A relative clause the name stands in: "who still backs Randolph", up to a comma or dash. */
  private static final Pattern IN_RELATIVE =
      Pattern.compile("(?i)\\b(?:who|whom|whose|which|that)\\b[^,;—–(]*$");

  /** Whether a capitalised word follows {@code at} after a space: "Klan| Grand Wizard". */
  private static boolean goesOnInCapitals(String text, int at) {
    return at + 1 < text.length()
        && text.charAt(at) == ' '
        && Character.isUpperCase(text.charAt(at + 1));
  }

  /**
   * The organisation a phrase ends in ("The Allen Institute for AI"), not a platform; null when it
   * ends in another word ("A Reuters reporter").
   */
  private static String endingOrganisation(List<EntityMention> entities, Span phrase) {
    int end = phrase.start() + phrase.text().stripTrailing().length();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.ORGANISATION
          && e.start() >= phrase.start()
          && e.end() == end
          && !PLATFORM_NAMES.contains(e.canonical())) {
        return e.canonical();
      }
    }
    return null;
  }

  /**
   * The entity of a type a speaker phrase is about: the first one in it that is neither a
   * possessive ("Clinton's top aide Jake Sullivan"), nor a modifier ("McGinty campaign spokesman
   * Sean Coit"), nor the object of a preposition ("a spokeswoman for Gore's campaign", "critics
   * like Huffman"), nor inside a relative clause ("who still backs Randolph, former Rep. Pat
   * Schroeder"). When every one is, the last one. Null when there is none; platforms are never one.
   */
  private static String named(List<EntityMention> entities, Span speaker, EntityType type) {
    String text = speaker.text();
    String last = null;
    // "Lindsay Lohan's attorney": another person, whom the phrase does not name, and neither does
    // a name that only modifies the relation ("Trump's GOP rivals"); "Apple's spokeswoman" speaks
    // for Apple, and stays the last resort.
    if (MEMBERS.matcher(text).find()) {
      return null; // a group with some of its members named: none of them, nor a name beside them
    }
    boolean related = RELATED.matcher(text).find() || RELATION_OF.matcher(text).find();
    for (EntityMention e : entities) {
      if (e.start() >= speaker.end()
          || e.end() <= speaker.start()
          || e.type() != type
          || PLATFORM_NAMES.contains(e.canonical())) {
        continue;
      }
      int from = Math.max(0, e.start() - speaker.start());
      int to = Math.min(text.length(), e.end() - speaker.start());
      if (to + 1 < text.length()
          && text.charAt(to) == '-'
          && Character.isLowerCase(text.charAt(to + 1))) {
        continue; // "a Bush-era Justice official": an adjective made of a name, never who spoke
      }
      String before = text.substring(0, from);
      String after = text.substring(to);
      boolean possessive =
          POSSESSIVE.matcher(text).region(to, text.length()).useTransparentBounds(true).lookingAt();
      // A name in the phrase's relative clause ("strategists who spoke to NBC News"), or one its
      // people are something to ("several Clinton supporters"), stands for the group only.
      boolean onlyForGroup =
          (IN_RELATIVE.matcher(before).find() && !NAMED_AS.matcher(before).find())
              || RELATION_AFTER.matcher(after).lookingAt();
      if (!IN_BEFORE.matcher(before).find()
          && !onlyForGroup
          && !(type == EntityType.PERSON && ABOUT_PERSON.matcher(before).find())) {
        last = e.canonical(); // not "police in Palermo": where they are is not who speaks
      }
      if (!possessive
          && !onlyForGroup
          && !MODIFIER_AFTER.matcher(after).lookingAt()
          && !OBJECT_BEFORE.matcher(before).find()
          && !IN_RELATIVE.matcher(before).find()) {
        return e.canonical();
      }
    }
    return related ? null : last;
  }

  /**
   * The family a speaker phrase names by a person's name ("The Gray family", "lawyers acting for
   * the Gray family", "the family of Kimani Gray") as "Gray family", when every person the phrase
   * names is named only for the family: a family is not the person it is named for, often the
   * victim the story is about. Null otherwise ("Gray family lawyer Sanford Rubenstein" is
   * Rubenstein).
   */
  static String family(List<EntityMention> entities, Span speaker) {
    String text = speaker.text();
    String surname = null;
    for (EntityMention e : entities) {
      if (e.start() < speaker.start()
          || e.end() > speaker.end()
          || e.type() != EntityType.PERSON
          || PLATFORM_NAMES.contains(e.canonical())) {
        continue;
      }
      String before = text.substring(0, e.start() - speaker.start());
      String after = text.substring(e.end() - speaker.start());
      if (!FAMILY_AFTER.matcher(after).lookingAt() && !FAMILY_OF_BEFORE.matcher(before).find()) {
        return null; // someone named for themselves
      }
      String[] words = e.canonical().split("\\s+");
      surname = words[words.length - 1];
    }
    return surname == null ? null : surname + " family";
  }

  /** A family after the name that names it: "Gray family", "the Grigoropoulos families". */
  private static final Pattern FAMILY_AFTER = Pattern.compile("\\s+famil(?:y|ies)\\b");

  /** A family before the name that names it: "the family of". */
  private static final Pattern FAMILY_OF_BEFORE = Pattern.compile("\\bfamil(?:y|ies)\\s+of\\s+$");

  /**
   * Whether a mention is the one words were told to: "told NBC Philadelphia", "told the BBC". Only
   * the few characters before the name are read: a search from the text's start for each mention
   * made annotation a third slower.
   */
  private static boolean toldTo(String text, EntityMention e) {
    return text != null
        && TOLD_BEFORE
            .matcher(text)
            .region(Math.max(0, e.start() - 16), e.start())
            .useTransparentBounds(true)
            .find();
  }

  /** "told " (and "the ") right before a name. */
  private static final Pattern TOLD_BEFORE = Pattern.compile("\\btold\\s+(?:the\\s+)?$");

  /** The entity of a type that fits, mentioned most often before an offset; the latest on a tie. */
  static String prominent(
      List<EntityMention> entities, int before, EntityType type, Predicate<EntityMention> fits) {
    Map<String, Integer> counts = new HashMap<>();
    String best = null;
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      if (e.type() == type && !PLATFORM_NAMES.contains(e.canonical()) && fits.test(e)) {
        int n = counts.merge(e.canonical(), 1, Integer::sum);
        if (best == null || n >= counts.get(best)) {
          best = e.canonical();
        }
      }
    }
    return best;
  }

  private static String nextAfter(
      List<EntityMention> entities, int after, EntityType type, Predicate<EntityMention> fits) {
    for (EntityMention e : entities) {
      if (e.start() >= after
          && e.type() == type
          && !PLATFORM_NAMES.contains(e.canonical())
          && fits.test(e)) {
        return e.canonical();
      }
    }
    return null;
  }

  /**
   * The words that open a phrase for a body no name before it means: an indefinite article (group
   * 1), a quantifier, or a possessive ("her team").
   */
  private static final Pattern NOT_THE =
      Pattern.compile(
          "(?:(an?)|one|every|each|neither|either|any|some|another|no|many|most|several|both"
              + "|other|your|our|his|her|their|my|its)\\s");

  /**
   * The verb after an "it" that stands for no one ("It is hard to say", "it's worth noting", "it
   * seemed"): a copula, not a progressive ("It is asking the court" is a body's).
   */
  private static final Pattern EXPLETIVE_IT =
      Pattern.compile(
          "(?:['’]s|\\s+(?:is|was|would\\s+be|will\\s+be|has\\s+been|had\\s+been|seems|seemed"
              + "|appears|appeared|remains))\\s+(?!\\p{L}+ing\\b)");

  /** How far back a body named counts as named in the last few sentences, in characters. */
  private static final int RECENT = 250;

  /** How far after an indefinite phrase ("a company") the name it introduces may start. */
  private static final int NAMED_RIGHT_AFTER = 80;

  /** A speaker phrase that names an outlet by a noun: "the newspaper", "the British tabloid". */
  private static final Pattern MEDIA_PHRASE =
      Pattern.compile(
          "(?:the|an?) (?:[\\p{Ll}-]+ ){0,2}(?:" + OUTLET_NOUNS + "|news agency|wire service)");

  /**
   * Whether an organisation's name is an outlet's: a masthead's last word ("The Harbour Gazette",
   * "the Washington Post") or a news agency or broadcaster known by its letters.
   */
  static boolean isOutlet(String name) {
    return OUTLET_NAME.matcher(name).matches();
  }

  private static final Pattern OUTLET_NAME =
      Pattern.compile(
          ".*\\b(?:Times|Post|News|Journal|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle"
              + "|Observer|Magazine|Mail|Express|Inquirer|Examiner|Courier|Dispatch|Bulletin"
              + "|Recorder|Reporter|Register|Independent|Standard|Mirror|Monitor|Sentinel|Ledger"
              + "|Review|Record|Daily|Weekly|Press|Radio|Television|TV)"
              + "|Reuters|Bloomberg|AP|AFP|Associated Press|Agence France-Presse|CNN|BBC|NPR"
              + "|MSNBC|CNBC|CBS|NBC|ABC|Fox News|Al Jazeera|Politico|Axios|TMZ|UPI"
              + "|United Press International|Xinhua|Yonhap|Interfax|TASS|Kyodo|IRNA|ANSA|EFE");

  /** The last entity before an offset that passes a test, never a platform; null when none does. */
  private static String nearest(
      List<EntityMention> entities, int before, Predicate<EntityMention> wanted) {
    EntityMention found = nearestMention(entities, before, wanted);
    return found == null ? null : found.canonical();
  }

  /** The last mention before {@code before} that is wanted and no platform, or null. */
  static EntityMention nearestMention(
      List<EntityMention> entities, int before, Predicate<EntityMention> wanted) {
    EntityMention found = null;
    for (EntityMention e : entities) {
      if (e.start() >= before) {
        break;
      }
      if (!PLATFORM_NAMES.contains(e.canonical()) && wanted.test(e)) {
        found = e;
      }
    }
    return found;
  }

  /** A person whose first name does not contradict a pronoun of this gender. */
  static Predicate<EntityMention> person(NameGender.Gender pronoun) {
    return e -> e.type() == EntityType.PERSON && pronoun.agrees(NameGender.of(e.canonical()));
  }

  /**
   * Mentions of whom the text's titles do not say the other gender ({@link Antecedents#titled}):
   * "he" is never "Ms. Haley".
   */
  static Predicate<EntityMention> byTitle(
      NameGender.Gender pronoun, Map<String, NameGender.Gender> titled) {
    return e -> pronoun.agrees(titled.getOrDefault(e.canonical(), NameGender.Gender.UNKNOWN));
  }
}
