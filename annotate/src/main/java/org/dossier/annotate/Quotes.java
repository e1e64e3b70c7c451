package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Spaces;
import org.dossier.model.Span;
import org.dossier.model.TextDates;

/**
 * Finds quotes and attributes them: direct quotes in any common quoting style, indirect statements
 * ("X said that …", "according to X, …"), and quoted fragments (scare quotes, titles) kept apart.
 * The speaker is taken from the words beside the cue ("…," she said / said Okafor / Okafor told
 * Reuters: "…") and resolved to an entity: a pronoun to the previous speaker or the nearest person
 * before it, "the company" to the nearest organisation.
 */
final class Quotes {
  private static final String ORG_NOUNS = Speakers.ORG_NOUNS;
  private static final String NAME = Speakers.NAME;

  private static final String CUES =
      "said|says|say|told|tells|tell|added|adds|wrote|writes|shared|shares|posted|posts|quipped"
          + "|quips|apologi[sz]ed|apologi[sz]es|explained|explains|stated|states|insisted|insists"
          + "|noted|notes|continued|continues|recalled|recalls|admitted|admits|claimed|claims"
          + "|argued|argues|warned|warns|replied|replies|asked|asks|tweeted|tweets|announced"
          + "|announces|declared|declares|confirmed|confirms|joked|jokes|acknowledged"
          + "|acknowledges|revealed|reveals|stressed|stresses|remarked|remarks|responded"
          + "|responds|commented|comments|captioned|mused|gushed|conceded|concedes|maintained"
          + "|maintains|denied|denies|predicted|predicts|promised|promises|urged|urges|believes"
          + "|believed|thinks|thought|suggested|suggests|penned|pens";

  /**
   * Verbs that attribute only with "that" after them ("the study found that …", not "he found the
   * keys"), and at the end of a sentence ("…, he believes").
   */
  private static final String WEAK_CUES =
      "shared|posted|suggested|suggests|believes|believed|thinks|thought|learned|estimated"
          + "|estimates|recalled|recalls|promised|promises|pointed\\s+out|points\\s+out"
          + "|concluded|concludes|found|finds|showed|shows|agreed|agrees|charged|charges"
          + "|worried|worries|feared|fears|hoped|hopes|expects|expected|knows|knew|felt|feels";

  private static final Pattern WEAK_CUE = Pattern.compile(WEAK_CUES);

  /** Words after a parenthetical "she wrote," that show the statement was before it. */
  private static final Pattern CONJUNCTION = Pattern.compile("(?:and|but|or|so)\\b");

  /**
   * Cues of reported speech and thought without quotation marks: the speech verbs and the verbs of
   * belief and finding that news attributes with ("reports", "has learned", "believes").
   */
  private static final String INDIRECT_CUES =
      "said|says|wrote|writes|announced|announces|claimed|claims|argued|argues|warned|warns"
          + "|stated|states|added|adds|explained|explains|insisted|insists|noted|notes|confirmed"
          + "|confirms|denied|denies|admitted|admits|revealed|reveals|tweeted|tweets|reported"
          + "|reports|predicted|predicts|acknowledged|acknowledges|conceded|concedes|contended"
          + "|contends|maintained|maintains|stressed|stresses|emphasi[sz]ed|emphasi[sz]es"
          + "|alleged|alleges|asserted|asserts|declared|declares|"
          + WEAK_CUES;

  /**
   * People who speak as a group, with or without an article before them ("police said", "Indian
   * officials said", "the investigators say").
   */
  private static final String GROUPS =
      "officials|police|authorities|analysts|investigators|experts|witnesses|residents"
          + "|researchers|prosecutors|aides|officers|critics";

  private static final String PRONOUN = "(?:he|she|they|He|She|They|I|we|We|it|It)";

  /**
   * People a story quotes by what they are to it: "a friend said", "one neighbour said", "her
   * mother said", "a close relative told".
   */
  static final String PEOPLE =
      "friends?|neighbou?rs?|relatives?|witness(?:es)?|residents?|mother|father|sister|brother"
          + "|daughter|son|wife|husband|parents?|cousin|aunt|uncle|grandmother|grandfather"
          + "|colleagues?|classmates?|teachers?|doctors?|students?|fans?|survivors?|victims?"
          + "|employees?|workers?|owners?|managers?|customers?|passengers?|members?|users?"
          + "|voters?|supporters?|activists?|campaigners?|lawmakers?|legislators?|senators?"
          + "|officers?|detectives?|investigators?|experts?|analysts?|economists?|researchers?"
          + "|scientists?|professors?|historians?|observers?|diplomats?|insiders?|organi[sz]ers?"
          + "|woman|man|women|men|people|partner|boyfriend|girlfriend|spokespeople";

