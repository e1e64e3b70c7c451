package org.dossier.annotate;

import java.util.List;
import java.util.Set;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.Attributions.Chunk;

/**
 * A statement that an attribution interrupts or closes ("Hiller drove her car to the gate, police
 * say, and headed back up"), whose own verb the model took for a cue; and a verb of speech after a
 * content that has a content of its own ("… and asked her to pose").
 */
final class Parentheticals {
  private Parentheticals() {}

  /**
   * The token span [first, last] of a content once the clause it belongs to is read whole, when the
   * model took the clause's verb right before the content, a verb of no speech, for a cue: before a
   * cue that interrupts or closes the sentence after a comma ("[Hiller] [drove] [her car to the
   * gate] and forced her way in, police say"), the content runs from the source the model found
   * before that verb, or the verb, to the comma; after such a cue and "and" ("…, police say, and
   * [headed] back up [to the third floor]"), from the verb. Else null.
   */
  static int[] clause(List<Chunk> chunks, List<Token> tokens, Chunk cue, Chunk content) {
    if (cue == null
        || (cue.first() <= content.last() && cue.last() >= content.first())
        || tokens.get(cue.first()).sentence() != tokens.get(content.first()).sentence()) {
      return null;
    }
    Chunk verb = before(chunks, content.first(), 'C');
    if (verb == null || !otherVerbs(tokens, verb)) {
      return null;
    }
    if (cue.last() < content.first()) {
      // "…, police say, and [headed] back up [to the third floor]": the statement goes on after
      // its cue, with the verb the model took for a cue.
      boolean goesOn =
          verb.first() - cue.last() == 3
              && tokens.get(cue.last() + 1).word().equals(",")
              && CONJUNCTIONS.contains(tokens.get(cue.last() + 2).word());
      return goesOn ? new int[] {verb.first(), content.last()} : null;
    }
    if (tokens.get(cue.first()).pos().equals("VBG")) {
      return null; // "…, saying his campaign …": a statement of its own
    }
    if (cue.first() == content.last() + 1 && endsWithComma(tokens, content)) {
      // '[…] the "impact is very small,'' said a company official.': the cue closes the statement
      // with its source after it.
      Chunk subject = before(chunks, verb.first(), 'S');
      int from = subject != null ? subject.first() : verb.first();
      return new int[] {from, content.last()};
    }
    Chunk source = before(chunks, cue.first(), 'S');
    int comma = (source != null ? source.first() : cue.first()) - 1;
    if (comma <= content.last()
        || comma - content.last() > CLAUSE_TAIL
        || !tokens.get(comma).word().equals(",")
        || cue.last() + 1 >= tokens.size()
        || !",.".contains(tokens.get(cue.last() + 1).word())) {
      // Not "…, police say, and …" or "…, police say.": the cue does not interrupt or close the
      // statement.
      return null;
    }
    for (int i = content.last() + 1; i < comma; i++) {
      Token t = tokens.get(i);
      if (BREAKS.contains(t.word()) || t.sentence() != tokens.get(comma).sentence()) {
        return null; // "… in Iowa, which …": the statement's own clause has ended
      }
    }
    Chunk subject = before(chunks, verb.first(), 'S');
    int from = subject != null ? subject.first() : verb.first();
    return tokens.get(from).sentence() == tokens.get(content.first()).sentence()
        ? new int[] {from, comma - 1}
        : null;
  }

  /** The model's cue that ends right before a content, or null. */
  static Chunk verbBefore(List<Chunk> chunks, Chunk content) {
    return before(chunks, content.first(), 'C');
  }

  /**
   * Whether a cue after a content, in its sentence, has a content of its own right after it (or
   * after one word, such as "that"): "… and asked [her to pose]".
   */
  static boolean ownsLaterContent(
      List<Chunk> chunks, List<Token> tokens, Chunk cue, Chunk content) {
    return cue.first() > content.last()
        && tokens.get(cue.first()).sentence() == tokens.get(content.first()).sentence()
        && introducesContent(chunks, cue);
  }

  /** Whether a content starts right after a cue, or one word ("that") after it. */
  static boolean introducesContent(List<Chunk> chunks, Chunk cue) {
    for (Chunk c : chunks) {
      if (c.role() == 'Q' && c.first() > cue.last() && c.first() <= cue.last() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether a content ends with a comma, before a closing quotation mark or not. */
  private static boolean endsWithComma(List<Token> tokens, Chunk content) {
    int last = content.last();
    if (last > content.first() && Attributions.isQuotation(tokens.get(last).word())) {
      last--;
    }
    return last > content.first() && tokens.get(last).word().equals(",");
  }

  /** The chunk of a role that ends right before a token, or null. */
  private static Chunk before(List<Chunk> chunks, int at, char role) {
    for (Chunk c : chunks) {
      if (c.last() == at - 1 && c.role() == role) {
        return c;
      }
    }
    return null;
  }

  /** The most tokens between a content and the comma before the cue that interrupts it. */
  private static final int CLAUSE_TAIL = 12;

  /** Punctuation that ends a clause inside a sentence. */
  private static final Set<String> BREAKS = Set.of(",", ";", ":", "-", "--", "—", "–");

  /** What joins a statement's second verb to its first: "and", "but", "then". */
  private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "then");

  /** Whether every verb of a chunk is a verb of no speech, and it has one. */
  private static boolean otherVerbs(List<Token> tokens, Chunk c) {
    boolean verb = false;
    for (int i = c.first(); i <= c.last(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB")) {
        if (!Clauses.otherVerb(t)) {
          return false;
        }
        verb = true;
      }
    }
    return verb;
  }
}
