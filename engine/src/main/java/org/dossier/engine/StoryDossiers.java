package org.dossier.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Annotation;
import org.dossier.store.ArticleLink;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryLink;
import org.dossier.store.StorySummary;
import org.dossier.stories.Dossier;
import org.dossier.stories.DossierCompiler;
import org.dossier.stories.StorySource;

/** Loads a story's articles and annotations from the store and compiles its dossier. */
public final class StoryDossiers {

  private final ArticleStore store;

  /** Dossiers of the stories in a store. */
  public StoryDossiers(ArticleStore store) {
    this.store = store;
  }

  /**
   * The dossier of a story, with the statements of the stories linked to it as other chapters of
   * its saga.
   *
   * @param idOrPrefix a story id or a unique prefix of 6 characters or more
   */
  public Optional<Dossier> dossier(String idOrPrefix) throws IOException {
    Optional<StorySummary> story = store.story(idOrPrefix);
    if (story.isEmpty()) {
      return Optional.empty();
    }
    String id = story.get().id();
    List<Dossier.Chapter> chapters = new ArrayList<>();
    String mine = story.get().firstPublished();
    for (StoryLink link : store.storyLinks(id)) {
      Optional<StorySummary> other = store.story(link.other());
      if (other.isEmpty()) {
        continue;
      }
      String first = other.get().firstPublished();
      String relation =
          first != null && mine != null && first.compareTo(mine) < 0 ? "earlier" : "later";
      try {
        chapters.add(DossierCompiler.chapter(link.other(), sources(link.other()), first, relation));
      } catch (IOException | RuntimeException e) {
        // A linked story that cannot be read is reported when it is itself asked for; this
        // story's dossier stands without that chapter.
        continue;
      }
    }
    return Optional.of(DossierCompiler.compile(id, sources(id), chapters));
  }

  /**
   * The title a story's dossier shows (its most central article's), or the summary's title when the
   * story's articles cannot be read, so that lists and dossiers name a story alike.
   */
  public String title(StorySummary story) {
    try {
      String t = DossierCompiler.title(sources(story.id()));
      return t == null ? story.title() : t;
    } catch (IOException | RuntimeException e) {
      return story.title();
    }
  }

  /** The articles of a story as the compiler takes them. */
  public List<StorySource> sources(String storyId) throws IOException {
    List<StorySource> out = new ArrayList<>();
    // The whole story in batch reads (four statements per 400 articles), not four per article.
    List<StoredArticle> articles = store.articlesById(store.storyArticles(storyId));
    Map<String, StoredAnnotation> annotations =
        store.annotations(articles.stream().map(a -> a.article().id()).toList());
    for (StoredArticle stored : articles) {
      String articleId = stored.article().id();
      StoredAnnotation a = annotations.get(articleId);
      Annotation annotation;
      try {
        annotation = a != null ? ArticleAnnotations.fromJson(a.json()) : null;
      } catch (IOException e) {
        throw new IOException(
            "the stored annotation of article " + articleId + " cannot be read: " + e.getMessage(),
            e);
      }
      List<StorySource.Relation> relations = new ArrayList<>();
      for (ArticleLink l : stored.links()) {
        boolean later = l.later().equals(articleId);
        relations.add(
            new StorySource.Relation(
                later ? l.earlier() : l.later(), l.kind().label(), later, l.similarity()));
      }
      out.add(new StorySource(stored.article(), annotation, relations));
    }
    return out;
  }
}