  /** The words before a speaker's noun: up to three, none a preposition, article or conjunction. */
  private static final String MODIFIERS =
      "(?:(?!(?:in|on|at|a|an|the|of|for|to|with|by|from|and|or)\\s)[A-Za-z\\-]+\\s+){0,3}";

  /**
   * A person named by what they are to the story, after a quotation: '"…," a neighbour said', '"…,"
   * said one friend', '"…," her mother said'. Only there, where such a phrase before a cue can only
   * be the speaker; as a speaker of every pattern (reported statements too) it moved no figure
   * beyond what a retrain of the tagger moves.
   */
  private static final String PERSON_PHRASE =
      "(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\\s+"
          + MODIFIERS
          + "(?:"
          + PEOPLE
          + ")";

  private static final String NOUN_PHRASE =
      "(?:(?:[Tt]he|[Aa]n?)\\s+"
          + MODIFIERS
          + "(?:"
          + ORG_NOUNS
          + "|spokesperson|spokeswoman|spokesman|representative|rep|minister|statement"
          + "|star|singer|actress|actor|designer|president|chief|official|source|sources"
          + "|report|court|player|coach|prosecutor|lawyer|attorney|release|military|navy|army"
          + "|commission|committee|union|office|board|survey|poll|study|newspaper|magazine|"
          + GROUPS
          + ")|(?:[A-Z][\\p{L}\\-]+\\s+){0,2}(?:"
          + GROUPS
          + "))(?:\\s+for\\s+"
          + NAME
          + ")?";

  /**
   * A noun phrase with whose it is, where nothing but its cue can follow it: "the statement from
   * the Texas Department of Criminal Justice said".
   */
  private static final String NOUN_PHRASE_OF =
      NOUN_PHRASE
          + "(?:\\s+(?:from|of|at)\\s+(?:the\\s+)?"
          + NAME
          + "(?:\\s+of\\s+"
          + NAME
          + ")?)?";

  private static final String SPEAKER = "(" + NOUN_PHRASE + "|" + PRONOUN + "|" + NAME + ")";

  /** After the closing mark: ", she said" / ", said Okafor" / "," chief executive Okafor said". */
  private static final Pattern AFTER_SPEAKER_CUE =
      Pattern.compile(
          "^[,.!?…]?\\s*("
              + "(?:one|someone|a\\s+fan|one\\s+fan|a\\s+reader|one\\s+reader)(?=\\s)|"
              + NOUN_PHRASE
              + "|"
              + PERSON_PHRASE
              + "|"
              + PRONOUN
              + "|(?:[a-z\\-]+\\s+){0,3}"
              + NAME
              + ")\\s+(?:also\\s+|later\\s+)?("
              + CUES
              + ")\\b");

  /**
   * A full name after words that describe it, right after a cue: "noted Maryland-based product
   * liability lawyer Jim Dunham", "said former state senator Ann Lee". A place's compound may open
   * it; no word of it is a preposition or a determiner ("said in a statement Monday").
   */
  private static final String CUE_DESCRIBED_NAME =
      "(?:[A-Z][\\p{L}.]*(?:\\s+[A-Z][\\p{L}.]*)?-[a-z]+\\s+)?"
          + "(?:(?!(?:in|on|at|for|with|by|to|from|of|during|after|before|last|this|next|a|an|the"
          + "|and|but|or|that|who|which|while|when|as|his|her|their|its)\\b)[a-z][a-z\\-]+\\s+){1,4}"
          + "[A-Z][\\p{L}'’\\-]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][\\p{L}'’\\-]+";

  private static final Pattern AFTER_CUE_SPEAKER =
      Pattern.compile(
          "^[,.!?…]?\\s*("
              + CUES
              + ")\\s+("
              + CUE_DESCRIBED_NAME
              + "|"
              + NOUN_PHRASE
              + "|"
              + PERSON_PHRASE
              + "|"
              + PRONOUN
              + "|"
              + NAME
              + ")");

