package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.TextDates;

/**
 * The content of a reported statement: where it starts and ends, and whether the words after a cue
 * are a statement at all. A content runs to its sentence's end; it starts after its "that" when
 * words of time, place or a name stand before it ("said Monday in an internal memo that …"); the
 * object of a verb that also takes one ("added 300 jobs") and an embedded question ("asked what
 * readers want") are no statement. Used by {@link Attributions#merge} on the tagger's spans.
 */
final class ReportedContents {
  private ReportedContents() {}

  /**
   * A reported statement runs to the end of its sentence: a content that follows its cue ("found
   * that …") and stops short of the sentence's end, with nothing tagged after it, is extended to
   * the last word before the closing punctuation. The linear model loses long clauses at a verb it
   * has rarely seen inside one.
   */
  static int[] extendReported(List<Token> tokens, int[] tags) {
    int[] out = tags.clone();
    for (Attributions.Chunk c : Attributions.chunks(tags)) {
      if (c.role() != 'Q' || c.first() == 0) {
        continue;
      }
      Token first = tokens.get(c.first());
      int before = tags[c.first() - 1];
      boolean afterCue = before == 3 || before == 4 || first.word().equalsIgnoreCase("that");
      if (!afterCue || first.inQuote()) {
        continue;
      }
      String lastWord = tokens.get(c.last()).word();
      if (lastWord.equals(",")
          || (lastWord.length() == 1 && Attributions.CLOSING.contains(lastWord))
          || lastWord.equals("''")) {
        continue; // the model ended the statement at a clause's edge: "… worst,” clearly intended"
      }
      int sentence = tokens.get(c.last()).sentence();
      int end = c.last();
      while (end + 1 < tokens.size() && tokens.get(end + 1).sentence() == sentence) {
        end++;
      }
      while (end > c.last() && ".!?".contains(tokens.get(end).word())) {
        end--;
      }
      int cueFirst = c.first() - 1;
      while (cueFirst > 0 && (tags[cueFirst - 1] == 3 || tags[cueFirst - 1] == 4)) {
        cueFirst--;
      }
      int back = Clauses.backToMainClause(tokens, cueFirst, c.last() + 1, end);
      if (back >= 0) {
        end = back - 1;
      }
      boolean free = end - c.last() <= 40;
      for (int i = c.last() + 1; i <= end && free; i++) {
        free = tags[i] == 0 && !Attributions.isMark(tokens.get(i).word());
      }
      if (free) {
        for (int i = c.last() + 1; i <= end; i++) {
          out[i] = 6;
        }
      }
    }
    return out;
  }

  /**
   * Verbs of saying that also take a plain object: "added that …" and "added 300 jobs", "wrote that
   * …" and "wrote a $500,000 check" or "wrote this article", "posted that …" and "posted a picture
   * of herself", "published research on behalf of …". Not "tweet": what was tweeted is most often
   * the message ("tweeted her thanks to the president").
   */
  private static final Set<String> OBJECT_VERBS = Set.of("add", "write", "post", "publish", "blog");

