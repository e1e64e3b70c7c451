package org.dossier.stories;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a reported statement's cue is a word of saying, thinking or finding ("said", "told
 * reporters", "vehemently denied", "according to", "the report found"): the ledger shows a reported
 * statement only then. The tagger also reads other verbs as cues, as PolNeAR's annotators did
 * ("Books | publishes | thought-provoking titles", "pirates | have attacked | nearly 100 vessels",
 * "Django | uses | …"): the annotation keeps them, but they are no one's words. A quoted statement
 * needs no such cue: its quotation marks say it is someone's words.
 *
 * <p>Not the annotator's {@code AttributionFeatures.CUE_LEMMAS}: that list is the tagger's
 * features, with words that make a cue likelier but no one's words ("want", "plan", "attack",
 * "data"), and a statement's cue reaches the ledger as its text, without the tokens' lemmas.
 */
final class SpeechCues {
  private SpeechCues() {}

  /** Lemmas of the verbs and nouns of saying, thinking and finding. */
  private static final Set<String> LEMMAS =
      Set.of(
          // saying
          "say",
          "tell",
          "add",
          "write",
          "state",
          "declare",
          "announce",
          "claim",
          "assert",
          "affirm",
          "maintain",
          "contend",
          "argue",
          "insist",
          "note",
          "remark",
          "comment",
          "observe",
          "mention",
          "explain",
          "describe",
          "detail",
          "outline",
          "specify",
          "clarify",
          "elaborate",
          "recount",
          "recall",
          "repeat",
          "reiterate",
          "echo",
          "stress",
          "emphasize",
          "emphasise",
          "underline",
          "underscore",
          "highlight",
          "indicate",
          "signal",
          "hint",
          "imply",
          "suggest",
          "confirm",
          "deny",
          "admit",
          "acknowledge",
          "concede",
          "confess",
          "disclose",
          "reveal",
          "divulge",
          "report",
          "tweet",
          "post",
          "blog",
          "testify",
          "allege",
          "accuse",
          "blame",
          "warn",
          "caution",
          "urge",
          "advise",
          "recommend",
          "propose",
          "demand",
          "request",
          "ask",
          "question",
          "wonder",
          "reply",
          "respond",
          "answer",
          "retort",
          "counter",
          "rebut",
          "dispute",
          "reject",
          "dismiss",
          "agree",
          "disagree",
          "object",
          "protest",
          "complain",
          "lament",
          "regret",
          "apologize",
          "apologise",
          "thank",
          "praise",
          "hail",
          "applaud",
          "welcome",
          "condemn",
          "denounce",
          "decry",
          "criticize",
          "criticise",
          "slam",
          "blast",
          "mock",
          "joke",
          "quip",
          "boast",
          "brag",
          "promise",
          "vow",
          "pledge",
          "swear",
          "threaten",
          "predict",
          "forecast",
          "estimate",
          "project",
          "speculate",
          "guess",
          "assure",
          "reassure",
          "inform",
          "notify",
          "remind",
          "quote",
          "cite",
          "stipulate",
          "characterize",
          "characterise",
          "label",
          "call",
          "term",
          "dub",
          "brand",
          "refer",
          "discuss",
          "speak",
          "talk",
          "testimony",
          "statement",
          "announcement",
          "interview",
          "letter",
          "memo",
          "remarks",
          "comments",
          "allegation",
          "accusation",
          "criticism",
          "argument",
          "prediction",
          "assessment",
          "opinion",
          "view",
          "poll",
          "survey",
          "study",
          "analysis",
          "research",
          // thinking and finding
          "think",
          "believe",
          "feel",
          "know",
          "fear",
          "hope",
          "worry",
          "doubt",
          "suspect",
          "assume",
          "reckon",
          "consider",
          "find",
          "conclude",
          "determine",
          "rule",
          "learn",
          "discover",
          "realize",
          "realise",
          "notice",
          "show",
          "demonstrate",
          "prove",
          "calculate",
          "understand",
          "recognize",
          "recognise",
          "accord",
          // more of saying
          "expect",
          "commend",
          "concern",
          "defend",
          "voice",
          "shout",
          "chant",
          "scream",
          "yell",
          "plead",
          "beg");

  /** Irregular forms of those verbs. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("told", "tell"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("thought", "think"),
          Map.entry("found", "find"),
          Map.entry("shown", "show"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("felt", "feel"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("swore", "swear"),
          Map.entry("sworn", "swear"),
          Map.entry("understood", "understand"),
          Map.entry("proven", "prove"));

  /** "Pointed out", "points to": to point alone is a gesture ("allegedly pointed a revolver"). */
  private static final Pattern POINT_OUT =
      Pattern.compile("(?i)\\bpoint(?:s|ed|ing)?\\s+(?:out|to)\\b");

  /**
   * Cues whose word of knowing is no one's statement: a name ("also known as", "known for"), not
   * knowing ("don't know", "did not understand"), learning as a pursuit ("to learn more about", "is
   * learning", "learns from"). "Would not say" and "declined to comment" stay: a refusal to say is
   * news.
   */
  private static final Pattern NOT_A_STATEMENT =
      Pattern.compile(
          "(?i)\\bknown\\s+(?:as|for)\\b"
              + "|\\b(?:do|does|did|would|will|can|could)(?:\\s+not|n['’]t|\\s+n['’]t)\\s+"
              + "(?:\\p{L}+\\s+)?(?:know|understand|learn)\\b"
              + "|\\bnever\\s+(?:knew|know|understood|learned)\\b"
              + "|^(?:to|is|am|are|was|were)\\s+(?:\\p{L}+ly\\s+)?(?:learn|learning|study|studying)\\b"
              + "|\\blearns?\\s+from\\b");

  /** Whether a cue holds a word of saying, thinking or finding. */
  static boolean speaks(String cue) {
    if (cue == null) {
      return false;
    }
    if (NOT_A_STATEMENT.matcher(cue).find()) {
      return false;
    }
    if (POINT_OUT.matcher(cue).find()) {
      return true;
    }
    for (String raw : cue.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!raw.isEmpty() && known(raw)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Regular endings and what stands for them in the lemma: "says", "denies", "denied", "noted",
   * "urged", "saying", "noting"; a doubled consonant before them ("stopped") is tried single too.
   */
  private static final String[][] ENDINGS = {
    {"ies", "y"},
    {"ied", "y"},
    {"es", ""},
    {"s", ""},
    {"ed", ""},
    {"ed", "e"},
    {"d", ""},
    {"ing", ""},
    {"ing", "e"}
  };

  /** Whether a word is one of {@link #LEMMAS} or a regular or irregular form of one. */
  private static boolean known(String w) {
    if (LEMMAS.contains(w) || LEMMAS.contains(IRREGULAR.getOrDefault(w, ""))) {
      return true;
    }
    for (String[] e : ENDINGS) {
      if (w.endsWith(e[0]) && w.length() - e[0].length() >= 2) {
        String stem = w.substring(0, w.length() - e[0].length()) + e[1];
        if (LEMMAS.contains(stem)) {
          return true;
        }
        int n = stem.length();
        if (n > 2
            && stem.charAt(n - 1) == stem.charAt(n - 2)
            && LEMMAS.contains(stem.substring(0, n - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
