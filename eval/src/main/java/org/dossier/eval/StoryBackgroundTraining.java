package org.dossier.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.stories.BackgroundFrequencies;

/**
 * Counts the story clusterer's reference document frequencies ({@link BackgroundFrequencies}) from
 * the article pages of WCXB's dev split, extracted as ingest extracts them: their titles and leads,
 * as a story signature reads them. ECB+, on which story clustering is measured, is not read.
 */
public final class StoryBackgroundTraining {
  private StoryBackgroundTraining() {}

  /** The folder under the shared data sets that holds the reference pages. */
  public static final String DATASET = "wcxb-dev-articles";

  /** Words in fewer reference articles than this are left out of the table. */
  public static final int MIN_DOCUMENTS = 2;

  /** Extracts the reference pages under {@code datasets} and counts their signature words. */
  public static BackgroundFrequencies count(Path datasets, int threads) throws IOException {
    Path dir = datasets.resolve(DATASET);
    if (!Files.isDirectory(dir.resolve("html"))
        || !Files.isDirectory(dir.resolve("ground-truth"))) {
      throw new IllegalArgumentException(
          datasets + ": no " + DATASET + " copy (expected " + DATASET + "/html and ground-truth)");
    }
    List<ExtractionEvaluation.Page> pages = WcxbEvaluation.pages(dir, new java.util.HashMap<>());
    List<String[]> articles = new ArrayList<>();
    for (Article a : ExtractionEvaluation.extract(pages, threads)) {
      if (a.isArticle()) {
        articles.add(new String[] {a.title(), a.text()});
      }
    }
    return BackgroundFrequencies.count(articles, MIN_DOCUMENTS);
  }
}
