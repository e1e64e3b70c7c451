package org.dossier.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One news article as extracted from a capture: metadata, body paragraphs and reader comments.
 *
 * <p>NOTE: {@link #id()} is stable: the same identity (canonical URL, else source) with the same
 * normalised text always gets the same id, so ingesting a page twice stores it once, and a changed
 * page at the same URL becomes a new version with a new id.
 *
 * @param id stable identifier, see {@link ContentHash#articleId}
 * @param source where the article was read from, as given to ingestion
 * @param canonicalUrl the page's own canonical URL when it names one, else null
 * @param outlet the publication's name, or its domain when nothing better is known, or null
 * @param title the headline, or null
 * @param byline author names, one per person; empty when unknown
 * @param published when it was published, or null when unknown
 * @param modified when the page says it was last modified, or null when it does not
 * @param language ISO 639-1 code, or null when unknown
 * @param paragraphs the body, one string per paragraph, in reading order
 * @param comments reader comments, in page order, replies after their parents
 * @param diagnostics what extraction noticed about dirty input
 * @param captions photo captions and credits found among the text, kept apart from the body so that
 *     they feed neither quotes nor the timeline; empty when there are none
 */
public record Article(
    String id,
    URI source,
    String canonicalUrl,
    String outlet,
    String title,
    List<String> byline,
    PublishDate published,
    PublishDate modified,
    String language,
    List<String> paragraphs,
    List<Comment> comments,
    List<Diagnostic> diagnostics,
    List<String> captions) {

  /** Validates the article and copies its lists. */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id is blank for " + source);
    }
    Objects.requireNonNull(source, "source");
    byline = List.copyOf(byline);
    paragraphs = List.copyOf(paragraphs);
    comments = List.copyOf(comments);
    diagnostics = List.copyOf(diagnostics);
    captions = List.copyOf(captions);
  }

  /** An article without captions. */
  public Article(
      String id,
      URI source,
      String canonicalUrl,
      String outlet,
      String title,
      List<String> byline,
      PublishDate published,
      PublishDate modified,
      String language,
      List<String> paragraphs,
      List<Comment> comments,
      List<Diagnostic> diagnostics) {
    this(
        id,
        source,
        canonicalUrl,
        outlet,
        title,
        byline,
        published,
        modified,
        language,
        paragraphs,
        comments,
        diagnostics,
        List.of());
  }

  /** The diagnostic code of a title made from the lead because the text had no headline. */
  public static final String DERIVED_TITLE = "derived-title";

  /** Whether the title was made from the lead rather than read as the article's headline. */
  public boolean titleDerived() {
    return diagnostics.stream().anyMatch(d -> d.code().equals(DERIVED_TITLE));
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }

  /** The diagnostic code of a page with too little body text to be an article. */
  public static final String NOT_ARTICLE = "not-article";

  /**
   * Whether this is an article: it has body text, no error, and was not judged too thin ({@link
   * #NOT_ARTICLE}).
   */
  public boolean isArticle() {
    return !paragraphs.isEmpty()
        && diagnostics.stream()
            .noneMatch(
                d -> d.code().equals(NOT_ARTICLE) || d.severity() == Diagnostic.Severity.ERROR);
  }

  /** The key that tells versions of the same page apart from other pages. */
  public String identity() {
    return canonicalUrl != null ? canonicalUrl : source.toString();
  }
}
