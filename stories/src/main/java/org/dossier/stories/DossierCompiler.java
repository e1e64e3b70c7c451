package org.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.dossier.model.EntityType;
import org.dossier.model.PublishDate;
import org.dossier.model.TextDates;

/** Compiles a story's dossier from its articles and their annotations: a pure function. */
public final class DossierCompiler {

  /** How many of the words readers used most the reaction lists. */
  private static final int REACTION_WORDS = 12;

  /** Web addresses in comments: their pieces ("http", "www", "com") say nothing of the topic. */
  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

  /**
   * Words of a comment thread's furniture, not its topic: a comment's date and time ("pm", the
   * months and weekdays) and its buttons ("reply").
   */
  private static final Set<String> NOT_A_TOPIC =
      java.util.stream.Stream.of(
              TextDates.MONTH_WORDS,
              TextDates.WEEKDAY_NAMES,
              Set.of("am", "pm", "reply", "replies", "edited"))
          .flatMap(Set::stream)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** How coverage names an article whose outlet is not known. */
  public static final String UNKNOWN_OUTLET = "(unknown outlet)";

  private DossierCompiler() {}

  /**
   * The dossier of one story.
   *
   * @param storyId the story's id
   * @param sources its articles, in any order
   * @param chapters other stories of the same saga (their statements included), or none
   */
  public static Dossier compile(
      String storyId, List<StorySource> sources, List<Dossier.Chapter> chapters) {
    List<StorySource> ordered = ordered(sources);
    List<Dossier.ArticleRef> refs = new ArrayList<>();
    for (StorySource s : ordered) {
      Article a = s.article();
      refs.add(
          new Dossier.ArticleRef(
              a.id(),
              a.source().toString(),
              a.outlet(),
              a.title(),
              a.published() == null ? null : a.published().value()));
    }
    LocalDate start = null;
    for (StorySource s : ordered) {
      LocalDate d = day(s);
      if (d != null && (start == null || d.isBefore(start))) {
        start = d;
      }
    }
    List<Names.Group> names = Names.of(ordered);
    String mainOrganisation = null;
    for (Names.Group g : names) {
      if (g.type() == EntityType.ORGANISATION) {
        mainOrganisation = g.name();
        break;
      }
    }
    List<Dossier.Entity> entities = new ArrayList<>();
    for (Names.Group g : names) {
      List<Dossier.Spelling> spellings = new ArrayList<>();
      g.spellings.forEach(
          (text, arts) ->
              spellings.add(
                  new Dossier.Spelling(
                      text,
                      List.copyOf(arts),
                      List.copyOf(g.outlets.getOrDefault(text, Set.of())))));
      entities.add(new Dossier.Entity(g.name(), g.type().toString(), spellings));
    }
    List<Dossier.Chapter> sortedChapters = new ArrayList<>(chapters);
    sortedChapters.sort(
        Comparator.comparing(
            Dossier.Chapter::firstPublished, Comparator.nullsLast(Comparator.naturalOrder())));
    return new Dossier(
        storyId,
        centralTitle(ordered),
        refs,
        Timeline.of(ordered, start),
        QuoteLedger.of(
            ordered,
            start,
            earlierStatements(sortedChapters),
            Names.canonical(names),
            Names.people(names)),
        entities,
        Conflicts.of(ordered, names, mainOrganisation),
        coverage(ordered),
        relations(ordered),
        reaction(ordered),
        sortedChapters);
  }

  private static List<Dossier.Statement> earlierStatements(List<Dossier.Chapter> chapters) {
    List<Dossier.Statement> out = new ArrayList<>();
    for (Dossier.Chapter c : chapters) {
      if ("earlier".equals(c.relation())) {
        out.addAll(c.statements());
      }
    }
    return out;
  }

  /**
   * Another story of the same saga as a chapter of this one: its title, when it was first reported
   * and its statements, without compiling the rest of its dossier.
   *
   * @param relation {@code earlier} or {@code later}
   */
  public static Dossier.Chapter chapter(
      String storyId, List<StorySource> sources, String firstPublished, String relation) {
    List<StorySource> ordered = ordered(sources);
    return new Dossier.Chapter(
        storyId, centralTitle(ordered), firstPublished, relation, QuoteLedger.of(ordered));
  }

  private static List<StorySource> ordered(List<StorySource> sources) {
    List<StorySource> ordered = new ArrayList<>(sources);
    ordered.sort(
        Comparator.comparing(
                DossierCompiler::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.article().id()));
    return ordered;
  }

  private static String published(StorySource s) {
    PublishDate p = s.article().published();
    return p == null ? null : p.value();
  }

  private static LocalDate day(StorySource s) {
    PublishDate p = s.article().published();
    return p == null ? null : p.day();
  }

