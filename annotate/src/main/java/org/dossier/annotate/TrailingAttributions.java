package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AttributionDocument.Token;
import org.dossier.annotate.Attributions.Chunk;
import org.dossier.model.TextDates;

/**
 * A statement whose attribution ends its sentence after a comma: "Ortiz was shot in the head, said
 * Larry Waldie of the sheriff's department." / "…, Larry Waldie of the sheriff's department said."
 * News writes most of its indirect speech this way, and the tagger, reading each token from its
 * neighbours, sometimes takes the name after the cue for the content or finds the source and cue
 * but not the clause before them. What the sentence's shape says settles both: the words before the
 * comma are the statement and the name is its source.
 */
final class TrailingAttributions {
  private TrailingAttributions() {}

  /**
   * Verbs of saying that news puts before their source ("…, said Larry Waldie", "…, added the
   * spokeswoman") and that take no object of their own after a comma; not "called [the ruling
   * fair]", "warned [Congress]", "asked [the court]".
   */
  private static final Set<String> INVERTED =
      Set.of(
          "say",
          "add",
          "write",
          "explain",
          "note",
          "recall",
          "continue",
          "insist",
          "state",
          "remark",
          "observe",
          "reply");

  /** Relative pronouns ("who", "whose", "which"). */
  private static final Set<String> RELATIVE = Set.of("WP", "WP$", "WDT");

  /**
   * Whether a token opens a relative clause: a relative pronoun or "where"; not "when", which as
   * often opens a clause of time ("…, when INS Mysore intervened and warded off the attack, …").
   */
  private static boolean relative(Token t) {
    return RELATIVE.contains(t.pos()) || t.word().equalsIgnoreCase("where");
  }

  /** The fewest tokens of a clause before the comma that counts as a statement. */
  private static final int LEAST_CONTENT = 4;

  /**
   * The chunks in order, with a content the tagger put right after a trailing cue that is a name
   * ("…, said [Larry Waldie of the sheriff's department]") made that cue's source, and the clause
   * before the comma its content, unless the tagger found one there. A source the tagger found in
   * that clause is the clause's subject, not the speaker ("[Ortiz] died at the scene, said …").
   */
  static List<Chunk> namesAfterCue(List<Token> tokens, List<Chunk> chunks, CueLexicon lexicon) {
    List<Chunk> out = new ArrayList<>(chunks);
    for (int i = 0; i + 1 < out.size(); i++) {
      Chunk cue = out.get(i);
      Chunk next = out.get(i + 1);
      if (cue.role() != 'C'
          || next.role() != 'Q'
          || next.first() != cue.last() + 1
          || !inverted(tokens, cue)
          || !endsSentence(tokens, next.last())
          || !namePhrase(tokens, next)) {
        continue;
      }
      int[] before = clauseBefore(tokens, out, i, lexicon);
      if (before == null) {
        continue;
      }
      out.set(i + 1, new Chunk('S', next.first(), next.last()));
      i = withContent(out, i, before);
    }
    return out;
  }

  /**
   * The chunks in order, with the clause before a trailing source and cue made their content when
   * the tagger found none in the sentence: "[The deputy was shot in the head], [Larry Waldie of the
   * sheriff's department] [said]."
   */
  static List<Chunk> clausesBeforeSource(
      List<Token> tokens, List<Chunk> chunks, CueLexicon lexicon) {
    List<Chunk> out = new ArrayList<>(chunks);
    for (int i = 0; i + 1 < out.size(); i++) {
      Chunk source = out.get(i);
      Chunk cue = out.get(i + 1);
      if (source.role() != 'S'
          || cue.role() != 'C'
          || cue.first() != source.last() + 1
          || !spokenVerb(tokens, cue)
          || !endsSentence(tokens, cue.last())) {
        continue;
      }
      int[] before = clauseBefore(tokens, out, i, lexicon);
      if (before == null || before[2] >= 0) {
        continue; // a content of the tagger's is there already
      }
      i = withContent(out, i, before);
    }
    return out;
  }