  /**
   * What may stand between a speaker and the cue: a relative clause ("The singer, who had sworn off
   * the label in 2025, said …"), an age ("Okafor, 29, said …") or a role ("Halvorsen, the chief
   * executive of Nordlys Ferries, said …").
   */
  private static final String APPOSITIVE =
      "(?:,\\s+(?:(?:who|whose)\\b[^;]{1,160}?|\\d{1,3}"
          + "|(?:the|its|her|his|their)\\s+[^,;\"“”]{1,60}?"
          + "(?:executive|director|spokes(?:wo)?man|spokesperson|president|founder|ceo|chief"
          + "|minister|manager|head|chair(?:man|woman)?|officer|secretary|lawyer|editor|agent)"
          + "(?:\\s+(?:of|at|for)\\s+[^,;\"“”]{1,60}?)?),)?";

  /** Before the opening mark: 'Okafor said: ' / 'She told Vogue, ' / 'wrote on Instagram: '. */
  private static final Pattern BEFORE_SPEAKER_CUE =
      Pattern.compile(
          SPEAKER
              + APPOSITIVE
              + ",?\\s+(?:\\w+ly\\s+)?(?:also\\s+)?("
              + CUES
              + ")\\b[^\"“”«»„.!?]{0,60}?[:,]?\\s*$");

  /** Before the opening mark, the cue first: 'One big difference, said Yeager: '. */
  private static final Pattern BEFORE_CUE_SPEAKER =
      Pattern.compile(",\\s+(" + CUES + ")\\s+(" + NOUN_PHRASE + "|" + NAME + ")\\s*:\\s*$");

  /** "according to X," where X runs to the comma: "Verlaine's chief executive Paul Marchetti". */
  private static final Pattern ACCORDING_TO =
      Pattern.compile("\\b([Aa]ccording to)\\s+([^,.;:\"“”]{2,80}?)(?=[,.;:]|$)");

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
          + NAME;

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
      Pattern.compile("\\b(?:" + CUES + ")\\b[^.;:\"“”]{0,120}\\bthat\\b");

  /** A noun phrase after a possessive: "her agent", "his campaign", "their longtime lawyer". */
  private static final String POSSESSED =
      "(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[a-z][a-z\\-]+\\s+){0,2}[a-z][a-z\\-]+";

  /** An indirect statement: "SPEAKER said (that) CONTENT". */
  private static final Pattern INDIRECT =
      Pattern.compile(
          SPEAKER
              + APPOSITIVE
              + "\\s+(?:also\\s+|previously\\s+|later\\s+|has\\s+|had\\s+|have\\s+|has\\s+long\\s+"
              + "|has\\s+also\\s+|would\\s+later\\s+|once\\s+|repeatedly\\s+)?("
              + "told\\s+(?:[A-Z][\\w.]*\\s*)+|told\\s+(?:reporters|journalists|fans|followers|the\\s+\\w+)"
              + "|"
              + INDIRECT_CUES
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
              + NAME
              + "|"
              + DESCRIBED_NAME
              + "|"
              + POSSESSED
              + "|"
              + NOUN_PHRASE_OF
              + "|"
              + PRONOUN
              + "|"
              + NAME
              + ")"
              + ANONYMOUS
              + "\\s+(?:also\\s+|later\\s+|has\\s+|have\\s+)?("
              + CUES
              + "|"
              + INDIRECT_CUES
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
              + CUES
              + ")\\s+("
              + NOUN_PHRASE
              + "|"
              + PRONOUN
              + "|"
              + Speakers.LONG_NAME
              + ")(?:,\\s+[^;\"“”]{0,120})?[.!?]?$",
          Pattern.DOTALL);

  private Quotes() {}

  static List<Quote> find(String written, List<CoreMap> sentences, List<EntityMention> all) {
    // Quotation marks written as two apostrophes are read as double quotes; the spans keep the
    // words as written.
    String text = QuoteMarks.withDoubleQuotes(written);
    List<Quote> found = findIn(text, sentences, all);
    if (text.equals(written)) {
      return found;
    }
    List<Quote> out = new ArrayList<>(found.size());
    for (Quote q : found) {
      out.add(
          new Quote(
              q.kind(),
              asWritten(written, q.content()),
              asWritten(written, q.cue()),
              asWritten(written, q.speaker()),
              q.speakerResolved(),
              q.platform()));
    }
    return out;
  }

  private static Span asWritten(String written, Span s) {
    return s == null ? null : new Span(written.substring(s.start(), s.end()), s.start(), s.end());
  }

