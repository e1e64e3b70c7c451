package org.dossier.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Annotation;
import org.dossier.model.Article;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.PublishDate;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredAnnotation;
import org.dossier.store.StoredArticle;

/**
 * Full-text search over the store: one Lucene document per article with its title, text, quotes,
 * speakers and names, filtered by outlet, language, speaker, date range and story, with facet
 * counts and highlighted snippets. The index lives in {@code DATA/search-index}; the store stays
 * the one source of truth ({@link #rebuild} makes the index anew from it, {@link #update} adds what
 * is missing).
 *
 * <p>NOTE: one writer per index folder (Lucene's write lock); readers see what was committed.
 */
public final class SearchIndex implements Closeable {
  /** Fields a query searches when it names none. */
  static final String[] FIELDS = {"title", "text", "quotes", "speakers", "names"};

  /** The facet dimensions: the speaker one holds several values per article. */
  static final FacetsConfig FACETS = facets();

  private static FacetsConfig facets() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued("speaker", true);
    return c;
  }

  private final FSDirectory directory;
  private final Analyzer analyzer = new StandardAnalyzer();

  private final java.util.concurrent.atomic.AtomicLong commits;

  private SearchIndex(FSDirectory directory, Path folder) {
    this.directory = directory;
    this.commits = commitsOf(folder);
  }

  /** The index folder of a data folder. */
  public static Path folder(Path dataDir) {
    return dataDir.resolve("search-index");
  }

  /**
   * The shape of the documents; an index of another shape is made anew (empty, then filled from the
   * store by {@link #update}), so an older index never serves hits without snippets.
   */
  static final String FORMAT = "3";

  /** The index in a folder (created empty when missing or of another format). */
  public static SearchIndex open(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path format = folder.resolve("format");
    boolean current = Files.exists(format) && Files.readString(format).strip().equals(FORMAT);
    SearchIndex index = new SearchIndex(FSDirectory.open(folder), folder);
    if (!current && DirectoryReader.indexExists(index.directory)) {
      try (IndexWriter w = index.writer(IndexWriterConfig.OpenMode.CREATE)) {
        index.commit(w);
        current = true;
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        // Another process writes it now; the next one to open it makes it anew.
      }
    } else if (!current) {
      current = true; // a new index is of this format
    }
    if (current) {
      Files.writeString(format, FORMAT);
    }
    if (!DirectoryReader.indexExists(index.directory)) {
      try (IndexWriter w = index.writer(IndexWriterConfig.OpenMode.CREATE)) {
        index.commit(w);
      }
    }
    return index;
  }

  private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(mode);
    // Few segments: a search looks each of its words up in every segment, and with ten segments
    // those lookups were a fifth of answering it. Merging an index of this size costs seconds.
    org.apache.lucene.index.TieredMergePolicy merges =
        new org.apache.lucene.index.TieredMergePolicy();
    merges.setSegmentsPerTier(4);
    merges.setFloorSegmentMB(32);
    config.setMergePolicy(merges);
    return new IndexWriter(directory, config);
  }

  /** Commits a writer's changes, which this process's next search then sees. */
  private void commit(IndexWriter w) throws IOException {
    w.commit();
    commits.incrementAndGet();
  }

  /** Makes the index anew from every article in the store; returns how many were indexed. */
  public int rebuild(ArticleStore store) throws IOException {
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE)) {
      int n = 0;
      for (String id : store.articleIdsByPublished()) {
        n += index(w, store, id) ? 1 : 0;
      }
      w.forceMerge(1); // made anew, in one segment (see writer)
      commit(w);
      return n;
    }
  }

  /**
   * Indexes the stored articles the index does not hold yet; returns how many, or -1 when another
   * process holds the index's writer (a running server, which updates it itself).
   */
  public int update(ArticleStore store) throws IOException {
    // The store never deletes articles, so equal counts mean nothing is missing: no scan.
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      if (r.numDocs() == store.stats().articles()) {
        return 0;
      }
    }
    Set<String> known = indexedIds();
    IndexWriter writer;
    try {
      writer = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      return -1;
    }
    try (IndexWriter w = writer) {
      int n = 0;
      for (String id : store.articleIdsByPublished()) {
        if (!known.contains(id)) {
          n += index(w, store, id) ? 1 : 0;
        }
      }
      commit(w);
      return n;
    }
  }

  /**
   * Writes the entries of these stored articles anew, from their stored text and annotation (after
   * a re-annotation changed their quotes, speakers and names).
   */
  public void rewrite(ArticleStore store, java.util.Collection<String> ids) throws IOException {
    try (IndexWriter w = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
      for (String id : ids) {
        index(w, store, id);
      }
      commit(w);
    }
  }

  private Set<String> indexedIds() throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader r = DirectoryReader.open(directory)) {
      Terms terms = MultiTerms.getTerms(r, "id");
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          ids.add(t.utf8ToString());
        }
      }
    }
    return ids;
  }

  private boolean index(IndexWriter w, ArticleStore store, String id) throws IOException {
    Optional<StoredArticle> stored = store.article(id);
    if (stored.isEmpty()) {
      return false;
    }
    Article a = stored.get().article();
    Annotation annotation = null;
    Optional<StoredAnnotation> json = store.annotation(id);
    if (json.isPresent()) {
      try {
        annotation = ArticleAnnotations.fromJson(json.get().json());
      } catch (IOException e) {
        annotation = null; // the article stays searchable by its text
      }
    }
    w.updateDocument(new Term("id", a.id()), FACETS.build(document(a, annotation)));
    return true;
  }

  /**
   * A text field whose postings keep offsets, so snippets are cut from the index instead of
   * analysing each hit's text again; the text itself is kept as doc values ({@link
   * #snippetSource}), not as a stored field.
   */
  private static final org.apache.lucene.document.FieldType WITH_OFFSETS = withOffsets();

  private static org.apache.lucene.document.FieldType withOffsets() {
    org.apache.lucene.document.FieldType t =
        new org.apache.lucene.document.FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(
        org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * A field's text as snippets read it: binary doc values, read by document without decompressing a
   * block of stored documents (which cost a third of a search).
   */
  private static org.apache.lucene.document.BinaryDocValuesField snippetSource(
      String field, String text) {
    return new org.apache.lucene.document.BinaryDocValuesField(field + "_dv", new BytesRef(text));
  }

  /** Characters of an article's text that snippets come from. */
  static final int HEAD = 4_000;

  /** A document's binary doc value of a field, or null when it has none. */
  private static BytesRef docValue(DirectoryReader reader, String field, int doc)
      throws IOException {
    List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
    org.apache.lucene.index.LeafReaderContext leaf =
        leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.binaryValue() : null;
  }

  private static Document document(Article a, Annotation annotation) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.NO));
    // What a hit shows, as doc values: read without decompressing the stored text.
    String shown =
        String.join(
            "\u0000",
            a.id(),
            a.title() == null ? "" : a.title(),
            a.outlet() == null ? "(unknown outlet)" : a.outlet(),
            a.published() == null ? "" : a.published().value());
    d.add(new org.apache.lucene.document.BinaryDocValuesField("shown", new BytesRef(shown)));
    d.add(new Field("title", a.title() == null ? "" : a.title(), WITH_OFFSETS));
    // The whole text is searched; its head is what snippets are cut from, so a hit costs the
    // reading of a few thousand characters, not of a long article.
    d.add(new TextField("text", a.text(), Field.Store.NO));
    String text = a.text();
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    d.add(new Field("head", head, WITH_OFFSETS));
    d.add(snippetSource("head", head));
    d.add(snippetSource("title", a.title() == null ? "" : a.title()));
    String outlet = a.outlet() == null ? "(unknown outlet)" : a.outlet();
    d.add(new StringField("outlet_s", outlet, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField("outlet", outlet));
    if (a.language() != null) {
      d.add(new StringField("language_s", a.language(), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField("language", a.language()));
    }
    if (a.published() != null) {
      LocalDate day = PublishDate.firstDay(a.published().value());
      if (day != null) {
        d.add(new LongPoint("day", day.toEpochDay()));
      }
    }
    if (annotation != null) {
      List<String> quotes = new ArrayList<>();
      Set<String> speakers = new LinkedHashSet<>();
      for (Quote q : annotation.quotes()) {
        if (q.kind() != QuoteKind.FRAGMENT) {
          quotes.add(q.content().text());
          if (q.speakerResolved() != null) {
            speakers.add(q.speakerResolved());
          }
        }
      }
      Set<String> names = new LinkedHashSet<>();
      for (EntityMention m : annotation.entities()) {
        if (m.type() != EntityType.OTHER) {
          names.add(m.canonical() == null ? m.text() : m.canonical());
        }
      }
      String joined = String.join("\n", quotes);
      d.add(new Field("quotes", joined, WITH_OFFSETS));
      d.add(snippetSource("quotes", joined.length() > HEAD ? joined.substring(0, HEAD) : joined));
      d.add(new TextField("speakers", String.join("\n", speakers), Field.Store.NO));
      d.add(new TextField("names", String.join("\n", names), Field.Store.NO));
      for (String s : speakers) {
        d.add(new StringField("speaker_s", s, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField("speaker", s));
      }
    }
    return d;
  }

  /**
   * What to search for.
   *
   * @param text the query in Lucene's classic syntax (words, "phrases", field:word, AND/OR/NOT);
   *     blank for every article
   * @param outlet only this outlet, or null
   * @param language only this language (ISO 639-1), or null
   * @param speaker only articles quoting this speaker, or null
   * @param from only articles published on or after this day, or null
   * @param to only articles published on or before this day, or null
   * @param articleIds only these articles (a story's), or null for all
   * @param offset hits to skip
   * @param limit hits to return
   */
  public record Query(
      String text,
      String outlet,
      String language,
      String speaker,
      LocalDate from,
      LocalDate to,
      Set<String> articleIds,
      int offset,
      int limit) {
    /** Checks the paging. */
    public Query {
      if (offset < 0 || limit < 1 || limit > 1000) {
        throw new IllegalArgumentException(
            "offset must be ≥ 0 and limit 1 to 1000, were " + offset + " and " + limit);
      }
    }
  }

  /** A piece of a snippet: text, and whether it matched the query. */
  public record Part(String text, boolean match) {}

  /** One hit: the article and a snippet of where it matched. */
  public record Hit(
      String id, String title, String outlet, String published, double score, List<Part> snippet) {}

  /** Facet values with their counts, most frequent first. */
  public record Facet(String value, int count) {}

  /** What a search found. */
  public record Result(long total, List<Hit> hits, Map<String, List<Facet>> facets) {}

  /** A query Lucene's parser rejects: the message says why. */
  public static final class BadQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadQueryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * How long a view of the index serves searches before a search looks for a newer commit made by
   * another process. Commits made in this process are seen by the next search.
   */
  private static final long LOOK_NANOS = 250_000_000L;

  /** Commits made by this process, per index folder: a search after one reopens at once. */
  private static final Map<Path, java.util.concurrent.atomic.AtomicLong> COMMITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static java.util.concurrent.atomic.AtomicLong commitsOf(Path folder) {
    return COMMITS.computeIfAbsent(
        folder.toAbsolutePath().normalize(), f -> new java.util.concurrent.atomic.AtomicLong());
  }

  /**
   * The readers searches share (Lucene's reference counting), opened when first searched. NOTE:
   * guarded by {@code this} until set.
   */
  private volatile org.apache.lucene.index.ReaderManager readers;

  /** When searches last looked for a newer commit, and the commits of this process seen then. */
  private volatile long lookedAt;

  private volatile long commitsSeen = -1;

  /**
   * What was worked out from one reader: its facet ordinals and the answers given from it. Answers
   * of recent searches are kept while the index is unchanged: a user paging, narrowing by a facet
   * and going back asks the same questions again.
   */
  private static final class Answers {
    final DirectoryReader reader;
    final Map<Query, Result> given = new java.util.concurrent.ConcurrentHashMap<>();
    private SortedSetDocValuesReaderState facets;

    Answers(DirectoryReader reader) {
      this.reader = reader;
    }

    synchronized SortedSetDocValuesReaderState facets() throws IOException {
      if (facets == null) {
        facets = new DefaultSortedSetDocValuesReaderState(reader, FACETS);
      }
      return facets;
    }

    void remember(Query q, Result r) {
      if (given.size() >= 512) {
        given.clear();
      }
      given.put(q, r);
    }
  }

  private volatile Answers answers;

  private Answers answersOf(DirectoryReader reader) {
    Answers a = answers;
    if (a == null || a.reader != reader) {
      a = new Answers(reader);
      answers = a;
    }
    return a;
  }

  private org.apache.lucene.index.ReaderManager readers() throws IOException {
    org.apache.lucene.index.ReaderManager r = readers;
    if (r == null) {
      synchronized (this) {
        if (readers == null) {
          readers = new org.apache.lucene.index.ReaderManager(directory);
        }
        r = readers;
      }
    }
    return r;
  }

  /**
   * The current reader, for the caller to release. A commit of this process is seen at once (the
   * search waits for the reopening); another process's within {@link #LOOK_NANOS}.
   */
  private DirectoryReader acquire(org.apache.lucene.index.ReaderManager r) throws IOException {
    long c = commits.get();
    long now = System.nanoTime();
    if (c != commitsSeen) {
      r.maybeRefreshBlocking();
      commitsSeen = c;
      lookedAt = now;
    } else if (now - lookedAt > LOOK_NANOS) {
      lookedAt = now;
      r.maybeRefresh(); // one search looks; the others go on with the reader they have
    }
    return r.acquire();
  }

  /** Searches the committed index. */
  public Result search(Query q) throws IOException {
    org.apache.lucene.search.Query query = parse(q);
    org.apache.lucene.index.ReaderManager manager = readers();
    DirectoryReader reader = acquire(manager);
    try {
      Answers answered = answersOf(reader);
      Result known = answered.given.get(q);
      if (known == null) {
        known = answer(q, query, reader, answered);
        answered.remember(q, known);
      }
      return known;
    } finally {
      manager.release(reader);
    }
  }

  private Result answer(
      Query q, org.apache.lucene.search.Query query, DirectoryReader reader, Answers answered)
      throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetsCollectorManager.FacetsResult both =
        FacetsCollectorManager.search(
            searcher, query, q.offset() + q.limit(), new FacetsCollectorManager());
    TopDocs top = both.topDocs();
    Map<String, List<Facet>> facets = new LinkedHashMap<>();
    if (top.totalHits.value > 0) {
      facets =
          FacetCounts.count(
              answered.facets(),
              both.facetsCollector(),
              List.of("outlet", "language", "speaker"),
              10);
    }
    ScoreDoc[] docs = top.scoreDocs;
    ScoreDoc[] page =
        java.util.Arrays.copyOfRange(docs, Math.min(q.offset(), docs.length), docs.length);
    Map<Integer, String> snippets = snippets(reader, query, page);
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : page) {
      BytesRef shown = docValue(reader, "shown", sd.doc);
      String[] parts = shown == null ? new String[] {""} : shown.utf8ToString().split("\u0000", -1);
      if (parts.length != 4) {
        parts = new String[] {parts[0], "", "", ""};
      }
      hits.add(
          new Hit(
              parts[0],
              parts[1].isEmpty() ? null : parts[1],
              parts[2],
              parts[3].isEmpty() ? null : parts[3],
              Math.round(sd.score * 1000) / 1000.0,
              parts(snippets.get(sd.doc))));
    }
    return new Result(top.totalHits.value, hits, facets);
  }

  private org.apache.lucene.search.Query parse(Query q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (q.text() == null || q.text().isBlank()) {
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    } else {
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(FIELDS, analyzer, Map.of("title", 2f, "quotes", 1.5f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        b.add(parser.parse(q.text()), BooleanClause.Occur.MUST);
      } catch (ParseException | RuntimeException e) {
        throw new BadQueryException(
            "the query '" + q.text() + "' cannot be read: " + firstLine(e.getMessage()), e);
      }
    }
    if (q.outlet() != null) {
      b.add(new TermQuery(new Term("outlet_s", q.outlet())), BooleanClause.Occur.FILTER);
    }
    if (q.language() != null) {
      b.add(new TermQuery(new Term("language_s", q.language())), BooleanClause.Occur.FILTER);
    }
    if (q.speaker() != null) {
      b.add(new TermQuery(new Term("speaker_s", q.speaker())), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
      long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
      b.add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
    }
    if (q.articleIds() != null) {
      List<BytesRef> ids = q.articleIds().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery("id", ids), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "not a query";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** Marks a match's start and end inside a snippet; never in article text (control characters). */
  private static final char OPEN = '\u0001';

  private static final char CLOSE = '\u0002';

  private static Map<Integer, String> snippets(
      DirectoryReader reader, org.apache.lucene.search.Query query, ScoreDoc[] page)
      throws IOException {
    Map<Integer, String> out = new LinkedHashMap<>();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    List<BytesRef> words = Snippets.words(query);
    String[] best = new String[docs.length];
    // The text's head first; the quotes, then the title, only for hits whose head has no match.
    for (String field : new String[] {"head", "quotes", "title"}) {
      int[] left =
          java.util.stream.IntStream.range(0, docs.length).filter(i -> best[i] == null).toArray();
      if (left.length == 0) {
        break;
      }
      int[] some = new int[left.length];
      for (int j = 0; j < left.length; j++) {
        some[j] = docs[left[j]];
      }
      Map<Integer, List<int[]>> matches = Snippets.matches(reader, field, words, some);
      for (int i : left) {
        List<int[]> m = matches.get(docs[i]);
        if (m != null) {
          best[i] =
              Snippets.cut(
                  snippetText(reader, field, docs[i]),
                  m,
                  field.equals("head") ? 2 : 1,
                  OPEN,
                  CLOSE);
        }
      }
    }
    for (int i = 0; i < docs.length; i++) {
      out.put(
          docs[i], best[i] != null ? best[i] : Snippets.lead(snippetText(reader, "head", docs[i])));
    }
    return out;
  }

  /**
   * The text a field's snippets are cut from, out of its doc values ("" when it has none), decoded
   * only as far as a snippet asks.
   */
  private static java.util.function.IntFunction<String> snippetText(
      DirectoryReader reader, String field, int doc) throws IOException {
    BytesRef bytes = docValue(reader, field + "_dv", doc);
    return chars -> bytes == null ? "" : Snippets.prefix(bytes, chars);
  }

  private static List<Part> parts(String marked) {
    List<Part> out = new ArrayList<>();
    if (marked == null) {
      return out;
    }
    String s = org.dossier.model.Spaces.collapse(marked);
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf(OPEN, i);
      if (open < 0) {
        out.add(new Part(s.substring(i), false));
        break;
      }
      if (open > i) {
        out.add(new Part(s.substring(i, open), false));
      }
      int close = s.indexOf(CLOSE, open);
      if (close < 0) {
        close = s.length();
      }
      out.add(new Part(s.substring(open + 1, close), true));
      i = close + 1;
    }
    // Matched words with only a space between them ("global ambassador") read as one match.
    List<Part> merged = new ArrayList<>();
    for (Part p : out) {
      int n = merged.size();
      if (p.match() && n >= 2 && merged.get(n - 1).text().isBlank() && merged.get(n - 2).match()) {
        Part space = merged.remove(n - 1);
        Part before = merged.remove(n - 2);
        merged.add(new Part(before.text() + space.text() + p.text(), true));
      } else if (p.match() && n >= 1 && merged.get(n - 1).match()) {
        merged.add(new Part(merged.remove(n - 1).text() + p.text(), true));
      } else {
        merged.add(p);
      }
    }
    return merged;
  }

  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (readers != null) {
        readers.close();
        readers = null;
      }
    }
    directory.close();
  }
}