  /**
   * The clause between its sentence's start and the comma before chunk {@code at}: its first and
   * last token and the index of a content chunk the tagger found that ends at the comma (-1 for
   * none); null when the comma is not there, the clause is too short or holds no finite verb, a
   * quotation mark, a cue of the tagger's that the lexicon finds likely, with words after it ("when
   * INS Mysore intervened and [warded off] [the attack]" is none; "Nixon [never called]" is), a
   * source of its that runs to the comma or two sources. Contents of the tagger's that stop short
   * of the comma are pieces of the clause ("[Berg] was struck on the head, said …"), and so is one
   * that ends at it but starts inside a verb's phrase ({@link #piece}).
   */
  private static int[] clauseBefore(
      List<Token> tokens, List<Chunk> chunks, int at, CueLexicon lexicon) {
    int comma = chunks.get(at).first() - 1;
    if (comma < 1
        || !tokens.get(comma).word().equals(",")
        || !sameSentence(tokens, comma, comma - 1)) {
      return null;
    }
    int first = comma - 1;
    while (first > 0 && sameSentence(tokens, first - 1, comma)) {
      first--;
    }
    if (comma - first < LEAST_CONTENT) {
      return null;
    }
    boolean finite = false;
    for (int t = first; t < comma; t++) {
      Token token = tokens.get(t);
      if (Attributions.isQuotation(token.word())
          || token.inQuote()
          || t > first && tokens.get(t - 1).word().equals(",") && relative(token)) {
        // The last: a subject and its relative clause, whose verb is the cue's ("The Iowa
        // Electronic Markets, where traders invest in the outcome, show [the Democratic nominee
        // …]").
        return null;
      }
      finite |= Attributions.FINITE.contains(token.pos());
    }
    if (!finite) {
      return null;
    }
    int content = -1;
    int sources = 0;
    for (int j = at - 1; j >= 0 && chunks.get(j).last() >= first; j--) {
      Chunk c = chunks.get(j);
      if (c.first() < first) {
        return null; // a span of the tagger's that runs in from the sentence before
      }
      if (c.role() == 'Q' && c.last() == comma - 1 && !piece(tokens, c, first)) {
        content = j;
      } else if (c.role() == 'C'
              && c.last() < comma - 1
              && lexicon.likely(tokens, c.first(), c.last())
          || c.role() == 'S' && (c.last() >= comma - 1 || ++sources > 1)) {
        // A source of the tagger's that runs to the comma is the cue's own, its description set
        // off by commas: "Deputy Timothy Brennan, who had been Ortiz's partner, called [the verdict
        // bittersweet]".
        return null;
      }
    }
    return new int[] {first, comma - 1, content};
  }

  /**
   * Whether a content of the tagger's is a piece of the clause it ends, not the clause: it opens
   * with a finite verb, or right after a verb, a particle, "to", a conjunction or a verb's
   * preposition ("…, when INS Mysore intervened and [warded off the attack], Navy spokesperson
   * said", "… warded off [the attack], …").
   */
  private static boolean piece(List<Token> tokens, Chunk content, int clauseStart) {
    if (content.first() <= clauseStart) {
      return false;
    }
    String first = tokens.get(content.first()).pos();
    String before = tokens.get(content.first() - 1).pos();
    String further =
        content.first() - 2 >= clauseStart ? tokens.get(content.first() - 2).pos() : "";
    return Attributions.FINITE.contains(first)
        || inVerbPhrase(before)
        || before.equals("TO")
        || before.equals("CC")
        || before.equals("IN") && inVerbPhrase(further);
  }

  /** A verb's or its particle's tag ("warded off": the tagger reads "off" as either). */
  private static boolean inVerbPhrase(String pos) {
    return pos.startsWith("VB") || pos.equals("RP");
  }

  /**
   * Puts the clause {@code before} in the chunks as the content of the attribution at {@code at},
   * in the place of the sources and pieces of content the tagger found in it; returns the
   * attribution's new index.
   */
  private static int withContent(List<Chunk> chunks, int at, int[] before) {
    if (before[2] >= 0) {
      return at; // the tagger's own content
    }
    int removed = 0;
    for (int j = at - 1; j >= 0 && chunks.get(j).last() >= before[0]; j--) {
      chunks.remove(j);
      removed++;
    }
    chunks.add(at - removed, new Chunk('Q', before[0], before[1]));
    return at - removed + 1;
  }

