package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.TextDates;

/**
 * Statements reported without quotation marks, found by rules in the sentences that hold no quoted
 * statement: "SPEAKER said (that) CONTENT", "CONTENT, SPEAKER said", "CONTENT, said SPEAKER" and
 * "according to SPEAKER". The attribution tagger reads them as features and the annotator merges
 * them with its own ({@link Attributions#merge}).
 */
final class ReportedStatements {
  private ReportedStatements() {}

  private static final Pattern WEAK_CUE = Pattern.compile(SpeechPatterns.WEAK_CUES);

  /** Words after a parenthetical "she wrote," that show the statement was before it. */
  private static final Pattern CONJUNCTION = Pattern.compile("(?:and|but|or|so)\\b");

  /**
   * A noun phrase with whose it is, where nothing but its cue can follow it: "the statement from
   * the Texas Department of Criminal Justice said".
   */
  private static final String NOUN_PHRASE_OF =
      SpeechPatterns.NOUN_PHRASE
          + "(?:\\s+(?:from|of|at)\\s+(?:the\\s+)?"
          + Speakers.NAME
          + "(?:\\s+of\\s+"
          + Speakers.NAME
          + ")?)?";

  /**
   * A speaker after the content may carry a role: "…, chief executive Claire Dubois-Lambert said".
   */
  private static final String ROLE =
      "(?:(?:[Tt]he|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir)\\s+)?(?:(?:chief|executive|creative|managing"
          + "|artistic|director|spokes(?:wo)?man|spokesperson|president|vice|minister|ceo|founder"
          + "|co-founder|designer|singer|actress|actor|star|analyst|lawyer|attorney|manager|head"
          + "|chair(?:man|woman)?|editor|coach|photographer|officer|secretary|senator|mayor"
          + "|governor|prosecutor)\\s+){1,3}";

  /**
   * A name after up to three words in lower case that describe it ("longtime agent Mark Roesler",
   * "former state senator Ann Lee", "the Associated Press"), none of them a word that starts a
   * clause ("but Smith").
   */
  private static final String DESCRIBED_NAME =
      "(?:(?!(?:and|but|or|nor|as|which|who|whom|that|while|when|where|so|because|if|then|though"
          + "|although|after|before|since|until|he|she|they|we|it|i|is|was|has|had)\\b)"
          + "[a-z][a-z\\-]+\\s+){1,3}"
          + Speakers.NAME;

  /**
   * A second statement after a trailing attribution, opened by a participle of saying: "…, the Navy
   * said on Friday, adding that the frigate would return". It is a statement of its own, which the
   * tagger finds; the first is the attribution's.
   */
  private static final String SECOND_STATEMENT =
      ",\\s+(?:adding|saying|noting|explaining|arguing|insisting|stressing|warning|claiming)\\b"
          + "[^;\"“”]{0,240}";

  /**
   * A statement that holds one of its own ("Vega's lawyer told the judge that Vega had checked into
   * a clinic, the Associated Press reported"): the inner one is the statement, as PolNeAR marks it,
   * which the tagger finds.
   */
  private static final Pattern NESTED =
      Pattern.compile("\\b(?:" + SpeechPatterns.CUES + ")\\b[^.;:\"“”]{0,120}\\bthat\\b");

  /** A noun phrase after a possessive: "her agent", "his campaign", "their longtime lawyer". */
  private static final String POSSESSED =
      "(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[a-z][a-z\\-]+\\s+){0,2}[a-z][a-z\\-]+";

  /** An indirect statement: "SPEAKER said (that) CONTENT". */
  private static final Pattern INDIRECT =
      Pattern.compile(
          SpeechPatterns.SPEAKER
              + SpeechPatterns.APPOSITIVE
              + "\\s+(?:also\\s+|previously\\s+|later\\s+|has\\s+|had\\s+|have\\s+|has\\s+long\\s+"
              + "|has\\s+also\\s+|would\\s+later\\s+|once\\s+|repeatedly\\s+)?("
              + "told\\s+(?:[A-Z][\\w.]*\\s*)+|told\\s+(?:reporters|journalists|fans|followers|the\\s+\\w+)"
              + "|"
              + SpeechPatterns.INDIRECT_CUES
              + ")"
              + "(?:\\s+(?:on|in|via)\\s+(?:an?\\s+|the\\s+|her\\s+|his\\s+|their\\s+)?[\\w\\-]+(?:\\s+[\\w\\-]+)?)?"
              + "(?:\\s+on\\s+\\w+day)?[,:]?\\s+(?:that\\s+)?");

  /** A day named after a cue: "said Wednesday", "said on Friday", "said yesterday". */
  private static final String DAY =
      "(?i:"
          + String.join(
              "|",
              new TreeSet<>(TextDates.withWeekdays(TextDates.NEAR_DAYS.toArray(String[]::new))))
          + ")";

