package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A whole web page selected and pasted as text: the site's menu above the headline, buttons and
 * "Advertisement" between the paragraphs, and lists of other stories below the article. Lines that
 * are a page's controls are dropped from any pasted text; when the text opens with a site's menu,
 * the menu above the headline and the lists below the article go too, and a name alone on a line
 * under the headline is its byline.
 */
final class PastedPage {
  private PastedPage() {}

  /** The headings of a page's lists of other stories below an article. */
  private static final String LIST_HEADINGS =
      "most (?:viewed|read|popular|shared)|more (?:stories|from .{1,40}|on this story)"
          + "|you may also like|recommended(?: for you)?|related(?: stories| articles)?"
          + "|trending(?: now)?|top stories|comments?(?: \\(\\d+\\))?|\\d+ comments?";

  /** Where the page's lists of other stories begin below an article. */
  private static final Pattern AFTER_ARTICLE =
      Pattern.compile("(?i)(?:" + LIST_HEADINGS + ")[:.]?");

  /**
   * Lines that are a page's controls or labels, never a sentence of an article: "Share",
   * "Advertisement", "Skip to main content", "Comments (12)", and the headings of its lists.
   */
  private static final Pattern CONTROL =
      Pattern.compile(
          "(?i)(?:skip to (?:main )?(?:content|navigation)|menu|search|subscribe(?: now)?"
              + "|sign in|sign up|log in|login|register|share(?: this(?: article| story)?)?"
              + "|share on (?:facebook|twitter|x|linkedin)|facebook|twitter|linkedin|whatsapp"
              + "|email|e-mail|print|save|copy link|link copied|listen(?: to this article)?"
              + "|advertisement|advert|sponsored|ad|close|open|toggle navigation|home"
              + "|(?:show|hide|view|load|read) (?:more|less|comments)|read more|continue reading"
              + "|related (?:content|topics)|newsletter|sign up (?:for|to) our newsletter"
              + "|accept(?: all)?(?: cookies)?|cookie settings|back to top|explore more|follow us"
              + "|image|photo|video|gallery|"
              + LIST_HEADINGS
              + ")[:.]?");

  /** A line that links to another story: "Related: …", "Read more: …", "See also: …". */
  private static final Pattern LINK_LINE =
      Pattern.compile("(?i)^(?:related|read more|see also|also read|read also|more)\\s*:\\s+.+");

  /** Words a menu's line has at most: "World", "Sign in", "Skip to main content". */
  private static final int MENU_WORDS = 4;

  /** Words a section's name has at most: "World", "Arts and culture". */
  static final int SECTION_WORDS = 3;

  /** A sentence's punctuation, which a menu's line or a section's name does not hold. */
  private static final Pattern SENTENCE_MARKS = Pattern.compile("[.,;:?!\"“”]");

  /** Whether a line is one of a page's controls. */
  static boolean control(String line) {
    String s = line.strip();
    return !s.isEmpty() && (CONTROL.matcher(s).matches() || LINK_LINE.matcher(s).matches());
  }

  /**
   * The lines of a pasted text without the page around its article. Blank lines stay where they
   * were, so that paragraphs read as before.
   */
  static List<String> article(List<String> lines) {
    boolean page = opensWithAMenu(lines);
    int first = 0;
    int last = lines.size();
    if (page) {
      // Above the headline: the menu's lines (sections, "Sign in").
      while (first < lines.size()
          && (lines.get(first).isBlank() || sectionLine(lines.get(first)))) {
        first++;
      }
      // Below the article: from the first heading of a list of other stories after which no
      // sentence of the article comes.
      int lastSentence = lastSentence(lines);
      for (int i = Math.max(first + 1, lastSentence + 1); i < lines.size(); i++) {
        if (AFTER_ARTICLE.matcher(lines.get(i).strip()).matches()) {
          last = i;
          break;
        }
      }
    }
    List<String> out = new ArrayList<>(last - first);
    for (String line : lines.subList(first, last)) {
      if (!control(line)) {
        out.add(line);
      }
    }
    if (page) {
      bylineUnderHeadline(out);
    }
    return out;
  }

  /** A line of a site's menu above a headline: a control, or a section's name. */
  private static boolean sectionLine(String line) {
    return control(line) || label(line, SECTION_WORDS);
  }

  /** A label of at most {@code maxWords} words, without a sentence's punctuation: "World". */
  static boolean label(String line, int maxWords) {
    String s = line.strip();
    return !s.isEmpty() && s.split("\\s+").length <= maxWords && !SENTENCE_MARKS.matcher(s).find();
  }

  /**
   * Whether a text opens as a page does: its first line is one of a page's controls ("Skip to main
   * content"), or its first three lines are a menu's short lines.
   */
  static boolean opensWithAMenu(List<String> lines) {
    List<String> firstLines = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        firstLines.add(line.strip());
      }
      if (firstLines.size() == 3) {
        break;
      }
    }
    if (firstLines.isEmpty()) {
      return false;
    }
    if (CONTROL.matcher(firstLines.get(0)).matches()) {
      return true;
    }
    return firstLines.size() == 3 && firstLines.stream().allMatch(PastedPage::menuLine);
  }

  /** A menu's line: a control, or a label of a few words. */
  private static boolean menuLine(String line) {
    return control(line) || label(line, MENU_WORDS);
  }

  /** The last line of 20 words or more: a sentence of the article, or of a comment. */
  private static int lastSentence(List<String> lines) {
    for (int j = lines.size() - 1; j >= 0; j--) {
      if (lines.get(j).strip().split("\\s+").length >= 20) {
        return j;
      }
    }
    return -1;
  }

  /**
   * A name alone on a line among the few under the headline ("Maren Olsen") is the byline, written
   * as one so that the credits read it ("By Maren Olsen").
   */
  private static void bylineUnderHeadline(List<String> lines) {
    int seen = 0;
    for (int i = 1; i < lines.size() && seen < 4; i++) {
      String s = lines.get(i).strip();
      if (s.isEmpty()) {
        continue;
      }
      seen++;
      if (aName(s)) {
        lines.set(i, "By " + s);
        return;
      }
    }
  }

  /** Two to four capitalised words, as a person's name is written: "Maren Olsen". */
  private static final Pattern A_NAME =
      Pattern.compile(TextCredits.NAME_WORD + "(?:\\s+" + TextCredits.NAME_WORD + "){1,3}");

  private static boolean aName(String s) {
    return A_NAME.matcher(s).matches();
  }
}
