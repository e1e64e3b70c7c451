package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.PublishDate;

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
  public List<Score> run(Options options) throws IOException {
    List<Page> pages = pagesByUrl(dir, "eval_default.json", "test_set", "cache", "eval", "");
    pages = select(pages, options);
    List<Article> articles = extract(pages, options.threads());
    Counts counts = new Counts();
    for (int i = 0; i < pages.size(); i++) {
      String gold = text(pages.get(i).gold(), "date");
      Article a = articles.get(i);
      Map<String, Object> row = row(pages.get(i));
      row.put("published", a.published() == null ? null : a.published().value());
      row.put("origin", a.published() == null ? null : a.published().origin());
      row.put("modified", a.modified() == null ? null : a.modified().value());
      row.put("gold_date", gold);
      options.pageLog().accept(row);
      score(counts, a.published(), gold);
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

  private static void score(Counts counts, PublishDate date, String gold) {
    String day = date == null || date.day() == null ? null : date.day().toString();
    if (day == null) {
      counts.falseNegatives++;
    } else if (gold != null && gold.startsWith(day)) {
      counts.truePositives++;
    } else {
      counts.falsePositives++;
    }
  }
}
