package org.dossier.annotate;

import org.dossier.model.Span;

/**
 * Where the words around a quotation begin and end, by punctuation alone: back to the stop or line
 * break before its opening mark, on to the stop, line break or next opening mark after its closing
 * one. These are the stretches where a quotation's attribution can stand, not CoreNLP's sentences,
 * which a quotation of several sentences cuts in pieces.
 */
final class AroundQuotes {
  private AroundQuotes() {}

  /** Where the sentence holding {@code at} starts, by its punctuation: after a stop or a break. */
  static int sentenceStart(String text, int at) {
    int i = at - 1;
    while (i > 0) {
      char c = text.charAt(i);
      if (c == '\n'
          || ((c == '.' || c == '!' || c == '?') && i + 1 < at && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
      i--;
    }
    return 0;
  }

  /**
   * Where the sentence that goes on at {@code from} ends: after its full stop, at a line break or
   * an opening quotation mark, or 200 characters on.
   */
  static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '"' || c == '“' || c == '«' || c == '„') {
        return i;
      }
      if ((c == '.' || c == '!' || c == '?')
          && (i + 1 >= text.length() || text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * Where the sentence of a quotation closing at {@code close} ends for the words around it: at its
   * closing mark when the quotation ends with a full stop and a new sentence starts after it ('"…
   * we'll move on." The Yankees … have made a loud statement' was said on no "statement"); else at
   * {@code sentenceEnd}, which a full stop inside the marks does not end ('"Why not?" she asked').
   */
  static int endsWithItsSentence(String text, int close, int sentenceEnd) {
    int last = close - 1;
    while (last > 0 && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    if (last < 0 || text.charAt(last) != '.') {
      return sentenceEnd;
    }
    int next = skipSpace(text, close + 1);
    return next < text.length() && Character.isUpperCase(text.charAt(next))
        ? Math.min(close + 1, sentenceEnd)
        : sentenceEnd;
  }

  static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static Span span(String text, int start, int end) {
    // A quote left open at the end of the text has no closing mark to include.
    int e = Math.min(end, text.length());
    int b = Math.min(start, e);
    return new Span(text.substring(b, e), b, e);
  }
}
