package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Comment;

/**
 * Trafilatura's evaluation protocol: a {@code with} snippet found in the extracted text is a true
 * positive (missing: a false negative), a {@code without} snippet found is a false positive
 * (missing: a true negative); comment snippets are scored separately against the extracted
 * comments.
 */
final class TrafilaturaEvaluation extends ExtractionEvaluation {
  private final Path dir;

  TrafilaturaEvaluation(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "trafilatura evaluation set (" + dir.getFileName() + ")";
  }

  @Override
  public List<Score> run(Options options) throws IOException {
    List<Page> pages = pagesByUrl(dir, "evaldata.json", "cache", "eval");
    pages = select(pages, options);
    List<Article> articles = extract(pages, options.threads());
    Counts body = new Counts();
    Counts comments = new Counts();
    int titles = 0;
    int titleMatch = 0;
    int authors = 0;
    int authorMatch = 0;
    for (int i = 0; i < pages.size(); i++) {
      JsonNode gold = pages.get(i).gold();
      Article a = articles.get(i);
      String text = spaces(a.text());
      Map<String, Object> row = row(pages.get(i));
      List<String> missed = new ArrayList<>();
      List<String> leaked = new ArrayList<>();
      for (String s : strings(gold, "with")) {
        if (text.contains(spaces(s))) {
          body.truePositives++;
        } else {
          body.falseNegatives++;
          missed.add(s);
        }
      }
      for (String s : strings(gold, "without")) {
        if (text.contains(spaces(s))) {
          body.falsePositives++;
          leaked.add(s);
        } else {
          body.trueNegatives++;
        }
      }
      row.put("missed", missed);
      row.put("leaked", leaked);
      row.put("title", a.title());
      row.put("gold_title", text(gold, "title"));
      row.put("byline", a.byline());
      row.put("gold_author", text(gold, "author"));
      options.pageLog().accept(row);
      String commentText =
          spaces(String.join(" ", a.comments().stream().map(Comment::text).toList()));
      for (String s : strings(gold, "comments")) {
        if (commentText.contains(spaces(s))) {
          comments.truePositives++;
        } else {
          comments.falseNegatives++;
        }
      }
      String title = text(gold, "title");
      if (title != null) {
        titles++;
        titleMatch += fold(title).equals(fold(a.title())) ? 1 : 0;
      }
      String author = text(gold, "author");
      if (author != null) {
        authors++;
        authorMatch += authorsMatch(a.byline(), author) ? 1 : 0;
      }
    }
    int n = pages.size();
    return List.of(
        new Score("body snippets precision", body.precision(), n, "trafilatura 2.2.0: 0.906"),
        new Score("body snippets recall", body.recall(), n, "trafilatura 2.2.0: 0.943"),
        new Score("body snippets accuracy", body.accuracy(), n, "trafilatura 2.2.0: 0.923"),
        new Score(
            "body snippets F",
            body.f1(),
            n,
            "trafilatura 2.2.0 0.924, magic-html 0.889, news-please 0.836, readability-lxml 0.826, newspaper4k 0.801"),
        new Score("comment snippets recall", comments.recall(), n, ""),
        new Score(
            "title normalised match", titles == 0 ? 0 : (double) titleMatch / titles, titles, ""),
        new Score(
            "author normalised match",
            authors == 0 ? 0 : (double) authorMatch / authors,
            authors,
            ""));
  }
}
