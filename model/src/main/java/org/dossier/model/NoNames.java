package org.dossier.model;

import java.util.HashSet;
import java.util.Set;

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

  /** {@link #WORDS} and more words. */
  public static Set<String> and(String... more) {
    Set<String> out = new HashSet<>(WORDS);
    out.addAll(Set.of(more));
    return Set.copyOf(out);
  }
}
