package org.dossier.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;

/**
 * Statements that are a speaker's own words as a whole, read from how a page lays them out: a
 * transcript's turn ({@link Turns}), a post a page embeds ({@link EmbeddedPosts}). Such a statement
 * takes the place of the statements read from its label or signature, and of those that give its
 * words to someone outside it; the statements inside it stay, their first person its speaker ("I
 * think …" in an interview's answer is the interviewee's).
 */
final class OwnWords {
  private OwnWords() {}

  /** The words by which a speaker speaks of themself: inside their own words, that speaker. */
  private static final Set<String> FIRST_PERSON =
      Set.of("i", "me", "my", "we", "us", "our", "myself", "ourselves");

  /**
   * The statements with each of {@code own} in place of those it replaces: those whose cue stands
   * anywhere in it (its label, its words, its signature) and is not inside its words, and those
   * whose content runs into its words. Quoted fragments (titles, scare quotes) stay as they are.
   */
  static List<Quote> replacing(List<Quote> quotes, List<Quote> own) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      Quote in = q.kind() == QuoteKind.FRAGMENT ? null : holder(q, own);
      if (in == null) {
        out.add(q);
      } else if (q.cue() == null || inside(q.cue().start(), in)) {
        out.add(firstPersonAs(q, in.speakerResolved()));
      }
    }
    out.addAll(own);
    out.sort(Comparator.comparingInt(q -> q.content().start()));
    return out;
  }

  /** The statement of {@code own} that holds {@code q}'s cue or that its content runs into. */
  private static Quote holder(Quote q, List<Quote> own) {
    for (Quote o : own) {
      int from = Math.min(o.content().start(), Math.min(o.speaker().start(), o.cue().start()));
      int to = Math.max(o.content().end(), Math.max(o.speaker().end(), o.cue().end()));
      boolean cueIn = q.cue() != null && q.cue().start() >= from && q.cue().start() < to;
      boolean runsIn =
          q.content().start() < o.content().end() && q.content().end() > o.content().start();
      if (cueIn || runsIn) {
        return o;
      }
    }
    return null;
  }

  private static boolean inside(int at, Quote own) {
    return at >= own.content().start() && at < own.content().end();
  }

  /** A statement whose speaker is the first person, as {@code speaker}; any other as it was. */
  private static Quote firstPersonAs(Quote q, String speaker) {
    if (speaker == null
        || q.speaker() == null
        || !FIRST_PERSON.contains(q.speaker().text().strip().toLowerCase(Locale.ROOT))) {
      return q;
    }
    return Speakers.withResolved(q, speaker);
  }
}
