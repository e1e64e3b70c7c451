package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.Attributions.Chunk;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.TextDates;

/**
 * Where a span the tagger tagged starts and ends: a cue of "said" or "told" is the verb alone, or
 * the verb without the platform it names; a source ends before the time or setting the tagger ran
 * into it; a statement runs from its first word or opening mark to its last word.
 */
final class SpanEdges {
  private SpanEdges() {}

  /** Verbs whose cue is the verb alone: "said", not "said in an interview" or "said Tuesday". */
  private static final Set<String> BARE_CUE_VERBS = Set.of("say", "tell");

  /** Words of time that may close a source or follow a cue: "Friday", "last month", "earlier". */
  private static final Set<String> TIME_WORDS =
      TextDates.withWeekdays(
          "yesterday",
          "today",
          "tonight",
          "week",
          "month",
          "year",
          "weekend",
          "morning",
          "afternoon",
          "evening",
          "night",
          "earlier",
          "later",
          "recently");

  /** The indefinite articles and the settings a source may end in: "in an interview". */
  static final Set<String> ARTICLES = Set.of("a", "an");

  private static final Set<String> SETTINGS = Set.of("interview", "statement");

  /** Words before such a word that belong to the time: "on Friday", "last month", "this week". */
  private static final Set<String> TIME_LEAD_INS = Set.of("on", "last", "this", "next", "earlier");

  /** Words that make a weekday a day's name: "Super Tuesday", "Black Friday", "Easter Sunday". */
  private static final Set<String> DAY_NAMES =
      Set.of("super", "black", "cyber", "easter", "good", "ash", "palm", "holy", "giving");

  /**
   * A cue of "said" or "told" and the words after it (a place, a time, a manner: "said in an
   * interview", "said Tuesday", "told the FBI") as the verb alone, the way PolNeAR's annotators and
   * readers take it, except "said in a statement", which they keep whole; so is any verb before the
   * platform it names ("wrote on Instagram", "posted in a video"), which is the statement's own
   * field.
   */
  static Chunk trimCue(List<Token> tokens, Chunk cue) {
    if (cue.last() == cue.first()) {
      return cue;
    }
    if (cue.last() == cue.first() + 3
        && tokens.get(cue.first() + 1).word().equals("in")
        && tokens.get(cue.first() + 2).word().equals("a")
        && tokens.get(cue.last()).word().equals("statement")) {
      // "said in a statement" stays whole, as PolNeAR's annotators mark it more often than not
      // (55 times in train against 32); "said in an interview" is "said" (21 against 32).
      return cue;
    }
    Token next = tokens.get(cue.first() + 1);
    if (tokens.get(cue.first()).pos().startsWith("VB")
        && next.pos().equals("IN")
        && Platforms.named(words(tokens, cue.first() + 1, cue.last()))) {
      // "wrote on Instagram", "posted on X": the platform is the statement's own field.
      return new Chunk('C', cue.first(), cue.first());
    }
    if (!BARE_CUE_VERBS.contains(tokens.get(cue.first()).lemma())) {
      return cue;
    }
    boolean trailing =
        next.pos().equals("IN")
            || next.pos().startsWith("RB")
            || next.pos().equals("DT")
            || next.pos().startsWith("NN")
            || next.pos().startsWith("PRP")
            || TIME_WORDS.contains(next.word().toLowerCase(Locale.ROOT));
    return trailing ? new Chunk('C', cue.first(), cue.first()) : cue;
  }