  /**
   * How long, before "after" or "before": "a year", "two weeks", "days", "little more than a year",
   * "less than a week", "nearly a decade".
   */
  private static final String HOW_LONG =
      "(?:(?:just|only|barely|nearly|almost|about|some|roughly|exactly|well|little|less|more"
          + "|over|under)\\s+)*(?:than\\s+)?(?:(?:a|an|the|one|two|three|four|five|six|several"
          + "|a\\s+few|\\d+)\\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)";

  /**
   * The opening of a clause of how long after or before, after an attribution: ", a year after", ",
   * little more than a week before".
   */
  static final String TIME_CLAUSE_START = ",\\s+" + HOW_LONG + "\\s+(?:after|before|since)\\b";

  /**
   * The words that open a clause of what went on when a statement was made, after its attribution:
   * "…, authorities said, as violent protests continued for a seventh day", "…, he said, while the
   * crowd cheered". It runs to the sentence's end with no comma: "…, Ms. Ripert said, when she was
   * earning $24,000 a year, a boss invited her to lunch" goes on with the statement.
   */
  static final List<String> CIRCUMSTANCE_WORDS =
      List.of("as", "while", "amid", "after", "before", "when", "following", "during");

  /** The opening of such a clause after an attribution's comma ("…, authorities said, as …"). */
  static final String CIRCUMSTANCE_CLAUSE_START =
      ",\\s+(?:even\\s+as|" + String.join("|", CIRCUMSTANCE_WORDS) + ")\\s+";

  /**
   * How far into a text a wire's dateline can stand: it heads the story, after at most a title and
   * a standfirst ("MEXICO CITY - " at character 114 of a PolNeAR text).
   */
  private static final int DATELINE_REACH = 300;

  /**
   * Where a statement's words start once a wire's dateline that heads the story is left out ("PARIS
   * (CPA) — CONTENT, the house said"): the dateline is the outlet's, not the speaker's. Further
   * into a text, words that look like one ("UK - EU talks …") are the statement's own.
   */
  static int afterDateline(String text, int start, int end) {
    if (start > DATELINE_REACH) {
      return start;
    }
    Matcher m = TextDates.DATELINE.matcher(text).region(start, end);
    return m.lookingAt() && m.end() < end ? m.end() : start;
  }

  /**
   * A source's request to stay unnamed between it and its cue: "…, a France Telecom spokeswoman
   * [who asked not to be named] said."
   */
  private static final String ANONYMOUS =
      "(?:,?\\s+who\\s+(?:asked|requested|declined|refused|wished|wanted|preferred)\\s+"
          + Clauses.NOT_NAMED
          + "(?:\\s+by\\s+name)?,?)?";

  /**
   * A statement that ends with its attribution: "CONTENT, the source added." / "CONTENT, said Paul
   * Marchetti, the chief executive." A day may follow the cue, and a clause of how long after or
   * before ("…, the house said Wednesday, a year after she broke with it"). Group 1 is the content.
   */
  private static final Pattern TRAILING_SPEAKER_CUE =
      Pattern.compile(
          "^(.{15,}?),\\s+("
              + ROLE
              + Speakers.NAME
              + "|"
              + DESCRIBED_NAME
              + "|"
              + POSSESSED
              + "|"
              + NOUN_PHRASE_OF
              + "|"
              + SpeechPatterns.PRONOUN
              + "|"
              + Speakers.NAME
              + ")"
              + ANONYMOUS
              + "\\s+(?:also\\s+|later\\s+|has\\s+|have\\s+)?("
              + SpeechPatterns.CUES
              + "|"
              + SpeechPatterns.INDIRECT_CUES
              + ")\\b(?:\\s+(?:on|in|at|during|via|to|last|this|on|after|before|when|while)\\b[^,;\"“”]{0,80})?"
              + "(?:\\s+(?:on\\s+)?"
              + DAY
              + ")?"
              + "(?:"
              + TIME_CLAUSE_START
              + "[^;\"“”]{0,160}|"
              + CIRCUMSTANCE_CLAUSE_START
              + "[^,;\"“”]{0,160})?"
              + "(?:"
              + SECOND_STATEMENT
              + ")?"
              + "[.!?]?$",
          Pattern.DOTALL);

  /**
   * A statement whose cue comes before its source at the end: "…, said TDCJ Inspector General John
   * Moriarty." ({@link Speakers#LONG_NAME}).
   */
  private static final Pattern TRAILING_CUE_SPEAKER =
      Pattern.compile(
          "^(.{15,}?),\\s+("
              + SpeechPatterns.CUES
              + ")\\s+("
              + SpeechPatterns.NOUN_PHRASE
              + "|"
              + SpeechPatterns.PRONOUN
              + "|"
              + Speakers.LONG_NAME
              + ")(?:,\\s+[^;\"“”]{0,120})?[.!?]?$",
          Pattern.DOTALL);

