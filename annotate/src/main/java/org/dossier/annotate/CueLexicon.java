package org.dossier.annotate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each lemma, in each part of speech, stood in an attribution's cue in the texts the
 * tagger was trained on: of all its tokens there, the share inside a gold cue. "say" is almost
 * always one, "defend" and "show" often, "rush", "break" or "floor" seldom or never. The tagger
 * reads a cue from a token's context as much as from its word, and so takes some verbs of no
 * attribution for cues where a statement's shape is there ("two players [rush] [for over 100 yards
 * apiece]"); {@code Attributions.merge} takes no cue of the tagger's alone whose words were in cues
 * less than {@link #LEAST_SHARE} of the time, nor a content only such a cue introduced.
 *
 * <p>Written by {@code dossier train quotes} into the model file beside the chains, counted from
 * the same texts.
 */
final class CueLexicon {
  /**
   * The least share of a word's uses in gold cues for a cue the tagger alone found. On the
   * validation slice of PolNeAR train (docs/cli.md, annotator version 100), Source / Cue / Content
   * exact F1 went from 0.6869 / 0.6306 / 0.5649 to 0.6875 / 0.6333 / 0.5691 at 0.05, 0.6881 /
   * 0.6345 / 0.5701 at 0.1 and 0.6834 / 0.6322 / 0.5691 at 0.15.
   */
  static final double LEAST_SHARE = 0.1;

  /** The lemmas seen in a cue: how many of their tokens were in cues, then how many in all. */
  private final Map<String, int[]> counts;

  private CueLexicon(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /** A lexicon with no lemma in it; {@link #likely} accepts everything. */
  static final CueLexicon NONE = new CueLexicon(Map.of());

  /**
   * Counts the lemmas of training texts.
   *
   * @param gold for each text, the BIO tag ({@link AttributionTagger#TAGS}) of every token
   */
  static CueLexicon count(List<AttributionDocument> docs, List<int[]> gold) {
    Map<String, int[]> all = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      List<AttributionDocument.Token> tokens = docs.get(d).tokens();
      int[] tags = gold.get(d);
      for (int i = 0; i < tokens.size(); i++) {
        int[] c = all.computeIfAbsent(key(tokens.get(i)), k -> new int[2]);
        c[1]++;
        if (tags[i] == 3 || tags[i] == 4) {
          c[0]++;
        }
      }
    }
    Map<String, int[]> seen = new TreeMap<>();
    all.forEach(
        (lemma, c) -> {
          if (c[0] > 0) {
            seen.put(lemma, c);
          }
        });
    return new CueLexicon(seen);
  }

  /**
   * A token's entry: its lemma and the first letter of its part of speech, since a word is a cue in
   * one part of speech and not in another ("stating" and the United States share a lemma).
   */
  static String key(AttributionDocument.Token t) {
    return t.lemma() + "/" + (t.pos().isEmpty() ? "" : t.pos().substring(0, 1));
  }

  /** The number of lemmas seen in a cue. */
  int size() {
    return counts.size();
  }

  /**
   * The share of an entry's tokens ({@link #key}: lemma and part of speech) that stood in a cue; 0
   * for one never in a cue.
   */
  double share(String key) {
    int[] c = counts.get(key);
    return c == null ? 0 : c[0] / (double) c[1];
  }

  /**
   * Whether tokens {@code first..last} make a likely cue: one of their verbs, nouns or adjectives
   * was in cues at least {@link #LEAST_SHARE} of the time, or none of them is a word (a colon). A
   * preposition or adverb that cues often hold ("about" 0.30, "also" 0.36 of its uses in PolNeAR
   * train) does not make one alone: "are holding [about]", "the jury [also] heard". Always true for
   * a lexicon with no lemma in it (a model file without one).
   */
  boolean likely(List<AttributionDocument.Token> tokens, int first, int last) {
    if (counts.isEmpty()) {
      return true;
    }
    boolean words = false;
    for (int i = first; i <= last; i++) {
      AttributionDocument.Token t = tokens.get(i);
      if (t.word().chars().noneMatch(Character::isLetter)) {
        continue;
      }
      words = true;
      if (head(t) && share(key(t)) >= LEAST_SHARE) {
        return true;
      }
    }
    return !words;
  }

  /**
   * Whether a token can be what a cue is about: a verb, a noun or an adjective ("said", "claims",
   * "clear"), not a preposition or adverb that cues often hold ("[arguing about]", "[also
   * signed]").
   */
  private static boolean head(AttributionDocument.Token t) {
    String pos = t.pos();
    return pos.startsWith("V") || pos.startsWith("N") || pos.startsWith("J");
  }

  /** Writes the lemmas in order, each with its two counts. */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(counts.size());
    for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue()[0]);
      out.writeInt(e.getValue()[1]);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  static CueLexicon readFrom(DataInputStream in, String what) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1_000_000) {
      throw new IOException(what + " claims " + n + " cue lemmas");
    }
    Map<String, int[]> counts = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String lemma = in.readUTF();
      int cue = in.readInt();
      int all = in.readInt();
      if (cue <= 0 || all < cue) {
        throw new IOException(what + ": cue lemma '" + lemma + "' has counts " + cue + "/" + all);
      }
      counts.put(lemma, new int[] {cue, all});
    }
    return new CueLexicon(counts);
  }
}
