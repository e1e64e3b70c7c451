package org.dossier.stories;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.DatePrecision;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.PublishDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/** Small articles written for these tests, annotated by hand so each test controls its input. */
final class Fixtures {
  private Fixtures() {}

  /** An article with its annotation: the given names are found in the text as entities. */
  static StorySource source(String id, String outlet, String day, String text, String... names) {
    Article a =
        new Article(
            id,
            URI.create("https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id),
            null,
            outlet,
            "Title of " + id,
            List.of(),
            new PublishDate(day, DatePrecision.DAY, "test"),
            null,
            "en",
            List.of(text),
            List.of(),
            List.of());
    List<EntityMention> entities = new ArrayList<>();
    for (String n : names) {
      String[] typed = n.split(":", 2);
      int at = text.indexOf(typed[1]);
      while (at >= 0) {
        entities.add(
            new EntityMention(
                typed[1], EntityType.of(typed[0]), at, at + typed[1].length(), typed[1]));
        at = text.indexOf(typed[1], at + 1);
      }
    }
    return new StorySource(
        a, new Annotation(1, text, day, false, entities, List.of(), List.of()), List.of());
  }

  /** The same source with quotes added. */
  static StorySource withQuotes(StorySource s, Quote... quotes) {
    Annotation a = s.annotation();
    return new StorySource(
        s.article(),
        new Annotation(
            a.version(),
            a.text(),
            a.documentDate(),
            false,
            a.entities(),
            a.times(),
            List.of(quotes)),
        s.relations());
  }

  /** The same source written by {@code author}. */
  static StorySource byline(StorySource s, String author) {
    Article a = s.article();
    return rebuilt(s, a.title(), List.of(author), a.diagnostics());
  }

  /** The same source under another title, made from its lead when {@code derived}. */
  static StorySource titled(StorySource s, String title, boolean derived) {
    return rebuilt(
        s,
        title,
        s.article().byline(),
        derived
            ? List.of(org.dossier.model.Diagnostic.info(Article.DERIVED_TITLE, "no headline line"))
            : List.of());
  }

  private static StorySource rebuilt(
      StorySource s,
      String title,
      List<String> byline,
      List<org.dossier.model.Diagnostic> diagnostics) {
    Article a = s.article();
    return new StorySource(
        new Article(
            a.id(),
            a.source(),
            a.canonicalUrl(),
            a.outlet(),
            title,
            byline,
            a.published(),
            a.modified(),
            a.language(),
            a.paragraphs(),
            a.comments(),
            diagnostics,
            a.captions()),
        s.annotation(),
        s.relations());
  }

  /** A quote of a text in an article text: the content found by its words. */
  static Quote quote(String kind, String content, String speaker, String platform) {
    return new Quote(
        QuoteKind.of(kind), new Span(content, 0, content.length()), null, null, speaker, platform);
  }

  static StoryInput input(StorySource s) {
    return new StoryInput(
        s.article().id(),
        s.article().title(),
        s.article().text(),
        s.article().published().day(),
        s.annotation());
  }
}
