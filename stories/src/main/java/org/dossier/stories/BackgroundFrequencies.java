package org.dossier.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How many articles of a reference collection hold each signature word: the document frequencies a
 * story index starts from before it has its own. Without them, the first articles of a new data
 * folder weigh the words they share as the commonest there are (a story's own words are in every
 * article of a store that holds only that story), and one event's coverage splits into several
 * stories. The shipped table is counted by {@code dossier train stories} from WCXB's 793 dev
 * article pages (CC-BY-4.0): words only, in at least two of them. Added to the store's own counts,
 * it matters less and less as the store grows.
 */
public final class BackgroundFrequencies {
  /** The shipped table, a resource beside this class. */
  public static final String RESOURCE = "story-background.tsv.gz";

  private static final String HEADER = "#documents";

  private final long documents;
  private final Map<String, Integer> words;

  private BackgroundFrequencies(long documents, Map<String, Integer> words) {
    this.documents = documents;
    this.words = words;
  }

  /** No background: the store's own counts alone. */
  static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());

  private static final class Shipped {
    static final BackgroundFrequencies TABLE = load();

    private static BackgroundFrequencies load() {
      try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
        return in == null ? NONE : read(new GZIPInputStream(in));
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped story background " + RESOURCE, e);
      }
    }
  }

  /** The table that ships in the jar, or {@link #NONE} when the build has none. */
  static BackgroundFrequencies shipped() {
    return Shipped.TABLE;
  }

  /** The number of reference articles. */
  public long documents() {
    return documents;
  }

  /** The number of reference articles whose signature holds a word (0 when below the cut). */
  int df(String word) {
    Integer n = words.get(word);
    return n == null ? 0 : n;
  }

  /** The number of words in the table. */
  public int size() {
    return words.size();
  }

  /**
   * Counts the signature words of reference articles, each a title (may be null) and a text,
   * keeping the words found in at least {@code minDocuments} of them.
   */
  public static BackgroundFrequencies count(Iterable<String[]> titleAndText, int minDocuments) {
    Map<String, Integer> counts = new HashMap<>();
    long n = 0;
    for (String[] article : titleAndText) {
      StoryInput in = new StoryInput("background", article[0], article[1], null, null);
      for (String w : Signature.of(in).terms().keySet()) {
        counts.merge(w, 1, Integer::sum);
      }
      n++;
    }
    counts.values().removeIf(c -> c < minDocuments);
    return new BackgroundFrequencies(n, counts);
  }

  /** Writes the table as gzipped text: a header line with the count, then "word TAB count". */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
    w.write(HEADER + "\t" + documents + "\n");
    for (Map.Entry<String, Integer> e : new TreeMap<>(words).entrySet()) {
      w.write(e.getKey() + "\t" + e.getValue() + "\n");
    }
    w.flush();
    gz.finish();
  }

  /** Reads a table that {@link #write} wrote (already inflated). */
  static BackgroundFrequencies read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (header == null || !header.startsWith(HEADER + "\t")) {
      throw new IOException("not a story background table: no '" + HEADER + "' line first");
    }
    long n = Long.parseLong(header.substring(HEADER.length() + 1).strip());
    Map<String, Integer> words = new HashMap<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        words.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
      }
    }
    return new BackgroundFrequencies(n, words);
  }
}
