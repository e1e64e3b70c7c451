package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.Attributions.Chunk;
import org.dossier.model.Quote;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * The words of a source span that name who spoke: a source inside a relative clause is its pronoun,
 * which stands for the noun phrase before it; a source run across a clause's start is what follows
 * that start; and a span of times, platforms, function words, a clause of its own or the inside of
 * brackets names no one.
 */
final class SpeakerSpans {
  private SpeakerSpans() {}

  /** Months, weekdays, "today" and its kin, and platforms: never a speaker. */
  private static boolean neverASpeaker(String lower) {
    return Speakers.aTime(lower)
        || Speakers.PLATFORM_NAMES.stream().anyMatch(p -> p.equalsIgnoreCase(lower));
  }

  private static final Set<String> RELATIVE = Set.of("who", "which", "that");

  /** The parts of speech of a noun phrase's words: "its Tuesday editions", "ESPN AM 570". */
  static final Set<String> NOUN_PHRASE_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD");

  /**
   * A source the model found inside a relative clause is a word of that clause, not who spoke: in
   * "The singer, who had criticised the campaign in 2024, said …" the speaker is "who", which
   * {@link #antecedent} resolves through "The singer". A source is inside such a clause when, going
   * left in its sentence, a "who" or "which" after a comma comes before any other comma.
   */
  static Chunk outOfRelativeClause(List<Token> tokens, Chunk source) {
    if (source == null) {
      return null;
    }
    int sentence = tokens.get(source.first()).sentence();
    for (int i = source.first() - 1; i > 0 && tokens.get(i).sentence() == sentence; i--) {
      String word = tokens.get(i).word();
      if (word.equals(",")) {
        return source;
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if ((lower.equals("who") || lower.equals("which")) && tokens.get(i - 1).word().equals(",")) {
        // "…, which the label pulled": a pronoun right before the source is the clause's object,
        // and the source its subject.
        return i == source.first() - 1 ? source : new Chunk('S', i, i);
      }
    }
    return source;
  }

  /**
   * The statements with each speaker that opens with the conjunction of its clause ("[Although
   * LaRue] insisted", "[As Johanna Neuman] writes", "[While Comey] said") named without it. The
   * conjunction is cut only before a name, a determiner or a pronoun: "as many as 40 percent of
   * Clinton voters" keeps its "as". PolNeAR train's sources open with such a conjunction 11 times
   * in 22,000 (annotators' slips); the annotator's, 16 times.
   */
  static List<Quote> withoutLeadIns(String text, List<Quote> quotes) {
    List<Quote> out = null;
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Span speaker = q.speaker();
      if (speaker == null) {
        continue;
      }
      Matcher m = LEAD_IN.matcher(speaker.text());
      if (!m.lookingAt() || m.end() >= speaker.text().length()) {
        continue;
      }
      String rest = speaker.text().substring(m.end());
      if (!Character.isUpperCase(rest.codePointAt(0)) && !NAMING_WORD.matcher(rest).lookingAt()) {
        continue;
      }
      int start = speaker.start() + m.end();
      Span cut = new Span(text.substring(start, speaker.end()), start, speaker.end());
      if (out == null) {
        out = new ArrayList<>(quotes);
      }
      out.set(i, new Quote(q.kind(), q.content(), q.cue(), cut, q.speakerResolved(), q.platform()));
    }
    return out == null ? quotes : out;
  }

  /**
   * A conjunction that opens a clause, and the space after it: those that open a clause before the
   * main one ({@link Clauses#SUBORDINATORS}), and a few more.
   */
  private static final Pattern LEAD_IN = leadIn();

  private static Pattern leadIn() {
    Set<String> words = new TreeSet<>(Clauses.SUBORDINATORS);
    words.addAll(Set.of("after", "before", "unless", "but", "and"));
    return Pattern.compile("(?i)(?:" + String.join("|", words) + ")\\s+");
  }

  /** A determiner or pronoun that opens a speaker's description ("the senator", "his wife"). */
  private static final Pattern NAMING_WORD =
      Pattern.compile("(?:the|a|an|his|her|its|their|our|this|that|these|those|he|she|they|it)\\b");