  private static List<Quote> findIn(String text, List<CoreMap> sentences, List<EntityMention> all) {
    List<int[]> marks = QuoteMarks.find(text);
    // Speakers resolve to people and organisations named outside quotes: a name inside a quote is
    // someone spoken about ("Amara holds us to a higher standard," she said), not the speaker.
    List<EntityMention> entities = outsideQuotes(marks, all);
    List<Quote> quotes = new ArrayList<>();
    // Sentences holding a quoted statement are attributed through it; a scare quote or a title
    // ("Petits Anges") does not keep a sentence from being a reported statement.
    List<int[]> statementMarks = new ArrayList<>();
    String previousSpeaker = null;
    int previousEnd = -1;
    int previousSpoken = -1; // where the last attributed statement's words and source end
    for (int[] q : marks) {
      int open = q[0];
      int close = q[1];
      int contentStart = open + 1;
      int contentEnd = close;
      if (contentEnd <= contentStart) {
        continue;
      }
      String content = text.substring(contentStart, contentEnd);
      int sentenceStart = sentenceStart(text, open);
      int sentenceEnd = sentenceEnd(text, close + 1);
      String after = text.substring(Math.min(close + 1, text.length()), sentenceEnd);
      String before = text.substring(Math.max(sentenceStart, previousEnd + 1), open);
      Span cue = null;
      Span speaker = null;
      Matcher m = AFTER_SPEAKER_CUE.matcher(after);
      if (m.find()
          && Speakers.plausibleSpeaker(m.group(1))
          && !opensOwnStatement(content, text, close + 1 + m.end())) {
        speaker = span(text, close + 1 + m.start(1), close + 1 + m.end(1));
        cue = span(text, close + 1 + m.start(2), close + 1 + m.end(2));
      } else if ((m = AFTER_CUE_SPEAKER.matcher(after)).find()
          && Speakers.plausibleSpeaker(m.group(2))) {
        cue = span(text, close + 1 + m.start(1), close + 1 + m.end(1));
        speaker = span(text, close + 1 + m.start(2), close + 1 + m.end(2));
      } else if ((m = BEFORE_SPEAKER_CUE.matcher(before)).find()
          && Speakers.plausibleSpeaker(m.group(1))) {
        int base = open - before.length();
        speaker = span(text, base + m.start(1), base + m.end(1));
        cue = span(text, base + m.start(2), base + m.end(2));
        Span mixed = mixedContent(text, cue.end(), open, close, after, sentenceEnd);
        if (mixed != null) {
          // 'She said the plan was "dead on arrival."': a paraphrase with quoted words in it.
          String resolved =
              Speakers.resolve(text, speaker, entities, previousSpeaker, previousSpoken);
          quotes.add(
              new Quote(
                  QuoteKind.INDIRECT,
                  mixed,
                  cue,
                  speaker,
                  resolved,
                  Platforms.platform(text, Math.max(0, sentenceStart), sentenceEnd, entities)));
          if (resolved != null) {
            previousSpeaker = resolved;
            previousSpoken = Math.max(mixed.end(), speaker.end());
          }
          previousEnd = close;
          statementMarks.add(q);
          continue;
        }
      } else if ((m = BEFORE_CUE_SPEAKER.matcher(before)).find()
          && Speakers.plausibleSpeaker(m.group(2))) {
        int base = open - before.length();
        cue = span(text, base + m.start(1), base + m.end(1));
        speaker = span(text, base + m.start(2), base + m.end(2));
      } else if ((m = ACCORDING_TO.matcher(before)).find()) {
        int base = open - before.length();
        cue = span(text, base + m.start(1), base + m.end(1));
        speaker = span(text, base + m.start(2), base + m.end(2));
      }
      boolean statementLike = statementLike(content);
      // A short quotation with its cue after it is someone's words when a mark parts them ('"Wow,"
      // she said'); without one it names what the source is ('“Parasite” director Bong Joon Ho
      // said no-one could predict …').
      boolean cueAfter =
          cue != null && cue.start() > close && (statementLike || markedOff(text, content, close));
      boolean unattributedShort = cue == null && words(content, true) < 5;
      if ((!statementLike && !cueAfter) || unattributedShort) {
        // A word or two quoted inside an attributed sentence ("she would "never" work with"):
        // a fragment of someone's words, not a statement of its own.
        quotes.add(
            new Quote(
                QuoteKind.FRAGMENT, span(text, contentStart, contentEnd), null, null, null, null));
        continue;
      }
      String resolved;
      if (speaker != null) {
        resolved = Speakers.resolve(text, speaker, entities, previousSpeaker, previousSpoken);
      } else if (previousSpeaker != null
          && !PUT_TO.matcher(before).find()
          && close - previousEnd < CONTINUED_WITHIN
          && (!Platforms.paragraphBetween(text, previousEnd, open)
              || continuedParagraph(text, previousEnd, open, close))) {
        resolved = previousSpeaker; // the quote continues the previous speaker's words
      } else {
        resolved = null;
      }
      String where =
          Platforms.platform(
              text,
              Math.max(0, sentenceStart),
              endsWithItsSentence(text, close, sentenceEnd),
              entities);
      quotes.add(
          new Quote(
              QuoteKind.DIRECT,
              span(text, contentStart, contentEnd),
              cue,
              speaker,
              resolved,
              where));
      statementMarks.add(q);
      if (resolved != null) {
        previousSpeaker = resolved;
        // "…," said X of Y, who hired Z: the sentence of an attribution after the quote is its.
        previousSpoken =
            speaker == null ? close : speaker.start() > close ? sentenceEnd : speaker.end();
      }
      previousEnd = close;
    }
    quotes.addAll(indirect(text, sentences, statementMarks, entities));
    quotes.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
    return Platforms.inheritPlatforms(text, quotes);
  }

