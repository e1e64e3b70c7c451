package org.dossier.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.ContentHash;
import org.dossier.model.Diagnostic;
import org.dossier.model.MediaTypes;

/**
 * Extracts an article from plain text: the first line is the title when it reads like one (short,
 * no sentence-final full stop, followed by more text); paragraphs are separated by blank lines, or
 * are single lines when the text has no blank lines at all. A blog's comment section ("N Responses
 * to …", then "NAME says:" lines) is read as comments, not body.
 */
final class PlainTextExtractor implements Extractor {
  static final int MAX_TITLE_CHARS = 150;

  @Override
  public Article extract(Capture capture) {
    String input = capture.source().toString();
    Decoded decoded =
        TextDecoding.decode(
            capture.content(), MediaTypes.charset(capture.header("content-type")), false, input);
    List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
    if (decoded.text() == null) {
      return MediaTypeExtractor.failed(capture, diagnostics);
    }
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = Arrays.asList(text.strip().split("\n", -1));
    String title = capture.hint().get("title");
    int start = 0;
    if (title == null && lines.size() > 1 && readsLikeTitle(lines.get(0))) {
      title = lines.get(0).strip();
      start = 1;
    }
    List<String> rest = lines.subList(start, lines.size());
    TextComments.Section comments = TextComments.find(rest);
    List<String> paragraphs = paragraphs(rest.subList(0, comments.start()));
    if (paragraphs.isEmpty()) {
      diagnostics.add(Diagnostic.error("no-body", input + ": no body text found"));
    }
    String body = String.join("\n\n", paragraphs);
    return new Article(
        ContentHash.articleId(input, title, body),
        capture.source(),
        null,
        capture.hint().get("outlet"),
        title,
        capture.hint().containsKey("byline")
            ? Bylines.clean(List.of(capture.hint().get("byline")))
            : List.of(),
        DateParsing.parse(capture.hint().get("published"), "record"),
        null,
        LanguageDetection.of(body, capture.hint().get("language")),
        paragraphs,
        comments.comments(),
        diagnostics);
  }

  /** Short, not ending like a sentence, and not the start of a bulleted or quoted line. */
  static boolean readsLikeTitle(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_TITLE_CHARS) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '.' && !s.endsWith("...") || last == ',' || last == ';') {
      return false;
    }
    return Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) == '"' || s.charAt(0) == '\u201c';
  }

  private static List<String> paragraphs(List<String> lines) {
    boolean hasBlank = lines.stream().anyMatch(String::isBlank);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank() || !hasBlank) {
        if (!hasBlank) {
          current.append(line.strip());
        }
        if (!current.isEmpty()) {
          out.add(current.toString().replaceAll("\\s+", " ").strip());
          current.setLength(0);
        }
        continue;
      }
      current.append(current.isEmpty() ? "" : " ").append(line.strip());
    }
    if (!current.isEmpty()) {
      out.add(current.toString().replaceAll("\\s+", " ").strip());
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