  /**
   * Whether a content right after such a verb is its object, not a statement: it does not open with
   * "that", a colon or a quotation mark, and holds no finite verb.
   */
  static boolean objectNotStatement(
      List<Token> tokens, Attributions.Chunk cue, Attributions.Chunk content) {
    if (!OBJECT_VERBS.contains(tokens.get(cue.last()).lemma())
        || content.first() != cue.last() + 1) {
      return false;
    }
    String first = tokens.get(content.first()).word();
    if (first.equalsIgnoreCase("that") || first.equals(":") || Attributions.isMark(first)) {
      return false;
    }
    for (int i = content.first(); i <= content.last(); i++) {
      // "added 4 mm of foam and switched to a new outsole": a verb right after "and" goes on
      // with the cue's own subject, and is no clause of its own.
      boolean conjoined = i > content.first() && tokens.get(i - 1).pos().equals("CC");
      if ((Attributions.FINITE.contains(tokens.get(i).pos()) && !conjoined)
          || tokens.get(i).inQuote()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A reported statement that opens with a few words of time or place before its "that" ("said
   * Monday in an internal memo that he …"), from after the "that"; any other quote as it is.
   */
  static Quote fromThat(String text, List<Token> tokens, Quote q) {
    if (q.kind() != QuoteKind.INDIRECT || q.content().end() <= q.content().start()) {
      return q;
    }
    int first = Attributions.tokenAt(tokens, q.content().start());
    int last = Attributions.tokenAt(tokens, q.content().end() - 1);
    if (first < 0 || last < first) {
      return q;
    }
    int that = leadingThat(tokens, new Attributions.Chunk('Q', first, last));
    Span cue = q.cue();
    if (that < 0 && cue != null) {
      int cueLast = Attributions.tokenAt(tokens, cue.end() - 1);
      int cueFirst = Attributions.tokenAt(tokens, cue.start());
      that = thatAfterObject(tokens, cueFirst, cueLast, first, last);
      int place = placeInCue(tokens, cueFirst, cueLast);
      if (that > first && place > 0) {
        // "[reported on her show on] Radio Kallvik 101 that …": the cue is its words before the
        // phrase of where.
        cue = Attributions.span(text, tokens, new Attributions.Chunk('C', cueFirst, place - 1));
      }
    }
    if (that <= first) {
      return q;
    }
    Quote cut =
        Attributions.content(
            text,
            tokens.get(that).start(),
            q.content().end(),
            cue,
            q.speaker(),
            q.speakerResolved(),
            q.platform());
    return cut.kind() == QuoteKind.INDIRECT ? cut : q;
  }

  /** Words a time before a statement's "that" starts with. */
  private static final Set<String> TIME_LEADS =
      TextDates.withWeekdays(
          "yesterday", "today", "tonight", "tomorrow", "last", "this", "earlier", "late", "early");

  /** The most words of a name that a content may open with before its "that". */
  private static final int NAME_BEFORE_THAT = 10;

  /**
   * The "that" a content opens with after a few words of time or place and no verb ("Monday in an
   * internal memo that …"), or after a name alone, the one told ("told Superior Court Judge James
   * Dabney that …", where the model started the content inside the name); or -1.
   */
  static int leadingThat(List<Token> tokens, Attributions.Chunk content) {
    int named = thatAfterName(tokens, content);
    if (named >= 0) {
      return named;
    }
    // Time or place: a preposition or adverb first ("in a statement", "yesterday"), or a time
    // ("Monday in an internal memo"); "Trump's claim that …" is a statement of its own.
    Token lead = tokens.get(content.first());
    boolean timeOrPlace =
        lead.pos().equals("IN")
            || lead.pos().startsWith("RB")
            || "DATE".equals(lead.ner())
            || "TIME".equals(lead.ner())
            || TIME_LEADS.contains(lead.word().toLowerCase(Locale.ROOT));
    if (!timeOrPlace) {
      return -1;
    }
    for (int i = content.first(); i <= Math.min(content.last() - 2, content.first() + 6); i++) {
      Token t = tokens.get(i);
      if (t.word().equalsIgnoreCase("that")) {
        return i;
      }
      if (t.pos().startsWith("VB")
          || t.pos().equals("MD")
          || t.inQuote()
          || Attributions.isMark(t.word())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The "that" after a content's first words where they end a phrase of where or how the words were
   * said, which stands between the cue and the content ("reported [on his show on] AM 570 that the
   * Red Sox …", "reported [in its Tuesday] editions that …"): the words between open with a
   * preposition, the content's words before its "that" are a noun phrase, and a subject follows
   * "that" (a verb would make it a relative clause on the noun: "on problems that plagued …"); or
   * -1. The tagger may take the phrase into the cue ("[reported on her show on] Radio Kallvik 101
   * that …"): a cue of a verb, then a preposition and a noun, that ends with a preposition right
   * before the content opens it too ({@link #placeInCue}).
   */
  static int thatAfterObject(List<Token> tokens, int cueFirst, int cueLast, int first, int last) {
    if (cueLast < 0
        || cueLast >= first
        || !(cueLast + 1 < first
            ? tokens.get(cueLast + 1).pos().equals("IN")
            : placeInCue(tokens, cueFirst, cueLast) > 0)) {
      return -1;
    }
    for (int i = first; i <= Math.min(last - 2, first + 6); i++) {
      Token t = tokens.get(i);
      if (t.word().equalsIgnoreCase("that")) {
        Token next = tokens.get(i + 1);
        boolean subject = !next.pos().startsWith("VB") && !next.pos().equals("MD");
        return i > first && subject ? i : -1;
      }
      if (!SpeakerSpans.NOUN_PHRASE_TAGS.contains(t.pos()) || t.inQuote()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where a phrase of place opens in a cue of a verb, then a preposition, a noun phrase and a
   * preposition ("reported [on] her show on"): the first preposition's token, or -1. Not in "asked
   * about", "pointing to" or "made no secret of", whose preposition opens the verb's object, the
   * content ("asked about [concerns that …]").
   */
  private static int placeInCue(List<Token> tokens, int cueFirst, int cueLast) {
    if (cueFirst < 0 || !tokens.get(cueLast).pos().equals("IN")) {
      return -1;
    }
    for (int p = cueFirst + 1; p < cueLast - 1; p++) {
      if (tokens.get(p).pos().equals("IN") && tokens.get(p - 1).pos().startsWith("VB")) {
        for (int n = p + 1; n < cueLast; n++) {
          if (tokens.get(n).pos().startsWith("NN")) {
            return p;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * The "that" right after proper nouns only, the content's first words, where the name is the one
   * told: after a verb, a determiner or the name's own first words ("told The New York Times that",
   * not "sued Trump University that he is overseeing", where "that" opens a relative clause); or
   * -1.
   */
  static int thatAfterName(List<Token> tokens, Attributions.Chunk content) {
    if (content.first() == 0) {
      return -1;
    }
    String before = tokens.get(content.first() - 1).pos();
    if (!before.startsWith("VB") && !before.startsWith("NNP") && !before.equals("DT")) {
      return -1;
    }
    int limit = Math.min(content.last() - 2, content.first() + NAME_BEFORE_THAT);
    for (int i = content.first(); i <= limit; i++) {
      Token t = tokens.get(i);
      if (t.word().equals("that")) {
        return i > content.first() ? i : -1;
      }
      if (!t.pos().startsWith("NNP") || t.inQuote()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Verbs of words themselves: a question that ends in one asks what was said ("what readers are
   * saying"), where one that ends in "believes" or "thinks" is a statement of belief in PolNeAR.
   */
  private static final Set<String> WORDS_VERBS = Set.of("say", "talk", "write", "tweet", "post");

  /** Words that open an embedded question: "what", "how". */
  private static final Set<String> WH_WORDS = Set.of("what", "how", "whatever");

  /**
   * Whether a content is an embedded question, not a statement: it opens with "what" or "how" and
   * either ends in a verb of words ({@link #WORDS_VERBS}: "see [what Pulse readers are saying]"),
   * or holds no verb and its cue, which may be null, follows right after it (the model took the
   * question's subject for the content).
   */
  static boolean askedNotSaid(
      List<Token> tokens, Attributions.Chunk content, Attributions.Chunk cue) {
    if (!WH_WORDS.contains(tokens.get(content.first()).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int last = content.last();
    while (last > content.first()
        && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))) {
      last--;
    }
    Token end = tokens.get(last);
    if (last > content.first() + 1
        && end.pos().startsWith("VB")
        && WORDS_VERBS.contains(end.lemma())) {
      return true; // "see [what Pulse readers are saying]": the question ends in its saying verb
    }
    return cue != null
        && cue.first() == content.last() + 1
        && !Clauses.verbIn(tokens, content.first() + 1, content.last());
  }
}
