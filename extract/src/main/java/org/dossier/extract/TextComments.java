package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Comment;
import org.dossier.model.PublishDate;

/**
 * Reader comments in plain text, as blogs print them when a page is saved as text: a header such as
 * "3 Responses to “Title”", then one "NAME says:" line per comment, an optional date line, the
 * comment's text, and replies indented deeper than the comment they answer.
 */
final class TextComments {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?i)^\\s*(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
              + "(responses?|comments?|replies|thoughts?|reactions?)\\s+(to|on)\\b.*$");
  private static final Pattern SAYS = Pattern.compile("^([ \\t]*)(\\S.{0,60}?)\\s+says:\\s*(.*)$");
  private static final Pattern REPLY_LINK =
      Pattern.compile("(?i)^\\s*(reply|reply ↓|antworten)\\s*$");

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
      if (SAYS.matcher(lines.get(i)).matches()) {
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
      int depth = indent(m.group(1));
      String author = m.group(2).strip();
      List<String> text = new ArrayList<>();
      if (!m.group(3).isBlank()) {
        text.add(m.group(3).strip());
      }
      String published = null;
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