  /**
   * The title of the article whose words are most like the others': the sum of an article's cosines
   * with all the others is its unit vector's dot product with the sum of all unit vectors, less its
   * own 1, so one pass over the articles finds it (a story of 500 articles has 250,000 pairs).
   * Titles made from a lead ({@link org.dossier.model.Article#titleDerived()}) take part only when
   * no article has a headline.
   */
  public static String title(List<StorySource> sources) {
    return centralTitle(ordered(sources));
  }

  private static String centralTitle(List<StorySource> sources) {
    List<Map<String, Double>> units = new ArrayList<>();
    Map<String, Double> sum = new HashMap<>();
    for (StorySource s : sources) {
      Map<String, Integer> counts =
          Terms.count(
              (s.article().title() == null ? "" : s.article().title()) + " " + s.article().text(),
              300);
      Map<String, Double> unit = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        double w = 1 + Math.log(e.getValue());
        unit.put(e.getKey(), w);
        norm += w * w;
      }
      double n = Math.sqrt(norm);
      if (n > 0) {
        unit.replaceAll((k, v) -> v / n);
      }
      unit.forEach((k, v) -> sum.merge(k, v, Double::sum));
      units.add(unit);
    }
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    // A title made from a lead stands for the story only when no article has a headline.
    boolean headlines =
        sources.stream()
            .anyMatch(
                s ->
                    s.article().title() != null
                        && !s.article().title().isBlank()
                        && !s.article().titleDerived());
    for (int i = 0; i < sources.size(); i++) {
      String t = sources.get(i).article().title();
      if (t == null || t.isBlank() || (headlines && sources.get(i).article().titleDerived())) {
        continue;
      }
      double dot = 0;
      for (Map.Entry<String, Double> e : units.get(i).entrySet()) {
        dot += e.getValue() * sum.get(e.getKey());
      }
      double score = dot - (units.get(i).isEmpty() ? 0 : 1);
      // Rounding keeps the choice the same whatever order the sums were taken in.
      score = Math.round(score * 1e9) / 1e9;
      if (score > bestScore) {
        bestScore = score;
        best = t;
      }
    }
    return best;
  }

  private static List<Dossier.OutletCoverage> coverage(List<StorySource> ordered) {
    // An article of no known outlet is a source of its own: two pasted texts of unknown origin are
    // not one outlet.
    Map<String, List<StorySource>> byOutlet = new LinkedHashMap<>();
    for (StorySource s : ordered) {
      String key = s.article().outlet() == null ? "\0" + s.article().id() : s.article().outlet();
      byOutlet.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    List<Dossier.OutletCoverage> out = new ArrayList<>();
    byOutlet.forEach(
        (key, list) -> {
          String outlet = key.startsWith("\0") ? UNKNOWN_OUTLET : key;
          double tone = 0;
          for (StorySource s : list) {
            tone += Tone.of(s.article().text());
          }
          tone /= list.size();
          out.add(
              new Dossier.OutletCoverage(
                  outlet,
                  list.size(),
                  published(list.get(0)),
                  list.get(0).article().id(),
                  Math.round(tone * 100) / 100.0,
                  Tone.label(tone)));
        });
    return out;
  }

  private static List<Dossier.Relation> relations(List<StorySource> ordered) {
    Set<String> ids = new HashSet<>();
    ordered.forEach(s -> ids.add(s.article().id()));
    List<Dossier.Relation> out = new ArrayList<>();
    for (StorySource s : ordered) {
      for (StorySource.Relation r : s.relations()) {
        if (r.later() && ids.contains(r.other())) {
          out.add(new Dossier.Relation(s.article().id(), r.other(), r.kind(), r.similarity()));
        }
      }
    }
    return out;
  }

  private static Dossier.Reaction reaction(List<StorySource> ordered) {
    List<Dossier.ArticleComments> byArticle = new ArrayList<>();
    List<Dossier.Comment> threads = new ArrayList<>();
    Map<String, Integer> words = new LinkedHashMap<>();
    int total = 0;
    for (StorySource s : ordered) {
      List<Comment> comments = s.article().comments();
      if (comments.isEmpty()) {
        continue;
      }
      total += comments.size();
      byArticle.add(
          new Dossier.ArticleComments(s.article().id(), s.article().outlet(), comments.size()));
      for (Comment c : comments) {
        threads.add(
            new Dossier.Comment(
                s.article().id(), c.id(), c.author(), c.published(), c.text(), c.parent()));
        String text = WEB_ADDRESS.matcher(c.text()).replaceAll(" ");
        for (String w : new HashSet<>(Terms.words(text, 500))) {
          if (!NOT_A_TOPIC.contains(w) && w.chars().anyMatch(Character::isLetter)) {
            words.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    List<String> top =
        words.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(REACTION_WORDS)
            .map(Map.Entry::getKey)
            .toList();
    return new Dossier.Reaction(total, byArticle, top, threads);
  }
}
