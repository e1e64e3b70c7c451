package org.dossier.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Headlines;
import org.dossier.model.TextDates;

/**
 * Entity types and in-document linking: a short form (surname, "Ms Okafor", an unambiguous first
 * name, an organisation's short name or initials) takes the fullest name the text uses for it.
 */
final class Entities {
  private static final Pattern HONORIFIC =
      Pattern.compile(
          "^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Rev|Gen|Col|Capt|Sen|Rep|Gov"
              // Ireland's offices, which the taggers read as part of a name (English titles
              // such as "President" they leave out).
              + "|Taoiseach|T[aá]naiste)\\.?\\s+");

  /**
   * What an organisation's name is written with and is not its name: a leading "the", a legal form
   * at its end with the comma or the "&" before it ("Coinbase Global, Inc.", "Arthur J. Gallagher &
   * Co.", not "Coinbase Global," or "Arthur J. Gallagher &").
   */
  private static final Pattern ORG_NOISE =
      Pattern.compile(
          "(?i)^the\\s+|,?\\s+(?:&\\s+)?(?:inc|ltd|llc|plc|gmbh|ag|sa|co|corp|corporation)\\.?$");

  private Entities() {}

  /** Pronouns are not entities (CoreNLP's mention builder tags some as persons). */
  static final Set<String> PRONOUNS =
      Set.of(
          "he", "she", "they", "him", "her", "them", "his", "hers", "their", "it", "its", "i", "me",
          "my", "we", "us", "our", "you", "your");

  /**
   * The last word of a place the taggers read as a person, a surname before it: "Scarborough
   * Shoal", "Spratly Islands". Not "Bay", "Lake" or "Park", which are people's names too.
   */
  private static final Pattern PLACE_WORD =
      Pattern.compile(
          "\\b(?:Shoal|Shoals|Reef|Reefs|Island|Islands|Isles|Atoll|Archipelago|Strait|Straits|Sea"
              + "|Ocean|Gulf|Peninsula|Canyon|Glacier|Desert|Mountains|Harbour|Harbor|Fjord"
              + "|Lagoon|Plateau)$");

  /** Words that make a name an organisation whatever the tagger said ("Maison Verlaine"). */
  private static final Pattern ORG_WORD =
      Pattern.compile(
          "(?:^(?:Maison|House of|Groupe|Group|Bank of|University of|Ministry of|Department of)\\b)"
              + "|\\b(?:Inc|Ltd|LLC|plc|GmbH|AG|SA|Corp|Corporation|Company|Group|Bank|University"
              + "|Council|Ministry|Agency|Foundation|Association|Institute|Club|Party|Authority"
              + "|Commission|Committee|Studios?|Records|Media|News|Times|Post|Press)\\.?$");

  /**
   * A time zone's name, which the taggers read as an organisation ("all times Eastern Standard
   * Time", "Greenwich Mean Time", "Central European Summer Time").
   */
  private static final Pattern TIME_ZONE =
      Pattern.compile(
          "(?:\\p{Lu}\\p{L}+\\s+){0,3}(?:Standard|Daylight|Summer|Mean|Universal|Savings?|Eastern"
              + "|Central|Mountain|Pacific|Atlantic|European)\\s+Time");

  /** An office whose last word the taggers read as a name: "Secretary of State". */
  private static final Pattern OFFICE_BEFORE =
      Pattern.compile("(?i)\\bsecretar(?:y|ies)(?:-general)?\\s+of\\s+$");

