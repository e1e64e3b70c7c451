package org.dossier.stories;

import java.util.ArrayList;
import java.util.List;

/** Sentence bounds in a text, from end punctuation followed by a space and a capital or a quote. */
final class Sentences {

  private Sentences() {}

  /** Capitalised abbreviations longer than two letters that rarely end a sentence. */
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          "Gov", "Sen", "Rep", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof", "Rev", "Mrs", "Ms", "Mr",
          "Dr", "Jr", "Sr", "No", "Vol", "Fig", "Ave", "Blvd", "Mt", "Ft");

  /** A sentence: its character offsets in the text. */
  record Bounds(int start, int end) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  /**
   * The sentences of an annotated text: the annotator's, which it stores since version 4, else the
   * text split here.
   */
  static List<Bounds> of(org.dossier.model.Annotation a) {
    if (a.sentences().isEmpty()) {
      return of(a.text());
    }
    List<Bounds> out = new ArrayList<>(a.sentences().size());
    for (org.dossier.model.Sentence s : a.sentences()) {
      out.add(new Bounds(s.start(), Math.min(s.end(), a.text().length())));
    }
    return out;
  }

  static List<Bounds> of(String text) {
    List<Bounds> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean paragraph = c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n';
      boolean end = (c == '.' || c == '!' || c == '?') && endsSentence(text, i);
      if (paragraph || end) {
        int stop = i + 1;
        while (stop < n && "\"'”’)".indexOf(text.charAt(stop)) >= 0) {
          stop++;
        }
        add(out, text, start, stop);
        start = stop;
        i = stop - 1;
      }
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean endsSentence(String text, int i) {
    int j = i + 1;
    while (j < text.length() && "\"'”’)".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return true;
    }
    char next = text.charAt(j);
    // "Mr. Smith", "U.S. officials": a short word before the dot is an abbreviation.
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    if (i - w <= 2 && i - w > 0 && Character.isUpperCase(text.charAt(w))) {
      return false;
    }
    // "Dec. 1", "Gov. Lane", "Sept. 3": abbreviations that a number or a name follows.
    if (i - w >= 3 && i - w <= 5 && ABBREVIATIONS.contains(text.substring(w, i))) {
      return false;
    }
    return Character.isUpperCase(next) || Character.isDigit(next) || "\"'“‘«".indexOf(next) >= 0;
  }

  private static void add(List<Bounds> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Bounds(start, end));
    }
  }

  /** The sentence holding an offset, or null. */
  static Bounds at(List<Bounds> sentences, int offset) {
    for (Bounds b : sentences) {
      if (b.contains(offset)) {
        return b;
      }
    }
    return null;
  }
}
