package org.dossier.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.PublishDate;

/**
 * An HTML page's metadata, read from structured data first (JSON-LD, Open Graph and other meta
 * tags), then markup ({@code <time>}, {@code rel=author}, {@code <h1>}), then the URL: one {@link
 * PageIndex} of the page, read by {@link PageTitles}, {@link PageBylines} and {@link PageDates}.
 */
record PageMetadata(
    String title,
    List<String> byline,
    PublishDate published,
    PublishDate modified,
    PublishDate unshownPublished,
    String outlet,
    String canonicalUrl,
    String language,
    Set<String> types,
    String ogType) {

  /**
   * Reads the metadata of a parsed page; {@code published} is the day the page goes by ({@link
   * PageDates#shown}), {@code unshownPublished} the publish date its metadata states when the page
   * shows only its update instead. Hints from a feed or record fill what the page lacks.
   */
  static PageMetadata read(PageIndex page) {
    PublishDate stated = PageDates.published(page);
    PublishDate modified = PageDates.modified(page, stated);
    PublishDate shown = PageDates.shown(page, stated, modified);
    String ogType = page.meta("og:type");
    return new PageMetadata(
        PageTitles.read(page),
        PageBylines.read(page),
        shown != null ? shown : stated,
        modified,
        shown != null ? stated : null,
        page.outlet(),
        page.canonical(),
        language(page),
        page.types(),
        ogType == null ? "" : ogType.strip().toLowerCase(Locale.ROOT));
  }

  private static String language(PageIndex page) {
    String lang =
        PageIndex.first(
            page.htmlLang(),
            page.meta("content-language"),
            page.meta("og:locale"),
            page.ldText("inLanguage"),
            page.meta("language"));
    if (lang == null) {
      return null;
    }
    String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }
}
