package org.dossier.stories;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.BytesRef;

/**
 * The candidate index: one Lucene document per assigned article with its story, its words (ranked
 * by BM25) and its names, so the stories an article may belong to are found without scanning the
 * store. Articles added since the last reader refresh are kept in a short pending list and scanned
 * directly.
 *
 * <p>NOTE: not thread-safe; one assigner writes through it.
 */
final class StoryIndex implements Closeable, Similarity.Idf {

  /**
   * An embedding stored in a byte per dimension (x · 127, rounded): a quarter of the floats' size,
   * and cosines within about 0.01 of the exact ones for unit vectors.
   */
  static byte[] quantise(float[] v) {
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] * 127)));
    }
    return out;
  }

  /** The unit vector a quantised embedding stands for. */
  static float[] restore(BytesRef bytes) {
    float[] v = new float[bytes.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = bytes.bytes[bytes.offset + i] / 127f;
      norm += v[i] * v[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < v.length && norm > 0; i++) {
      v[i] /= (float) norm;
    }
    return v;
  }

  /** Pending articles before the searcher is refreshed. */
  static final int REFRESH_EVERY = 64;

  private final Directory directory;
  private final IndexWriter writer;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final Map<String, Candidate> pending = new LinkedHashMap<>();
  private final Map<String, Double> wordIdf = new HashMap<>();
  private final Map<String, Double> nameIdf = new HashMap<>();
  private long idfEpoch;
  private int idfBase = -1;

  private StoryIndex(Directory directory, IndexWriterConfig.OpenMode mode) throws IOException {
    this.directory = directory;
    // No field is analysed: words and names arrive as Terms and the annotator made them.
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(32);
    this.writer = new IndexWriter(directory, config);
    this.reader = DirectoryReader.open(writer);
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens (creating when needed) an index in a folder.
   *
   * @param fresh start empty, ignoring (and replacing) whatever the folder held, even a damaged
   *     index
   */
  static StoryIndex open(Path folder, boolean fresh) throws IOException {
    IndexWriterConfig.OpenMode mode =
        fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND;
    try {
      FSDirectory directory = FSDirectory.open(folder);
      if (fresh) {
        // Holding the write lock, so another process's live index is never deleted under it.
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
          for (String file : directory.listAll()) {
            if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
              directory.deleteFile(file);
            }
          }
        }
      }
      return new StoryIndex(directory, mode);
    } catch (IOException | RuntimeException e) {
      throw new IOException("story index " + folder + " cannot be opened: " + e.getMessage(), e);
    }
  }

  /** An index held in memory, for evaluations and tests. */
  static StoryIndex inMemory() {
    try {
      return new StoryIndex(new ByteBuffersDirectory(), IndexWriterConfig.OpenMode.CREATE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A word of the title and lead: one token as given, counted for BM25, not stored. */
  private static final FieldType WORD = word();

  private static FieldType word() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setTokenized(false);
    t.setStored(false);
    t.freeze();
    return t;
  }

  /** Files an article under a story, replacing what was filed for it before. */
  void put(String articleId, String storyId, Signature sig) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", articleId, Field.Store.YES));
    d.add(new StringField("story", storyId, Field.Store.YES));
    d.add(new SortedDocValuesField("id_dv", new BytesRef(articleId)));
    d.add(new SortedDocValuesField("story_dv", new BytesRef(storyId)));
    // The words are Terms' tokens already: each occurrence is indexed as it is, so the index, the
    // queries and the similarity see the same words (an analyser would split "3,000" or a
    // Japanese name differently from Terms).
    for (String w : expand(sig.terms())) {
      d.add(new Field("t", w, WORD));
    }
    for (String e : sig.entities()) {
      d.add(new StringField("e", e, Field.Store.NO));
    }
    d.add(new StoredField("terms", sig.termsField()));
    d.add(new StoredField("entities", String.join("\n", sig.entities())));
    if (sig.day() != null) {
      d.add(new StoredField("day", sig.day().toEpochDay()));
      if (!sig.until().equals(sig.day())) {
        d.add(new StoredField("until", sig.until().toEpochDay()));
      }
    }
    if (sig.embedding() != null) {
      d.add(new StoredField("emb", quantise(sig.embedding())));
    }
    writer.updateDocument(new Term("id", articleId), d);
    pending.put(articleId, new Candidate(articleId, storyId, sig, -1));
    if (pending.size() >= REFRESH_EVERY) {
      refresh();
    }
  }

  private static List<String> expand(Map<String, Integer> terms) {
    List<String> out = new ArrayList<>();
    terms.forEach(
        (w, c) -> {
          for (int i = 0; i < c; i++) {
            out.add(w);
          }
        });
    return out;
  }

  /** Moves every article of one story to another (after the two were found to be one). */
  void restory(String from, String to) throws IOException {
    refresh();
    TopDocs hits = searcher.search(new TermQuery(new Term("story", from)), Integer.MAX_VALUE);
    List<Candidate> moved = new ArrayList<>();
    StoredFields fields = searcher.storedFields();
    for (ScoreDoc hit : hits.scoreDocs) {
      moved.add(candidate(fields.document(hit.doc)));
    }
    for (Candidate c : moved) {
      put(c.articleId(), to, c.signature());
    }
    refresh();
  }

  /** Forgets an article (one the store no longer has in any story). */
  void remove(String articleId) throws IOException {
    writer.deleteDocuments(new Term("id", articleId));
    pending.remove(articleId);
    refresh();
  }

  /** Every filed article's story, article id to story id. */
  Map<String, String> filed() throws IOException {
    refresh();
    Map<String, String> out = new java.util.HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      var live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          String id = value(leaf, "id_dv", doc);
          if (id != null) {
            out.put(id, value(leaf, "story_dv", doc));
          }
        }
      }
    }
    return out;
  }

  /** Makes what was put visible to searches and durable. */
  void commit() throws IOException {
    writer.commit();
  }

  /** The articles most like a signature, best first by BM25 over words and names. */
  List<Candidate> candidates(Signature sig, int k) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    sig.terms().entrySet().stream()
        .sorted(
            Comparator.comparingDouble(
                (Map.Entry<String, Integer> e) -> -e.getValue() * word(e.getKey())))
        .limit(32)
        .forEach(e -> q.add(new TermQuery(new Term("t", e.getKey())), BooleanClause.Occur.SHOULD));
    for (String e : sig.entities()) {
      q.add(new BoostQuery(new TermQuery(new Term("e", e)), 2f), BooleanClause.Occur.SHOULD);
    }
    List<Candidate> out = new ArrayList<>(pending.values());
    BooleanQuery query = q.build();
    Set<Integer> found = new TreeSet<>();
    if (!query.clauses().isEmpty()) {
      for (ScoreDoc hit : searcher.search(query, k).scoreDocs) {
        found.add(hit.doc);
      }
    }
    int[] docs = found.stream().mapToInt(Integer::intValue).toArray();
    List<LeafReaderContext> leaves = reader.leaves();
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      String id = value(leaf, "id_dv", doc - leaf.docBase);
      String story = value(leaf, "story_dv", doc - leaf.docBase);
      if (id != null && !pending.containsKey(id)) {
        out.add(new Candidate(id, story, null, doc));
      }
    }
    return out;
  }

  private static String value(LeafReaderContext leaf, String field, int doc) throws IOException {
    SortedDocValues values = leaf.reader().getSortedDocValues(field);
    if (values == null || !values.advanceExact(doc)) {
      return null;
    }
    return values.lookupOrd(values.ordValue()).utf8ToString();
  }

  /** A candidate's signature, read from the index when the candidate came from a search. */
  Signature signature(Candidate c) throws IOException {
    if (c.signature() != null) {
      return c.signature();
    }
    return candidate(searcher.storedFields().document(c.doc())).signature();
  }

  private static Candidate candidate(Document d) {
    String entities = d.get("entities");
    Set<String> names = new TreeSet<>();
    if (entities != null && !entities.isEmpty()) {
      names.addAll(List.of(entities.split("\n")));
    }
    BytesRef emb = d.getBinaryValue("emb");
    float[] embedding = emb == null ? null : restore(emb);
    var day = d.getField("day");
    LocalDate date = day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue());
    var until = d.getField("until");
    LocalDate last = until == null ? date : LocalDate.ofEpochDay(until.numericValue().longValue());
    return new Candidate(
        d.get("id"),
        d.get("story"),
        new Signature(Signature.parseTerms(d.get("terms")), names, date, embedding, last),
        -1);
  }

  /** Inverse document frequency of a word, from the searcher's statistics. */
  @Override
  public double word(String w) {
    return idf("t", w);
  }

  /** Inverse document frequency of a name. */
  @Override
  public double name(String e) {
    return idf("e", e);
  }

  private double idf(String field, String value) {
    Map<String, Double> cache = field.equals("t") ? wordIdf : nameIdf;
    Double v = cache.get(value);
    if (v == null) {
      v = docFreqIdf(field, value);
      cache.put(value, v);
    }
    return v;
  }

  /**
   * Which generation of IDF weights is in use: it changes when the index has grown by a quarter
   * since the weights were cached, so weights computed from an older generation are redone.
   */
  long idfEpoch() {
    return idfEpoch;
  }

  private double docFreqIdf(String field, String value) {
    try {
      int n = reader.numDocs() + pending.size();
      int df = reader.docFreq(new Term(field, value));
      return field.equals("t") ? Similarity.wordIdf(n, df, value) : Similarity.idf(n, df);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many articles the index holds. */
  int size() throws IOException {
    refresh();
    return reader.numDocs();
  }

  private void refresh() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      reader.close();
      reader = fresh;
      searcher = new IndexSearcher(reader);
    }
    pending.clear();
    int n = reader.numDocs();
    if (idfBase < 0 || n > idfBase * 1.25 + 64 || n < idfBase || wordIdf.size() > MAX_IDF_CACHE) {
      wordIdf.clear();
      nameIdf.clear();
      idfBase = n;
      idfEpoch++;
    }
  }

  /** Cached IDF weights before the cache is emptied, to bound memory. */
  private static final int MAX_IDF_CACHE = 1 << 20;

  @Override
  public void close() throws IOException {
    try {
      writer.commit();
    } finally {
      reader.close();
      writer.close();
      directory.close();
    }
  }

  /**
   * An indexed article: its id, its story, and its signature when at hand (null for a search hit,
   * whose signature {@link #signature(Candidate)} reads on demand).
   */
  record Candidate(String articleId, String storyId, Signature signature, int doc) {}
}