  /**
   * A passive of asking or telling right before a quotation: 'Halvorsen was asked, “Who pays for
   * the pier?”'. The words were put to the subject, so they go on with no one's earlier words.
   */
  private static final Pattern PUT_TO =
      Pattern.compile(
          "\\b(?:was|were|is|are|been|being)\\s+(?:\\w+ly\\s+)?(?:asked|told)\\b[^\"“”«»„.!?]{0,40}?[,:]?\\s*$");

  /** A cue's own statement right after it: an opening quotation mark, or "that". */
  private static final Pattern OWN_STATEMENT =
      Pattern.compile("^\\s*(?:[,:]\\s*)?(?:[\"“«„‘]|that\\b)");

  /**
   * Whether the speaker and cue after a quoted question open a statement of their own instead of
   * attributing it: 'Jobs was once asked “Do you do marketing surveys?” He said “No, because …”',
   * '“Has the story moved?” Sanders responded, “It has.”', '“What's the most dangerous place you've
   * been to?” Trump joked that Brooklyn was his answer'. The question is the asker's, not that of
   * the one who answers it. After a quoted statement the words that follow are most often the same
   * speaker's ('“… a whole lot of experience.” He adds, “In a campaign …”'), and after a question
   * that the cue ends ('“Would we have done it without him?” Bruce Arians asked.') the cue is the
   * question's.
   *
   * @param cueEnd where the cue ends in {@code text}
   */
  static boolean opensOwnStatement(String content, String text, int cueEnd) {
    String words = content.strip();
    return !words.isEmpty()
        && words.charAt(words.length() - 1) == '?'
        && OWN_STATEMENT.matcher(text).region(cueEnd, text.length()).lookingAt();
  }

