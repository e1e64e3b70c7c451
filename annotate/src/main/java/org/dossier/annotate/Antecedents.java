package org.dossier.annotate;

import static org.dossier.annotate.NameGender.Gender.UNKNOWN;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;

/**
 * Whom a speaker "he" or "she" means when the person named nearest before it is not the one the
 * text is about: the subject of the sentence before, not a name in its object or in a phrase after
 * a preposition. "He secretly helped reporters Bob Woodward and Carl Bernstein. It was 34 years
 * before he finally broke cover" is the man the paragraph is about, whom the first "he" already
 * meant; "LaRue said President Nixon had not been told. He cited …" is LaRue.
 *
 * <p>Only speakers that {@link Speakers} resolved to the nearest person (and not to the speaker of
 * the statement before, whose words go on) are read again. A person named earlier in the pronoun's
 * own sentence in subject position stays the answer, a possessive there too ("When Frederick
 * LaRue's name started appearing …, he told"). One in an object of that sentence counts only when
 * no sentence before names anyone ("Timmons pulled the trigger" is not who testified), one after a
 * preposition never ("during her interview with Winfrey she spoke"). The sentences before are read
 * back, up to {@link #SENTENCES_BACK}, and in the first that holds a person or a "he" or "she" the
 * pronoun can mean, its first such word in subject position is chosen (a pronoun always is; a name
 * is when no preposition, verb, "to" or conjunction comes before it, past the words of its own
 * phrase, or a verb follows it, and no "'s" does), else its first not after a preposition, else its
 * first. A "he" chosen so means whom it means in turn. Names and pronouns inside quotation marks do
 * not count; when nothing read names anyone, the speaker stays as it was.
 */
final class Antecedents {
  private Antecedents() {}

  /** How many sentences before the pronoun's own are read for whom it means. */
  static final int SENTENCES_BACK = 3;

  /** How far a chain of pronouns is followed back ("he … he … he …"). */
  private static final int CHAIN = 12;

  /** How many words of a name's own phrase are passed over on the way to what stands before it. */
  private static final int PHRASE_WORDS = 6;

