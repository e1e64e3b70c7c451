package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Two statements of one speaker joined by "and said" ("Experts warned [it may be days before the
 * fault is fixed] and said [the knock-on effect could be serious]"): the tagger often reads them as
 * one content, which then holds the second cue. Each is a statement of its own, the second with its
 * own cue.
 */
final class Conjoined {
  private Conjoined() {}

  /**
   * A second cue inside a content: "and" or "but", perhaps "also", then a verb of saying, and a
   * "that" after it or not. Group 1 is the verb.
   */
  private static final Pattern SECOND_CUE =
      Pattern.compile(
          ",?\\s+(?:and|but)\\s+(?:also\\s+)?(said|says|added|adds|noted|notes|warned|warns"
              + "|argued|argues|insisted|insists|stressed|stresses|explained|explains|claimed"
              + "|claims)\\s+(?:that\\s+)?(?=\\S)");

  /** A clause of its own, with its own subject, joined inside the first statement. */
  private static final Pattern CLAUSE_JOIN = Pattern.compile(",\\s+(?:and|but)\\s");

  /** The fewest words each of the two statements keeps. */
  private static final int MIN_WORDS = 3;

  /** The statements with each indirect one that holds a second cue split in two at it. */
  static List<Quote> split(String text, List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      Span c = q.content();
      Matcher m = q.kind() == QuoteKind.INDIRECT ? SECOND_CUE.matcher(c.text()) : null;
      if (m == null || !m.find() || insideQuotation(c.text(), m.start())) {
        out.add(q);
        continue;
      }
      String first = c.text().substring(0, m.start());
      String second = c.text().substring(m.end());
      if (QuotedWords.words(first) < MIN_WORDS
          || QuotedWords.words(second) < MIN_WORDS
          || CLAUSE_JOIN.matcher(first).find()) {
        // "Deputies said the leader urged silence, and Chief Berg lamented … and said …": the
        // verb's subject is the later clause's, not the speaker's.
        out.add(q);
        continue;
      }
      int cueStart = c.start() + m.start(1);
      int cueEnd = c.start() + m.end(1);
      out.add(
          new Quote(
              QuoteKind.INDIRECT,
              new Span(first, c.start(), c.start() + first.length()),
              q.cue(),
              q.speaker(),
              q.speakerResolved(),
              q.platform()));
      out.add(
          new Quote(
              QuoteKind.INDIRECT,
              new Span(second, c.start() + m.end(), c.end()),
              new Span(text.substring(cueStart, cueEnd), cueStart, cueEnd),
              q.speaker(),
              q.speakerResolved(),
              q.platform()));
    }
    return out;
  }

  /**
   * Whether an odd number of double quotation marks stands before {@code at}. Counted, not paired
   * as {@link QuoteMarks} pairs them: texts write a closing mark as an opening one ("an “expedited
   * review“ of Flint's water … and said …"), which pairing would leave open over "and said".
   */
  private static boolean insideQuotation(String s, int at) {
    int marks = 0;
    for (int i = 0; i < at; i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '“' || ch == '”') {
        marks++;
      }
    }
    return marks % 2 == 1;
  }
}