  /**
   * The content of a mixed quote, or null when the quote is direct: words of the reporter's own
   * between the cue and the opening mark ('said the plan was "…"'), not a lead-in ending in a colon
   * or comma ('told Vogue: "…"'). The content runs from those words to the end of the sentence.
   */
  private static Span mixedContent(
      String text, int cueEnd, int open, int close, String after, int sentenceEnd) {
    String gap = text.substring(cueEnd, open).strip();
    if (gap.isEmpty() || gap.endsWith(":") || gap.endsWith(",") || gap.endsWith("—")) {
      return null;
    }
    int start = cueEnd;
    while (start < open && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int that = text.substring(start, open).indexOf("that ");
    if (that == 0 || (that > 0 && text.charAt(start + that - 1) == ' ')) {
      // 'said in a statement that Okafor "…"': the content starts after "that".
      start += that + 5;
      if (start >= open) {
        return null; // 'said that "…"': the quote itself is the content
      }
    }
    if (text.substring(start, open).contains("\n") || words(gap) < 2) {
      return null;
    }
    int end = close + 1;
    int last = close - 1; // 'the shootings "didn't happen. "': a space may stand before the mark
    while (last > open && text.charAt(last) == ' ') {
      last--;
    }
    boolean closesSentence = last > open && ".!?…".indexOf(text.charAt(last)) >= 0;
    if (words(after) > 0 && !closesSentence) {
      end = sentenceEnd;
      while (end > close + 1 && ".!?… ".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return span(text, start, end);
  }

  /**
   * The most a paragraph may hold after its last quote for the next to continue it: " he said.".
   */
  private static final int ATTRIBUTION_TAIL = 80;

  /** How far (characters) a quote may close after the previous one and still continue it. */
  static final int CONTINUED_WITHIN = 400;

  /**
   * A paragraph that is one quote and nothing else, right after a paragraph that ended with the
   * previous speaker's quote and its attribution: news style continues that speaker.
   */
  static boolean continuedParagraph(String text, int previousEnd, int open, int close) {
    String between = text.substring(previousEnd + 1, open);
    int br = between.indexOf('\n');
    if (br < 0) {
      return false;
    }
    String tail = between.substring(0, br);
    if (!between.substring(br).isBlank()
        || tail.length() > ATTRIBUTION_TAIL
        || QuoteMarks.find(tail).size() > 0) {
      return false;
    }
    int end = text.indexOf('\n', close);
    // A quote left open at its paragraph's end closes on the line break itself: nothing follows.
    String rest =
        end == close ? "" : text.substring(close + 1, end < 0 ? text.length() : end).strip();
    return rest.chars().allMatch(c -> ".,!?…".indexOf(c) >= 0);
  }

  /** The mentions outside quotation marks: a name inside a quote is not its speaker. */
  static List<EntityMention> outsideQuotes(String text, List<EntityMention> all) {
    return outsideQuotes(QuoteMarks.find(text), all);
  }

  static List<EntityMention> outsideQuotes(List<int[]> marks, List<EntityMention> all) {
    return all.stream().filter(e -> !overlapsQuote(marks, e.start(), e.end() - 1)).toList();
  }

  /**
   * The statements as the annotator gives them: each content's edges tidied ({@link #trimmed}),
   * then a statement's two pieces either side of its cue joined ({@link #joinedAroundCue}). Applied
   * to what the annotator gives, not to the rules' statements the tagger reads as features, so that
   * the shipped model stays what {@code dossier train quotes} writes; the tagger's own statements
   * lose a leading comma in {@link SpanEdges#trimContent} too.
   */
  static List<Quote> asGiven(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      out.add(trimmed(text, q));
    }
    return joinedAroundCue(text, out);
  }

  /**
   * A statement without the spaces at either end of its content, nor a reported statement's leading
   * comma: a tokenised text's {@code " We are ready , "} quotes "We are ready ,", and 'While …, she
   * added, revoking clearances would be "…"' reports "revoking clearances would be …". A content of
   * a comma and spaces alone stays as it is but for its trailing spaces.
   */
  static Quote trimmed(String text, Quote q) {
    int start = q.content().start();
    int end = q.content().end();
    while (end > start && Spaces.isSpace(text.charAt(end - 1))) {
      end--;
    }
    int from = start;
    if (q.kind() == QuoteKind.INDIRECT && from < end && text.charAt(from) == ',') {
      from++;
    }
    while (from < end && Spaces.isSpace(text.charAt(from))) {
      from++;
    }
    if (from == end) {
      // Nothing after the comma: the comma stays.
      from = start;
      while (from < end && Spaces.isSpace(text.charAt(from))) {
        from++;
      }
    }
    return from < end ? spanning(text, q, from, end) : q;
  }

  /**
   * The statements whose two pieces stand on either side of their cue with nothing but spaces
   * between, the same speaker or none ("[LaSalle] is expected [to face charges on Friday]", "[The
   * offer] is believed [to be for eight years]"), joined into one statement that runs over its cue:
   * the subject alone ("LaSalle") says nothing. Applied to what the annotator gives; {@code eval
   * quotes} scores such a statement as the two pieces either side of its cue, as PolNeAR marks it.
   */
  private static List<Quote> joinedAroundCue(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      Quote next = i + 1 < quotes.size() ? quotes.get(i + 1) : null;
      if (next != null && aroundCue(text, q, next)) {
        out.add(spanning(text, next, q.content().start(), next.content().end()));
        i++;
      } else {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean aroundCue(String text, Quote a, Quote b) {
    Span cue = a.cue();
    return a.kind() == QuoteKind.INDIRECT
        && b.kind() == QuoteKind.INDIRECT
        && cue != null
        && cue.equals(b.cue())
        && Objects.equals(a.speaker(), b.speaker())
        && spacesOnly(text, a.content().end(), cue.start())
        && spacesOnly(text, cue.end(), b.content().start());
  }

  private static boolean spacesOnly(String text, int from, int to) {
    if (from > to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * A statement whose content starts at {@code from}, or the statement as it is when that is not
   * inside it.
   */
  static Quote startingAt(String text, Quote q, int from) {
    Span c = q.content();
    if (from <= c.start() || from >= c.end()) {
      return q;
    }
    return spanning(text, q, from, c.end());
  }

  /** A statement whose content is {@code from..to} of the text, its cue and speaker unchanged. */
  private static Quote spanning(String text, Quote q, int from, int to) {
    if (from == q.content().start() && to == q.content().end()) {
      return q;
    }
    return new Quote(
        q.kind(),
        new Span(text.substring(from, to), from, to),
        q.cue(),
        q.speaker(),
        q.speakerResolved(),
        q.platform());
  }

  /** Statements found without quote marks, in sentences that hold no direct quote. */
  private static List<Quote> indirect(
      String text, List<CoreMap> sentences, List<int[]> marks, List<EntityMention> entities) {
    List<Quote> out = new ArrayList<>();
    if (sentences == null) {
      return out;
    }
    String previous = null;
    for (CoreMap s : sentences) {
      int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (overlapsQuote(marks, start, end)) {
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
          && words(t.group(1)) >= 4
          && !(leading && m.start() == 0)
          && !NESTED.matcher(t.group(1)).find()) {
        speaker = span(text, start + t.start(speakerGroup), start + t.end(speakerGroup));
        cue = span(text, start + t.start(cueGroup), start + t.end(cueGroup));
        content =
            span(text, afterDateline(text, start + t.start(1), start + t.end(1)), start + t.end(1));
      } else if (leading
          && Speakers.plausibleSpeaker(m.group(1))
          && (!WEAK_CUE.matcher(m.group(2)).matches() || m.group().endsWith("that "))
          && !CONJUNCTION.matcher(sentence.substring(m.end())).lookingAt()
          && words(sentence.substring(m.end())) >= 4) {
        speaker = span(text, start + m.start(1), start + m.end(1));
        cue = span(text, start + m.start(2), start + m.end(2));
        content = span(text, start + m.end(), subordinateEnd(s, start + m.end(), trimmedEnd));
      } else {
        Matcher a = ACCORDING_TO.matcher(sentence);
        if (a.find() && Speakers.plausibleSpeaker(a.group(2))) {
          cue = span(text, start + a.start(1), start + a.end(1));
          speaker = span(text, start + a.start(2), start + a.end(2));
          int speakerEnd = start + a.end(2);
          if (a.start() < 3) { // "According to X, CONTENT."
            int comma = text.indexOf(',', speakerEnd);
            content =
                comma > 0 && comma < trimmedEnd
                    ? span(text, skipSpace(text, comma + 1), trimmedEnd)
                    : null;
          } else { // "CONTENT, according to X."
            int contentEnd = start + a.start(1);
            while (contentEnd > start && ", ".indexOf(text.charAt(contentEnd - 1)) >= 0) {
              contentEnd--;
            }
            content = span(text, start, contentEnd);
          }
          if (content != null && words(content.text()) < 4) {
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

  private static boolean overlapsQuote(List<int[]> marks, int start, int end) {
    for (int[] q : marks) {
      if (q[0] < end && q[1] >= start) {
        return true;
      }
    }
    return false;
  }

  /** The most words a title in quotation marks has, for {@link #titled}. */
  private static final int TITLE_WORDS = 8;

  /**
   * Whether quoted words read as a title: at most {@link #TITLE_WORDS} words, the first and every
   * word of four letters or more capitalised ("Once Upon A Time in Hollywood", "Free, Prior and
   * Informed Consent", "Marriage Story.").
   */
  static boolean titled(String content) {
    String c = content.strip();
    if (c.isEmpty()) {
      return false;
    }
    String[] words = c.split("\\s+");
    if (words.length > TITLE_WORDS) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("[^\\p{L}\\p{N}]", "");
      if (w.isEmpty()) {
        return false;
      }
      if ((i == 0 || w.length() >= 4) && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a punctuation mark ends a quotation's words or follows its closing mark: '"Wow,"',
   * '"Wow", she said', '"Never!"'.
   */
  private static boolean markedOff(String text, String content, int close) {
    String c = content.strip();
    if (!c.isEmpty() && ",.!?…;:—–-".indexOf(c.charAt(c.length() - 1)) >= 0) {
      return true;
    }
    int after = close + (QuoteMarks.isDoubled(text, close) ? 2 : 1);
    while (after < text.length() && text.charAt(after) == ' ') {
      after++; // a tokenised text's space before its comma
    }
    return after < text.length() && ",.!?;:—–".indexOf(text.charAt(after)) >= 0;
  }

  /**
   * Whether quoted words read as a statement rather than a scare quote, a title or a figure: at
   * least five words with letters, or a sentence's end inside the marks.
   */
  static boolean statementLike(String content) {
    String c = content.strip();
    int words = words(c, true);
    if (titled(c) && ".!?…".indexOf(c.charAt(c.length() - 1)) < 0) {
      return false; // "Once Upon A Time in Hollywood", "My Heart Will Go On"
    }
    if (words >= 5) {
      return true;
    }
    return words >= 2 && c.matches("(?s).*[.!?…,]$") && Character.isUpperCase(c.charAt(0));
  }

  /**
   * Whether the words of {@code start..end} are a program's, not anyone's: three or more of the
   * marks code is made of and prose seldom holds (braces, equals and angle signs), an arrow, an
   * empty call or a closing tag ({@code ); const add = () => {}, {@code </h1> <div className=}), an
   * attribute's name and sign ({@code className=}), or an attribute's value: an equals sign right
   * before the quotation mark at or before {@code start} ({@code className="bg-red-500 …"}).
   */
  static boolean codeLike(String text, int start, int end) {
    String content = text.substring(start, end);
    int marks = 0;
    for (int i = 0; i < content.length(); i++) {
      if ("{}=<>".indexOf(content.charAt(i)) >= 0) {
        marks++;
      }
    }
    return marks >= 3
        || content.contains("=>")
        || content.contains("();")
        || content.contains("</")
        || content.contains("={")
        || content.strip().endsWith("=")
        || attributeValue(text, start);
  }

  /** Whether an equals sign stands right before the quotation mark at or before {@code start}. */
  private static boolean attributeValue(String text, int start) {
    String marks = "\"'“”‘’`";
    if (start < text.length() && marks.indexOf(text.charAt(start)) >= 0) {
      return start > 0 && text.charAt(start - 1) == '=';
    }
    int i = start - 1;
    while (i >= 0 && marks.indexOf(text.charAt(i)) >= 0 && i > start - 3) {
      i--;
    }
    return i >= 0 && i < start - 1 && text.charAt(i) == '=';
  }

  /** The words of a text: its runs of letters and digits. */
  static int words(String s) {
    return words(s, false);
  }

  /**
   * The runs of letters and digits of a text; with {@code letter}, only those that hold a letter (a
   * quoted time stamp or figure, "2025-12-18T17:02:12", "1, 2, 3", says nothing).
   */
  private static int words(String s, boolean letter) {
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean inWord = Character.isLetterOrDigit(c);
      if (!inWord) {
        counted = false;
      } else if (!counted && (!letter || Character.isLetter(c))) {
        n++;
        counted = true;
      }
    }
    return n;
  }

  /** Where the sentence holding {@code at} starts, by its punctuation: after a stop or a break. */
  static int sentenceStart(String text, int at) {
    int i = at - 1;
    while (i > 0) {
      char c = text.charAt(i);
      if (c == '\n'
          || ((c == '.' || c == '!' || c == '?') && i + 1 < at && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /**
   * Where the sentence that goes on at {@code from} ends: after its full stop, at a line break or
   * an opening quotation mark, or 200 characters on.
   */
  static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '"' || c == '“' || c == '«' || c == '„') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * Where the sentence of a quotation closing at {@code close} ends for the words around it: at its
   * closing mark when the quotation ends with a full stop and a new sentence starts after it ('"…
   * we'll move on." The Yankees … have made a loud statement' was said on no "statement"); else at
   * {@code sentenceEnd}, which a full stop inside the marks does not end ('"Why not?" she asked').
   */
  static int endsWithItsSentence(String text, int close, int sentenceEnd) {
    int last = close - 1;
    while (last > 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < 0 || text.charAt(last) != '.') {
      return sentenceEnd;
    }
    int next = skipSpace(text, close + 1);
    return next < text.length() && Character.isUpperCase(text.charAt(next))
        ? Math.min(close + 1, sentenceEnd)
        : sentenceEnd;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
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

  private static Span span(String text, int start, int end) {
    // A quote left open at the end of the text has no closing mark to include.
    int e = Math.min(end, text.length());
    int b = Math.min(start, e);
    return new Span(text.substring(b, e), b, e);
  }
}