  /**
   * A tagged name's span without a bracket it does not both open and close: "Luis Gerardo (Jerry)
   * Ortiz" tagged as "Jerry) Ortiz" is "Ortiz", the name after the nickname's bracket; a span that
   * opens a bracket and ends inside it keeps the words before it. Null when nothing of a name is
   * left.
   */
  static int[] withoutStrayBracket(String text, int start, int end) {
    int depth = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          // Closes what the span did not open: keep what follows, else what precedes.
          int[] after = trimmed(text, i + 1, end);
          return after != null
              ? withoutStrayBracket(text, after[0], after[1])
              : trimmed(text, start, i);
        }
        depth--;
      }
    }
    if (depth > 0) {
      int open = Math.max(text.lastIndexOf('(', end - 1), text.lastIndexOf('[', end - 1));
      int[] before = trimmed(text, start, open);
      return before != null ? before : trimmed(text, open + 1, end);
    }
    return new int[] {start, end};
  }

  /**
   * The prefixes of ships' names: navies' ("INS", "HMS", "USS") and merchant ships' ("MV", "M/V").
   */
  private static final String SHIP_PREFIX = "(INS|HMS|USS|USNS|USCGC|HMAS|HMCS|HMNZS|RMS|MV|M/V)";

  /** A ship's name: its prefix, then a capitalised word. */
  private static final Pattern SHIP = Pattern.compile(SHIP_PREFIX + "\\s+\\p{Lu}.*");

  /** A ship's prefix right before a name, which the taggers leave out ("INS [Tabar]"). */
  private static final Pattern SHIP_BEFORE =
      Pattern.compile("(?:^|[^\\p{L}/])" + SHIP_PREFIX + " $");

  /**
   * A tagged name's span with the ship's prefix right before it: the taggers read "INS Tabar" as a
   * person "Tabar", and a later "he" went to the frigate.
   */
  static int[] withShipPrefix(String text, int start, int end) {
    Matcher inside = SHIP_INSIDE.matcher(text.substring(start, end));
    if (inside.find()) {
      return new int[] {start + inside.start(1), end}; // "Ethiopian-flagged [MV Gibe]"
    }
    int from = Math.max(0, start - 8);
    Matcher m = SHIP_BEFORE.matcher(text.substring(from, start));
    return m.find() ? new int[] {from + m.start(1), end} : new int[] {start, end};
  }

  /** A ship's prefix after a description inside a tagged name: "Ethiopian-flagged MV Gibe". */
  private static final Pattern SHIP_INSIDE = Pattern.compile("\\s" + SHIP_PREFIX + "\\s+\\p{Lu}");

  /**
   * The mentions with a one-word person that is the last word of a ship the text named ("INS Tabar
   * … Tabar") made that ship.
   */
  static List<EntityMention> shipsByName(List<EntityMention> mentions) {
    Map<String, String> ships = new HashMap<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.OTHER && ship(m.text())) {
        String name = m.text().strip();
        ships.put(name.substring(name.lastIndexOf(' ') + 1), name);
      }
    }
    if (ships.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String ship = ships.get(m.text().strip());
      out.add(
          ship == null
              ? m
              : new EntityMention(m.text(), EntityType.OTHER, m.start(), m.end(), ship));
    }
    return out;
  }

  /** Whether a name is a ship's: "INS Sukanya", "MV Gibe". */
  static boolean ship(String written) {
    return SHIP.matcher(written.strip()).matches();
  }

  /** A span without white space and punctuation at its ends, or null when nothing is left. */
  private static int[] trimmed(String text, int start, int end) {
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start
        && !Character.isLetterOrDigit(text.charAt(end - 1))
        && text.charAt(end - 1) != '.') {
      end--;
    }
    return start < end ? new int[] {start, end} : null;
  }

  /**
   * Whether a tagged name is the last word of an office's title ("Massachusetts Secretary of State
   * William Galvin", where the tagger reads "State" as an organisation): no entity.
   */
  static boolean partOfATitle(String text, int start, String written) {
    return written.equals("State")
        && OFFICE_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find();
  }

  /**
   * Where the text's first paragraph ends when it is a headline in title case ("Lindsay Lohan
   * Checks Into Betty Ford Clinic"), else -1. The taggers read such a line as one long name; a
   * headline in sentence case is read as any sentence is.
   */
  static int titleCaseHeadlineEnd(String text) {
    int end = text.indexOf("\n\n");
    // Every long word capitalised: a sentence full of names is no headline in title case.
    return end >= 0 && end <= 300 && Headlines.titleCase(text.substring(0, end), 1.0) ? end : -1;
  }

  /**
   * Whether a name tagged in a headline in title case ({@code headlineEnd}, from {@link
   * #titleCaseHeadlineEnd}) is missing from the rest of the text: capitals there mark words, not
   * names, and a name the article is about is written again below its headline.
   */
  static boolean onlyInAHeadline(String text, int headlineEnd, int end, String written) {
    if (headlineEnd < 0 || end > headlineEnd) {
      return false;
    }
    int at = text.indexOf(written, headlineEnd);
    while (at >= 0) {
      int after = at + written.length();
      boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean wordEnd = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
      if (wordStart && wordEnd) {
        return false;
      }
      at = text.indexOf(written, at + 1);
    }
    return true;
  }

  static EntityType type(String nerTag, String text) {
    String tag = nerTag == null ? "" : nerTag;
    if (TIME_ZONE.matcher(text.strip()).matches()) {
      return null;
    }
    if (ship(text)) {
      return EntityType.OTHER; // a ship is no person or organisation
    }
    if ((tag.equals("PERSON") || tag.equals("MISC")) && ORG_WORD.matcher(text.strip()).find()) {
      return EntityType.ORGANISATION;
    }
    if (tag.equals("PERSON") && PLACE_WORD.matcher(text.strip()).find()) {
      return EntityType.LOCATION; // "Scarborough Shoal": a surname before a feature of the land
    }
    return switch (tag) {
      case "PERSON" -> EntityType.PERSON;
      case "ORGANIZATION" -> EntityType.ORGANISATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> EntityType.LOCATION;
      case "MISC" -> EntityType.OTHER;
      default -> null;
    };
  }

  /** An organisation's common noun in lower case at a phrase's end: "Lyon-founded house". */
  private static final Pattern COMMON_NOUN_END =
      Pattern.compile("\\s(?:" + Speakers.ORG_NOUNS + ")$");

  /**
   * Whether a tagged name is a description that ends in an organisation's common noun
   * ("Lyon-founded house", "French fashion house"): no name, and a speaker phrase of its kind names
   * the organisation the text is about.
   */
  static boolean commonNounPhrase(String written) {
    return COMMON_NOUN_END.matcher(written.strip()).find();
  }

  /**
   * The mentions with the surnames the tagger left untagged added as persons: a capitalised word
   * that is the last word of a person's full name the text gave before it ("Steve Jobs … Jobs, 55,
   * has taken leave", "Tim Cook … Cook said"), where the word is also a common noun the tagger
   * reads as one. At a sentence's start the word counts only before a verb, a comma or a
   * possessive.
   *
   * @param text the text the offsets count in
   * @param tokens the text's tokens, sentence by sentence: word, part of speech and offsets
   */
  static List<EntityMention> withUntaggedSurnames(
      String text, List<EntityMention> mentions, List<List<Word>> tokens) {
    Map<String, Integer> surnameSince = new HashMap<>();
    for (EntityMention m : mentions) {
      String[] words = bare(m).split(" ");
      String last = words[words.length - 1];
      if (m.type() == EntityType.PERSON
          && words.length >= 2
          && last.length() > 1
          && Character.isUpperCase(last.charAt(0))
          && !TextDates.CALENDAR_NAMES.contains(last.toLowerCase(Locale.ROOT))) { // not "May"
        surnameSince.merge(last, m.end(), Math::min);
      }
    }
    if (surnameSince.isEmpty()) {
      return mentions;
    }
    List<EntityMention> out = new ArrayList<>(mentions);
    int next = 0; // mentions are in text order: the first that may overlap the token
    for (List<Word> sentence : tokens) {
      for (int i = 0; i < sentence.size(); i++) {
        Word w = sentence.get(i);
        Integer since = surnameSince.get(w.word());
        if (since == null || w.start() < since) {
          continue;
        }
        if (i == 0) {
          String after = i + 1 < sentence.size() ? sentence.get(i + 1).pos() : "";
          String afterWord = i + 1 < sentence.size() ? sentence.get(i + 1).word() : "";
          // A person takes a singular verb: "Jobs said", not "Jobs are scarce".
          if (!SINGULAR_AFTER.contains(after) && !afterWord.equals(",")) {
            continue;
          }
        }
        while (next < mentions.size() && mentions.get(next).end() <= w.start()) {
          next++;
        }
        boolean inside = next < mentions.size() && mentions.get(next).start() < w.end();
        if (!inside) {
          // The text's own characters: a tokenizer drops soft hyphens and the like from a word.
          out.add(
              new EntityMention(
                  text.substring(w.start(), w.end()), EntityType.PERSON, w.start(), w.end(), null));
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The tags after a sentence's first word that make it a person's surname there. */
  private static final Set<String> SINGULAR_AFTER = Set.of("VBD", "VBZ", "MD", "POS");

  /** A token as {@link #withUntaggedSurnames} reads it. */
  record Word(String word, String pos, int start, int end) {}

  /**
   * A person mention that is two people's names run together ("Theresa May Trump", where the text
   * names Theresa May and Trump apart too) as two mentions.
   */
  static List<EntityMention> splitJoinedNames(List<EntityMention> mentions) {
    Set<String> people = new LinkedHashSet<>();
    Set<String> surnames = new LinkedHashSet<>();
    for (EntityMention m : mentions) {
      if (m.type() == EntityType.PERSON) {
        String name = bare(m);
        people.add(name);
        String[] words = name.split(" ");
        if (words.length <= 2) {
          surnames.add(words[words.length - 1]);
        }
      }
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String[] words = m.text().split(" ");
      int cut = -1;
      if (m.type() == EntityType.PERSON && words.length >= 3 && m.text().equals(bare(m))) {
        for (int k = words.length - 1; k >= 2 && cut < 0; k--) {
          String head = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
          String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
          boolean restKnown =
              people.contains(rest) || (rest.indexOf(' ') < 0 && surnames.contains(rest));
          if (people.contains(head) && restKnown && !head.endsWith(rest)) {
            cut = head.length();
          }
        }
      }
      if (cut < 0) {
        out.add(m);
        continue;
      }
      out.add(
          new EntityMention(
              m.text().substring(0, cut), EntityType.PERSON, m.start(), m.start() + cut, null));
      int restStart = m.start() + cut + 1;
      out.add(
          new EntityMention(
              m.text().substring(cut + 1), EntityType.PERSON, restStart, m.end(), null));
    }
    return out;
  }

  /** The mentions with {@code canonical} set; order and offsets unchanged. */
  static List<EntityMention> link(List<EntityMention> mentions) {
    // Every form the text uses, for short forms to be matched against.
    Set<String> people = new LinkedHashSet<>();
    List<String> orgs = new ArrayList<>();
    for (EntityMention m : mentions) {
      String name = bare(m);
      if (m.type() == EntityType.PERSON) {
        people.add(name);
      } else if (m.type() == EntityType.ORGANISATION) {
        orgs.add(name);
      }
    }
    List<EntityMention> out = new ArrayList<>(mentions.size());
    // Where each person's full name is first (mentions may come in any order: surnames found
    // apart are added at the end).
    Map<String, Integer> namedInFull = new HashMap<>();
    for (EntityMention m : mentions) {
      String name = bare(m);
      if (m.type() == EntityType.PERSON && name.contains(" ")) {
        namedInFull.merge(name, m.start(), Math::min);
      }
    }
    for (EntityMention m : mentions) {
      String name = bare(m);
      if (m.type() == EntityType.PERSON
          && !name.contains(" ")
          && !personNamedBefore(name, m.start(), namedInFull)) {
        // "Verlaine" after "Maison Verlaine": the tagger's person is the organisation's short name
        // (but "Canova" after "Tim Canova" stays his, whatever "Canova T-Shirt" was tagged).
        for (String org : orgs) {
          if ((" " + org + " ").contains(" " + name + " ")) {
            out.add(
                new EntityMention(
                    m.text(),
                    EntityType.ORGANISATION,
                    m.start(),
                    m.end(),
                    organisation(org, orgs)));
            name = null;
            break;
          }
        }
        if (name == null) {
          continue;
        }
      }
      String named =
          m.type() == EntityType.ORGANISATION
                  && !name.contains(" ")
                  && personNamedBefore(name, m.start(), namedInFull)
              ? person(name, people)
              : null;
      if (named != null && named.contains(" ")) {
        // "Rep. Chris Collins, R-NY, says …. Collins says": a paragraph's first word before a verb
        // is often tagged an organisation; after a person named in full with that surname it is
        // that person ("Ford" after "Phil Ford", "a Kloppenburg victory"), when the surname is one
        // person's (two of that name leave it as the tagger had it: a surname alone, whose gender
        // no first name tells, would draw every "he" and "she" near it).
        out.add(new EntityMention(m.text(), EntityType.PERSON, m.start(), m.end(), named));
        continue;
      }
      String canonical =
          switch (m.type()) {
            case PERSON -> person(name, people);
            case ORGANISATION -> organisation(name, orgs);
            default -> name;
          };
      out.add(new EntityMention(m.text(), m.type(), m.start(), m.end(), canonical));
    }
    return out;
  }

  private static final Pattern AMPERSAND_AFTER =
      Pattern.compile("^\\s*&\\s*(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");
  private static final Pattern AMPERSAND_BEFORE =
      Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*&\\s*$");

  /**
   * Names joined by "&" ("Procter & Gamble", "Dolce & Gabbana", a photographer duo) as one mention:
   * two tagged halves are joined, and a capitalised half the tagger missed is taken in. The joined
   * name is an organisation when either half was one, else it keeps the first half's type.
   */
  static List<EntityMention> joinAmpersands(List<EntityMention> mentions, String text) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      int start = m.start();
      int end = m.end();
      EntityType type = m.type();
      if (end > text.length() || start < 0) {
        out.add(m);
        continue;
      }
      Matcher after = AMPERSAND_AFTER.matcher(text).region(end, Math.min(text.length(), end + 80));
      if (after.lookingAt()) {
        EntityMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
        if (next != null && next.start() == after.start(1)) {
          end = next.end();
          type = joinedType(type, next.type());
          i++;
        } else if (next == null || next.start() >= after.end(1)) {
          end = after.end(1);
        }
      }
      EntityMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      Matcher before = AMPERSAND_BEFORE.matcher(text).region(Math.max(0, start - 80), start);
      if (before.find() && (previous == null || previous.end() <= before.start(1))) {
        start = before.start(1);
      }
      out.add(
          start == m.start() && end == m.end()
              ? m
              : new EntityMention(text.substring(start, end), type, start, end, null));
    }
    return out;
  }

  private static EntityType joinedType(EntityType a, EntityType b) {
    return a == EntityType.ORGANISATION || b == EntityType.ORGANISATION
        ? EntityType.ORGANISATION
        : a;
  }

  /** The mention without honorific, possessive or surrounding space. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  static String bare(EntityMention m) {
    // A no-break space is a space in a name: "James&nbsp;Comey" is "James Comey", whose "Comey"
    // links.
    String s = SPACES.matcher(m.text()).replaceAll(" ").strip();
    s = s.replaceAll("['’]s$", "");
    if (m.type() == EntityType.PERSON) {
      s = HONORIFIC.matcher(s).replaceFirst("");
    }
    return s;
  }

  /** Whether a person named in full before {@code at} has this surname. */
  private static boolean personNamedBefore(
      String surname, int at, Map<String, Integer> namedInFull) {
    for (Map.Entry<String, Integer> e : namedInFull.entrySet()) {
      if (e.getValue() < at && withoutSuffix(e.getKey()).endsWith(" " + surname)) {
        return true;
      }
    }
    return false;
  }

  private static String person(String name, Iterable<String> names) {
    String linked = person(name, names, false);
    // "Harris" of "Harry B. Harris Jr.": the surname before a suffix, when no name ends with it
    // ("Trump" beside "Donald J. Trump" and "Donald Trump Jr." is the father).
    return linked.equals(name) ? person(name, names, true) : linked;
  }

  private static String person(String name, Iterable<String> names, boolean beforeSuffix) {
    String[] words = name.split(" ");
    String best = name;
    String own = withoutInitials(name);
    Set<String> people = new HashSet<>();
    for (String full : names) {
      if (full.equals(name) || full.length() <= name.length()) {
        continue;
      }
      String bare = beforeSuffix ? withoutSuffix(full) : full;
      String[] fw = bare.split(" ");
      boolean surname = words.length == 1 && fw[fw.length - 1].equals(words[0]);
      boolean tail = bare.endsWith(" " + name);
      boolean first = words.length == 1 && fw[0].equals(words[0]);
      // "Donald Trump" beside "Donald J. Trump": the same name with a middle initial.
      String person = withoutInitials(full);
      boolean initialled = own.indexOf(' ') > 0 && own.equals(person);
      if (surname || tail || first || initialled) {
        if (full.length() > best.length()) {
          best = full;
        }
        people.add(person);
      }
    }
    // A first name or surname shared by two people (two sisters) is ambiguous: it stays as written.
    // One person's name written with and without a middle initial is one person.
    return people.size() == 1 ? best : name;
  }

  /** A generation's suffix of a name: "Jr.", "Sr", "III". */
  static final String SUFFIX_WORD = "(?:(?:Jr|Sr)\\.?|II|III|IV)";

  /** A generation's suffix at a name's end, with the comma before it: " Jr.", ", Sr.", " III". */
  private static final Pattern SUFFIX = Pattern.compile(",?\\s+" + SUFFIX_WORD + "$");

  /** A person's name without a generation's suffix: "Harry B. Harris Jr." is "Harry B. Harris". */
  static String withoutSuffix(String name) {
    if (!name.endsWith(".") && !name.endsWith("r") && !name.endsWith("I") && !name.endsWith("V")) {
      return name; // asked of every pair of names: most end otherwise
    }
    return SUFFIX.matcher(name).replaceFirst("");
  }

  /**
   * A name without its middle initials, a capital alone or with a full stop between two words:
   * "Donald J. Trump" is "Donald Trump", "George W Bush" "George Bush". Written out rather than as
   * a pattern, since the linker asks it of every pair of names.
   */
  static String withoutInitials(String name) {
    StringBuilder out = null;
    int i = name.indexOf(' ');
    int kept = 0;
    while (i >= 0) {
      int next = name.indexOf(' ', i + 1);
      int length = next - i - 1;
      if (next > 0
          && (length == 1 || (length == 2 && name.charAt(i + 2) == '.'))
          && Character.isUpperCase(name.charAt(i + 1))) {
        if (out == null) {
          out = new StringBuilder(name.length());
        }
        out.append(name, kept, i);
        kept = next;
      }
      i = next;
    }
    return out == null ? name : out.append(name, kept, name.length()).toString();
  }

  /**
   * The fullest name the text gives an organisation: its initials spelt out ("NOYB" for "None of
   * Your Business"), or a longer name of the same body. A longer name is the same body only when it
   * ends with the short one ("the Colts" of the "Indianapolis Colts", the "Times" of the "New York
   * Times", the "Senate" of the "U.S. Senate") or adds only words of a company's or a party's kind
   * to it ("Valeant Pharmaceuticals International", "CVS Health", "Republican Party", "TallGrass
   * Distribution", "Bloomington Police Department"). A name that goes on with other words is
   * another body, a product or a part of the first: "Google Analytics", "Microsoft Security
   * Response Alliance", "Amazon Web Services", "Python Packaging Authority"; and so is the "White
   * House" of the "House". Of several, the one the text named first.
   */
  private static String organisation(String name, List<String> orgs) {
    String key = ORG_NOISE.matcher(name).replaceAll("");
    for (String full : orgs) {
      String fk = ORG_NOISE.matcher(full).replaceAll("");
      if (fk.length() <= key.length()) {
        continue;
      }
      boolean acronym =
          key.length() >= 2 && key.equals(key.toUpperCase(Locale.ROOT)) && initials(fk).equals(key);
      if (acronym || sameBody(key, fk)) {
        return fk;
      }
    }
    return key;
  }

  /**
   * Words that name a company's, a party's or an institution's kind after its name: "Partners",
   * "Health", "Distribution", "Department", "University".
   */
  private static final Set<String> KIND_WORDS =
      Set.of(
          "party",
          "partners",
          "group",
          "holdings",
          "health",
          "healthcare",
          "insurance",
          "international",
          "global",
          "inc",
          "corp",
          "corporation",
          "company",
          "co",
          "ltd",
          "llc",
          "plc",
          "news",
          "pharmaceuticals",
          "airlines",
          "airways",
          "motors",
          "industries",
          "technologies",
          "financial",
          "capital",
          "media",
          "entertainment",
          "communications",
          "energy",
          "foods",
          "brands",
          "enterprises",
          "networks",
          "newspapers",
          "magazine",
          "distribution",
          "manufacturing",
          "logistics",
          "solutions",
          "services",
          "department",
          "university",
          "college");

  /** Words before a short name that make another body of it: the "White House". */
  private static final Set<String> OTHER_BODY = Set.of("White");

  /** Whether a longer name {@code full} is the body that {@code key} names. */
  private static boolean sameBody(String key, String full) {
    if (full.endsWith(" " + key)) {
      // Names before it, as a place or a body gives them ("New York", "U.S."), not a phrase
      // ("Edison Research for the Associated Press").
      String before = full.substring(0, full.length() - key.length()).strip();
      for (String w : before.split("\\s+")) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
      }
      return !OTHER_BODY.contains(before.substring(before.lastIndexOf(' ') + 1));
    }
    if (!full.startsWith(key + " ")) {
      return false;
    }
    for (String w : full.substring(key.length() + 1).split("\\s+")) {
      if (!KIND_WORDS.contains(w.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }
}
