package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Spaces;
import org.dossier.model.Span;

/**
 * Statements that an "according to" sets inside itself, as the annotator gives them. "Steyer,
 * according to a count from the Post and Courier, has the backing of six state legislators" is one
 * statement; the tagger and the rules read it as two, "Steyer" and "has the backing …", or as the
 * subject alone, and a ledger line that reads "Steyer" says nothing. And the words after the
 * source's comma may describe the source, not continue the statement: "…, according to Max Schrems,
 * Austrian privacy activist and founder of NOYB." is no statement of Schrems's. A source and its
 * cue between commas interrupt a statement the same way ("Those signs, he says, will now be posted
 * outside", "In the long run, many economists say, this effect could ripple …"): the words before
 * them, when they hold no verb of their own, open the statement.
 *
 * <p>Applied to what the annotator gives, after {@link GivenStatements}: the rules' statements stay
 * as the tagger reads them. {@code eval quotes} scores a statement so joined as the two pieces
 * either side of its cue and source, as PolNeAR marks it.
 */
final class InterruptedStatements {
  private InterruptedStatements() {}

  /** Sentence ends and closing marks a content leaves out at its end. */
  private static final String TRAILING = ".!?…\"”’' ";

  /**
   * The statements with each one an "according to" interrupts made whole, and the description of a
   * source after its comma dropped.
   *
   * @param text the text the offsets count in
   * @param quotes the statements, as {@link GivenStatements#asGiven} gives them
   * @param sentences CoreNLP's sentences, with their tokens' offsets and part-of-speech tags
   */
  static List<Quote> apply(String text, List<Quote> quotes, List<CoreMap> sentences) {
    if (sentences == null || sentences.isEmpty()) {
      return quotes;
    }
    List<Quote> out = new ArrayList<>(quotes);
    Set<Span> done = new HashSet<>();
    for (Quote q : quotes) {
      boolean accordingTo = interrupted(text, q);
      if (!(accordingTo || interruptedBySaying(text, q)) || !done.add(q.cue())) {
        continue;
      }
      // What interrupts the statement: "according to SOURCE", or "SOURCE said".
      int gapStart = accordingTo ? q.cue().start() : q.speaker().start();
      int gapEnd = accordingTo ? q.speaker().end() : q.cue().end();
      List<CoreLabel> tokens = tokensOf(sentences, q.cue().start());
      int comma = commaBefore(text, gapStart);
      int first = tokens.isEmpty() ? -1 : tokens.get(0).beginPosition();
      int resumes = gapEnd + afterComma(text, gapEnd);
      int next = firstAt(tokens, resumes);
      if (first < 0 || comma <= first || next < 0) {
        continue; // "According to X, …" opens its sentence; or the sentence ends at the source
      }
      List<Quote> group = new ArrayList<>();
      for (Quote o : out) {
        if (q.cue().equals(o.cue()) && q.speaker().equals(o.speaker())) {
          group.add(o);
        }
      }
      Quote before = null;
      Quote after = null;
      for (Quote o : group) {
        if (o.content().end() <= gapStart) {
          before = o;
        } else if (o.content().start() == resumes) {
          after = o;
        }
      }
      int from = before != null ? before.content().start() : first;
      boolean subject = !hasFinite(tokens, from, comma);
      if (!accordingTo) {
        // "This campaign, he says, is different", "In the long run, many economists say, this
        // effect could ripple …": the words before the source, which hold no verb of their own,
        // open what the source says after the cue.
        if (after != null && (subject || endsWithVerb(tokens, comma))) {
          Quote whole = GivenStatements.spanning(text, after, from, after.content().end());
          if (aloneIn(out, group, whole.content())) {
            int at = out.indexOf(group.get(0));
            out.removeAll(group);
            out.add(Math.min(at, out.size()), whole);
          }
        }
        continue;
      }
      if ((subject && verb(tokens.get(next))) || endsWithVerb(tokens, comma)) {
        // "Steyer, according to …, has the backing …", "He was, according to …, the last …":
        // the subject and what the source says of it, one statement.
        int end = after != null ? after.content().end() : sentenceEnd(text, tokens);
        if (end <= resumes) {
          continue;
        }
        Quote whole = GivenStatements.spanning(text, before != null ? before : q, from, end);
        int at = out.indexOf(group.get(0));
        out.removeIf(
            o -> group.contains(o) && o.content().start() >= from && o.content().end() <= end);
        out.add(Math.min(at, out.size()), whole);
      } else if (!subject
          && after != null
          && !finiteBeforeRelative(tokens, resumes, after.content().end())) {
        // "…, according to Max Schrems, Austrian privacy activist and founder of NOYB.", "…,
        // according to the bar council, the body that speaks for the town's lawyers.": a
        // description of the source, or of the statement's last words, not a statement.
        Quote appositive = after;
        out.removeIf(o -> o == appositive);
      }
    }
    return out;
  }

