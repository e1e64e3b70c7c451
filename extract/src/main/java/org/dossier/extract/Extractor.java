package org.dossier.extract;

import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.PublishDate;

/**
 * Turns one capture into one article.
 *
 * <p>NOTE: an extractor never throws for dirty input: a page with no usable body still yields an
 * article, with no paragraphs and an {@code ERROR} diagnostic that says why. Implementations are
 * stateless and safe to share across threads.
 */
@FunctionalInterface
public interface Extractor {

  /** Extracts the article a capture holds. */
  Article extract(Capture capture);

  /** The standard extractor: HTML, plain text and news-please JSON, chosen by media type. */
  static Extractor standard() {
    return MediaTypeExtractor.INSTANCE;
  }

  /**
   * This extractor with an outlet and a publish date the user gives for a whole batch ({@code
   * dossier ingest --outlet NAME --date YYYY-MM-DD}): they replace what each page says, since the
   * user knows where the batch came from. Null leaves that field as extracted.
   */
  default Extractor withBatchValues(String outlet, PublishDate published) {
    if (outlet == null && published == null) {
      return this;
    }
    Extractor inner = this;
    return capture -> {
      Article a = inner.extract(capture);
      return new Article(
          a.id(),
          a.source(),
          a.canonicalUrl(),
          outlet != null ? outlet : a.outlet(),
          a.title(),
          a.byline(),
          published != null ? published : a.published(),
          a.modified(),
          a.language(),
          a.paragraphs(),
          a.comments(),
          a.diagnostics(),
          a.captions());
    };
  }
}
