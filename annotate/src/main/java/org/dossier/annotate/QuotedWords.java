package org.dossier.annotate;

/**
 * What quoted words are: a statement, a title, a scare quote or a program's code; and how many
 * words a text has.
 */
final class QuotedWords {
  private QuotedWords() {}

  /** The most words a title in quotation marks has, for {@link #titled}. */
  private static final int TITLE_WORDS = 8;

  /**
   * Whether quoted words read as a title: at most {@link #TITLE_WORDS} words, the first and every
   * word of four letters or more capitalised ("Once Upon A Time in Hollywood", "Free, Prior and
   * Informed Consent", "Marriage Story.").
   */
  static boolean titled(String content) {
    String c = content.strip();
    if (c.isEmpty()) {
      return false;
    }
    String[] words = c.split("\\s+");
    if (words.length > TITLE_WORDS) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("[^\\p{L}\\p{N}]", "");
      if (w.isEmpty()) {
        return false;
      }
      if ((i == 0 || w.length() >= 4) && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a punctuation mark ends a quotation's words or follows its closing mark: '"Wow,"',
   * '"Wow", she said', '"Never!"'.
   */
  static boolean markedOff(String text, String content, int close) {
    String c = content.strip();
    if (!c.isEmpty() && ",.!?…;:—–-".indexOf(c.charAt(c.length() - 1)) >= 0) {
      return true;
    }
    int after = close + (QuoteMarks.isDoubled(text, close) ? 2 : 1);
    while (after < text.length() && text.charAt(after) == ' ') {
      after++; // a tokenised text's space before its comma
    }
    return after < text.length() && ",.!?;:—–".indexOf(text.charAt(after)) >= 0;
  }

  /**
   * Whether quoted words read as a statement rather than a scare quote, a title or a figure: at
   * least five words with letters, or a sentence's end inside the marks.
   */
  static boolean statementLike(String content) {
    String c = content.strip();
    int words = words(c, true);
    if (titled(c) && ".!?…".indexOf(c.charAt(c.length() - 1)) < 0) {
      return false; // "Once Upon A Time in Hollywood", "My Heart Will Go On"
    }
    if (words >= 5) {
      return true;
    }
    return words >= 2 && c.matches("(?s).*[.!?…,]$") && Character.isUpperCase(c.charAt(0));
  }

  /**
   * Whether the words of {@code start..end} are a program's, not anyone's: three or more of the
   * marks code is made of and prose seldom holds (braces, equals and angle signs), an arrow, an
   * empty call or a closing tag ({@code ); const add = () => {}, {@code </h1> <div className=}), an
   * attribute's name and sign ({@code className=}), or an attribute's value: an equals sign right
   * before the quotation mark at or before {@code start} ({@code className="bg-red-500 …"}).
   */
  static boolean codeLike(String text, int start, int end) {
    String content = text.substring(start, end);
    int marks = 0;
    for (int i = 0; i < content.length(); i++) {
      if ("{}=<>".indexOf(content.charAt(i)) >= 0) {
        marks++;
      }
    }
    return marks >= 3
        || content.contains("=>")
        || content.contains("();")
        || content.contains("</")
        || content.contains("={")
        || content.strip().endsWith("=")
        || attributeValue(text, start);
  }

  /** Whether an equals sign stands right before the quotation mark at or before {@code start}. */
  private static boolean attributeValue(String text, int start) {
    String marks = "\"'“”‘’`";
    if (start < text.length() && marks.indexOf(text.charAt(start)) >= 0) {
      return start > 0 && text.charAt(start - 1) == '=';
    }
    int i = start - 1;
    while (i >= 0 && marks.indexOf(text.charAt(i)) >= 0 && i > start - 3) {
      i--;
    }
    return i >= 0 && i < start - 1 && text.charAt(i) == '=';
  }

  /** The words of a text: its runs of letters and digits. */
  static int words(String s) {
    return words(s, false);
  }

  /**
   * The runs of letters and digits of a text; with {@code letter}, only those that hold a letter (a
   * quoted time stamp or figure, "2025-12-18T17:02:12", "1, 2, 3", says nothing).
   */
  static int words(String s, boolean letter) {
    int n = 0;
    boolean counted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean inWord = Character.isLetterOrDigit(c);
      if (!inWord) {
        counted = false;
      } else if (!counted && (!letter || Character.isLetter(c))) {
        n++;
        counted = true;
      }
    }
    return n;
  }
}
