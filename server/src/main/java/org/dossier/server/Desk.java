package org.dossier.server;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.engine.ArticleAnnotations;
import org.dossier.engine.Ingestion;
import org.dossier.engine.SearchIndex;
import org.dossier.engine.StoryDossiers;
import org.dossier.model.Annotation;
import org.dossier.model.PublishDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.store.ArticleQuery;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StoredArticle;
import org.dossier.store.StorySummary;
import org.dossier.stories.Dossier;

/**
 * What the desk's pages and API read, in one place: stories with filters and paging, a story's
 * dossier, articles, quotes, entities and search. Every page's data is one of these, and the API
 * serves it as JSON, so the pages and the API cannot tell different stories.
 */
final class Desk {
  /** The most rows one request may ask for. */
  static final int MAX_PAGE = 200;

  private final ArticleStore store;
  private final SearchIndex search;

  Desk(ArticleStore store, SearchIndex search) {
    this.store = store;
    this.search = search;
  }

  ArticleStore store() {
    return store;
  }

  /** A request's filters, read and checked. */
  record Filters(
      String text,
      String outlet,
      String entity,
      String speaker,
      String language,
      String story,
      LocalDate from,
      LocalDate to,
      int offset,
      int limit) {}

  static LocalDate day(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  static int number(String value, String name, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
    }
  }

