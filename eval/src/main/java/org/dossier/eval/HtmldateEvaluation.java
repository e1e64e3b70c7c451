package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;

/**
 * Htmldate's evaluation protocol: day-level exact match of the publish date. A right date is a true
 * positive, a wrong one a false positive, none a false negative.
 */
final class HtmldateEvaluation extends ExtractionEvaluation {
  private final Path dir;

  HtmldateEvaluation(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "htmldate evaluation set (" + dir.getFileName() + ")";
  }

  @Override
  public List<Score> run(int limit, int threads) throws IOException {
    JsonNode all = JSON.readTree(dir.resolve("eval_default.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().path("file").asText();
      for (String folder : new String[] {"test_set", "cache", "eval", ""}) {
        Path html = dir.resolve("html").resolve(folder).resolve(file + ".gz");
        if (Files.exists(html)) {
          pages.add(new Page(html, e.getKey(), e.getValue()));
          break;
        }
      }
    }
    pages = limit(pages, limit);
    List<Article> articles = extract(pages, threads);
    Counts counts = new Counts();
    for (int i = 0; i < pages.size(); i++) {
      String gold = text(pages.get(i).gold(), "date");
      Article a = articles.get(i);
      String day =
          a.published() == null || a.published().day() == null
              ? null
              : a.published().day().toString();
      if (day == null) {
        counts.falseNegatives++;
      } else if (gold != null && gold.startsWith(day)) {
        counts.truePositives++;
      } else {
        counts.falsePositives++;
      }
    }
    int n = pages.size();
    return List.of(
        new Score("date precision", counts.precision(), n, "htmldate extensive 0.908, fast 0.924"),
        new Score("date recall", counts.recall(), n, "htmldate extensive 0.993, fast 0.927"),
        new Score("date accuracy", counts.accuracy(), n, "htmldate extensive 0.903, fast 0.861"),
        new Score(
            "date F",
            counts.f1(),
            n,
            "htmldate extensive 0.949, fast 0.925, newspaper4k 0.810, news-please 0.810 (on 1,000 pages)"));
  }
}