  /**
   * A content without the punctuation the tagger put before its first word: a comma, a colon, a
   * dash or a closing bracket (", [he did not support …]", "- [and he can …]"), and the first of
   * two quotation marks with a space between them (" "[And Donald Trump …]"): the first closes what
   * came before. Two marks together open a quotation inside a quotation ('''College Bowl,'''). Nor
   * does it end in a colon or a semicolon.
   */
  static Chunk trimContent(List<Token> tokens, Chunk content) {
    int first = content.first();
    while (first < content.last() && LEADING_PUNCTUATION.contains(tokens.get(first).word())) {
      first++;
    }
    if (first < content.last()
        && Attributions.isQuotation(tokens.get(first).word())
        && Attributions.isQuotation(tokens.get(first + 1).word())
        && tokens.get(first).end() < tokens.get(first + 1).start()) {
      first++;
    }
    int last = content.last();
    if (!Attributions.isQuotation(tokens.get(first).word())) {
      last = beforeAside(tokens, first, last);
    }
    while (last > first && TRAILING_PUNCTUATION.contains(tokens.get(last).word())) {
      last--; // "the qualities necessary in a nominee in 2016[:]", "the wall[;]"
    }
    return first == content.first() && last == content.last()
        ? content
        : new Chunk('Q', first, last);
  }

  /**
   * Dashes as tokens: a writer sets them between spaces, as a pair around an aside ("a black man
   * who - according to prosecutors - …") or one before it.
   */
  static final Set<String> DASHES = Set.of("-", "--", "–", "—");

  /**
   * Words that open an aside after a dash rather than go on with the statement: a noun phrase about
   * what came before ("- the first time it has weighed in"), or a clause the writer adds ("- though
   * independent economists …", "- but it hasn't tamped it down"). Not "and", "or", "including",
   * "if" or "especially", after which PolNeAR's contents go on as often as they stop.
   */
  private static final Set<String> ASIDE_OPENERS =
      Set.of("a", "an", "the", "but", "though", "although", "except", "then", "so");

  /** Whether token {@code k} is a dash with a space on each side. */
  private static boolean spacedDash(List<Token> tokens, int k) {
    return DASHES.contains(tokens.get(k).word())
        && tokens.get(k - 1).end() < tokens.get(k).start()
        && k + 1 < tokens.size()
        && tokens.get(k).end() < tokens.get(k + 1).start();
  }

  /**
   * The last token of a statement outside quotation marks that runs on past one spaced dash into an
   * aside the writer adds: the token before the dash ("Mr. Trump said [Pfizer was unpatriotic] -
   * the first company to …"). A pair of dashes sets an aside inside the statement, which goes on
   * after it, and a dash inside a quotation is the quotation's own.
   *
   * @return {@code last} unless the statement is cut
   */
  private static int beforeAside(List<Token> tokens, int first, int last) {
    int marks = 0;
    int dash = -1;
    for (int k = first + 1; k <= last; k++) {
      if (Attributions.isQuotation(tokens.get(k).word())) {
        marks++;
      } else if (marks % 2 == 0 && spacedDash(tokens, k)) {
        if (dash >= 0) {
          return last;
        }
        dash = k;
      }
    }
    if (dash <= first + 1) {
      return last;
    }
    String opener = tokens.get(dash + 1).word().toLowerCase(Locale.ROOT);
    boolean contrast = // "is not that AI will replace doctors – but rather that …" goes on
        opener.equals("but")
            && dash + 2 <= last
            && tokens.get(dash + 2).word().equalsIgnoreCase("rather");
    return ASIDE_OPENERS.contains(opener) && !contrast ? dash - 1 : last;
  }