  /**
   * Whether a reported statement's cue is an "according to" after a comma, with its source right
   * after the cue and a comma after the source.
   */
  private static boolean interrupted(String text, Quote q) {
    if (q.kind() != QuoteKind.INDIRECT
        || q.cue() == null
        || q.speaker() == null
        || !q.cue().text().equalsIgnoreCase("according to")) {
      return false;
    }
    return betweenCommas(text, q.cue(), q.speaker());
  }

  /**
   * A verb of saying that a source, between commas, can set inside a statement: "…, he said, …".
   */
  private static final Pattern SAYING =
      Pattern.compile(
          "(?:also\\s+)?(?:"
              + SpeechPatterns.INDIRECT_CUES
              + "|say|believe|think|argue|note|add|insist|contend|write|claim|warn)");

  /**
   * Whether a reported statement's source and cue stand between commas inside the sentence, the
   * source first: "This campaign, he says, is different".
   */
  private static boolean interruptedBySaying(String text, Quote q) {
    if (q.kind() != QuoteKind.INDIRECT
        || q.cue() == null
        || q.speaker() == null
        || !SAYING.matcher(q.cue().text().strip()).matches()) {
      return false;
    }
    return betweenCommas(text, q.speaker(), q.cue());
  }

  /**
   * Whether {@code first} and {@code second} stand side by side, only spaces apart, with a comma
   * before the first and one after the second: ", according to police," or ", he said,".
   */
  private static boolean betweenCommas(String text, Span first, Span second) {
    return commaBefore(text, first.start()) >= 0
        && first.end() <= second.start()
        && text.substring(first.end(), second.start()).isBlank()
        && afterComma(text, second.end()) > 0;
  }

  /** Whether no statement but the group's own lies in {@code span}. */
  private static boolean aloneIn(List<Quote> quotes, List<Quote> group, Span span) {
    for (Quote o : quotes) {
      if (!group.contains(o)
          && o.content().start() < span.end()
          && span.start() < o.content().end()) {
        return false;
      }
    }
    return true;
  }

  /** Where the comma stands that only spaces part from {@code at}, before it; or -1. */
  private static int commaBefore(String text, int at) {
    int i = at;
    while (i > 0 && Spaces.isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i > 0 && text.charAt(i - 1) == ',' ? i - 1 : -1;
  }

  /** How many characters a comma and its spaces take from {@code at}; 0 when none stands there. */
  private static int afterComma(String text, int at) {
    int i = at;
    while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != ',') {
      return 0;
    }
    i++;
    while (i < text.length() && Spaces.isSpace(text.charAt(i))) {
      i++;
    }
    return i - at;
  }

  /** The tokens of the sentence that holds {@code at}; empty when none does. */
  private static List<CoreLabel> tokensOf(List<CoreMap> sentences, int at) {
    for (CoreMap s : sentences) {
      if (s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) <= at
          && at < s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)) {
        List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
        return tokens == null ? List.of() : tokens;
      }
    }
    return List.of();
  }

  /** The index of the token that starts at {@code at}, or -1. */
  private static int firstAt(List<CoreLabel> tokens, int at) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).beginPosition() == at) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasFinite(List<CoreLabel> tokens, int start, int end) {
    for (CoreLabel t : tokens) {
      if (t.beginPosition() >= start
          && t.endPosition() <= end
          && Attributions.FINITE.contains(t.tag())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a finite verb stands in {@code start..end} before any relative pronoun: "the body that
   * speaks for …" describes; "the leader has to adopt …" says something.
   */
  private static boolean finiteBeforeRelative(List<CoreLabel> tokens, int start, int end) {
    for (CoreLabel t : tokens) {
      if (t.beginPosition() < start || t.endPosition() > end) {
        continue;
      }
      String tag = t.tag();
      if (tag != null && (tag.startsWith("W") || t.word().equalsIgnoreCase("that"))) {
        return false;
      }
      if (Attributions.FINITE.contains(tag)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the last token before {@code end} is a verb ("He was, according to …, the last …"). */
  private static boolean endsWithVerb(List<CoreLabel> tokens, int end) {
    CoreLabel last = null;
    for (CoreLabel t : tokens) {
      if (t.endPosition() <= end) {
        last = t;
      }
    }
    return last != null && verb(last);
  }

  private static boolean verb(CoreLabel t) {
    String tag = t.tag();
    return tag != null && (tag.startsWith("VB") || tag.equals("MD"));
  }

  /** Where the sentence ends, without its closing punctuation and marks. */
  private static int sentenceEnd(String text, List<CoreLabel> tokens) {
    int end = tokens.get(tokens.size() - 1).endPosition();
    while (end > 0 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
