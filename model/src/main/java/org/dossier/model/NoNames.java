package org.dossier.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words that stand where a speaker's name would and name nobody: object and possessive pronouns,
 * demonstratives, relatives and quantifiers ("him", "those", "which", "many"). The subject pronouns
 * that do refer to someone ("he", "she", "they", "it") are not among them.
 */
public final class NoNames {
  private NoNames() {}

  /** The words, in lower case. */
  public static final Set<String> WORDS =
      Set.of(
          "this",
          "that",
          "these",
          "those",
          "one",
          "someone",
          "anyone",
          "everyone",
          "nobody",
          "none",
          "all",
          "many",
          "some",
          "most",
          "few",
          "both",
          "each",
          "any",
          "anybody",
          "somebody",
          "everybody",
          "who",
          "whom",
          "whoever",
          "which",
          "what",
          "him",
          "her",
          "them",
          "his",
          "hers",
          "its",
          "their",
          "theirs",
          "ours",
          "yours",
          "us",
          "me",
          "itself",
          "himself",
          "herself",
          "themselves");

  /**
   * A relative clause at a speaker phrase's end, which describes the speaker and names no one: "The
   * lawmaker, who represents a district in Albay province,", "Republicans who".
   */
  private static final Pattern RELATIVE_CLAUSE =
      Pattern.compile("(?i)(?<=\\S),?\\s+(?:who|whom|whose|which|that)\\b.*$", Pattern.DOTALL);

  /**
   * A speaker phrase without the relative clause at its end ("Republicans who" is "Republicans").
   */
  public static String withoutRelativeClause(String phrase) {
    String out = RELATIVE_CLAUSE.matcher(phrase).replaceFirst("");
    int open = out.lastIndexOf('(');
    // "OpenAI (the company that made ChatGPT)": the aside goes with its clause.
    return open > out.lastIndexOf(')') ? out.substring(0, open).strip() : out;
  }

  /** {@link #WORDS} and more words. */
  public static Set<String> and(String... more) {
    Set<String> out = new HashSet<>(WORDS);
    out.addAll(Set.of(more));
    return Set.copyOf(out);
  }

  /**
   * Whether a source phrase names one thing with "the" and no name ("the research", "the analysis",
   * "the statement"): not many ("officials", "the travel agents", by a plural's "s") nor an
   * appositive ("a wholesaler of health products"). An "it" right after a statement of such a
   * source goes on naming it, where the organisation named nearest would be a guess.
   */
  public static boolean oneThing(String phrase) {
    String t = phrase.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+$", "");
    String last = t.substring(t.lastIndexOf(' ') + 1);
    return t.startsWith("the ")
        && (!last.endsWith("s")
            || last.endsWith("ss")
            || last.endsWith("is")
            || last.endsWith("us"));
  }
}