  /** Words that open a clause of their own, which no speaker's name runs across. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("because", "although", "though", "whereas", "unless", "while");

  /**
   * A source the tagger started right after "of", a noun before it, is the noun phrase that "of"
   * completes: "Two years of [data] show …", "Critics of [the plan] say …". The source widens back
   * over that noun phrase, in its sentence. After "behalf of" it is what follows a comma in it, or
   * none (null).
   */
  static Chunk withHeadBeforeOf(List<Token> tokens, Chunk source) {
    if (source == null || source.first() < 2) {
      return source;
    }
    int of = source.first() - 1;
    Token ofToken = tokens.get(of);
    if (ofToken.word().equalsIgnoreCase("of")
        && tokens.get(of - 1).word().equalsIgnoreCase("behalf")) {
      // "On behalf of [the Harbour Police, Inspector Lund] thanked …": those whose behalf it was
      // are no speaker ("his appearance on behalf of [his wife] helped to underscore …"); who
      // spoke stands after their comma.
      for (int i = source.last() - 1; i > source.first(); i--) {
        if (tokens.get(i).word().equals(",")) {
          return new Chunk(source.role(), i + 1, source.last());
        }
      }
      return null;
    }
    if (!ofToken.word().equalsIgnoreCase("of")
        || !tokens.get(of - 1).pos().startsWith("NN")
        || tokens.get(of - 1).sentence() != tokens.get(source.first()).sentence()) {
      return source;
    }
    int first = of - 1;
    while (first > 0
        && NOUN_PHRASE_TAGS.contains(tokens.get(first - 1).pos())
        && !tokens.get(first - 1).inQuote()
        && tokens.get(first - 1).sentence() == ofToken.sentence()) {
      first--;
    }
    return new Chunk(source.role(), first, source.last());
  }

  /**
   * A source the model ran across the start of a clause ("its campaign against the board because
   * they") is what stands after it ("they"): the speaker is the subject of the clause the cue is
   * in.
   */
  static Chunk afterClauseStart(List<Token> tokens, Chunk source) {
    if (source == null) {
      return null;
    }
    for (int i = source.last() - 1; i >= source.first(); i--) {
      if (CLAUSE_OPENERS.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
        return new Chunk('S', i + 1, source.last());
      }
    }
    return source;
  }

  /**
   * The noun phrase a relative pronoun stands for ("The singer, who …, said"), or null when the
   * source is not one.
   */
  static Span antecedent(String text, List<Token> tokens, Chunk source) {
    Chunk c = antecedent(tokens, source);
    return c == null ? null : Attributions.span(text, tokens, c);
  }

  /**
   * The subject of a cue after a relative clause: "One friend, who asked not to be named, said":
   * "who" is the subject of "asked", and the noun phrase it stands for is the subject of "said". A
   * source that is no relative pronoun, or whose clause reaches the cue ("the singer, who said"),
   * stays as it is; so does one whose content stands inside the clause ("O'Donnell, who said in an
   * interview that [he did not sign …], recalled").
   */
  static Chunk pastRelativeClause(List<Token> tokens, Chunk source, Chunk cue, Chunk content) {
    if (source == null
        || content.first() < cue.last()
        || source.first() != source.last()
        || source.last() >= cue.first() - 2
        || !RELATIVE.contains(tokens.get(source.first()).word().toLowerCase(Locale.ROOT))
        || !tokens.get(cue.first() - 1).word().equals(",")
        || tokens.get(source.first()).sentence() != tokens.get(cue.first()).sentence()) {
      return source;
    }
    boolean verb = false;
    for (int i = source.last() + 1; i < cue.first() - 1; i++) {
      verb |= tokens.get(i).pos().startsWith("VB") || tokens.get(i).pos().equals("MD");
    }
    Chunk antecedent = verb ? antecedent(tokens, source) : null;
    return antecedent == null ? source : antecedent;
  }

  /** The noun phrase a relative pronoun stands for, as a source chunk; null when none. */
  private static Chunk antecedent(List<Token> tokens, Chunk source) {
    if (source.first() == source.last()
        && RELATIVE.contains(tokens.get(source.first()).word().toLowerCase(Locale.ROOT))) {
      // "The singer, who …, said": the speaker is the noun phrase "who" stands for.
      int i = source.first() - 1;
      if (i >= 0 && tokens.get(i).word().equals(",")) {
        i--;
      }
      int last = i;
      while (i >= 0 && premodifier(tokens, i)) {
        i--;
      }
      if (last <= i || !tokens.get(last).pos().startsWith("NN")) {
        return null;
      }
      // "Maral, a resident of Ashgabat who …": the phrase "of" ends, and the name it describes,
      // not the place. A group stays whom "who" stands for ("a string of Tory MPs who said"), and
      // so does a person ("no mention of Jeb Bush, who announced …").
      while (i >= 1
          && tokens.get(i).word().equalsIgnoreCase("of")
          && tokens.get(i - 1).pos().startsWith("NN")
          && !tokens.get(last).pos().endsWith("S")
          && !tokens.get(last).ner().equals("PERSON")) {
        i--;
        while (i >= 0 && premodifier(tokens, i)) {
          i--;
        }
      }
      int first = i + 1;
      if (i >= 1
          && tokens.get(i).word().equals(",")
          && tokens.get(first).pos().equals("DT")
          && tokens.get(i - 1).pos().startsWith("NNP")) {
        int name = i - 1;
        while (name >= 1 && tokens.get(name - 1).pos().startsWith("NNP")) {
          name--;
        }
        first = name;
      }
      return new Chunk('S', first, last);
    }
    return null;
  }

