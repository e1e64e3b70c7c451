package org.dossier.annotate;

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
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Interviews and transcripts: a paragraph that opens with who speaks ("Q:", "A:", "TAPPER:",
 * "Thomas Malone:") holds that speaker's own words, one statement a turn, as a quotation holds
 * them. Without this, an interview's answers were a string of "I think …" statements whose "I" no
 * one was, and the interviewer's questions were nobody's.
 *
 * <p>A text is a transcript when at least two of its paragraphs open so and the labels name at
 * least two speakers, one of them a person the text names, one speaking twice (or "Q" and "A" both
 * stand after a line that says the text is an interview: a page of frequently asked questions is
 * the site's own answers): section labels ("Background:", "Results:") and a single "Trump: …"
 * headline are not turns. A label is a speaker when it is, or ends in the surname of, a person or
 * organisation the text names. The answers of "A:" are the person the text names most before the
 * first turn (the interviewee); the questions of "Q:" are left unresolved. The statements inside a
 * turn stay (PolNeAR's annotators marked them in one interview and the turns alone in another),
 * their "I" and "we" resolved to the turn's speaker ({@link OwnWords}).
 */
final class Turns {
  private Turns() {}

  /** Words a label may open with before the name: "The Economist:", "Mr Malone:", "Sen. Roe:". */
  private static final List<String> TITLE_WORDS =
      List.of("The", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Prof", "Gen");

  private static final Set<String> TITLES =
      Set.copyOf(TITLE_WORDS.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());

  /**
   * A paragraph's opening label: "Q:", "A.", "Question:", "JAKE TAPPER:", "Mr Malone:", "The
   * Economist:", and a remark in brackets after a name, which is not part of it ("TRUMP
   * (interrupting):", "SEN. JANE ROE (R-Texas):").
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?m)^[ \\t]*(?:(?<qa>Q(?=[:：.])|A(?=[:：.])|Question(?=[:：])|Answer(?=[:：]))"
              + "(?<qamark>[:：.])"
              + "|(?<name>(?:(?:"
              + String.join("|", TITLE_WORDS)
              + ")\\.?[ \\t]+)?"
              + "\\p{Lu}[\\p{L}'’\\-]*\\.?(?:[ \\t]+\\p{Lu}[\\p{L}'’\\-]*\\.?){0,3})"
              + "(?:[ \\t]*\\([^()\\n]{1,40}\\))?[ \\t]*(?<mark>[:：]))[ \\t]+(?=\\S)");

  /** Whether a question-and-answer label is an answer's: "A", "Answer". */
  private static boolean answer(Turn t) {
    return t.label().text().startsWith("A");
  }

  /** How a sentence ends: a turn's words do, a list's "Apple: $999" or a credit's do not. */
  private static final String SENTENCE_ENDS = ".!?…\"”’')";

  /** How an interview's introduction says it is one: "the edited transcript of the interview". */
  private static final Pattern INTERVIEW =
      Pattern.compile(
          "(?i)\\binterview(?:s|ed)?\\b|\\bQ ?& ?A\\b|questions and answers|\\b(?:spoke|talked|"
              + "speaks|talks) (?:with|to)\\b|\\bsat down with\\b|\\bin conversation\\b"
              + "|\\bconversation with\\b");

  /** Two words: a turn says something, a list's "Sanders: 1,547." gives a figure. */
  private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}\\W+\\p{L}{2,}");

  /** The longest label: a speaker's name, not a sentence that has a colon. */
  private static final int LONGEST_LABEL = 40;

  /**
   * Words of someone speaking to someone: a paragraph after a turn carries on the speaker's words
   * only with one of them; the writer's own comment between two excerpts ("The ads are too tough
   * huh?") has none.
   */
  private static final Pattern SPOKEN =
      Pattern.compile(
          "\\b(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|me|my|we|We|our|Our|us|you|You|your|Your)\\b");

  /** One labelled paragraph; {@code asks} when it ends in a question mark. */
  private record Turn(
      Span label, Span mark, int start, int end, String speaker, boolean qa, boolean asks) {}

  /**
   * The statements of a text, with each turn of a transcript as one statement of its speaker, and
   * the first person of the statements inside a turn ("I think …", "my staff cautioned me") as that
   * speaker.
   */
  static List<Quote> apply(String text, List<Quote> quotes, List<EntityMention> entities) {
    if (text.indexOf(':') < 0 && text.indexOf('：') < 0 && !text.contains("Q.")) {
      return quotes;
    }
    List<Turn> turns = turns(text, entities);
    if (turns.isEmpty()) {
      return quotes;
    }
    // Where the words were first said: an interview, when the text says it is one before its
    // first turn.
    String platform =
        INTERVIEW.matcher(text).region(0, turns.get(0).label().start()).find() ? "interview" : null;
    List<Quote> own = new ArrayList<>();
    for (Turn t : turns) {
      // A statement's content leaves out the full stop that ends it, as PolNeAR's does.
      int end =
          t.end() - 1 > t.start()
                  && text.charAt(t.end() - 1) == '.'
                  && text.charAt(t.end() - 2) != '.'
              ? t.end() - 1
              : t.end();
      own.add(
          new Quote(
              QuoteKind.DIRECT,
              new Span(text.substring(t.start(), end), t.start(), end),
              t.mark(),
              t.label(),
              t.speaker(),
              platform));
    }
    return OwnWords.replacing(quotes, own);
  }

  /** The turns of a transcript, or none when the text is not one. */
  private static List<Turn> turns(String text, List<EntityMention> entities) {
    List<Turn> found = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      int lineEnd = text.indexOf('\n', m.end());
      int end = trimmedEnd(text, m.end(), lineEnd < 0 ? text.length() : lineEnd);
      boolean qa = m.group("qa") != null;
      String group = qa ? "qa" : "name";
      String mark = qa ? "qamark" : "mark";
      if (m.end(group) - m.start(group) > LONGEST_LABEL) {
        continue;
      }
      Span label = new Span(m.group(group), m.start(group), m.end(group));
      Span colon = new Span(m.group(mark), m.start(mark), m.end(mark));
      String speaker = qa ? null : speaker(label, entities);
      if (!qa
          && (speaker == null
              || SENTENCE_ENDS.indexOf(text.charAt(end - 1)) < 0
              || !WORDS.matcher(text).region(m.end(), end).find())) {
        continue;
      }
      found.add(new Turn(label, colon, m.end(), end, speaker, qa, text.charAt(end - 1) == '?'));
    }
    List<Turn> turns = transcript(text, found, entities);
    return turns.isEmpty() ? turns : continued(text, turns, entities);
  }

  /** The turns that make a transcript: two speakers, one of them a person; or Q and A both. */
  private static List<Turn> transcript(
      String text, List<Turn> found, List<EntityMention> entities) {
    Set<String> persons = new HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON) {
        persons.add(e.canonical());
      }
    }
    List<Turn> named = new ArrayList<>();
    List<Turn> qa = new ArrayList<>();
    for (Turn t : found) {
      (t.qa() ? qa : named).add(t);
    }
    Map<String, Integer> speakers = new HashMap<>();
    boolean person = false;
    for (Turn t : named) {
      speakers.merge(t.speaker(), 1, Integer::sum);
      person |= persons.contains(t.speaker());
    }
    // Speakers take turns, one of them at least twice: two authors' addresses ("Dr. Dobkin: 441
    // Engineering 2, …") and a list of what each candidate needs ("Rubio: Finish second.") are no
    // exchange.
    boolean exchange = speakers.values().stream().anyMatch(n -> n >= 2);
    List<Turn> out = new ArrayList<>();
    if (named.size() >= 2 && speakers.size() >= 2 && person && exchange) {
      out.addAll(named);
    }
    boolean questions = qa.stream().anyMatch(t -> !answer(t));
    boolean answers = qa.stream().anyMatch(Turns::answer);
    int firstQa = qa.isEmpty() ? 0 : qa.get(0).label().start();
    // An interview says it is one before its first question; a page of frequently asked
    // questions is the site's own answers, no one's turns.
    if (questions && answers && INTERVIEW.matcher(text).region(0, firstQa).find()) {
      String interviewee = Speakers.prominent(entities, firstQa, EntityType.PERSON, e -> true);
      for (Turn t : qa) {
        out.add(
            answer(t)
                ? new Turn(t.label(), t.mark(), t.start(), t.end(), interviewee, true, t.asks())
                : t);
      }
    }
    out.sort(Comparator.comparingInt(Turn::start));
    return out;
  }

  /**
   * Each turn with the paragraphs after it that carry on its speaker's words: those before the next
   * turn that end as a sentence ends and speak to someone ({@link #SPOKEN}), up to the first that
   * does not (a stage direction in brackets, a heading, the writer's comment). When the turns ask
   * no question but a paragraph between them does, the questions are the unlabelled paragraphs (an
   * interviewer's, set in bold on the page), and no turn runs on.
   */
  private static List<Turn> continued(String text, List<Turn> turns, List<EntityMention> entities) {
    List<int[]> runs = new ArrayList<>();
    boolean unlabelledQuestion = false;
    boolean labelledQuestion = false;
    for (int i = 0; i < turns.size(); i++) {
      Turn t = turns.get(i);
      labelledQuestion |= t.asks();
      if (i + 1 < turns.size()) {
        int[] run = paragraphsBetween(text, t.end(), turns.get(i + 1).label().start());
        runs.add(run);
        unlabelledQuestion |= run[1] == 1;
      }
    }
    if (unlabelledQuestion && !labelledQuestion) {
      return turns;
    }
    List<Turn> out = new ArrayList<>(turns);
    int firstLine = text.indexOf('\n');
    for (int i = 0; i < runs.size(); i++) {
      Turn t = turns.get(i);
      int end = runs.get(i)[0];
      // A headline in the form "Name: words" is a line of its own, and a paragraph that names the
      // speaker speaks of them, not as them.
      if (end > t.end()
          && (firstLine < 0 || t.start() > firstLine)
          && !names(entities, t.speaker(), t.end(), end)) {
        out.set(i, new Turn(t.label(), t.mark(), t.start(), end, t.speaker(), t.qa(), t.asks()));
      }
    }
    return out;
  }

  /** Whether the text names {@code speaker} between {@code from} and {@code to}. */
  private static boolean names(List<EntityMention> entities, String speaker, int from, int to) {
    for (EntityMention e : entities) {
      if (e.start() >= from && e.end() <= to && e.canonical().equals(speaker)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paragraphs from {@code from} to {@code to}: where the leading run of them that end as
   * sentences end and speak to someone stops, and whether any of them asks a question (1).
   */
  private static int[] paragraphsBetween(String text, int from, int to) {
    int end = from;
    boolean running = true;
    boolean question = false;
    int at = from;
    while (at < to) {
      int lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      int e = trimmedEnd(text, at, lineEnd);
      int s = at;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      if (s < e) {
        char last = text.charAt(e - 1);
        question |= last == '?';
        char first = text.charAt(s);
        running &=
            SENTENCE_ENDS.indexOf(last) >= 0
                && first != '('
                && first != '['
                && SPOKEN.matcher(text).region(s, e).find();
        if (running) {
          end = e;
        }
      }
      at = lineEnd + 1;
    }
    return new int[] {end, question ? 1 : 0};
  }

  /**
   * Who a label or an account's name names: the person or organisation a name of the text in it
   * stands for, or the one person whose name ends in the label's last word ("FALLIN" for Mary
   * Fallin), or the label as written where a name of the text stands in part of it; null for a
   * label that names no one the text does.
   */
  static String speaker(Span label, List<EntityMention> entities) {
    String best = null;
    int bestLength = 0;
    for (EntityMention e : entities) {
      boolean body = e.type() == EntityType.PERSON || e.type() == EntityType.ORGANISATION;
      if (body
          && e.start() < label.end()
          && e.end() > label.start()
          && e.end() - e.start() > bestLength) {
        best = e.canonical();
        bestLength = e.end() - e.start();
      }
    }
    boolean whole = best != null && bestLength >= label.end() - label.start();
    if (whole && !inCapitals(best)) {
      return best;
    }
    // A label in capitals, or one the name tagger read in part ("MARTINEZ-BELTRAN" as "BELTRAN"),
    // is the one person whose name ends in its last word and holds its other names ("JAKE TAPPER"
    // is Jake Tapper, "Jo Berry" not Chuck Berry), written otherwise if the text does so
    // ("CLINTON" for Hillary Clinton), else as written.
    String[] words = label.text().split("[ \\t]+");
    String last = words[words.length - 1].replaceAll("\\.$", "");
    Set<String> named = new HashSet<>();
    Set<String> inCapitals = new HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON) {
        List<String> parts = List.of(e.canonical().toLowerCase(Locale.ROOT).split("\\s+"));
        boolean others = true;
        for (int i = 0; i + 1 < words.length; i++) {
          String w = words[i].toLowerCase(Locale.ROOT);
          // A title ("Sen.", "Mr") is no name of the person's.
          others &= w.endsWith(".") || TITLES.contains(w) || parts.contains(w);
        }
        if (parts.size() > 1 && parts.get(parts.size() - 1).equalsIgnoreCase(last) && others) {
          (inCapitals(e.canonical()) ? inCapitals : named).add(e.canonical());
        }
      }
    }
    if (named.size() == 1) {
      return named.iterator().next();
    }
    if (named.isEmpty() && inCapitals.size() == 1) {
      return inCapitals.iterator().next();
    }
    // A name the tagger read only in part is the fuller name as written: "The Economist", not
    // "Economist"; "Drew Mikkelsen", not "Mikkelsen".
    return best == null || whole ? best : label.text().strip();
  }

  private static boolean inCapitals(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT));
  }

  /** Where the text from {@code start} to {@code end} ends without its trailing whitespace. */
  static int trimmedEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
