package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Spaces;
import org.dossier.model.Span;

/**
 * The statements as the annotator gives them: each content's edges tidied, and a statement's two
 * pieces either side of its cue joined. Applied to what the annotator gives, not to the rules'
 * statements the tagger reads as features, so that the shipped model stays what {@code dossier
 * train quotes} writes.
 */
final class GivenStatements {
  private GivenStatements() {}

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
  static Quote spanning(String text, Quote q, int from, int to) {
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
}
