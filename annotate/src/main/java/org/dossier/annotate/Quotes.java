package org.dossier.annotate;

import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Finds quotations and attributes them: direct quotes in any common quoting style, with the speaker
 * taken from the words beside the cue ("…," she said / said Okafor / Okafor told Reuters: "…") and
 * resolved to an entity ({@link Speakers#resolve}); quoted fragments (scare quotes, titles) kept
 * apart; a paraphrase around quoted words ('said the plan was "dead on arrival"') as a reported
 * statement. Statements without quotation marks come from {@link ReportedStatements}.
 */
final class Quotes {
  /** After the closing mark: ", she said" / ", said Okafor" / "," chief executive Okafor said". */
  private static final Pattern AFTER_SPEAKER_CUE =
      Pattern.compile(
          "^[,.!?…]?\\s*("
              + "(?:one|someone|a\\s+fan|one\\s+fan|a\\s+reader|one\\s+reader)(?=\\s)|"
              + SpeechPatterns.NOUN_PHRASE
              + "|"
              + SpeechPatterns.PERSON_PHRASE
              + "|"
              + SpeechPatterns.PRONOUN
              + "|(?:[a-z\\-]+\\s+){0,3}"
              + Speakers.NAME
              + ")\\s+(?:also\\s+|later\\s+)?("
              + SpeechPatterns.CUES
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
              + SpeechPatterns.CUES
              + ")\\s+("
              + CUE_DESCRIBED_NAME
              + "|"
              + SpeechPatterns.NOUN_PHRASE
              + "|"
              + SpeechPatterns.PERSON_PHRASE
              + "|"
              + SpeechPatterns.PRONOUN
              + "|"
              + Speakers.NAME
              + ")");

  /** Before the opening mark: 'Okafor said: ' / 'She told Vogue, ' / 'wrote on Instagram: '. */
  private static final Pattern BEFORE_SPEAKER_CUE =
      Pattern.compile(
          SpeechPatterns.SPEAKER
              + SpeechPatterns.APPOSITIVE
              + ",?\\s+(?:\\w+ly\\s+)?(?:also\\s+)?("
              + SpeechPatterns.CUES
              + ")\\b[^\"“”«»„.!?]{0,60}?[:,]?\\s*$");

  /** Before the opening mark, the cue first: 'One big difference, said Yeager: '. */
  private static final Pattern BEFORE_CUE_SPEAKER =
      Pattern.compile(
          ",\\s+("
              + SpeechPatterns.CUES
              + ")\\s+("
              + SpeechPatterns.NOUN_PHRASE
              + "|"
              + Speakers.NAME
              + ")\\s*:\\s*$");

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
      int sentenceStart = AroundQuotes.sentenceStart(text, open);
      int sentenceEnd = AroundQuotes.sentenceEnd(text, close + 1);
      String after = text.substring(Math.min(close + 1, text.length()), sentenceEnd);
      String before = text.substring(Math.max(sentenceStart, previousEnd + 1), open);
      Span cue = null;
      Span speaker = null;
      Matcher m = AFTER_SPEAKER_CUE.matcher(after);
      if (m.find()
          && Speakers.plausibleSpeaker(m.group(1))
          && !opensOwnStatement(content, text, close + 1 + m.end())) {
        speaker = AroundQuotes.span(text, close + 1 + m.start(1), close + 1 + m.end(1));
        cue = AroundQuotes.span(text, close + 1 + m.start(2), close + 1 + m.end(2));
      } else if ((m = AFTER_CUE_SPEAKER.matcher(after)).find()
          && Speakers.plausibleSpeaker(m.group(2))) {
        cue = AroundQuotes.span(text, close + 1 + m.start(1), close + 1 + m.end(1));
        speaker = AroundQuotes.span(text, close + 1 + m.start(2), close + 1 + m.end(2));
      } else if ((m = BEFORE_SPEAKER_CUE.matcher(before)).find()
          && Speakers.plausibleSpeaker(m.group(1))) {
        int base = open - before.length();
        speaker = AroundQuotes.span(text, base + m.start(1), base + m.end(1));
        cue = AroundQuotes.span(text, base + m.start(2), base + m.end(2));
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
        cue = AroundQuotes.span(text, base + m.start(1), base + m.end(1));
        speaker = AroundQuotes.span(text, base + m.start(2), base + m.end(2));
      } else if ((m = SpeechPatterns.ACCORDING_TO.matcher(before)).find()) {
        int base = open - before.length();
        cue = AroundQuotes.span(text, base + m.start(1), base + m.end(1));
        speaker = AroundQuotes.span(text, base + m.start(2), base + m.end(2));
      }
      boolean statementLike = QuotedWords.statementLike(content);
      // A short quotation with its cue after it is someone's words when a mark parts them ('"Wow,"
      // she said'); without one it names what the source is ('“Parasite” director Bong Joon Ho
      // said no-one could predict …').
      boolean cueAfter =
          cue != null
              && cue.start() > close
              && (statementLike || QuotedWords.markedOff(text, content, close));
      boolean unattributedShort = cue == null && QuotedWords.words(content, true) < 5;
      if ((!statementLike && !cueAfter) || unattributedShort) {
        // A word or two quoted inside an attributed sentence ("she would "never" work with"):
        // a fragment of someone's words, not a statement of its own.
        quotes.add(
            new Quote(
                QuoteKind.FRAGMENT,
                AroundQuotes.span(text, contentStart, contentEnd),
                null,
                null,
                null,
                null));
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
              AroundQuotes.endsWithItsSentence(text, close, sentenceEnd),
              entities);
      quotes.add(
          new Quote(
              QuoteKind.DIRECT,
              AroundQuotes.span(text, contentStart, contentEnd),
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
    quotes.addAll(ReportedStatements.find(text, sentences, statementMarks, entities));
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
    if (text.substring(start, open).contains("\n") || QuotedWords.words(gap) < 2) {
      return null;
    }
    int end = close + 1;
    int last = close - 1; // 'the shootings "didn't happen. "': a space may stand before the mark
    while (last > open && text.charAt(last) == ' ') {
      last--;
    }
    boolean closesSentence = last > open && ".!?…".indexOf(text.charAt(last)) >= 0;
    if (QuotedWords.words(after) > 0 && !closesSentence) {
      end = sentenceEnd;
      while (end > close + 1 && ".!?… ".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
    }
    return AroundQuotes.span(text, start, end);
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
    return all.stream()
        .filter(e -> !QuoteMarks.overlapsQuote(marks, e.start(), e.end() - 1))
        .toList();
  }
}