  /**
   * Whether token {@code i} can stand in a noun phrase before its noun: a noun, determiner,
   * adjective or number, or a part of a participle compound ("The Lyon-founded house", "the
   * state-owned bank"), which the tokenizer splits at its hyphen and the part-of-speech taggers
   * read as a verb.
   */
  private static boolean premodifier(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (NOUN_PHRASE_TAGS.contains(t.pos()) || t.pos().equals("HYPH")) {
      return true;
    }
    boolean participle = t.pos().equals("VBN") || t.pos().equals("VBG");
    return participle
        && (t.word().indexOf('-') > 0 || (i > 0 && tokens.get(i - 1).pos().equals("HYPH")));
  }

  /**
   * Words that name no one: a source of such words and times alone ("in November", "never",
   * "consider") is no speaker.
   */
  private static final Set<String> FUNCTION_TAGS =
      Set.of("IN", "TO", "CC", "RB", "RBR", "RBS", "RP", "POS", "MD");

  /**
   * Which tokens lie in one of the time expressions {@code times} that is no duration, unless the
   * name tagger took them for a name ("May said"). A duration may be a title or a share: ""13
   * Hours" said", "three-quarters of voters".
   */
  static boolean[] timeWords(List<Token> tokens, List<TimeMention> times) {
    boolean[] out = new boolean[tokens.size()];
    if (times.isEmpty()) {
      return out;
    }
    List<TimeMention> sorted =
        times.stream()
            .filter(m -> m.value() == null || !DURATION.matcher(m.value()).lookingAt())
            .sorted(Comparator.comparingInt(TimeMention::start))
            .toList();
    int k = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (k < sorted.size() && sorted.get(k).end() <= t.start()) {
        k++;
      }
      out[i] =
          k < sorted.size()
              && sorted.get(k).start() <= t.start()
              && t.end() <= sorted.get(k).end()
              && !NAME_TYPES.contains(t.ner());
    }
    return out;
  }

  /** Whether a span holds a closing bracket before any opening one. */
  private static boolean closesUnopened(List<Token> tokens, Chunk span) {
    int depth = 0;
    for (int i = span.first(); i <= span.last(); i++) {
      String w = tokens.get(i).word();
      if (w.equals("(") || w.equals("[")) {
        depth++;
      } else if (w.equals(")") || w.equals("]")) {
        if (--depth < 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** A TimeML duration's value: "P3Y", "PT13H", "PXM". */
  private static final Pattern DURATION = Pattern.compile("PT?[\\dX]");

  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  /**
   * A source span as a speaker, or null when it names a date, a platform or nothing: a word in one
   * of the text's time expressions ({@code timeWords}) names no one.
   */
  static Span speaker(String text, List<Token> tokens, Chunk source, boolean[] timeWords) {
    // A verb after "and" ends a speaker: "Lars Lindqvist and Mette Aaland and released …".
    for (int i = source.first() + 2; i <= source.last(); i++) {
      if (tokens.get(i).pos().startsWith("VB") && tokens.get(i - 1).pos().equals("CC")) {
        source = new Chunk('S', source.first(), i - 2);
        break;
      }
    }
    if (closesUnopened(tokens, source)) {
      // "The detailed comparison in this guide (covering WordPress, … and Webflow) shows": the
      // tagger's source starts inside the brackets, so it names what the brackets list.
      return null;
    }
    boolean any = false;
    boolean relative = false;
    for (int i = source.first(); i <= source.last(); i++) {
      Token t = tokens.get(i);
      String lower = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().startsWith("W")
          || lower.equals("that")
          || !Character.isLetterOrDigit(t.word().charAt(0))) {
        relative = true;
      } else if (!relative
          && i > source.first()
          && Attributions.FINITE.contains(t.pos())
          && (t.pos().equals("MD") || t.lemma().equals("be") || t.lemma().equals("have"))
          && !tokens.get(i - 1).pos().equals("PRP")) {
        // A clause of its own is no one: "A Crowley employee was at the office within minutes,
        // said terminal manager Jasper Hall" (the tagger took the statement for its source).
        // "Those who were there", "what Trump said", "Sen. Chris Murphy (… he has been mistaken
        // …)" and "people I've spoken with" name someone by a clause.
        return null;
      }
      if (Character.isLetterOrDigit(t.word().charAt(0))
          && !FUNCTION_TAGS.contains(t.pos())
          && !t.pos().startsWith("VB")
          && !neverASpeaker(lower)
          && !namesNoOneAlone(lower)
          && !t.ner().equals("DATE")
          && !t.ner().equals("TIME")
          && !timeWords[i]) {
        any = true;
      }
    }
    return any ? Attributions.span(text, tokens, source) : null;
  }

  /**
   * Whether a word names no one alone: an article ("A well-planned timeline", where the tagger took
   * "A" for a source) or a letter other than "I", as an interview prints its questions and answers
   * under ("Q:").
   */
  private static boolean namesNoOneAlone(String lower) {
    return SpanEdges.ARTICLES.contains(lower)
        || lower.equals("the")
        || (lower.length() == 1
            && lower.charAt(0) >= 'a'
            && lower.charAt(0) <= 'z'
            && !lower.equals("i"));
  }
}
