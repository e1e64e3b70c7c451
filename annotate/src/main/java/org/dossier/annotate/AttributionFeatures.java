package org.dossier.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.annotate.AttributionDocument.Token;

/**
 * The attribution tagger's features: for each token, 64-bit hashes of its word, lemma, part of
 * speech and entity tag and those of its neighbours, its shape, whether it stands in quotation
 * marks, what the rules made of it, and how far the nearest cue word of its sentence lies to either
 * side. Hashing keeps the model a table of numbers without a string dictionary.
 */
final class AttributionFeatures {
  private AttributionFeatures() {}

  /**
   * Lemmas that attribute speech, writing, thought or findings, as verbs or nouns: a prior the
   * model weighs, not a rule; words outside it are learned from their contexts.
   */
  static final Set<String> CUE_LEMMAS =
      Set.copyOf(
          List.of(
              "say",
              "tell",
              "add",
              "write",
              "claim",
              "argue",
              "warn",
              "explain",
              "note",
              "insist",
              "state",
              "announce",
              "deny",
              "admit",
              "acknowledge",
              "suggest",
              "believe",
              "think",
              "accuse",
              "ask",
              "report",
              "find",
              "show",
              "accord",
              "agree",
              "predict",
              "promise",
              "urge",
              "confirm",
              "reveal",
              "tweet",
              "post",
              "recall",
              "describe",
              "testify",
              "allege",
              "assert",
              "contend",
              "estimate",
              "expect",
              "fear",
              "hope",
              "feel",
              "know",
              "learn",
              "conclude",
              "maintain",
              "stress",
              "emphasize",
              "reiterate",
              "respond",
              "reply",
              "criticize",
              "praise",
              "blame",
              "defend",
              "vow",
              "pledge",
              "threaten",
              "declare",
              "indicate",
              "point",
              "signal",
              "concede",
              "complain",
              "speculate",
              "wonder",
              "statement",
              "remark",
              "comment",
              "view",
              "opinion",
              "interview",
              "call",
              "question",
              "suspect",
              "worry",
              "want",
              "plan",
              "criticism",
              "claim",
              "accusation",
              "announcement",
              "memo",
              "letter",
              "poll",
              "survey",
              "study",
              "analysis",
              "data",
              "document",
              "show",
              "suggest",
              "characterize",
              "label",
              "dismiss",
              "mock",
              "attack",
              "slam",
              "joke",
              "quip",
              "brag",
              "boast",
              "cite",
              "concern",
              "argument",
              "say-so",
              "prediction",
              "assessment",
              "decry"));

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /** The features of every token of a document, each a list of hashes. */
  static int[][] of(AttributionDocument doc) {
    List<Token> t = doc.tokens();
    int n = t.size();
    String[] lower = new String[n];
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      lower[i] = t.get(i).word().toLowerCase(Locale.ROOT);
      cue[i] = CUE_LEMMAS.contains(t.get(i).lemma());
    }
    int[][] out = new int[n][];
    int[] buffer = new int[80];
    char[] coarse = new char[n];
    for (int i = 0; i < n; i++) {
      coarse[i] = coarse(t.get(i), lower[i]);
    }
    // What each sentence holds: a cue verb, a cue noun, a quotation mark.
    int sentences = n == 0 ? 0 : t.get(n - 1).sentence() + 1;
    String[] holds = new String[sentences];
    boolean[] verb = new boolean[sentences];
    boolean[] noun = new boolean[sentences];
    boolean[] mark = new boolean[sentences];
    for (int i = 0; i < n; i++) {
      int s = t.get(i).sentence();
      if (s < 0 || s >= sentences) {
        continue;
      }
      verb[s] |= cue[i] && t.get(i).pos().startsWith("VB");
      noun[s] |= cue[i] && t.get(i).pos().startsWith("NN");
      mark[s] |= coarse[i] == 'Q' || t.get(i).inQuote();
    }
    for (int s = 0; s < sentences; s++) {
      holds[s] = (verb[s] ? "V" : "-") + (noun[s] ? "N" : "-") + (mark[s] ? "Q" : "-");
    }
    // In one pass each way, not one per token: the nearest cue word before and after each token in
    // its sentence (-1 for none), and the last token of its sentence.
    int[] cueBefore = new int[n];
    int[] cueAfter = new int[n];
    int[] sentenceEnd = new int[n];
    for (int i = 0; i < n; i++) {
      boolean same = i > 0 && t.get(i - 1).sentence() == t.get(i).sentence();
      cueBefore[i] = !same ? -1 : cue[i - 1] ? i - 1 : cueBefore[i - 1];
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean same = i < n - 1 && t.get(i + 1).sentence() == t.get(i).sentence();
      cueAfter[i] = !same ? -1 : cue[i + 1] ? i + 1 : cueAfter[i + 1];
      sentenceEnd[i] = same ? sentenceEnd[i + 1] : i;
    }
    for (int i = 0; i < n; i++) {
      Token token = t.get(i);
      int k = 0;
      buffer[k++] = hash("b", "");
      buffer[k++] = hash("w0", lower[i]);
      buffer[k++] = hash("w-1", word(lower, t, i, -1));
      buffer[k++] = hash("w+1", word(lower, t, i, 1));
      buffer[k++] = hash("w-2", word(lower, t, i, -2));
      buffer[k++] = hash("w+2", word(lower, t, i, 2));
      buffer[k++] = hash("w-1w0", word(lower, t, i, -1), lower[i]);
      buffer[k++] = hash("w0w+1", lower[i], word(lower, t, i, 1));
      buffer[k++] = hash("l0", token.lemma());
      buffer[k++] = hash("p0", token.pos());
      buffer[k++] = hash("p-1", pos(t, i, -1));
      buffer[k++] = hash("p+1", pos(t, i, 1));
      buffer[k++] = hash("p-1p0", pos(t, i, -1), token.pos());
      buffer[k++] = hash("p0p+1", token.pos(), pos(t, i, 1));
      buffer[k++] = hash("p-2p-1p0", pos(t, i, -2), pos(t, i, -1), token.pos());
      buffer[k++] = hash("n0", token.ner());
      buffer[k++] = hash("n-1", ner(t, i, -1));
      buffer[k++] = hash("n+1", ner(t, i, 1));
      buffer[k++] = hash("sh", shape(token.word()));
      buffer[k++] = hash("suf", suffix(lower[i]));
      buffer[k++] = hash("cue", cue[i] ? "y" : "n");
      buffer[k++] = hash("cue|p0", cue[i] ? "y" : "n", token.pos());
      buffer[k++] = hash("q", token.inQuote() ? "y" : "n");
      buffer[k++] = hash("q|p0", token.inQuote() ? "y" : "n", token.pos());
      buffer[k++] = hash("q|w0", token.inQuote() ? "y" : "n", lower[i]);
      buffer[k++] = hash("r0", token.rule());
      buffer[k++] = hash("r-1", rule(t, i, -1));
      buffer[k++] = hash("r+1", rule(t, i, 1));
      buffer[k++] = hash("r-1r0", rule(t, i, -1), token.rule());
      buffer[k++] = hash("r0r+1", token.rule(), rule(t, i, 1));
      buffer[k++] = hash("r0|p0", token.rule(), token.pos());
      boolean first = i == 0 || t.get(i - 1).sentence() != token.sentence();
      boolean last = i == n - 1 || t.get(i + 1).sentence() != token.sentence();
      buffer[k++] = hash("sb", (first ? "F" : "-") + (last ? "L" : "-"));
      if (token.paragraphStart()) {
        buffer[k++] = hash("para", "");
      }
      int left = cueBefore[i] < 0 ? -1 : i - cueBefore[i];
      int right = cueAfter[i] < 0 ? -1 : cueAfter[i] - i;
      String l = bucket(left);
      String r = bucket(right);
      String leftCue = left < 0 ? "-" : t.get(i - left).lemma();
      String rightCue = right < 0 ? "-" : t.get(i + right).lemma();
      buffer[k++] = hash("clw", leftCue, l);
      buffer[k++] = hash("crw", rightCue, r);
      int toEnd = sentenceEnd[i] - i;
      buffer[k++] = hash("end", bucket(toEnd));
      buffer[k++] = hash("end|p0", bucket(toEnd), token.pos());
      buffer[k++] = hash("w-1|p0", word(lower, t, i, -1), token.pos());
      buffer[k++] = hash("cl", l);
      buffer[k++] = hash("cr", r);
      buffer[k++] = hash("cl|cr", l, r);
      buffer[k++] = hash("cl|p0", l, token.pos());
      buffer[k++] = hash("cr|p0", r, token.pos());
      buffer[k++] = hash("cr|n0", r, token.ner());
      buffer[k++] = hash("cl|q", l, String.valueOf(token.inQuote()));
      // The phrases between the token and the nearest cue word: a parse path's poor cousin.
      String pl = left < 0 ? "none" : path(coarse, i - left + 1, i);
      String pr = right < 0 ? "none" : path(coarse, i + 1, i + right);
      String c0 = String.valueOf(coarse[i] == 0 ? '-' : coarse[i]);
      buffer[k++] = hash("pl", pl);
      buffer[k++] = hash("pr", pr);
      buffer[k++] = hash("pl|c0", pl, c0);
      buffer[k++] = hash("pr|c0", pr, c0);
      buffer[k++] = hash("pl|pr", pl, pr);
      buffer[k++] = hash("pl|cue", pl, leftCue);
      int s = token.sentence();
      String here = s >= 0 && s < sentences ? holds[s] : "---";
      String before = s > 0 && s <= sentences ? holds[s - 1] : "<s>";
      buffer[k++] = hash("sh0", here);
      buffer[k++] = hash("sh0|c0", here, c0);
      buffer[k++] = hash("sh-1|sh0", before, here);
      buffer[k++] = hash("sh0|cl|cr", here, l, r);
      buffer[k++] = hash("pr|cue", pr, rightCue);
      out[i] = java.util.Arrays.copyOf(buffer, k);
    }
    return out;
  }

  /**
   * The features of a second pass: each token's own features ({@code base}) and what a first pass
   * tagged around it ({@code bio}, tags of {@link AttributionTagger#TAGS}): its neighbours' tags,
   * what its sentence and the one before hold, and how far the nearest tagged cue and source lie.
   */
  static int[][] stacked(AttributionDocument doc, int[][] base, int[] bio) {
    List<Token> t = doc.tokens();
    int n = t.size();
    int sentences = n == 0 ? 0 : t.get(n - 1).sentence() + 1;
    boolean[][] holds = new boolean[Math.max(0, sentences)][3];
    for (int i = 0; i < n; i++) {
      int s = t.get(i).sentence();
      if (bio[i] > 0 && s >= 0 && s < sentences) {
        holds[s][(bio[i] - 1) / 2] = true;
      }
    }
    int[] cueBefore = new int[n];
    int[] cueAfter = new int[n];
    int[] sourceBefore = new int[n];
    int[] sourceAfter = new int[n];
    for (int i = 0; i < n; i++) {
      boolean same = i > 0 && t.get(i - 1).sentence() == t.get(i).sentence();
      cueBefore[i] = !same ? -1 : type(bio[i - 1]) == 1 ? i - 1 : cueBefore[i - 1];
      sourceBefore[i] = !same ? -1 : type(bio[i - 1]) == 0 ? i - 1 : sourceBefore[i - 1];
    }
    for (int i = n - 1; i >= 0; i--) {
      boolean same = i < n - 1 && t.get(i + 1).sentence() == t.get(i).sentence();
      cueAfter[i] = !same ? -1 : type(bio[i + 1]) == 1 ? i + 1 : cueAfter[i + 1];
      sourceAfter[i] = !same ? -1 : type(bio[i + 1]) == 0 ? i + 1 : sourceAfter[i + 1];
    }
    int[][] out = new int[n][];
    int[] extra = new int[24];
    for (int i = 0; i < n; i++) {
      int k = 0;
      String s0 = tag(bio, i);
      String sm1 = tag(bio, i - 1);
      String sp1 = tag(bio, i + 1);
      extra[k++] = hash("s0", s0);
      extra[k++] = hash("s-1", sm1);
      extra[k++] = hash("s+1", sp1);
      extra[k++] = hash("s-2", tag(bio, i - 2));
      extra[k++] = hash("s+2", tag(bio, i + 2));
      extra[k++] = hash("s-1s0", sm1, s0);
      extra[k++] = hash("s0s+1", s0, sp1);
      extra[k++] = hash("s-1s0s+1", sm1, s0, sp1);
      int s = t.get(i).sentence();
      String here = s >= 0 && s < sentences ? summary(holds[s]) : "---";
      String before = s > 0 && s <= sentences ? summary(holds[s - 1]) : "<s>";
      extra[k++] = hash("ss0", here, s0);
      extra[k++] = hash("ss-1|ss0", before, here);
      extra[k++] = hash("ss-1|s0", before, s0);
      String cl = cueBefore[i] < 0 ? "none" : bucket(i - cueBefore[i]);
      String cr = cueAfter[i] < 0 ? "none" : bucket(cueAfter[i] - i);
      String sl = sourceBefore[i] < 0 ? "none" : bucket(i - sourceBefore[i]);
      String sr = sourceAfter[i] < 0 ? "none" : bucket(sourceAfter[i] - i);
      extra[k++] = hash("scl|scr", cl, cr);
      extra[k++] = hash("ssl|ssr", sl, sr);
      extra[k++] = hash("scl|s0", cl, s0);
      extra[k++] = hash("scr|s0", cr, s0);
      extra[k++] = hash("scl|p0", cl, t.get(i).pos());
      extra[k++] = hash("scr|p0", cr, t.get(i).pos());
      extra[k++] = hash("scl|cue", cl, cueBefore[i] < 0 ? "-" : t.get(cueBefore[i]).lemma());
      extra[k++] = hash("scr|cue", cr, cueAfter[i] < 0 ? "-" : t.get(cueAfter[i]).lemma());
      extra[k++] = hash("s0|w0", s0, t.get(i).word().toLowerCase(Locale.ROOT));
      int[] row = java.util.Arrays.copyOf(base[i], base[i].length + k);
      System.arraycopy(extra, 0, row, base[i].length, k);
      out[i] = row;
    }
    return out;
  }

  /** The span type of a BIO tag: 0 Source, 1 Cue, 2 Content, -1 outside. */
  private static int type(int bio) {
    return bio <= 0 ? -1 : (bio - 1) / 2;
  }

  private static String tag(int[] bio, int i) {
    return i < 0 ? "<s>" : i >= bio.length ? "</s>" : AttributionTagger.TAGS.get(bio[i]);
  }

  private static String summary(boolean[] holds) {
    return (holds[0] ? "S" : "-") + (holds[1] ? "C" : "-") + (holds[2] ? "Q" : "-");
  }

  /**
   * A token's coarse class for {@link #path}: N for noun-phrase words, V verbs, P prepositions, T
   * "that", W wh-words, C conjunctions, Q quotation marks, and punctuation as itself; 0 for words
   * the path skips (adverbs, particles).
   */
  private static char coarse(Token token, String lower) {
    if (lower.equals("that")) {
      return 'T';
    }
    String p = token.pos();
    if (p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("PRP")
        || p.equals("PRP$")
        || p.equals("DT")
        || p.equals("CD")
        || p.equals("POS")
        || p.equals("FW")) {
      return 'N';
    }
    if (p.startsWith("VB") || p.equals("MD")) {
      return 'V';
    }
    if (p.equals("IN") || p.equals("TO")) {
      return 'P';
    }
    if (p.startsWith("W")) {
      return 'W';
    }
    if (p.equals("CC")) {
      return 'C';
    }
    if (p.equals("``") || p.equals("''") || Attributions.isMark(lower)) {
      return 'Q';
    }
    if (p.equals(",") || p.equals(":") || p.equals(".")) {
      return p.charAt(0);
    }
    if (p.equals("-LRB-") || p.equals("-RRB-")) {
      return 'B';
    }
    return 0;
  }

  /** The coarse classes of tokens {@code from} to {@code to} (exclusive), runs collapsed. */
  private static String path(char[] coarse, int from, int to) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int j = from; j < to; j++) {
      char c = coarse[j];
      if (c != 0 && c != last) {
        if (b.length() == 8) {
          return "long";
        }
        b.append(c);
        last = c;
      }
    }
    return b.length() == 0 ? "adjacent" : b.toString();
  }

  private static String word(String[] lower, List<Token> t, int i, int d) {
    int j = i + d;
    if (j < 0) {
      return "<s>";
    }
    if (j >= lower.length) {
      return "</s>";
    }
    return lower[j];
  }

  private static String pos(List<Token> t, int i, int d) {
    int j = i + d;
    return j < 0 ? "<s>" : j >= t.size() ? "</s>" : t.get(j).pos();
  }

  private static String ner(List<Token> t, int i, int d) {
    int j = i + d;
    return j < 0 || j >= t.size() ? "-" : t.get(j).ner();
  }

  private static String rule(List<Token> t, int i, int d) {
    int j = i + d;
    return j < 0 || j >= t.size() ? "-" : t.get(j).rule();
  }

  private static String bucket(int distance) {
    if (distance < 0) {
      return "none";
    }
    if (distance <= 3) {
      return Integer.toString(distance);
    }
    return distance <= 6 ? "4-6" : distance <= 12 ? "7-12" : "far";
  }

  /** Xx, x, X, d, or punctuation, with runs collapsed: "McCain" is XxXx, "2016" is d. */
  static String shape(String word) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    for (int i = 0; i < word.length() && b.length() < 6; i++) {
      char c = word.charAt(i);
      char s =
          Character.isUpperCase(c)
              ? 'X'
              : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
      if (s != last) {
        b.append(s);
        last = s;
      }
    }
    return b.toString();
  }

  private static String suffix(String lower) {
    return lower.length() <= 3 ? lower : lower.substring(lower.length() - 3);
  }

  /**
   * FNV-1a over a template name and its value, folded to 32 bits: the model keeps a few hundred
   * thousand features, where a collision between two of them is rare and costs little.
   */
  /** The hash of {@code template} and {@code a + " " + b}, without building that string. */
  static int hash(String template, String a, String b) {
    return finish(chars(chars(chars(start(template), a), " "), b));
  }

  /** The hash of {@code template} and {@code a + " " + b + " " + c}. */
  static int hash(String template, String a, String b, String c) {
    return finish(chars(chars(chars(chars(chars(start(template), a), " "), b), " "), c));
  }

  private static long start(String template) {
    long h = OFFSET;
    for (int i = 0; i < template.length(); i++) {
      h = (h ^ template.charAt(i)) * PRIME;
    }
    return (h ^ 1) * PRIME;
  }

  private static long chars(long h, String value) {
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * PRIME;
    }
    return h;
  }

  private static int finish(long h) {
    return (int) (h ^ (h >>> 32));
  }

  static int hash(String template, String value) {
    long h = OFFSET;
    for (int i = 0; i < template.length(); i++) {
      h = (h ^ template.charAt(i)) * PRIME;
    }
    h = (h ^ 1) * PRIME;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * PRIME;
    }
    return (int) (h ^ (h >>> 32));
  }
}
