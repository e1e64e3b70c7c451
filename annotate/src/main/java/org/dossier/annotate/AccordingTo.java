package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Where the statement of an "according to" stands in its sentence when the model's content missed
 * it: after the appositive that describes the source ("According to Alan Mauldin, research director
 * of TeleGeography, [the succession of problems …]"), or after the source when only a phrase of
 * time or place comes before the cue ("Then, on September 10, 2010, according to a surviving
 * victim, [Hiller went berserk again]").
 */
final class AccordingTo {
  private AccordingTo() {}

  /** The most words an appositive of a source runs to. */
  private static final int APPOSITIVE = 15;

  /** Whether a statement's cue is "according to", with its source right after it. */
  private static boolean accordingTo(String text, Quote q) {
    Span cue = q.cue();
    Span speaker = q.speaker();
    return q.kind() == QuoteKind.INDIRECT
        && cue != null
        && speaker != null
        && cue.text().strip().equalsIgnoreCase("according to")
        && speaker.start() >= cue.end()
        && text.substring(cue.end(), speaker.start()).isBlank();
  }

  /**
   * A statement without the appositive its content opens with, when it follows "according to" and a
   * named source with a comma, and the appositive is a noun phrase with no verb and no time in it,
   * followed by a comma and a clause whose verb comes before any comma; else the statement as it
   * was. "According to police, the suspect, Adam Smith, was arrested" keeps its content: the verb
   * there comes after a second comma.
   */
  static Quote withoutAppositive(String text, List<Token> tokens, Quote q, boolean[] timeWords) {
    if (!accordingTo(text, q)
        || q.content().start() < q.speaker().end()
        || !text.substring(q.speaker().end(), q.content().start()).strip().equals(",")) {
      return q;
    }
    int[] range = Attributions.tokenRange(tokens, q.content());
    int name = Attributions.tokenAt(tokens, q.speaker().end() - 1);
    if (range == null
        || name < 0
        || !tokens.get(name).pos().startsWith("NNP")
        || !nounPhraseStart(tokens.get(range[0]))) {
      return q;
    }
    int first = range[0];
    int last = range[1];
    int sentence = tokens.get(first).sentence();
    for (int i = first; i <= last && i <= first + APPOSITIVE; i++) {
      Token t = tokens.get(i);
      if (t.sentence() != sentence || timeWords[i] || t.pos().startsWith("W")) {
        return q;
      }
      if (t.word().equals(",")) {
        return i > first && clauseAfter(tokens, i + 1, last)
            ? GivenStatements.startingAt(text, q, tokens.get(i + 1).start())
            : q;
      }
      if (t.pos().startsWith("VB") || t.pos().equals("MD")) {
        return q;
      }
    }
    return q;
  }

  /**
   * The statements with each "according to" whose content is only a phrase of time or place before
   * the cue, with no verb (it opens with an adverb, a preposition or a time word), given the clause
   * after the source's comma to the sentence's end instead, when that clause has a subject; such a
   * statement goes if another already holds that clause.
   */
  static List<Quote> clausesAfterSources(
      String text, List<Token> tokens, List<Quote> quotes, boolean[] timeWords) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Span clause = clauseAfterSource(text, tokens, q, timeWords);
      if (clause == null) {
        out.add(q);
      } else if (quotes.stream()
          .noneMatch(
              o -> o.content().start() < clause.end() && o.content().end() > clause.start())) {
        out.add(
            new Quote(
                QuoteKind.INDIRECT,
                clause,
                q.cue(),
                q.speaker(),
                q.speakerResolved(),
                q.platform()));
      }
    }
    return out;
  }

  private static Span clauseAfterSource(
      String text, List<Token> tokens, Quote q, boolean[] timeWords) {
    if (!accordingTo(text, q)
        || q.content().end() > q.cue().start()
        || !CLAUSE_GAP.matcher(text.substring(q.content().end(), q.cue().start())).matches()) {
      return null;
    }
    int[] range = Attributions.tokenRange(tokens, q.content());
    int comma = Attributions.tokenAt(tokens, q.speaker().end() - 1) + 1;
    if (range == null || comma <= 0 || comma + 1 >= tokens.size()) {
      return null;
    }
    String pos = tokens.get(range[0]).pos();
    if (!(pos.equals("RB") || pos.equals("IN") || timeWords[range[0]])
        || Clauses.verbIn(tokens, range[0], range[1])) {
      return null;
    }
    int sentence = tokens.get(comma).sentence();
    if (!tokens.get(comma).word().equals(",") || tokens.get(comma + 1).sentence() != sentence) {
      return null;
    }
    int end = sentenceEnd(tokens, comma + 1);
    if (!clauseAfter(tokens, comma + 1, end)) {
      return null;
    }
    int s = tokens.get(comma + 1).start();
    int e = tokens.get(end).end();
    return new Span(text.substring(s, e), s, e);
  }

  /**
   * The last word or number of the sentence token {@code from} stands in, at or after {@code from}.
   */
  private static int sentenceEnd(List<Token> tokens, int from) {
    int end = Attributions.sentenceTokens(tokens, from)[1];
    while (end > from && !Character.isLetterOrDigit(tokens.get(end).word().charAt(0))) {
      end--;
    }
    return end;
  }

  /** What stands between such a content and its cue: a comma, or nothing. */
  private static final Pattern CLAUSE_GAP = Pattern.compile("\\s*,?\\s*");

  /**
   * Whether tokens from {@code from} to {@code last} open with a subject and reach its finite verb
   * before any comma.
   */
  static boolean clauseAfter(List<Token> tokens, int from, int last) {
    if (from > last || !nounPhraseStart(tokens.get(from))) {
      return false;
    }
    for (int j = from + 1; j <= last; j++) {
      Token u = tokens.get(j);
      if (u.word().equals(",")) {
        return false;
      }
      if (Attributions.FINITE.contains(u.pos())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token can open a noun phrase: a determiner, noun, adjective or pronoun. */
  private static boolean nounPhraseStart(Token t) {
    return nounPhraseTag(t.pos()) && !t.word().toLowerCase(Locale.ROOT).equals("that");
  }

  /** Whether a part of speech opens a noun phrase: a determiner, noun, adjective or pronoun. */
  static boolean nounPhraseTag(String pos) {
    return pos != null
        && (pos.equals("DT")
            || pos.startsWith("NN")
            || pos.startsWith("JJ")
            || pos.startsWith("PRP")
            || pos.equals("CD"));
  }

  /**
   * The spans with the verb the model took for a cue after an "according to" that interrupts its
   * statement made the start of that statement's content: "The Orioles, [according to] [reports,]
   * [have offered] [Teixeira a seven-year deal]" reads "have offered Teixeira a seven-year deal",
   * as a statement that ", officials said," interrupts does. The "according to" follows a comma,
   * and the verb comes right after its source and that source's comma, with the content right after
   * it.
   */
  static List<Attributions.Chunk> verbAfterParenthesis(
      List<Token> tokens, List<Attributions.Chunk> chunks) {
    List<Attributions.Chunk> out = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      Attributions.Chunk c = chunks.get(i);
      if (i >= 2 && i + 1 < chunks.size() && c.role() == 'C') {
        Attributions.Chunk cue = chunks.get(i - 2);
        Attributions.Chunk source = chunks.get(i - 1);
        Attributions.Chunk content = chunks.get(i + 1);
        int comma =
            tokens.get(source.last()).word().equals(",") ? source.last() : source.last() + 1;
        if (cue.role() == 'C'
            && source.role() == 'S'
            && content.role() == 'Q'
            && isAccordingTo(tokens, cue)
            && cue.first() > 0
            && tokens.get(cue.first() - 1).word().equals(",")
            && source.first() == cue.last() + 1
            && comma < tokens.size()
            && tokens.get(comma).word().equals(",")
            && c.first() == comma + 1
            && content.first() == c.last() + 1
            && Clauses.verbIn(tokens, c.first(), c.last())
            && tokens.get(c.first()).sentence() == tokens.get(cue.first()).sentence()) {
          out.add(new Attributions.Chunk('Q', c.first(), content.last()));
          i++;
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * The spans with an "according to" set off by dashes or brackets inside its sentence read as the
   * aside it is: its source ends at the closing dash, and the words after that dash open the
   * statement ("a black man who - according to [prosecutors] - [Orozco tried to kill simply because
   * of his race]", not the source "prosecutors - Orozco"). A content the model ended at the opening
   * dash after a relative pronoun or a preposition is the writer's own clause, whose statement the
   * aside interrupts, and goes, unless a cue stands before it in the sentence.
   */
  static List<Attributions.Chunk> parentheticalSources(
      List<Token> tokens, List<Attributions.Chunk> chunks) {
    List<Attributions.Chunk> out = new ArrayList<>(chunks);
    for (int i = 0; i + 1 < out.size(); i++) {
      Attributions.Chunk cue = out.get(i);
      Attributions.Chunk source = out.get(i + 1);
      if (cue.role() != 'C'
          || source.role() != 'S'
          || source.first() != cue.last() + 1
          || !isAccordingTo(tokens, cue)
          || cue.first() == 0) {
        continue;
      }
      String opener = tokens.get(cue.first() - 1).word();
      boolean dash = SpanEdges.DASHES.contains(opener);
      if (!dash && !opener.equals("(")) {
        continue;
      }
      int sentence = tokens.get(cue.first()).sentence();
      int close = -1;
      for (int k = source.first() + 1; k <= source.last() + 1 && k < tokens.size(); k++) {
        String w = tokens.get(k).word();
        if (dash ? SpanEdges.DASHES.contains(w) : w.equals(")")) {
          close = k;
          break;
        }
      }
      if (close < 0 || close + 1 >= tokens.size() || tokens.get(close + 1).sentence() != sentence) {
        continue;
      }
      if (close <= source.last()) {
        out.set(i + 1, new Attributions.Chunk('S', source.first(), close - 1));
      }
      Attributions.Chunk after = i + 2 < out.size() ? out.get(i + 2) : null;
      if (after != null
          && after.role() == 'Q'
          && after.first() > close
          && after.first() <= Math.max(close, source.last()) + 1) {
        out.set(i + 2, new Attributions.Chunk('Q', close + 1, after.last()));
      } else {
        int end = sentenceEnd(tokens, close + 1);
        if (clauseAfter(tokens, close + 1, end)
            && (after == null || tokens.get(after.first()).sentence() != sentence)) {
          out.add(i + 2, new Attributions.Chunk('Q', close + 1, end));
        }
      }
      Attributions.Chunk before = i > 0 ? out.get(i - 1) : null;
      int opening = cue.first() - 1;
      if (before != null
          && before.role() == 'Q'
          && (before.last() == opening || before.last() == opening - 1)
          && opening > 0
          && !cueBefore(tokens, out, i - 1)) {
        String pos = tokens.get(opening - 1).pos();
        if (pos.startsWith("W") || pos.equals("IN")) {
          out.remove(i - 1);
          i--;
        }
      }
    }
    return out;
  }

  /**
   * Whether a cue chunk stands before chunk {@code at} in its sentence: "Clinton publicly [blamed]
   * [the attack on an anti-Islamic video while] — according to emails … — knowing …" keeps its
   * content, which is the cue's before it.
   */
  private static boolean cueBefore(List<Token> tokens, List<Attributions.Chunk> chunks, int at) {
    int sentence = tokens.get(chunks.get(at).first()).sentence();
    for (int j = at - 1; j >= 0; j--) {
      Attributions.Chunk c = chunks.get(j);
      if (tokens.get(c.last()).sentence() != sentence) {
        return false;
      }
      if (c.role() == 'C') {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue the model tagged ends with "according to". */
  static boolean isAccordingTo(List<Token> tokens, Attributions.Chunk cue) {
    return cue.last() > cue.first()
        && tokens.get(cue.last()).word().equalsIgnoreCase("to")
        && tokens.get(cue.last() - 1).word().equalsIgnoreCase("according");
  }
}
