package org.dossier.stories;

import java.util.Set;

/**
 * The tone of a text from a small lexicon of evaluative English words: (positive − negative) /
 * (positive + negative + 1), from −1 to 1. A baseline that shows which outlets write warmly or
 * harshly about the same story, not a sentiment model; words inside quotation marks count too.
 */
final class Tone {

  private static final Set<String> POSITIVE =
      Set.of(
          "proud",
          "praise",
          "praised",
          "welcome",
          "welcomed",
          "success",
          "successful",
          "win",
          "won",
          "celebrated",
          "celebrate",
          "triumph",
          "stunning",
          "brilliant",
          "best",
          "hope",
          "hopeful",
          "accountability",
          "improve",
          "improved",
          "improvement",
          "recover",
          "recovered",
          "rebound",
          "rose",
          "gain",
          "gains",
          "jump",
          "jumped",
          "strong",
          "support",
          "supported",
          "thrilled",
          "delighted",
          "applauded",
          "landmark",
          "historic",
          "comeback",
          "return",
          "reconciliation",
          "forgive",
          "forgiven",
          "trust",
          "positive",
          "agreed",
          "love",
          "loved",
          "heyday",
          "prize",
          "listening",
          "changed",
          "grateful",
          "honour",
          "honor",
          "boost",
          "boosted",
          "rescued",
          "saved");

  private static final Set<String> NEGATIVE =
      Set.of(
          "scandal",
          "row",
          "condemned",
          "condemn",
          "criticism",
          "criticised",
          "criticized",
          "backlash",
          "boycott",
          "outrage",
          "anger",
          "angry",
          "disastrous",
          "disaster",
          "fell",
          "fall",
          "loss",
          "losses",
          "crisis",
          "damage",
          "fallout",
          "controversy",
          "controversial",
          "pulled",
          "withdrew",
          "apologised",
          "apologized",
          "regret",
          "regrets",
          "failed",
          "failure",
          "fraud",
          "accused",
          "lawsuit",
          "sued",
          "killed",
          "dead",
          "death",
          "injured",
          "collapse",
          "collapsed",
          "worst",
          "bad",
          "harm",
          "harmful",
          "props",
          "shame",
          "shameful",
          "slump",
          "plunge",
          "plunged",
          "protest",
          "protests",
          "victims",
          "fear",
          "warning",
          "threat",
          "decline",
          "declined",
          "dispute");

  private Tone() {}

  /** The tone of a text, or 0 when it holds no evaluative word. */
  static double of(String text) {
    int pos = 0;
    int neg = 0;
    for (String w : Terms.tokens(text)) {
      if (POSITIVE.contains(w)) {
        pos++;
      } else if (NEGATIVE.contains(w)) {
        neg++;
      }
    }
    return (pos - neg) / (double) (pos + neg + 1);
  }

  /** A word for a tone value. */
  static String label(double tone) {
    return tone > 0.2 ? "positive" : tone < -0.2 ? "negative" : "mixed";
  }
}
