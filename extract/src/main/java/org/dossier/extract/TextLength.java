package org.dossier.extract;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of an element's text as jsoup's {@link Element#text()} gives it, counted without
 * building the text, or the start of that text ({@link #head}): the same walk, the same spaces
 * between blocks, the same white space folded, the same ends trimmed. For readers that only weigh
 * how much text an element holds, or look at the start of it.
 *
 * <p>NOTE: it follows jsoup 1.18's {@code Element.text()}; {@code TextLengthTest} compares the two
 * on every element of the test pages and of random trees, so a jsoup upgrade that changes the text
 * fails there.
 */
final class TextLength implements NodeVisitor {
  /** Characters appended so far, as {@code text()} would have them before trimming. */
  private int length;

  /** Where the first character kept at the ends stands (-1: none yet). */
  private int first = -1;

  /** Just after the last character kept at the ends. */
  private int end;

  /** The last character appended. */
  private char last;

  /**
   * Whether a character stays at an end: above the space for {@link String#trim()}, not white space
   * for {@link String#strip()}.
   */
  private final boolean stripped;

  /** The characters appended, when the text itself is wanted ({@link #head}); else null. */
  private final StringBuilder text;

  private TextLength(boolean stripped) {
    this(stripped, null);
  }

  private TextLength(boolean stripped, StringBuilder text) {
    this.stripped = stripped;
    this.text = text;
  }

  /** {@code e.text().length()}, without building the text. */
  static int of(Element e) {
    TextLength counter = new TextLength(false);
    NodeTraversor.traverse(counter, e);
    return counter.counted();
  }

  /**
   * Whether {@code e.text().length() > limit}, walking only as far as it takes: the characters kept
   * between the ends only grow as the walk goes on, so it stops once they pass the limit. For
   * questions of "more than" over large elements (a card's, a box's or the page's text).
   */
  static boolean exceeds(Element e, int limit) {
    TextLength counter = new TextLength(false);
    counter.walk(e, limit + 1);
    return counter.counted() > limit;
  }

  /**
   * The start of {@code e.text()}: its first {@code limit} characters, or a few more, or all of it
   * when it is shorter, walking only as far as that. For readers that look at the head of a page's
   * text, many times shorter than the whole.
   */
  static String head(Element e, int limit) {
    TextLength walk = new TextLength(false, new StringBuilder());
    walk.walk(e, limit);
    return walk.first < 0 ? "" : walk.text.substring(walk.first, walk.end);
  }

  /** Walks an element as {@code text()} does, until at least {@code enough} characters count. */
  private void walk(Element e, int enough) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            TextLength.this.head(node, depth);
            return counted() >= enough ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            TextLength.this.tail(node, depth);
            return counted() >= enough ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
  }

  /**
   * {@code node.text().strip().length()} for a text node of this whole text, without building it:
   * white space folded as jsoup folds it, then the ends stripped as {@link String#strip()} strips
   * them.
   */
  static int ofTextNode(String whole) {
    TextLength counter = new TextLength(true);
    counter.normalised(whole);
    return counter.counted();
  }

  /** The characters between the first and the last that their ends keep. */
  private int counted() {
    return first < 0 ? 0 : end - first;
  }

  private void append(char c) {
    if (stripped ? !Character.isWhitespace(c) : c > ' ') {
      if (first < 0) {
        first = length;
      }
      end = length + 1;
    }
    length++;
    last = c;
    if (text != null) {
      text.append(c);
    }
  }

  private boolean lastIsSpace() {
    return length > 0 && last == ' ';
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String text = t.getWholeText();
      if (t instanceof CDataNode || preservesSpace(t.parentNode())) {
        for (int i = 0; i < text.length(); i++) {
          append(text.charAt(i));
        }
      } else {
        normalised(text);
      }
    } else if (node instanceof Element e) {
      if (length > 0 && (e.isBlock() || e.normalName().equals("br")) && !lastIsSpace()) {
        append(' ');
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e && e.isBlock()) {
      Node next = node.nextSibling();
      if ((next instanceof TextNode || next instanceof Element n && !n.tag().formatAsBlock())
          && !lastIsSpace()) {
        append(' ');
      }
    }
  }

  /** As {@link StringUtil#appendNormalisedWhitespace}, leading space cut after a space. */
  private void normalised(String text) {
    boolean stripLeading = lastIsSpace();
    boolean lastWasWhite = false;
    boolean reachedNonWhite = false;
    int c;
    for (int i = 0; i < text.length(); i += Character.charCount(c)) {
      char ch = text.charAt(i);
      if (ch > ' ' && ch < 0x80 && this.text == null) {
        // Printable ASCII when only counting, most of a page's characters: kept at either end,
        // neither white space nor invisible, so append's tests come to these three lines.
        if (first < 0) {
          first = length;
        }
        end = ++length;
        last = ch;
        lastWasWhite = false;
        reachedNonWhite = true;
        c = ch;
        continue;
      }
      c = Character.isHighSurrogate(ch) ? text.codePointAt(i) : ch;
      if (StringUtil.isActuallyWhitespace(c)) {
        if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
          continue;
        }
        append(' ');
        lastWasWhite = true;
      } else if (!StringUtil.isInvisibleChar(c)) {
        if (Character.isBmpCodePoint(c)) {
          append((char) c);
        } else {
          append(Character.highSurrogate(c));
          append(Character.lowSurrogate(c));
        }
        lastWasWhite = false;
        reachedNonWhite = true;
      }
    }
  }

  /** As jsoup's {@code Element.preserveWhitespace}: a {@code <pre>} or such within six levels. */
  private static boolean preservesSpace(Node node) {
    if (node instanceof Element el) {
      int i = 0;
      do {
        if (el.tag().preserveWhitespace()) {
          return true;
        }
        el = el.parent();
        i++;
      } while (i < 6 && el != null);
    }
    return false;
  }
}
