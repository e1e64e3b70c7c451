package org.dossier.annotate;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Words in distributional-similarity clusters: words that occur in like contexts share a cluster
 * number ("kadlecek" and other surnames). The name tagger reads a word's cluster so that names it
 * never saw in training still look like names. The clusters are the ones CoreNLP's 3-class NER
 * model was trained with (533,629 lower-case words in 512 clusters), read out of that model once by
 * {@code dossier train names} and shipped beside the tagger: GPL-licensed, like CoreNLP.
 */
public final class WordClusters {
  /** The shipped clusters, a resource beside this class. */
  public static final String RESOURCE = "name-clusters.tsv.gz";

  private static final String NONE = "-";

  private final String[] words;
  private final String[] clusters;

  /**
   * Each word's cluster as its number in {@link #names}: a word not in the table is taken for one
   * that is only when their fingerprints are equal, about once in 3 × 10<sup>13</sup> lookups.
   */
  private final FingerprintTable table;

  /** The distinct cluster names, by number. */
  private final String[] names;

  private WordClusters(String[] words, String[] clusters) {
    this.words = words;
    this.clusters = clusters;
    Map<String, Integer> numbers = new HashMap<>();
    List<String> distinct = new ArrayList<>();
    this.table = new FingerprintTable(words.length);
    for (int i = 0; i < words.length; i++) {
      int number =
          numbers.computeIfAbsent(
              clusters[i],
              c -> {
                distinct.add(c);
                return distinct.size() - 1;
              });
      if (!table.add(words[i], number)) {
        throw new IllegalArgumentException(
            "two words share a fingerprint: " + words[i] + " and another");
      }
    }
    this.names = distinct.toArray(String[]::new);
  }

  /** The cluster of a lower-case word, or "-" when it has none. */
  String of(String lower) {
    int number = table.get(lower);
    return number < 0 ? NONE : names[number];
  }

  private static final class Shipped {
    static final WordClusters CLUSTERS = load();

    private static WordClusters load() {
      try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
        return in == null ? null : read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped word clusters " + RESOURCE, e);
      }
    }
  }

  /** How a tagger reads its model file, given the word clusters. */
  interface ModelReader<T> {
    T read(InputStream model, WordClusters clusters) throws IOException;
  }

  /**
   * A tagger's model that ships in the jar as {@code resource}, read with the shipped clusters, or
   * null when the build has either missing.
   */
  static <T> T shippedModel(String resource, String what, ModelReader<T> reader) {
    WordClusters clusters = shipped();
    try (InputStream model = WordClusters.class.getResourceAsStream(resource)) {
      return model == null || clusters == null ? null : reader.read(model, clusters);
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped " + what + " " + resource, e);
    }
  }

  /** The clusters that ship in the jar, read once for both taggers, or null when there are none. */
  static WordClusters shipped() {
    return Shipped.CLUSTERS;
  }

  /** The number of words with a cluster. */
  public int size() {
    return words.length;
  }

  static WordClusters of(Map<String, String> clusters) {
    TreeMap<String, String> sorted = new TreeMap<>(clusters);
    String[] w = new String[sorted.size()];
    String[] c = new String[sorted.size()];
    Map<String, String> shared = new TreeMap<>();
    int i = 0;
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      w[i] = e.getKey();
      c[i] = shared.computeIfAbsent(e.getValue(), v -> v);
      i++;
    }
    return new WordClusters(w, c);
  }

  /** The clusters of CoreNLP's 3-class NER model, which the name tagger is trained with. */
  public static WordClusters fromCoreNlp() throws IOException {
    return fromCrfModel(Pipeline.THREE_CLASS_MODEL);
  }

  /**
   * The clusters inside a CoreNLP CRF model (its feature factory's distributional lexicon), read by
   * reflection: CoreNLP keeps them with the model and offers no method to read them.
   */
  static WordClusters fromCrfModel(String model) throws IOException {
    return of(lexicon(model));
  }

  /** The distributional lexicon inside a CoreNLP CRF model, word to cluster, in word order. */
  static Map<String, String> lexicon(String model) throws IOException {
    try {
      AbstractSequenceClassifier<?> crf = CRFClassifier.getClassifier(model);
      Field factories = AbstractSequenceClassifier.class.getDeclaredField("featureFactories");
      factories.setAccessible(true);
      for (Object factory : (List<?>) factories.get(crf)) {
        Field lexicon = factory.getClass().getDeclaredField("lexicon");
        lexicon.setAccessible(true);
        Object map = lexicon.get(factory);
        if (map instanceof Map<?, ?> m && !m.isEmpty()) {
          Map<String, String> out = new TreeMap<>();
          for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
          }
          return out;
        }
      }
      throw new IOException(model + ": no distributional lexicon in its feature factories");
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IOException(model + ": its distributional lexicon could not be read: " + e, e);
    }
  }

  /** Writes the clusters as gzip-compressed lines "word TAB cluster", in word order. */
  void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    BufferedWriter w = new BufferedWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
    for (int i = 0; i < words.length; i++) {
      w.write(words[i]);
      w.write('\t');
      w.write(clusters[i]);
      w.write('\n');
    }
    w.flush();
    gz.finish();
  }

  /** Reads clusters {@link #write} wrote. */
  static WordClusters read(InputStream in) throws IOException {
    BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
    List<String> w = new ArrayList<>();
    List<String> c = new ArrayList<>();
    Map<String, String> shared = new TreeMap<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IOException("word clusters, line " + n + ": no word and cluster");
      }
      String word = line.substring(0, tab);
      if (!w.isEmpty() && w.get(w.size() - 1).compareTo(word) >= 0) {
        throw new IOException("word clusters, line " + n + ": out of order");
      }
      w.add(word);
      c.add(shared.computeIfAbsent(line.substring(tab + 1), v -> v));
    }
    return new WordClusters(w.toArray(new String[0]), c.toArray(new String[0]));
  }
}