  /** A blank line: the break between two paragraphs. */
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x{A0}]*\\n");

  /**
   * The chunks with each content the tagger ran across a blank line cut to one paragraph: the one
   * its cue or source stands in, the first unless only a later chunk is one. The title of a pasted
   * text ('What the media won't tell you about the "very spiritual\' employee.') is a paragraph of
   * its own, and its words are not the body's. A quotation that goes on in the next paragraph
   * (which opens with a quotation mark) or one a colon announces keeps its paragraphs: PolNeAR's
   * 22,525 contents of train cross a blank line 106 times, 19 of them otherwise.
   */
  static List<Chunk> withinParagraphs(String text, List<Token> tokens, List<Chunk> chunks) {
    List<Chunk> out = null;
    for (int i = 0; i < chunks.size(); i++) {
      Chunk c = chunks.get(i);
      if (c.role() != 'Q' || c.first() == c.last()) {
        continue;
      }
      List<Integer> cuts = new ArrayList<>();
      for (int k = c.first() + 1; k <= c.last(); k++) {
        Token before = tokens.get(k - 1);
        Token t = tokens.get(k);
        if (BLANK_LINE.matcher(text).region(before.end(), t.start()).find()
            && !Attributions.isQuotation(t.word())
            && !before.word().equals(":")) {
          cuts.add(k);
        }
      }
      if (cuts.isEmpty()) {
        continue;
      }
      Chunk previous = i > 0 ? chunks.get(i - 1) : null;
      Chunk next = i + 1 < chunks.size() ? chunks.get(i + 1) : null;
      boolean keepLast =
          (previous == null || previous.role() == 'Q' || previous.last() + 1 < c.first())
              && next != null
              && next.role() != 'Q'
              && next.first() == c.last() + 1;
      Chunk kept =
          keepLast
              ? new Chunk('Q', cuts.get(cuts.size() - 1), c.last())
              : new Chunk('Q', c.first(), cuts.get(0) - 1);
      if (out == null) {
        out = new ArrayList<>(chunks);
      }
      out.set(i, trimContent(tokens, kept));
    }
    return out == null ? chunks : out;
  }

  /** Punctuation that never ends a statement: it announces or separates what follows. */
  private static final Set<String> TRAILING_PUNCTUATION = Set.of(":", ";");

  /** Punctuation that never opens a statement. */
  private static final Set<String> LEADING_PUNCTUATION =
      Stream.concat(Stream.of(",", ";", ":", ".", ")", "]"), DASHES.stream())
          .collect(Collectors.toUnmodifiableSet());

  /** The words of tokens {@code from} to {@code to}, inclusive, joined by spaces. */
  private static String words(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i <= to; i++) {
      b.append(i > from ? " " : "").append(tokens.get(i).word());
    }
    return b.toString();
  }

  /**
   * A speaker that stops inside the words describing it: "Mr. Daniloff, now 81 [and retired in
   * Cambridge, Mass.], said", "One attendee, who like others [spoke on the condition of anonymity],
   * said"; after its cue, {@link #withClauseToEnd}. A speaker before its cue runs on to the comma
   * right before the cue when it holds a description (a comma, not at its end), the words between
   * do not open with a comma of their own (", for example,"), stay in the sentence, and hold no
   * quotation mark, bracket, colon, semicolon, dash, the statement's content, or a verb of their
   * own unless the description is a relative clause they go on. PolNeAR marks such descriptions
   * whole, but is of two minds about the comma that closes them (997 of its train sources with a
   * comma inside end with one, 875 do not): it is left out.
   */
  static Quote withDescriptionToCue(String text, List<Token> tokens, Quote q) {
    Span speaker = q.speaker();
    Span cue = q.cue();
    if (speaker != null && cue != null && speaker.start() >= cue.end()) {
      return withClauseToEnd(text, tokens, q);
    }
    if (speaker == null || cue == null || speaker.end() >= cue.start()) {
      return q;
    }
    String trimmed = text.substring(speaker.end(), cue.start()).stripTrailing();
    if (!speaker.text().contains(",")
        || speaker.text().strip().endsWith(",")
        || !trimmed.endsWith(",")
        || trimmed.length() < 2) {
      return q;
    }
    int end = speaker.end() + trimmed.length() - 1;
    while (end > speaker.end() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int[] words = Attributions.tokenRange(tokens, speaker);
    int after = Attributions.tokenAt(tokens, speaker.end());
    int last = Attributions.tokenAt(tokens, cue.start());
    if (end <= speaker.end()
        || !describes(text, q, end)
        || words == null
        || after < 0
        || last < 0
        || tokens.get(words[0]).sentence() != tokens.get(last).sentence()) {
      return q;
    }
    // A verb of its own in the words makes them a clause ("Scot Ross, director of One Wisconsin
    // Now, said the numbers were even more dramatic, adding"), unless the speaker's description
    // is a relative clause they go on or open ("One attendee, who like others [spoke on the
    // condition of anonymity],", "a union organiser [who sent a letter to the mayor],").
    String gap = text.substring(speaker.end(), end).strip();
    if (!relativeClause(speaker.text())
        && !RELATIVE.contains(gap.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
      for (int i = after; i < tokens.size() && tokens.get(i).start() < end; i++) {
        if (Attributions.FINITE.contains(tokens.get(i).pos())) {
          return q;
        }
      }
    }
    return withSpeakerTo(text, q, end);
  }

  /**
   * A speaker after its cue whose relative clause stops short of the sentence's end: "said
   * Representative Raul Grijalva of Arizona, a co-chairman of the Congressional Progressive Caucus,
   * who sent a letter to Mr. Castro [criticizing the mortgage sales]." The clause runs to the full
   * stop when nothing but words stands between: no comma and space (", and as such nominated …"),
   * quotation mark, bracket, colon, semicolon or dash, "according to" (", who was shot nearby
   * [according to the New York Post]"), nor the statement's content.
   */
  private static Quote withClauseToEnd(String text, List<Token> tokens, Quote q) {
    Span speaker = q.speaker();
    int last = Attributions.tokenAt(tokens, speaker.end() - 1);
    if (last < 0 || !relativeClause(speaker.text())) {
      return q;
    }
    int end = last;
    while (end + 1 < tokens.size()
        && tokens.get(end + 1).sentence() == tokens.get(last).sentence()) {
      end++;
    }
    Token stop = tokens.get(end);
    if (end == last || !stop.word().equals(".")) {
      return q;
    }
    int to = stop.start();
    while (to > speaker.end() && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to <= speaker.end()
        || text.substring(speaker.end(), to).contains(", ")
        || !describes(text, q, to)) {
      return q;
    }
    return withSpeakerTo(text, q, to);
  }

  /**
   * Whether the words from a statement's speaker to {@code end} may describe the speaker: they do
   * not open with a comma of their own (", for example,") and hold no quotation mark, bracket,
   * colon, semicolon, dash, "according to", nor the statement's content.
   */
  private static boolean describes(String text, Quote q, int end) {
    String words = text.substring(q.speaker().end(), end);
    return !words.strip().startsWith(",")
        && WORDS_OF_A_DESCRIPTION.matcher(words).matches()
        && !ACCORDING_TO.matcher(words).find()
        && !Attributions.overlaps(q.content(), q.speaker().end(), end);
  }

  /** The statement with its speaker running on to {@code end}. */
  private static Quote withSpeakerTo(String text, Quote q, int end) {
    Span s = q.speaker();
    Span longer = new Span(text.substring(s.start(), end), s.start(), end);
    return new Quote(q.kind(), q.content(), q.cue(), longer, q.speakerResolved(), q.platform());
  }

  /** The words that open a relative clause. */
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "whom");

  /**
   * Whether a word after the first comma of {@code speaker} opens a relative clause ("X, who like
   * others"). Read from the words, not from the part-of-speech tags ({@link
   * Clauses#relativePronoun}): with the tags, "who" of "who’s" opened a clause the words alone did
   * not, and PolNeAR train lost a source ("Sen. Richard Blumenthal (D-Conn.), who’s been
   * aggressively pushing for new gun restrictions" for its "Sen. Richard Blumenthal (D-Conn.)").
   */
  private static boolean relativeClause(String speaker) {
    int comma = speaker.indexOf(',');
    if (comma < 0) {
      return false;
    }
    for (String w : speaker.substring(comma + 1).split("[\\s,]+")) {
      if (RELATIVE.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Words that attribute what follows to another source: no speaker's description holds them. */
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording\\s+to\\b");

  /** Characters that may stand in a speaker's description. */
  private static final Pattern WORDS_OF_A_DESCRIPTION = Pattern.compile("[^\"“”()\\[\\]:;—–\\n]*");

  /**
   * A statement without the time its content opens with, when the content follows its cue right
   * away and the time ends at a comma: the cue's time ("authorities said [Friday,] because she is
   * dying"), not the statement's; so is a day alone before a clause ("police said [Saturday] both
   * were dead", "announced [Friday that] they have made an arrest").
   */
  static Quote withoutCueTime(String text, List<Token> tokens, Quote q, boolean[] timeWords) {
    Span cue = q.cue();
    if (q.kind() != QuoteKind.INDIRECT
        || cue == null
        || cue.end() > q.content().start()
        || !text.substring(cue.end(), q.content().start()).isBlank()) {
      return q;
    }
    int[] range = Attributions.tokenRange(tokens, q.content());
    if (range == null || range[1] == range[0]) {
      return q;
    }
    int first = range[0];
    int last = range[1];
    int k = first;
    while (k < last && timeWords[k]) {
      k++;
    }
    if (k > first && k < last && tokens.get(k).word().equals(",")) {
      return GivenStatements.startingAt(text, q, tokens.get(k + 1).start());
    }
    // "said Saturday both were dead", "announced Friday that they have made an arrest": a day
    // alone, then a clause.
    int day = tokens.get(first).word().equalsIgnoreCase("on") ? first + 1 : first;
    if (k == day + 1
        && k < last
        && CUE_DAYS.contains(tokens.get(day).word().toLowerCase(Locale.ROOT))
        && Clauses.verbIn(tokens, k + 1, last)) {
      int from = tokens.get(k).word().equalsIgnoreCase("that") ? k + 1 : k;
      if (from <= last && CLAUSE_OPENERS.contains(tokens.get(from).pos())) {
        return GivenStatements.startingAt(text, q, tokens.get(from).start());
      }
    }
    return q;
  }

  /** The days a cue is dated by, right after it: "said Tuesday", "told reporters yesterday". */
  private static final Set<String> CUE_DAYS = TextDates.withWeekdays("today", "yesterday");

  /** Parts of speech a clause's subject opens with: "the", "they", "his", "Smith", "two". */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of("DT", "PRP", "PRP$", "NNP", "NNPS", "CD", "EX");

  /**
   * A source without the time or setting the model ran into it ("Gov. Terry McAuliffe on Friday",
   * "Sen. Durbin in an interview", "Rep. Sherman last month").
   */
  static Chunk trimSource(List<Token> tokens, Chunk source) {
    int last = source.last();
    boolean cut = true;
    while (cut && last > source.first()) {
      cut = false;
      String w = tokens.get(last).word().toLowerCase(Locale.ROOT);
      if (TIME_WORDS.contains(w)) {
        int k = last - 1; // "on Friday", "last month", "this week", "on Super Tuesday"
        if (k > source.first()
            && DAY_NAMES.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
          k--;
        }
        while (k > source.first()
            && TIME_LEAD_INS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
          k--;
        }
        if (k >= source.first() && k < last) {
          last = k;
          cut = true;
        }
      } else if (last - 3 > source.first()
          && tokens.get(last - 2).word().equalsIgnoreCase("in")
          && ARTICLES.contains(tokens.get(last - 1).word().toLowerCase(Locale.ROOT))
          && SETTINGS.contains(w)) {
        last -= 3; // "in an interview", "in a statement"
        cut = true;
      }
    }
    if (last > source.first()
        && tokens.get(last).word().equals(",")
        && !setApart(tokens, source.first(), last)) {
      last--; // "[House Minority Leader Nancy Pelosi][,] who …": a name's comma is the sentence's
    }
    return last == source.last() ? source : new Chunk('S', source.first(), last);
  }

  /**
   * Whether a comma or a bracket stands among tokens {@code first} to {@code last} (exclusive): a
   * description set apart after the name ("Rahm Emanuel, his chief of staff,"), whose closing comma
   * PolNeAR's sources keep.
   */
  private static boolean setApart(List<Token> tokens, int first, int last) {
    for (int k = first; k < last; k++) {
      String w = tokens.get(k).word();
      if (w.equals(",") || w.equals("(") || w.equals("-LRB-")) {
        return true;
      }
    }
    return false;
  }
}
