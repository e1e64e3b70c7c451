package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Comment;
import org.dossier.model.PublishDate;

/**
 * Reader comments in plain text, as blogs print them when a page is saved or pasted as text: a
 * header such as "3 Responses to “Title”", then one line per comment naming its author ("NAME
 * says:", "NAME wrote:", "NAME on DATE said:"), numbered ("1. NAME says:") or bulleted ("• NAME
 * says:"), an optional date line, the comment's text (paragraphs separated by blank lines stay one
 * comment), and button text ("Reply", "Like") that is dropped. A reply is indented deeper than the
 * comment it answers, or bulleted under a numbered comment.
 */
final class TextComments {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)^\\s*(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
              + "(responses?|comments?|replies|thoughts?|reactions?)\\s+(to|on)\\b.*$");

  /**
   * A comment's first line: indentation, a number or a bullet, the author (a few words, no sentence
   * punctuation), an optional "on DATE", the verb and a colon, maybe the text.
   */
  private static final Pattern SAYS =
      Pattern.compile(
          "^([ \\t\\u00a0]*)(?:(\\d{1,4})[.)]\\s+|([•*·‣◦▪–-])\\s*)?"
              + "([^\\s,;:\"“”.!?][^,;:\"“”!?]{0,50}?)"
              + "(?:\\s+on\\s+([^:]{4,40}?))?"
              + "\\s+(says|said|wrote|writes|commented|replied)\\s*:\\s*(.*)$",
          Pattern.CASE_INSENSITIVE);

  /** Button and counter text between comments. */
  private static final Pattern REPLY_LINK =
      Pattern.compile(
          "(?i)^\\s*((reply|reply ↓|like|likes?|report|share|flag|antworten|répondre|responder)"
              + "(\\s*\\(\\d+\\))?[\\s·|•]*)+$|^\\s*\\d+\\s+(likes?|replies|reply)\\s*$");

  /**
   * Where the comment section begins and what it holds.
   *
   * @param start the index of the first line that belongs to the comments, or the line count when
   *     there are none
   * @param comments the comments in reading order, replies pointing at their parents
   */
  record Section(int start, List<Comment> comments) {}

  private TextComments() {}

  /** Finds the comment section of a text's lines, if it has one. */
  static Section find(List<String> lines) {
    int start = -1;
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (start < 0 && HEADER.matcher(lines.get(i)).matches()) {
        start = i;
      }
      Matcher m = SAYS.matcher(lines.get(i));
      if (m.matches() && (start >= 0 || opensThread(m, lines, i))) {
        first = i;
        break;
      }
    }
    if (first < 0 || (start < 0 && first == 0)) {
      return new Section(lines.size(), List.of());
    }
    if (start < 0) {
      start = first;
    }
    return new Section(start, comments(lines.subList(first, lines.size())));
  }

  /**
   * Without a header, a line such as "Halvorsen said: …" may be body text: it opens a thread only
   * when it stands alone (numbered, bulleted, or with nothing after the colon), a date line follows
   * it, or another comment line comes later.
   */
  private static boolean opensThread(Matcher m, List<String> lines, int at) {
    boolean alone = m.group(2) != null || m.group(3) != null || m.group(7).isBlank();
    if (!alone || m.group(4).split("\\s+").length > 5) {
      return false;
    }
    if (at + 1 < lines.size() && isDate(lines.get(at + 1).strip())) {
      return true;
    }
    for (int i = at + 1; i < lines.size(); i++) {
      Matcher next = SAYS.matcher(lines.get(i));
      if (next.matches()
          && (next.group(7).isBlank() || next.group(2) != null || next.group(3) != null)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDate(String line) {
    return !line.isEmpty()
        && line.length() < 60
        && DateParsing.parse(line.replaceFirst("(?i)\\s+at\\s+", " "), "comment") != null;
  }

  private static List<Comment> comments(List<String> lines) {
    List<Comment> out = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Matcher m = SAYS.matcher(lines.get(i));
      if (!m.matches()) {
        i++;
        continue;
      }
      // A bullet under a numbered comment is a reply even when pasting lost the indentation.
      int depth = indent(m.group(1)) + (m.group(3) != null ? 1 : 0);
      String author = m.group(4).strip();
      List<String> text = new ArrayList<>();
      if (!m.group(7).isBlank()) {
        text.add(m.group(7).strip());
      }
      String published = null;
      if (m.group(5) != null) {
        PublishDate d =
            DateParsing.parse(m.group(5).replaceFirst("(?i)\\s+at\\s+", " "), "comment");
        published = d == null ? null : d.value();
      }
      i++;
      while (i < lines.size() && !SAYS.matcher(lines.get(i)).matches()) {
        String line = lines.get(i).strip();
        if (published == null && text.isEmpty() && !line.isEmpty()) {
          PublishDate d = DateParsing.parse(line.replaceFirst("(?i)\\s+at\\s+", " "), "comment");
          if (d != null && line.length() < 60) {
            published = d.value();
            i++;
            continue;
          }
        }
        if (!REPLY_LINK.matcher(line).matches()) {
          text.add(line);
        }
        i++;
      }
      String body = paragraphs(text);
      if (body.isEmpty()) {
        continue;
      }
      String parent = null;
      for (int k = out.size() - 1; k >= 0; k--) {
        if (depths.get(k) < depth) {
          parent = out.get(k).id();
          break;
        }
      }
      out.add(new Comment("c" + (out.size() + 1), author, published, body, parent));
      depths.add(depth);
    }
    return out;
  }

  private static int indent(String whitespace) {
    int n = 0;
    for (char c : whitespace.toCharArray()) {
      n += c == '\t' ? 4 : 1;
    }
    return n;
  }

  private static String paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          out.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString());
    }
    return String.join("\n\n", out);
  }
}