  /** Statements found without quote marks, in sentences that hold no direct quote. */
  static List<Quote> find(
      String text, List<CoreMap> sentences, List<int[]> marks, List<EntityMention> entities) {
    List<Quote> out = new ArrayList<>();
    if (sentences == null) {
      return out;
    }
    String previous = null;
    for (CoreMap s : sentences) {
      int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (QuoteMarks.overlapsQuote(marks, start, end)) {
        continue;
      }
      String sentence = text.substring(start, end);
      int trimmedEnd = end;
      while (trimmedEnd > start && ".!?…".indexOf(text.charAt(trimmedEnd - 1)) >= 0) {
        trimmedEnd--;
      }
      Matcher m = INDIRECT.matcher(sentence);
      boolean leading = m.find();
      String body = text.substring(start, trimmedEnd);
      Matcher t = TRAILING_SPEAKER_CUE.matcher(body);
      int speakerGroup = 2;
      int cueGroup = 3;
      boolean trailing = t.matches();
      if (!trailing) {
        t = TRAILING_CUE_SPEAKER.matcher(body);
        speakerGroup = 3;
        cueGroup = 2;
        trailing = t.matches();
      }
      Span speaker = null;
      Span cue = null;
      Span content = null;
      if (trailing
          && Speakers.plausibleSpeaker(t.group(speakerGroup))
          && QuotedWords.words(t.group(1)) >= 4
          && !(leading && m.start() == 0)
          && !NESTED.matcher(t.group(1)).find()) {
        speaker =
            AroundQuotes.span(text, start + t.start(speakerGroup), start + t.end(speakerGroup));
        cue = AroundQuotes.span(text, start + t.start(cueGroup), start + t.end(cueGroup));
        content =
            AroundQuotes.span(
                text, afterDateline(text, start + t.start(1), start + t.end(1)), start + t.end(1));
      } else if (leading
          && Speakers.plausibleSpeaker(m.group(1))
          && (!WEAK_CUE.matcher(m.group(2)).matches() || m.group().endsWith("that "))
          && !CONJUNCTION.matcher(sentence.substring(m.end())).lookingAt()
          && QuotedWords.words(sentence.substring(m.end())) >= 4) {
        speaker = AroundQuotes.span(text, start + m.start(1), start + m.end(1));
        cue = AroundQuotes.span(text, start + m.start(2), start + m.end(2));
        content =
            AroundQuotes.span(
                text, start + m.end(), subordinateEnd(s, start + m.end(), trimmedEnd));
      } else {
        Matcher a = SpeechPatterns.ACCORDING_TO.matcher(sentence);
        if (a.find() && Speakers.plausibleSpeaker(a.group(2))) {
          cue = AroundQuotes.span(text, start + a.start(1), start + a.end(1));
          speaker = AroundQuotes.span(text, start + a.start(2), start + a.end(2));
          int speakerEnd = start + a.end(2);
          if (a.start() < 3) { // "According to X, CONTENT."
            int comma = text.indexOf(',', speakerEnd);
            content =
                comma > 0 && comma < trimmedEnd
                    ? AroundQuotes.span(text, AroundQuotes.skipSpace(text, comma + 1), trimmedEnd)
                    : null;
          } else { // "CONTENT, according to X."
            int contentEnd = start + a.start(1);
            while (contentEnd > start && ", ".indexOf(text.charAt(contentEnd - 1)) >= 0) {
              contentEnd--;
            }
            content = AroundQuotes.span(text, start, contentEnd);
          }
          if (content != null && QuotedWords.words(content.text()) < 4) {
            content = null;
          }
        }
      }
      Quote found =
          content == null
              ? null
              : new Quote(
                  QuoteKind.INDIRECT,
                  content,
                  cue,
                  speaker,
                  Speakers.resolve(text, speaker, entities, previous),
                  Platforms.platform(text, start, end, entities));
      if (found != null) {
        out.add(found);
        if (found.speakerResolved() != null) {
          previous = found.speakerResolved();
        }
      }
    }
    return out;
  }

  /**
   * Where a statement from {@code from} ends in a sentence that opens with a conjunction ("While",
   * "Though", "As"): before the comma after which the main clause begins with its subject and
   * finite verb ("Though Selby has insisted [the budget is sound], the council voted against it");
   * else at {@code end}.
   */
  private static int subordinateEnd(CoreMap sentence, int from, int end) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null
        || tokens.isEmpty()
        || !Clauses.SUBORDINATORS.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
      return end;
    }
    for (int i = 1; i + 2 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() < from || !t.word().equals(",")) {
        continue;
      }
      if (t.beginPosition() >= end) {
        return end;
      }
      if (!AccordingTo.nounPhraseTag(tokens.get(i + 1).tag())) {
        continue;
      }
      for (int j = i + 2; j < tokens.size() && !tokens.get(j).word().equals(","); j++) {
        if (Attributions.FINITE.contains(tokens.get(j).tag())) {
          return t.beginPosition();
        }
      }
    }
    return end;
  }
}
