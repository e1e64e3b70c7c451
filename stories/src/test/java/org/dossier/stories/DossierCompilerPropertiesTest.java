package org.dossier.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.model.DatePrecision;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.PublishDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * Properties of {@link DossierCompiler} over generated stories: whatever the annotation's spans (at
 * and across sentence and paragraph borders, overlapping, nested, past the text's end), the text
 * (empty, one word, combining marks, emoji, right-to-left script) or the missing values (dates,
 * speakers, outlets), a dossier compiles, every line of it cites articles of the story, and the
 * same input always gives the same dossier. jqwik prints the seed of a failing run.
 */
class DossierCompilerPropertiesTest {

  /**
   * Pieces texts are made of: words, names, dates, quotes, sentence and paragraph ends, odd script.
   */
  private static final List<String> PIECES =
      List.of(
          "the",
          "minister",
          "said",
          "Ines Moreau",
          "Maison Verrault",
          "Dolce & Gabbana",
          "on Monday",
          "March 5, 2026",
          "in 1962",
          "$4 million",
          "210 stores",
          "an Italian house",
          "founded in 1965",
          "“We will rebuild,”",
          "\"I'm so glad",
          "she wrote.",
          ".",
          "!",
          "?",
          ". ",
          "\n\n",
          "\n",
          "Mr.",
          "U.S.",
          "é",
          "e\u0301",
          "\u0301",
          "😀",
          "👩‍👩‍👧",
          "مرحبا بالعالم",
          "שלום",
          "\u200f",
          "«",
          "»",
          "—",
          "'",
          "  ");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES)
        .list()
        .ofMinSize(0)
        .ofMaxSize(40)
        .map(parts -> String.join(" ", parts));
  }

  /** Offsets in and around a text of the given length, borders and the past-the-end included. */
  private static Arbitrary<Integer> offset(int length) {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0, Math.max(0, length))),
        Tuple.of(1, Arbitraries.of(0, length)),
        Tuple.of(1, Arbitraries.integers().between(length, length + 20)));
  }

  private static Arbitrary<int[]> span(int length) {
    return Combinators.combine(offset(length), Arbitraries.integers().between(0, 60))
        .as((start, width) -> new int[] {start, start + width});
  }

  private static String cut(String text, int[] s) {
    int from = Math.min(s[0], text.length());
    int to = Math.min(s[1], text.length());
    return text.substring(from, Math.max(from, to));
  }

  private static Arbitrary<String> maybe(Arbitrary<String> a) {
    return a.injectNull(0.3);
  }

  private static Arbitrary<StorySource> source(String id, String text) {
    int n = text.length();
    Arbitrary<List<EntityMention>> entities =
        Combinators.combine(
                span(n),
                Arbitraries.of(EntityType.class),
                maybe(Arbitraries.of("Ines Moreau", "Moreau", "Maison Verrault", "Verrault", "")))
            .as(
                (s, type, canonical) ->
                    new EntityMention(cut(text, s), type, s[0], s[1], canonical))
            .list()
            .ofMaxSize(8);
    Arbitrary<List<TimeMention>> times =
        Combinators.combine(
                span(n),
                maybe(
                    Arbitraries.of(
                        "2026-03-05", "2026-03", "1962", "2026-W10", "PRESENT_REF", "P3Y", "XXXX")),
                Arbitraries.of(true, false))
            .as((s, value, inferred) -> new TimeMention(cut(text, s), s[0], s[1], value, inferred))
            .list()
            .ofMaxSize(8);
    Arbitrary<List<Quote>> quotes =
        Combinators.combine(
                span(n),
                Arbitraries.of(QuoteKind.class),
                maybe(Arbitraries.of("Ines Moreau", "Moreau", "Maison Verrault", "she")),
                maybe(Arbitraries.of("instagram", "x", "statement", "interview")))
            .as(
                (s, kind, speaker, platform) ->
                    new Quote(
                        kind, new Span(cut(text, s), s[0], s[1]), null, null, speaker, platform))
            .list()
            .ofMaxSize(6);
    Arbitrary<List<Comment>> comments =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                maybe(Arbitraries.of("Ana", "<b>x</b>", "")),
                Arbitraries.of(PIECES))
            .as(
                (k, author, words) ->
                    new Comment("c" + k, author, null, words, k == 0 ? null : "c" + (k - 1)))
            .list()
            .ofMaxSize(4)
            .map(
                list -> {
                  // Comment ids are unique within an article, as extraction makes them.
                  List<Comment> out = new ArrayList<>();
                  Set<String> ids = new HashSet<>();
                  for (Comment c : list) {
                    if (ids.add(c.id())) {
                      out.add(c);
                    }
                  }
                  return out;
                });
    Arbitrary<PublishDate> published =
        Arbitraries.of(
                new PublishDate("2026-03-05", DatePrecision.DAY, "test"),
                new PublishDate("2025-01-20", DatePrecision.DAY, "test"),
                new PublishDate("2026-03", DatePrecision.MONTH, "inferred"),
                new PublishDate("2026", DatePrecision.YEAR, "inferred"))
            .injectNull(0.3);
    Arbitrary<String> outlet = maybe(Arbitraries.of("Harbor Times", "Pulse", "StyleWire"));
    Arbitrary<String> title = maybe(Arbitraries.of("Headline", "", "😀 שלום"));
    return Combinators.combine(entities, times, quotes, comments, published, outlet, title)
        .as(
            (e, t, q, c, p, o, ti) -> {
              Article a =
                  new Article(
                      id,
                      URI.create("file:///corpus/" + id + ".txt"),
                      null,
                      o,
                      ti,
                      List.of(),
                      p,
                      null,
                      "en",
                      text.isEmpty() ? List.of() : List.of(text),
                      c,
                      List.of());
              Annotation ann = new Annotation(1, text, null, false, e, t, q);
              return new StorySource(a, ann, List.of());
            });
  }

  @Provide
  Arbitrary<List<StorySource>> stories() {
    return texts()
        .list()
        .ofMinSize(1)
        .ofMaxSize(5)
        .flatMap(
            texts -> {
              List<Arbitrary<StorySource>> sources = new ArrayList<>();
              for (int i = 0; i < texts.size(); i++) {
                sources.add(source("a" + i, texts.get(i)));
              }
              return Combinators.combine(sources).as(List::copyOf);
            });
  }

  @Property(tries = 300)
  void everyGeneratedStoryCompilesAndCitesOnlyItsArticles(
      @ForAll("stories") List<StorySource> sources) {
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    Set<String> ids = new HashSet<>();
    d.articles().forEach(a -> ids.add(a.id()));
    assertEquals(sources.size(), ids.size());
    List<String> cited = new ArrayList<>();
    d.timeline().forEach(e -> cited.addAll(e.articles()));
    for (Dossier.Statement s : d.quotes()) {
      cited.add(s.firstArticle());
      assertFalse(s.variants().isEmpty(), "a statement without a wording: " + s);
      s.variants().forEach(v -> cited.add(v.article()));
    }
    d.entities().forEach(e -> e.variants().forEach(v -> cited.addAll(v.articles())));
    d.conflicts().forEach(c -> c.values().forEach(v -> cited.addAll(v.articles())));
    d.coverage().forEach(c -> cited.add(c.firstArticle()));
    d.reaction().threads().forEach(c -> cited.add(c.article()));
    for (String id : cited) {
      assertTrue(ids.contains(id), "cites " + id + ", not an article of the story");
    }
    for (Dossier.Event e : d.timeline()) {
      assertFalse(e.text().isBlank(), "an empty event: " + e);
      assertFalse(e.articles().isEmpty(), "an event without a source: " + e);
    }
  }

  @Property(tries = 100)
  void theSameStoryCompilesToTheSameDossier(@ForAll("stories") List<StorySource> sources) {
    List<StorySource> reversed = new ArrayList<>(sources);
    java.util.Collections.reverse(reversed);
    assertEquals(
        DossierCompiler.compile("s1", sources, List.of()),
        DossierCompiler.compile("s1", reversed, List.of()));
  }

  @Property(tries = 50)
  void aStoryWithoutAnnotationsCompiles(@ForAll @Size(min = 1, max = 4) List<String> words) {
    List<StorySource> sources = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Article a =
          new Article(
              "b" + i,
              URI.create("file:///corpus/b" + i + ".txt"),
              null,
              null,
              null,
              List.of(),
              null,
              null,
              null,
              words.get(i).isEmpty() ? List.of() : List.of(words.get(i)),
              List.of(),
              List.of());
      sources.add(new StorySource(a, null, List.of()));
    }
    Dossier d = DossierCompiler.compile("s1", sources, List.of());
    assertEquals(words.size(), d.articles().size());
  }
}
