package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks: straight and curly double quotes, guillemets (« » and » «), German „ “,
 * and single quotes where a text uses them as its primary quotes. A quote that runs over several
 * paragraphs, with the opening mark repeated at the start of each, is one quote. Returns {open
 * offset, close offset} pairs.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  static List<int[]> find(String text) {
    boolean german = text.indexOf('„') >= 0;
    boolean doubles =
        text.indexOf('"') >= 0 || text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || german;
    // German style » … «: the first guillemet in the text is a closing-looking one.
    int right = text.indexOf('»');
    int left = text.indexOf('«');
    boolean reversedGuillemets = right >= 0 && (left < 0 || right < left);
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char expectClose = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          // A paragraph ends inside a quote: it continues only if the next paragraph reopens it.
          int next = i;
          while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          if (next < text.length() && isOpening(text, next, german, doubles, reversedGuillemets)) {
            i = next;
            continue;
          }
          open = -1;
        }
        continue;
      }
      if (open < 0) {
        if (isOpening(text, i, german, doubles, reversedGuillemets)) {
          open = i;
          expectClose = closing(c);
        }
      } else if (c == expectClose
          || (expectClose == '"' && c == '”')
          || (expectClose == '”' && c == '"')) {
        if (c == '\'' || c == '’') {
          // An apostrophe inside a word ("don't") does not close a single-quoted quote.
          boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
          if (letterAfter) {
            continue;
          }
        }
        out.add(new int[] {open, i});
        open = -1;
      }
    }
    return out;
  }

  private static boolean isOpening(
      String text, int i, boolean german, boolean doubles, boolean reversedGuillemets) {
    char c = text.charAt(i);
    switch (c) {
      case '"':
        return true;
      case '“':
        return !german;
      case '„':
        return true;
      case '«':
        return !reversedGuillemets;
      case '»':
        return reversedGuillemets;
      case '‘':
      case '\'':
        if (doubles) {
          return false; // single marks are the inner quotes of a double-quoting text
        }
        boolean startOfWord =
            (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
        return startOfWord;
      default:
        return false;
    }
  }

  private static char closing(char open) {
    return switch (open) {
      case '"' -> '"';
      case '“' -> '”';
      case '„' -> '“';
      case '«' -> '»';
      case '»' -> '«';
      case '‘' -> '’';
      case '\'' -> '\'';
      default -> open;
    };
  }
}