  /**
   * Whether a cue is one finite verb of saying ("said", "says", "told", "added"), with adverbs or
   * not ("said here").
   */
  private static boolean spokenVerb(List<Token> tokens, Chunk cue) {
    return verb(tokens, cue) >= 0;
  }

  /**
   * Whether a cue is a verb of pure saying that news puts before its source ({@link #INVERTED}).
   */
  private static boolean inverted(List<Token> tokens, Chunk cue) {
    int verb = verb(tokens, cue);
    return verb >= 0 && INVERTED.contains(tokens.get(verb).lemma());
  }

  /**
   * The index of a cue's one finite verb of saying, its other words adverbs ("said here", "also
   * said"); -1 for none.
   */
  private static int verb(List<Token> tokens, Chunk cue) {
    int verb = -1;
    for (int i = cue.first(); i <= cue.last(); i++) {
      Token t = tokens.get(i);
      if (t.pos().equals("RB")) {
        continue;
      }
      if (verb >= 0
          || !AttributionFeatures.CUE_LEMMAS.contains(t.lemma())
          || !(t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP"))) {
        return -1;
      }
      verb = i;
    }
    return verb;
  }

  /**
   * Whether token {@code last} is its sentence's last word, before its closing stop, but for an
   * adverb or a day.
   */
  private static boolean endsSentence(List<Token> tokens, int last) {
    int next = last + 1;
    while (next < tokens.size() && sameSentence(tokens, next, last) && when(tokens.get(next))) {
      next++; // "…, a Navy spokesman said here.", "…, the ministry said Saturday."
    }
    if (next >= tokens.size() || !sameSentence(tokens, next, last)) {
      return true;
    }
    if (tokens.get(next).pos().equals("IN") && phraseToEnd(tokens, next)) {
      return true; // "…, he said in an interview with The Sun Herald, a Biloxi newspaper."
    }
    String word = tokens.get(next).word();
    return (word.equals(".") || word.equals("!"))
        && (next + 1 >= tokens.size() || !sameSentence(tokens, next + 1, last));
  }

  /**
   * Whether tokens from {@code from} to their sentence's end are a phrase of where or how the words
   * came, with no verb of a clause of its own: "in an interview with The Sun Herald, a Biloxi
   * newspaper", "on Friday in a statement".
   */
  private static boolean phraseToEnd(List<Token> tokens, int from) {
    for (int t = from; t < tokens.size() && sameSentence(tokens, t, from); t++) {
      Token token = tokens.get(t);
      if (Attributions.FINITE.contains(token.pos())
          || token.pos().startsWith("W")
          || token.word().equalsIgnoreCase("that")
          || Attributions.isQuotation(token.word())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word after a cue says when or where it was said: an adverb or a day. */
  private static boolean when(Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    return t.pos().equals("RB")
        || TextDates.NEAR_DAYS.contains(word)
        || TextDates.WEEKDAY_NAMES.contains(word);
  }

  /**
   * Whether a phrase names someone: it opens with a proper noun or a determiner and holds no finite
   * verb ("Larry Waldie of the sheriff's department", "the company's spokeswoman").
   */
  private static boolean namePhrase(List<Token> tokens, Chunk c) {
    Token first = tokens.get(c.first());
    boolean opens =
        first.pos().startsWith("NNP")
            || first.pos().equals("DT")
                && Set.of("the", "a", "an").contains(first.word().toLowerCase(Locale.ROOT));
    if (!opens) {
      return false;
    }
    for (int t = c.first(); t <= c.last(); t++) {
      String pos = tokens.get(t).pos();
      if (Attributions.FINITE.contains(pos)
          || pos.equals("VB")
          || pos.equals("TO")
          || tokens.get(t).inQuote()) {
        return false; // "… show [the Democratic nominee even more likely to win]"
      }
    }
    return true;
  }

  private static boolean sameSentence(List<Token> tokens, int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }
}
