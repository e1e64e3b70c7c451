package org.dossier.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.model.Article;

/**
 * The WCXB benchmark (Foley 2026): word-level bag-of-words F1 of the main content, averaged over
 * pages; title exact and normalised match; author normalised match; publish-date day match.
 */
final class WcxbEvaluation extends ExtractionEvaluation {
  private final Path dir;

  WcxbEvaluation(Path dir) {
    this.dir = dir;
  }

  @Override
  public String name() {
    return "WCXB (" + dir.getFileName() + ")";
  }

  /**
   * The pages of a WCXB folder that have both their HTML and their ground truth, in name order,
   * each with its address and gold; their page types go into {@code pageTypes}.
   */
  static List<Page> pages(Path dir, Map<Path, String> pageTypes) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      for (Path gt : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        String id = gt.getFileName().toString().replace(".json", "");
        Path html = dir.resolve("html").resolve(id + ".html.gz");
        if (Files.exists(html)) {
          JsonNode root = JSON.readTree(gt.toFile());
          pages.add(new Page(html, root.path("url").asText(), root.path("ground_truth")));
          pageTypes.put(html, root.path("_internal").path("page_type").path("primary").asText(""));
        }
      }
    }
    return pages;
  }

  @Override
  public List<Score> run(Options options) throws IOException {
    Map<Path, String> pageTypes = new java.util.HashMap<>();
    List<Page> pages = select(pages(dir, pageTypes), options);
    List<Article> articles = extract(pages, options.threads());
    double f1 = 0;
    int titles = 0;
    int titleExact = 0;
    int titleFolded = 0;
    int authors = 0;
    int authorMatch = 0;
    int dates = 0;
    int dateMatch = 0;
    // Robustness: pages that came out with nothing where the gold has something, and is_article.
    int noTitle = 0;
    int noDate = 0;
    int emptyBody = 0;
    int spuriousByline = 0;
    int typed = 0;
    int articlesGold = 0;
    int saidArticle = 0;
    int rightArticle = 0;
    for (int i = 0; i < pages.size(); i++) {
      JsonNode gold = pages.get(i).gold();
      Article a = articles.get(i);
      Map<String, Object> row = row(pages.get(i));
      double[] prf = BagOfWords.score(a.text(), gold.path("main_content").asText(""));
      f1 += prf[2];
      row.put("body_f1", round(prf[2]));
      row.put("body_precision", round(prf[0]));
      row.put("body_recall", round(prf[1]));
      String title = text(gold, "title");
      if (title != null) {
        titles++;
        titleExact += title.strip().equals(a.title() == null ? "" : a.title().strip()) ? 1 : 0;
        titleFolded += fold(title).equals(fold(a.title())) ? 1 : 0;
      }
      String author = text(gold, "author");
      if (author != null) {
        authors++;
        authorMatch += authorsMatch(a.byline(), author) ? 1 : 0;
      } else if (!a.byline().isEmpty()) {
        spuriousByline++;
      }
      row.put("title", a.title());
      row.put("gold_title", text(gold, "title"));
      row.put("byline", a.byline());
      row.put("gold_author", author);
      String date = text(gold, "publish_date");
      row.put("published", a.published() == null ? null : a.published().value());
      row.put("gold_date", date);
      if (title != null && (a.title() == null || a.title().isBlank())) {
        noTitle++;
      }
      if (date != null && a.published() == null) {
        noDate++;
      }
      if (!gold.path("main_content").asText("").isBlank() && a.text().isBlank()) {
        emptyBody++;
      }
      String type = pageTypes.getOrDefault(pages.get(i).file(), "");
      if (!type.isEmpty()) {
        typed++;
        boolean article = type.equals("article");
        articlesGold += article ? 1 : 0;
        saidArticle += a.isArticle() ? 1 : 0;
        rightArticle += article && a.isArticle() ? 1 : 0;
        row.put("page_type", type);
        row.put("is_article", a.isArticle());
      }
      options.pageLog().accept(row);
      if (date != null && date.length() >= 10) {
        dates++;
        dateMatch +=
            a.published() != null
                    && a.published().day() != null
                    && a.published().day().toString().equals(date.substring(0, 10))
                ? 1
                : 0;
      }
    }
    int n = pages.size();
    return List.of(
        new Score(
            "body word F1 (mean over pages)",
            n == 0 ? 0 : f1 / n,
            n,
            articlesGold == typed
                ? "articles of dev: rs-trafilatura 0.932, MinerU-HTML 0.928, Trafilatura 0.926,"
                    + " dom-smoothie 0.908, Readability 0.825"
                : "dev, all page types: rs-trafilatura 0.859, MinerU-HTML 0.827, Trafilatura 0.791,"
                    + " Readability 0.675"),
        new Score("title exact match", ratio(titleExact, titles), titles, ""),
        new Score("title normalised match", ratio(titleFolded, titles), titles, ""),
        new Score("author normalised match", ratio(authorMatch, authors), authors, ""),
        new Score("publish date day match", ratio(dateMatch, dates), dates, ""),
        Score.count("pages with no title (gold has one)", noTitle, titles),
        Score.count("pages with no date (gold has one)", noDate, dates),
        Score.count("pages with an empty body", emptyBody, n),
        new Score("is_article precision", ratio(rightArticle, saidArticle), typed, ""),
        new Score("is_article recall", ratio(rightArticle, articlesGold), typed, ""),
        Score.count(
            "is_article wrong",
            typed - agreement(rightArticle, saidArticle, articlesGold, typed),
            typed),
        // Added last, so that the figures before it keep their places.
        Score.count("pages with a byline (gold has none)", spuriousByline, n - authors));
  }

  /** Pages where is_article agrees with the gold page type: true positives and true negatives. */
  private static int agreement(int right, int said, int gold, int typed) {
    int trueNegatives = typed - said - gold + right;
    return right + trueNegatives;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