  /** A page of stories, newest first, narrowed by the filters. */
  Map<String, Object> stories(Filters f) throws IOException {
    List<StorySummary> all = store.stories(Integer.MAX_VALUE);
    Set<String> matching = null;
    if (f.text() != null || f.outlet() != null || f.entity() != null) {
      String q = f.text() == null ? "" : f.text();
      if (f.entity() != null) {
        q =
            (q.isBlank() ? "" : "(" + q + ") AND ")
                + "names:\""
                + f.entity().replace("\"", "")
                + "\"";
      }
      SearchIndex.Result r =
          search.search(
              new SearchIndex.Query(q, f.outlet(), null, null, f.from(), f.to(), null, 0, 1000));
      Map<String, String> storyOf = store.storyAssignments();
      matching = new LinkedHashSet<>();
      for (SearchIndex.Hit h : r.hits()) {
        String s = storyOf.get(h.id());
        if (s != null) {
          matching.add(s);
        }
      }
    }
    List<StorySummary> kept = new ArrayList<>();
    for (StorySummary s : all) {
      if (matching != null && !matching.contains(s.id())) {
        continue;
      }
      if (f.from() != null && s.lastPublished() != null && before(s.lastPublished(), f.from())) {
        continue;
      }
      if (f.to() != null && s.firstPublished() != null && after(s.firstPublished(), f.to())) {
        continue;
      }
      kept.add(s);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StorySummary s :
        kept.subList(
            Math.min(f.offset(), kept.size()), Math.min(kept.size(), f.offset() + f.limit()))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      // The title the dossier shows (its most central article's), so a list and a page agree.
      m.put("title", title(s));
      m.put("articles", s.articles());
      m.put("outlets", s.outlets());
      m.put("first_published", s.firstPublished());
      m.put("last_published", s.lastPublished());
      m.put("links", store.storyLinks(s.id()).stream().map(l -> l.other()).toList());
      rows.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", kept.size());
    out.put("offset", f.offset());
    out.put("limit", f.limit());
    out.put("stories", rows);
    return out;
  }

  private static boolean before(String published, LocalDate day) {
    LocalDate d = PublishDate.lastDay(published);
    return d != null && d.isBefore(day);
  }

  private static boolean after(String published, LocalDate day) {
    LocalDate d = PublishDate.firstDay(published);
    return d != null && d.isAfter(day);
  }

  /** Dossiers and story titles computed since the store last changed, by story id. */
  private final Map<String, Optional<Dossier>> dossiers = lru();

  private final Map<String, String> titles = lru();

  private long version = -1;

  private static <V> Map<String, V> lru() {
    return java.util.Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > 2000;
          }
        });
  }

  /**
   * Dossiers as the API sends them (JSON), deflated to about a fifth: 9,282 stories take 17 MB,
   * where the compiled dossiers above are kept for the most recent 2,000 only.
   */
  private final Map<String, byte[]> packed = new LinkedHashMap<>(1024, 0.75f, true);

  private long packedBytes;

  /** Bytes of deflated dossiers kept at most. */
  static final long PACKED_LIMIT = 48L * 1024 * 1024;

  /** Forgets what was computed when the store has changed since (anyone's commit). */
  private synchronized void forgetIfChanged() throws IOException {
    long now = store.dataVersion();
    if (now != version) {
      dossiers.clear();
      titles.clear();
      synchronized (packed) {
        packed.clear();
        packedBytes = 0;
      }
      version = now;
    }
  }

  /**
   * A story's dossier as JSON, the API's answer: kept deflated until the store changes, so a story
   * asked for again is neither compiled nor written out again.
   */
  Optional<byte[]> dossierJson(String id) throws IOException {
    forgetIfChanged();
    byte[] kept;
    synchronized (packed) {
      kept = packed.get(id);
    }
    if (kept != null) {
      return Optional.of(inflate(kept));
    }
    Optional<Dossier> d = dossier(id);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    byte[] json = Json.mapper().writeValueAsBytes(d.get());
    byte[] deflated = deflate(json);
    synchronized (packed) {
      byte[] before = packed.put(id, deflated);
      packedBytes += deflated.length - (before == null ? 0 : before.length);
      // The least recently asked for go first.
      java.util.Iterator<Map.Entry<String, byte[]>> eldest = packed.entrySet().iterator();
      while (packedBytes > PACKED_LIMIT && eldest.hasNext()) {
        packedBytes -= eldest.next().getValue().length;
        eldest.remove();
      }
    }
    return Optional.of(json);
  }

  private static byte[] deflate(byte[] bytes) throws IOException {
    java.util.zip.Deflater fast = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 3 + 64);
    try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(out, fast)) {
      d.write(bytes);
    } finally {
      fast.end();
    }
    return out.toByteArray();
  }

  private static byte[] inflate(byte[] bytes) throws IOException {
    try (java.util.zip.InflaterInputStream in =
        new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }

  /**
   * A story's dossier, with the shape of the export's stories. Compiling is a pure function of the
   * stored articles, so a dossier is kept until anything in the store changes.
   */
  Optional<Dossier> dossier(String id) throws IOException {
    forgetIfChanged();
    Optional<Dossier> cached = dossiers.get(id);
    if (cached != null) {
      return cached;
    }
    Optional<Dossier> d = new StoryDossiers(store).dossier(id);
    dossiers.put(id, d);
    return d;
  }

  /** The title a story's dossier shows, kept like the dossiers. */
  private String title(StorySummary s) throws IOException {
    forgetIfChanged();
    String cached = titles.get(s.id());
    if (cached == null) {
      String title = new StoryDossiers(store).title(s);
      cached = title == null ? "" : title; // a story none of whose articles has a title
      titles.put(s.id(), cached);
    }
    return cached.isEmpty() ? null : cached;
  }

  /** A page of articles, newest first. */
  Map<String, Object> articles(Filters f) throws IOException {
    List<StoredArticle> found =
        store.articles(new ArticleQuery(f.outlet(), f.from(), f.to(), f.offset() + f.limit()));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (StoredArticle a : found.subList(Math.min(f.offset(), found.size()), found.size())) {
      rows.add(Json.stored(a, false));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("offset", f.offset());
    out.put("limit", f.limit());
    out.put("articles", rows);
    return out;
  }

  /** One article with its text, comments, links and annotation. */
  /**
   * One article as the API gives it (its text, comments, links, annotation and story), and its
   * annotation as the article page marks it up.
   */
  record ArticleView(Map<String, Object> json, Annotation annotation) {}

  Optional<ArticleView> article(String id) throws IOException {
    Optional<StoredArticle> a = store.article(id);
    if (a.isEmpty()) {
      return Optional.empty();
    }
    String articleId = a.get().article().id();
    Map<String, Object> m = Json.stored(a.get(), true);
    m.put("source_display", Ingestion.display(a.get().article().source()));
    Optional<StoredAnnotation> json = store.annotation(articleId);
    Annotation annotation =
        json.isPresent() ? ArticleAnnotations.fromJson(json.get().json()) : null;
    m.put("annotation", annotation == null ? null : Json.annotation(null, annotation));
    m.put("story", store.storyOf(articleId).orElse(null));
    return Optional.of(new ArticleView(m, annotation));
  }

  /** Quotes by speaker and by text: every statement of the matching articles. */
  Map<String, Object> quotes(Filters f) throws IOException {
    SearchIndex.Result r =
        search.search(
            new SearchIndex.Query(
                f.text() == null ? "" : "quotes:(" + f.text() + ")",
                f.outlet(),
                null,
                f.speaker(),
                f.from(),
                f.to(),
                null,
                0,
                MAX_PAGE));
    List<Map<String, Object>> rows = new ArrayList<>();
    Map<String, StoredAnnotation> annotations =
        store.annotations(r.hits().stream().map(SearchIndex.Hit::id).toList());
    for (SearchIndex.Hit h : r.hits()) {
      StoredAnnotation json = annotations.get(h.id());
      if (json == null) {
        continue;
      }
      for (Quote q : ArticleAnnotations.fromJson(json.json()).quotes()) {
        if (q.kind() == QuoteKind.FRAGMENT
            || (f.speaker() != null && !f.speaker().equals(q.speakerResolved()))
            || (f.text() != null
                && !q.content()
                    .text()
                    .toLowerCase()
                    .contains(f.text().toLowerCase().replace("\"", "")))) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", h.id());
        m.put("outlet", h.outlet());
        m.put("published", h.published());
        m.put("kind", q.kind());
        m.put("speaker", q.speakerResolved());
        m.put("platform", q.platform());
        m.put("text", q.content().text());
        rows.add(m);
      }
    }
    int from = Math.min(f.offset(), rows.size());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", rows.size());
    out.put("quotes", rows.subList(from, Math.min(rows.size(), from + f.limit())));
    return out;
  }

  /** The entities of the stories naming an entity: their spellings per outlet and their stories. */
  Map<String, Object> entities(String name) throws IOException {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required: the entity to look up");
    }
    SearchIndex.Result r =
        search.search(
            new SearchIndex.Query(
                "names:\"" + name.replace("\"", "") + "\"",
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                1000));
    Map<String, String> storyOf = store.storyAssignments();
    Set<String> stories = new LinkedHashSet<>();
    r.hits().forEach(h -> stories.add(storyOf.get(h.id())));
    stories.remove(null);
    List<Map<String, Object>> rows = new ArrayList<>();
    String needle = name.toLowerCase();
    for (String s : stories) {
      Optional<Dossier> d = dossier(s);
      if (d.isEmpty()) {
        continue;
      }
      for (Dossier.Entity e : d.get().entities()) {
        boolean hit = e.variants().stream().anyMatch(v -> v.text().toLowerCase().contains(needle));
        if (hit) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", e.name());
          m.put("type", e.type());
          m.put("variants", e.variants());
          m.put("story", s);
          m.put("story_title", d.get().title());
          rows.add(m);
        }
      }
    }
    return Map.of("entities", rows);
  }

  /** A search with its hits, facets and paging. */
  Map<String, Object> search(Filters f) throws IOException {
    Set<String> ids = null;
    if (f.story() != null) {
      Optional<StorySummary> s = store.story(f.story());
      if (s.isEmpty()) {
        throw new NotFound("no story " + f.story());
      }
      ids = new LinkedHashSet<>(store.storyArticles(s.get().id()));
    }
    SearchIndex.Result r =
        search.search(
            new SearchIndex.Query(
                f.text() == null ? "" : f.text(),
                f.outlet(),
                f.language(),
                f.speaker(),
                f.from(),
                f.to(),
                ids,
                f.offset(),
                f.limit()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", f.text());
    out.put("total", r.total());
    out.put("offset", f.offset());
    out.put("limit", f.limit());
    out.put("hits", r.hits());
    out.put("facets", r.facets());
    return out;
  }

  /** The dossiers an export covers: one story, or all (one that cannot be compiled is named). */
  List<Dossier> exportable(String story) throws IOException {
    if (story != null) {
      return List.of(dossier(story).orElseThrow(() -> new NotFound("no story " + story)));
    }
    return Exports.every(
        store,
        this::dossier,
        (s, e) ->
            System.err.println(
                "dossier serve: story " + s.id() + " (" + s.title() + "): not exported: " + e));
  }

  /** A resource that does not exist: answered with 404. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
