package org.dossier.extract;

import org.dossier.model.Article;
import org.dossier.model.Capture;

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
}
