package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs each evaluation on the first 200 pages of the shared data sets; skipped when ../shared is
 * absent. Each floor sits just under today's figure, so a change that makes extraction worse shows
 * up here; the figures in the comments are those of 2026-12-02 (after the kicker, bar, teaser,
 * table, no-break space and is_article address rules), with the figure before that stop.
 */
class SharedDatasetsTest {
  static final Path DATASETS =
      Path.of(System.getProperty("dossier.root", "..")).resolve("../shared/datasets");

  private static final int PAGES = 200;

  private static List<Score> run(String name) throws IOException {
    Path dir = DATASETS.resolve(name);
    assumeTrue(Files.isDirectory(dir), "shared data set absent: " + dir);
    return ExtractionEvaluation.forDataset(dir).run(PAGES, 2);
  }

  @Test
  void entitiesAgreeWithTheThreeModelPipeline() throws IOException {
    Path dir = DATASETS.resolve("polnear");
    assumeTrue(Files.isDirectory(dir), "shared data set absent: " + dir);
    List<Score> scores = EntityEvaluation.forDataset(dir).run("dev", 20, 2, row -> {});
    double f1 = Figures.of(scores, "names span+type F1 (vs 3 CRF models)");
    // 0.951 on these 20 texts, 0.959 on all 84 (the issue asks 0.95 there); 0.956 and 0.964 with
    // both CRF models behind the tagger (annotator versions 5 to 7).
    assertTrue(f1 > 0.95, "entity agreement " + f1);
  }

  @Test
  void oneTopicsCoverageHoldsTogetherInANewStore() throws IOException {
    Path dir = DATASETS.resolve("ecbplus");
    assumeTrue(Files.isDirectory(dir), "shared data set absent: " + dir);
    // Two ECB+ dev topics (never tuned on), each clustered in a store of its own: the coverage of
    // two similar events, as a user loads it into a new data folder.
    List<StoryEvaluation.Document> docs =
        StoryEvaluation.forDataset(dir).documents("dev").stream()
            .filter(d -> d.topic() == 2 || d.topic() == 5)
            .toList();
    List<Score> scores =
        StoryEvaluation.scoreOrders(
            docs,
            StoryEvaluation.annotate(docs, 2),
            StoryEvaluation.embed(docs, 2),
            org.dossier.stories.StoryClusterer.Settings.defaults(),
            1,
            1,
            true,
            row -> {});
    double f1 = Figures.of(scores, "B-cubed F1 (target 0.90)");
    // 0.787 with the reference counts of BackgroundFrequencies, 0.755 without (2026-12-02).
    assertTrue(f1 > 0.78, "B-cubed F1 " + f1);
  }

  @Test
  void wcxbArticles() throws IOException {
    List<Score> scores = run("wcxb-dev-articles");
    double body = Figures.of(scores, "body word F1 (mean over pages)");
    // 0.959 on 2026-12-07 (a paragraph the page repeats given once), 0.957 earlier, 0.952 before.
    assertTrue(body > 0.957, "body F1 " + body);
    double title = Figures.of(scores, "title normalised match");
    // 0.890 on 2026-12-06 (a heading a wrong encoding damaged), 0.885 earlier, 0.875 before.
    assertTrue(title > 0.887, "title " + title);
    double author = Figures.of(scores, "author normalised match");
    assertTrue(author > 0.85, "author match " + author); // 0.861, 0.842 before
    double date = Figures.of(scores, "publish date day match");
    // 0.834 on 2026-12-05, 0.817 earlier, 0.805 before.
    assertTrue(date > 0.825, "date " + date);
    double recall = Figures.of(scores, "is_article recall");
    assertTrue(recall >= 0.985, "is_article recall on articles " + recall); // 0.990
  }

  @Test
  void wcxbOtherPages() throws IOException {
    List<Score> scores = run("wcxb-dev-other");
    double title = Figures.of(scores, "title normalised match");
    // 0.745 on 2026-12-06 (the title outside the head), 0.740 earlier, 0.725 before.
    assertTrue(title > 0.742, "title " + title);
    double date = Figures.of(scores, "publish date day match");
    assertTrue(date > 0.89, "date " + date); // 0.908, 0.855 before
    // Service, forum, listing, product, collection and documentation pages called articles.
    double wrong = Figures.of(scores, "is_article wrong");
    assertTrue(wrong <= 51, "other pages called articles: " + wrong); // 50, 51 before
    // Forum threads sent in a noscript (Discourse) have a body; so do front pages and shops'
    // lists, of the lines they list.
    double body = Figures.of(scores, "body word F1 (mean over pages)");
    // 0.728 on 2026-12-07 (a paragraph the page repeats given once), 0.718 earlier, 0.707 on
    // 2026-12-04, 0.678 before.
    assertTrue(body > 0.725, "body F1 " + body);
  }

  @Test
  void trafilatura() throws IOException {
    List<Score> scores = run("trafilatura-eval");
    double f = Figures.of(scores, "body snippets F");
    // 0.889 later on 2026-12-05 (a declared body under a widget's name, writing forms, lines
    // sending readers to the outlet's accounts), 0.885 on 2026-12-03, 0.881 before.
    assertTrue(f > 0.886, "snippet F " + f);
    double title = Figures.of(scores, "title normalised match");
    // 0.857 on 2026-12-06 (a heading that links home is the site's name, the title outside the
    // head), 0.824 later on 2026-12-05 (a blog's archive cut, one word a label on an article's
    // page), 0.798 earlier that day (kickers as long as their headline, subtitles, titles cut by a
    // quote), 0.790 before.
    assertTrue(title > 0.85, "title " + title);
  }

  @Test
  void htmldate() throws IOException {
    double f = Figures.of(run("htmldate-default"), "date F");
    // 0.939 later on 2026-12-05 (a UTC timestamp keeps the UTC day the page shows), 0.936 earlier
    // that day (the day a page shows as its date, a labelled date over a meta date that does not
    // say which, no day inside a longer number), 0.930 on 2026-12-03 (a stated publish date before
    // a meta date that does not say which, short German dates, date lines of opinion columns),
    // 0.916 before.
    assertTrue(f > 0.935, "date F " + f);
  }

  @Test
  void pastedNewsIsNeverDatedFarFromItsDay() throws IOException {
    Path dir = DATASETS.resolve("polnear");
    assumeTrue(Files.isDirectory(dir), "shared data set absent: " + dir);
    // Real articles pasted as plain text under a name that gives no date: whatever date the text
    // yields must be the day they were published, or close to it (a correction's or an
    // obituary's date stamp a week later). Before 2026-12-04, 69 of these 840 were dated more
    // than nine days off (a burial in 1963, 9/11) and 106 dated at all; now 17, none that far.
    List<Score> scores = PastedDateEvaluation.forDataset(dir).run("train", 0, row -> {});
    double far = Figures.of(scores, "texts dated more than 9 days off");
    double dated = Figures.of(scores, "texts dated");
    assertTrue(far == 0, "texts dated more than 9 days off: " + far);
    assertTrue(dated >= 10 && dated <= 40, "texts dated: " + dated);
  }
}