  /** Tags of the words a name's phrase may begin with: "the famous FBI director Herbert Hoover". */
  private static final Set<String> PHRASE_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "HYPH");

  /**
   * A word seen as a candidate: a person's name, or a "he" or "she" (always a subject).
   *
   * @param subject no preposition, verb, "to" or conjunction stands before it, and no "'s" after it
   * @param embedded a preposition or "to" stands before it: "an interview with Winfrey"
   * @param leading as {@code subject}, a possessive too: "When Frederick LaRue's name …, he told"
   */
  private record Candidate(
      int start, EntityMention name, boolean subject, boolean embedded, boolean leading) {}

  /**
   * The statements with their "he" and "she" speakers read again as above.
   *
   * @param text the text the offsets count in
   * @param quotes the statements, as {@link Speakers} resolved them
   * @param all the text's names
   * @param sentences CoreNLP's sentences, with their tokens' offsets and part-of-speech tags
   */
  static List<Quote> resolve(
      String text, List<Quote> quotes, List<EntityMention> all, List<CoreMap> sentences) {
    if (sentences == null || sentences.isEmpty()) {
      return quotes;
    }
    List<Quote> inOrder = new ArrayList<>(quotes);
    inOrder.removeIf(q -> q.speaker() == null);
    if (inOrder.stream().noneMatch(q -> NameGender.ofPronoun(q.speaker().text()) != UNKNOWN)) {
      return quotes;
    }
    inOrder.sort(Comparator.comparingInt(q -> q.speaker().start()));
    List<int[]> marks = QuoteMarks.find(text);
    List<EntityMention> entities = Quotes.outsideQuotes(marks, all);
    Antecedents.Reader reader = null;
    Map<Quote, String> changed = new HashMap<>();
    String previous = null;
    Map<String, NameGender.Gender> titled = titled(text, entities);
    for (Quote q : inOrder) {
      NameGender.Gender gender = NameGender.ofPronoun(q.speaker().text());
      String resolved = q.speakerResolved();
      if (gender != UNKNOWN && resolved != null && !resolved.equals(previous)) {
        // The person Speakers gave it when nobody spoke just before.
        EntityMention near =
            Speakers.nearestMention(
                entities,
                q.speaker().start(),
                Speakers.person(gender).and(Speakers.byTitle(gender, titled)));
        if (near != null && near.canonical().equals(resolved)) {
          if (reader == null) {
            reader = new Reader(entities, sentences, marks, titled);
          }
          String salient = reader.meant(q.speaker().start(), gender, 0);
          if (salient != null && !salient.equals(resolved)) {
            changed.put(q, salient);
            resolved = salient;
          }
        }
      }
      if (resolved != null) {
        previous = resolved;
      }
    }
    return Speakers.withSpeakers(quotes, changed);
  }

  /**
   * The gender the text's titles give each person it names: the title right before any mention
   * ("Mrs. Clinton", "Prince Harry" where the name is only "Harry"); a person titled both ways, or
   * never, is absent.
   */
  static Map<String, NameGender.Gender> titled(String text, List<EntityMention> entities) {
    Map<String, NameGender.Gender> out = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      Matcher m = TITLE_BEFORE.matcher(text.substring(Math.max(0, e.start() - 12), e.start()));
      String title =
          e.text().contains(" ")
              ? e.text().substring(0, e.text().indexOf(' ')).replace(".", "")
              : null;
      NameGender.Gender g =
          m.find()
              ? NameGender.TITLES.get(m.group(1).toLowerCase(Locale.ROOT))
              : title == null ? null : NameGender.TITLES.get(title.toLowerCase(Locale.ROOT));
      if (g == null) {
        continue;
      }
      NameGender.Gender had = out.putIfAbsent(e.canonical(), g);
      if (had != null && had != g) {
        both.add(e.canonical());
      }
    }
    both.forEach(out::remove);
    return out;
  }

  /** A title, capitalised, right before a mention: "Mrs. ", "Prince ". */
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "\\b("
              + String.join(
                  "|",
                  NameGender.TITLES.keySet().stream()
                      .map(t -> Character.toUpperCase(t.charAt(0)) + t.substring(1))
                      .toList())
              + ")\\.?\\s+$");

  /** One text's sentences and tokens, read for the persons its pronouns mean. */
  private static final class Reader {
    private final List<EntityMention> entities;
    private final List<CoreMap> sentences;
    private final List<int[]> marks;
    private final Map<String, NameGender.Gender> titled;
    private final Map<Integer, String> meant = new HashMap<>();

    Reader(
        List<EntityMention> entities,
        List<CoreMap> sentences,
        List<int[]> marks,
        Map<String, NameGender.Gender> titled) {
      this.entities = entities;
      this.sentences = sentences;
      this.marks = marks;
      this.titled = titled;
    }

    /** Whether a pronoun of this gender can mean the person: by first name, else by title. */
    private boolean agrees(EntityMention e, NameGender.Gender gender) {
      NameGender.Gender byTitle = titled.get(e.canonical());
      return Speakers.person(gender).test(e) && (byTitle == null || gender.agrees(byTitle));
    }

    /** Whom the pronoun at {@code at} means, or null when no sentence read names anyone. */
    String meant(int at, NameGender.Gender gender, int depth) {
      if (depth > CHAIN) {
        return null;
      }
      Integer key = at;
      if (meant.containsKey(key)) {
        return meant.get(key);
      }
      meant.put(key, null); // a chain never comes back to where it started
      String found = null;
      int s = sentenceOf(at);
      if (s >= 0) {
        List<Candidate> own = candidates(s, gender, at);
        own.removeIf(Candidate::embedded);
        Candidate subject = null;
        for (int k = own.size() - 1; k >= 0 && subject == null; k--) {
          subject = own.get(k).leading() ? own.get(k) : null;
        }
        if (subject != null) {
          found = whom(subject, gender, depth);
        } else {
          boolean named = false; // whether a sentence before names someone the pronoun can mean
          for (int k = s - 1; k >= 0 && k >= s - SENTENCES_BACK && !named; k--) {
            List<Candidate> before = candidates(k, gender, Integer.MAX_VALUE);
            if (before.isEmpty()) {
              continue;
            }
            named = true;
            Candidate chosen =
                before.stream()
                    .filter(Candidate::subject)
                    .findFirst()
                    .orElse(
                        before.stream()
                            .filter(c -> !c.embedded())
                            .findFirst()
                            .orElse(before.get(0)));
            found = whom(chosen, gender, depth);
          }
          if (!named && !own.isEmpty()) {
            // "Taking Archie outside is his favorite activity, he said": a person in the object
            // of the pronoun's own sentence only when no sentence before names anyone.
            found = whom(own.get(own.size() - 1), gender, depth);
          }
        }
      }
      meant.put(key, found);
      return found;
    }

    private String whom(Candidate c, NameGender.Gender gender, int depth) {
      return c.name() != null ? c.name().canonical() : meant(c.start(), gender, depth + 1);
    }

    private int sentenceOf(int at) {
      for (int i = 0; i < sentences.size(); i++) {
        List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
        if (tokens.isEmpty()) {
          continue;
        }
        if (at >= tokens.get(0).beginPosition()
            && at < tokens.get(tokens.size() - 1).endPosition()) {
          return i;
        }
      }
      return -1;
    }

    /** The persons and pronouns of sentence {@code s} before {@code before}, in order. */
    private List<Candidate> candidates(int s, NameGender.Gender gender, int before) {
      List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
      List<Candidate> out = new ArrayList<>();
      if (tokens.isEmpty()) {
        return out;
      }
      int to = Math.min(before, tokens.get(tokens.size() - 1).endPosition());
      int e = 0;
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        int start = t.beginPosition();
        if (start >= to) {
          break;
        }
        while (e < entities.size() && entities.get(e).start() < start) {
          e++;
        }
        EntityMention name =
            e < entities.size() && entities.get(e).start() == start ? entities.get(e) : null;
        if (name != null && agrees(name, gender)) {
          String preceding = before(tokens, i);
          String following = after(tokens, i, name.end());
          // "After Kathina was shot": a name before its verb is its clause's subject, whatever
          // comes before it; "Princess Diana's landmark interview" is no subject.
          boolean clause = following.startsWith("VB") || following.equals("MD");
          boolean leading = clause || subject(preceding);
          out.add(
              new Candidate(
                  start,
                  name,
                  leading && !following.equals("POS"),
                  !clause && embedded(preceding),
                  leading));
        } else if (name == null
            && NameGender.ofPronoun(t.word().toLowerCase(Locale.ROOT)) == gender
            && gender != NameGender.Gender.UNKNOWN
            && !inQuote(start)) {
          out.add(new Candidate(start, null, true, false, true));
        }
      }
      return out;
    }

    private boolean inQuote(int at) {
      for (int[] q : marks) {
        if (q[0] < at && at < q[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * What stands before the phrase of the name whose first word is at {@code i}, past the words of
   * the phrase ("of the famous FBI director Herbert Hoover"): a Penn Treebank tag, "that" for that
   * word, or "" at the sentence's start.
   */
  static String before(List<CoreLabel> tokens, int i) {
    int j = i - 1;
    for (int n = 0; j >= 0 && n < PHRASE_WORDS && PHRASE_TAGS.contains(tag(tokens.get(j))); n++) {
      j--;
    }
    if (j < 0) {
      return "";
    }
    CoreLabel t = tokens.get(j);
    return t.word().equalsIgnoreCase("that") ? "that" : tag(t);
  }

  /**
   * The tag of the word after the name that ends at {@code end} (its first word at {@code i}), past
   * adverbs ("Ortiz usually partnered"), or "" at the sentence's end.
   */
  static String after(List<CoreLabel> tokens, int i, int end) {
    int j = i;
    while (j < tokens.size() && tokens.get(j).beginPosition() < end) {
      j++;
    }
    while (j < tokens.size() && tag(tokens.get(j)).startsWith("RB")) {
      j++;
    }
    return j < tokens.size() ? tag(tokens.get(j)) : "";
  }

  /** Whether a name after this stands where a subject does: no preposition, verb or "and". */
  static boolean subject(String before) {
    return !(embedded(before)
        || before.startsWith("VB")
        || before.equals("CC")
        || before.equals("MD"));
  }

  /** Whether a name after this stands in a phrase of a preposition or "to". */
  static boolean embedded(String before) {
    return before.equals("IN") || before.equals("TO");
  }

  private static String tag(CoreLabel t) {
    String tag = t.tag();
    return tag == null ? "" : tag;
  }
}
