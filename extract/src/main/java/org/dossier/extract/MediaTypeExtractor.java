package org.dossier.extract;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.ContentHash;
import org.dossier.model.Diagnostic;
import org.dossier.model.MediaTypes;

/** Chooses the extractor for a capture by its media type. */
final class MediaTypeExtractor implements Extractor {
  static final MediaTypeExtractor INSTANCE = new MediaTypeExtractor();

  private final Extractor html = new HtmlExtractor();
  private final Extractor text = new PlainTextExtractor();
  private final Extractor newsPlease = new NewsPleaseExtractor();

  private MediaTypeExtractor() {}

  @Override
  public Article extract(Capture capture) {
    String type = MediaTypes.essence(capture.mediaType());
    try {
      return switch (type) {
        case MediaTypes.HTML, "application/xhtml+xml" -> html.extract(capture);
        case MediaTypes.TEXT -> text.extract(capture);
        case MediaTypes.NEWS_PLEASE -> newsPlease.extract(capture);
        default ->
            failed(capture, "unsupported-type", "media type " + type + " is not an article format");
      };
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a pathological page must not stop a batch: report it against the input.
      return failed(capture, "extractor-failure", "extraction failed: " + e);
    }
  }

  /** An article with no content, carrying the diagnostics that say why. */
  static Article failed(Capture capture, List<Diagnostic> diagnostics) {
    return new Article(
        ContentHash.articleId(capture.source().toString(), null, ""),
        capture.source(),
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        List.of(),
        List.of(),
        diagnostics);
  }

  /** An article with no content that says why. */
  static Article failed(Capture capture, String code, String message) {
    return failed(capture, List.of(Diagnostic.error(code, capture.source() + ": " + message)));
  }
}
