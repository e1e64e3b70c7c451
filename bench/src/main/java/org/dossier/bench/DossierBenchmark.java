package org.dossier.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.dossier.stories.Dossier;
import org.dossier.stories.DossierCompiler;
import org.dossier.stories.StorySource;

/**
 * Measures compiling one large story's dossier: a seeded generator writes a story told by many
 * outlets (shared and outlet-specific sentences, a pool of people with misspelt and short forms,
 * statements quoted whole, cut and reported, dated events, amounts and comments), annotated as the
 * annotator would, and {@link DossierCompiler#compile} is timed over it.
 */
public final class DossierBenchmark {
  private static final String[] FIRST = {
    "Ingrid", "Jonas", "Amara", "Claire", "Per", "Tove", "Maren", "Erik", "Lena", "Sune", "Anna",
    "Tomas", "Pete", "Mari", "Lars", "Mette", "Ines", "Paul", "Adaeze", "Kofi"
  };
  private static final String[] LAST = {
    "Halvorsen",
    "Brekke",
    "Okafor",
    "Dubois",
    "Aasen",
    "Lindqvist",
    "Olsen",
    "Sand",
    "Holm",
    "Berg",
    "Morgan",
    "Reid",
    "Lund",
    "Dahl",
    "Aaland",
    "Moreau",
    "Marchetti",
    "Mensah",
    "Varga",
    "Kowalski"
  };
  private static final String[] WORDS = {
    "ferry", "crossing", "island", "safety", "refit", "inspection", "timetable", "winter", "crew",
    "harbour", "council", "residents", "shops", "school", "mayor", "company", "service", "route",
    "passengers", "authority", "bridge", "system", "cost", "repairs", "weather", "storm", "dock"
  };

  private final long seed;

  /** A benchmark whose generator starts from a seed. */
  public DossierBenchmark(long seed) {
    this.seed = seed;
  }

  /**
   * What a run measured.
   *
   * @param articles articles in the story
   * @param milliseconds the median compile time
   * @param slowestMilliseconds the slowest measured run
   * @param statements ledger entries the dossier holds
   * @param entities entities it holds
   * @param events timeline events it holds
   */
  public record Result(
      int articles,
      double milliseconds,
      double slowestMilliseconds,
      int statements,
      int entities,
      int events) {}

  /** Compiles a generated story of {@code articles} articles once to warm up, then {@code runs}. */
  public Result run(int articles, int runs) {
    List<StorySource> story = story(articles);
    Dossier d = DossierCompiler.compile("sbench", story, List.of());
    List<Double> times = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      d = DossierCompiler.compile("sbench", story, List.of());
      times.add((System.nanoTime() - start) / 1e6);
    }
    times.sort(null);
    return new Result(
        articles,
        times.get(times.size() / 2),
        times.get(times.size() - 1),
        d.quotes().size(),
        d.entities().size(),
        d.timeline().size());
  }

  /** A generated story of that many articles from about a tenth as many outlets. */
  public List<StorySource> story(int articles) {
    Random random = new Random(seed);
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      people.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
    }
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      statements.add(sentence(random, 14 + random.nextInt(10)));
    }
    List<StorySource> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      out.add(article(random, a, people, statements));
    }
    return out;
  }

  private static String sentence(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS[random.nextInt(WORDS.length)];
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(' ');
    }
    return b.toString().strip();
  }

  private static StorySource article(
      Random random, int index, List<String> people, List<String> statements) {
    StringBuilder text = new StringBuilder("Headline of report " + index);
    text.append("\n\n");
    List<EntityMention> entities = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      int kind = random.nextInt(6);
      String person = people.get(random.nextInt(people.size()));
      if (random.nextInt(20) == 0) {
        person = person.substring(0, person.length() - 2) + "en"; // a slip in one outlet
      }
      String name = random.nextBoolean() ? person : person.substring(person.indexOf(' ') + 1);
      int nameAt = text.length();
      text.append(name);
      entities.add(
          new EntityMention(name, EntityType.PERSON, nameAt, nameAt + name.length(), name));
      switch (kind) {
        case 0, 1 -> {
          String st = statements.get(random.nextInt(statements.size()));
          if (kind == 1) {
            st = st.substring(0, st.lastIndexOf(' '));
          }
          text.append(" said: \"");
          int at = text.length();
          text.append(st).append(".\" ");
          quotes.add(
              new Quote(
                  QuoteKind.DIRECT, new Span(st, at, at + st.length()), null, null, person, null));
        }
        case 2 -> {
          String st = "the " + statements.get(random.nextInt(statements.size())).toLowerCase();
          text.append(" said that ");
          int at = text.length();
          text.append(st).append(". ");
          quotes.add(
              new Quote(
                  QuoteKind.INDIRECT,
                  new Span(st, at, at + st.length()),
                  null,
                  null,
                  person,
                  null));
        }
        case 3 -> {
          int day = 1 + random.nextInt(28);
          String when = "March " + day + ", 2026";
          text.append(" met the council on ");
          int at = text.length();
          text.append(when)
              .append(" about the ")
              .append(sentence(random, 6).toLowerCase())
              .append(". ");
          times.add(
              new TimeMention(
                  when, at, at + when.length(), String.format("2026-03-%02d", day), false));
        }
        case 4 ->
            text.append(" put the cost at $")
                .append(20 + random.nextInt(3) * 5)
                .append(" million for ")
                .append(random.nextInt(2) == 0 ? "210" : "180")
                .append(" passengers. ");
        default -> text.append(" ").append(sentence(random, 12).toLowerCase()).append(". ");
      }
    }
    String body = text.toString();
    String title = "Headline of report " + index;
    List<Comment> comments = new ArrayList<>();
    for (int c = 0; c < random.nextInt(4); c++) {
      comments.add(
          new Comment(
              "c" + (c + 1), "Reader " + c, null, sentence(random, 10), c == 0 ? null : "c1"));
    }
    Article a =
        new Article(
            String.format("%016x", index),
            URI.create(
                "https://outlet" + (index % Math.max(1, index / 10 + 1)) + ".example/" + index),
            null,
            "Outlet " + (index % 50),
            title,
            List.of(),
            new PublishDate(
                String.format("2026-03-%02d", 1 + index % 28), DatePrecision.DAY, "bench"),
            null,
            "en",
            List.of(body.substring(title.length() + 2)),
            comments,
            List.of());
    return new StorySource(
        a, new Annotation(3, body, "2026-03-01", false, entities, times, quotes), List.of());
  }
}
