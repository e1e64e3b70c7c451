package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.Word;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A fast part-of-speech tagger distilled from CoreNLP's (english-left3words-distsim): a greedy,
 * left-to-right averaged perceptron over the word, its affixes and shape, its word cluster, the
 * words around it and the two tags before it. It is trained by {@code dossier train pos} on what
 * CoreNLP's tagger says of the shared news texts, and tags hundreds of thousands of tokens a
 * second; a sentence it is unsure of goes to CoreNLP's tagger ({@link PosAnnotator}).
 *
 * <p>Greedy rather than a {@link LinearChain}: with 45 tags, Viterbi costs 45 times 45 steps per
 * token, and a greedy tagger that sees its own previous tags is as accurate for part of speech.
 */
public final class PosTagger {
  /** The shipped model, a resource beside this class. */
  public static final String RESOURCE = "pos-tagger.bin.gz";

  private static final int MAGIC = 0x44505431; // "DPT1"
  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final int STATIC_FEATURES = 24;

  /** The tags, by index. */
  private final String[] tags;

  private final WordClusters clusters;

  /** The sorted feature hashes. */
  private final int[] keys;

  private final FeatureIndex index;

  /** Where each feature's weights start in {@link #tagOf} and {@link #weights}, and end. */
  private final int[] offsets;

  private final byte[] tagOf;
  private final float[] weights;

  /** Per tag, the hashes of the previous-tag features it gives (see {@link #dynamic}). */
  private final int[] previousTag;

  private PosTagger(
      String[] tags,
      WordClusters clusters,
      int[] keys,
      int[] offsets,
      byte[] tagOf,
      float[] weights) {
    this.tags = tags;
    this.clusters = clusters;
    this.keys = keys;
    this.index = new FeatureIndex(keys);
    this.offsets = offsets;
    this.tagOf = tagOf;
    this.weights = weights;
    this.previousTag = previousTagHashes(tags);
    this.startScores = wordScores(null, START, START, START);
    this.endScores = wordScores(null, END, END, END);
  }

  private static final class Shipped {
    static final PosTagger MODEL =
        WordClusters.shippedModel(RESOURCE, "part-of-speech model", PosTagger::read);
  }

  /** The model that ships in the jar, or null when this build has none (CoreNLP's tagger then). */
  public static PosTagger shipped() {
    return Shipped.MODEL;
  }

  /**
   * Below this margin ({@link #tag(String[], double[])}) a word is left to CoreNLP's tagger, which
   * tags it and the word either side of it from a stretch of the sentence around them ({@link
   * Stretches}, {@link PosAnnotator}). At 4 (since annotator version 21; 8 in versions 15 to 20)
   * about one token in 25 of news is read by CoreNLP's tagger, and the tags agree with its own on
   * 99.7 % of 100 PolNeAR train texts' tokens (99.8 % at 8 with one token in 12; whole sentences at
   * margin 4, up to annotator version 14: 99.7 % with an eighth of the tokens; the tagger alone
   * 98.6 % of dev's), with the same names, times and attribution. The tagger alone takes rare
   * capitalised words for verbs ("Ms Okafor wrote" lost its "Ms"), and such words are the unsure
   * ones (margin 2 lost it too). The system property {@code dossier.pos.unsure} sets another margin
   * (0: the tagger alone; {@code Infinity}: CoreNLP's tagger throughout, as up to annotator version
   * 6).
   */
  public static final double UNSURE =
      Double.parseDouble(System.getProperty("dossier.pos.unsure", "4"));

  /** The number of features with a weight. */
  public int features() {
    return keys.length;
  }

  /** The tags this model gives, in index order. */
  public List<String> tags() {
    return List.of(tags);
  }

  /** The tag of every word of a sentence. */
  public String[] tag(String[] words) {
    return tag(words, null);
  }

  /**
   * The tag of every word of a sentence; when {@code margin} is not null, its first element is set
   * to the smallest gap over the words between the best and the second-best tag's score: how sure
   * the tagger is of the word it is least sure of.
   */
  public String[] tag(String[] words, double[] margin) {
    return tag(words, margin, null);
  }

  /**
   * {@link #tag(String[], double[])}, and when {@code gaps} is not null, each word's gap between
   * its best and second-best tag's score in it.
   */
  String[] tag(String[] words, double[] margin, double[] gaps) {
    int n = words.length;
    NameFeatures.Forms forms = NameFeatures.Forms.of(words, clusters);
    String[] lower = forms.lower();
    String[] shape = forms.shape();
    WordScores[] parts = new WordScores[n];
    for (int i = 0; i < n; i++) {
      parts[i] = wordScores(words[i], lower[i], shape[i], forms.cluster()[i]);
    }
    int T = tags.length;
    int[] own = new int[2];
    int[] dyn = new int[DYNAMIC];
    return greedy(
        n,
        margin,
        gaps,
        (i, p1, p2, scores) -> {
          float[] self = parts[i].rows();
          float[] before1 = (i >= 1 ? parts[i - 1] : startScores).rows();
          float[] before2 = (i >= 2 ? parts[i - 2] : startScores).rows();
          float[] after1 = (i + 1 < n ? parts[i + 1] : endScores).rows();
          float[] after2 = (i + 2 < n ? parts[i + 2] : endScores).rows();
          for (int t = 0; t < T; t++) {
            scores[t] =
                self[t]
                    + before1[T + t]
                    + after1[2 * T + t]
                    + before2[3 * T + t]
                    + after2[4 * T + t];
          }
          // What depends on the word's place: first in the sentence or not, and the next word.
          own[0] = AttributionFeatures.hash("first", i == 0 ? "true" : "false", shape[i]);
          own[1] = AttributionFeatures.hash("ll+1", lower[i], at(lower, i + 1));
          add(scores, own);
          dynamic(previousTag, dyn, parts[i].lower(), p1, p2);
          add(scores, dyn);
        });
  }

  /** Fills the scores of word {@code i}, given the tags of the two words before it (-1: none). */
  private interface Scorer {
    void score(int i, int p1, int p2, float[] scores);
  }

  /**
   * Tags {@code n} words left to right, each with the best of the scores {@code scorer} gives it;
   * when {@code margin} is not null, its first element is set to the smallest gap between a word's
   * best and second-best score.
   */
  private String[] greedy(int n, double[] margin, double[] gaps, Scorer scorer) {
    String[] out = new String[n];
    float[] scores = new float[tags.length];
    double least = Double.POSITIVE_INFINITY;
    int p1 = -1;
    int p2 = -1;
    for (int i = 0; i < n; i++) {
      scorer.score(i, p1, p2, scores);
      int best = 0;
      float top = Float.NEGATIVE_INFINITY;
      float second = Float.NEGATIVE_INFINITY;
      for (int t = 0; t < scores.length; t++) {
        float v = scores[t];
        if (v > top) {
          second = top;
          top = v;
          best = t;
        } else if (v > second) {
          second = v;
        }
      }
      least = Math.min(least, top - second);
      if (gaps != null) {
        gaps[i] = top - second;
      }
      out[i] = tags[best];
      p2 = p1;
      p1 = best;
    }
    if (margin != null) {
      margin[0] = least;
    }
    return out;
  }

  /**
   * The tags and margin of {@link #tag(String[], double[])} from every feature of {@link
   * #staticFeatures} looked up anew: the definition the kept shares of words must give, for tests.
   */
  String[] tagFromFeatures(String[] words, double[] margin) {
    int[][] features = staticFeatures(words, clusters);
    int[] dyn = new int[DYNAMIC];
    return greedy(
        words.length,
        margin,
        null,
        (i, p1, p2, scores) -> {
          Arrays.fill(scores, 0);
          add(scores, features[i]);
          dynamic(previousTag, dyn, features[i][1], p1, p2);
          add(scores, dyn);
        });
  }

  /**
   * How many words' shares of the scores are kept ({@link #wordScores}): the words news uses most
   * come first, and each costs five rows of the tags' scores.
   */
  private static final int CACHED_WORDS = 30_000;

  private final java.util.concurrent.ConcurrentHashMap<String, WordScores> cached =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The scores a sentence's start or end gives the words near it, as {@link #wordScores}. */
  private final WordScores startScores;

  private final WordScores endScores;

  /**
   * A word's share of the tags' scores wherever it stands, from the features that read it alone:
   * five rows of one score per tag (the word tagged itself, then the word one before it, one after,
   * two before and two after), and the hash of its lower case, which the previous-tag feature pairs
   * with.
   */
  private record WordScores(float[] rows, int lower) {}

  /**
   * A word's {@link WordScores}. The same words come back all the time, so the shares are kept for
   * the first {@link #CACHED_WORDS} words.
   *
   * @param word the word as written; null for a sentence's start or end, which {@code lower} names
   */
  private WordScores wordScores(String word, String lower, String shape, String cluster) {
    WordScores kept = word == null ? null : cached.get(word);
    if (kept != null) {
      return kept;
    }
    int T = tags.length;
    float[] out = new float[5 * T];
    int[] b = new int[STATIC_FEATURES];
    if (word != null) {
      int k = 0;
      b[k++] = hash("b", "");
      b[k++] = hash("l", lower);
      b[k++] = hash("w", word);
      b[k++] = hash("s", shape);
      b[k++] = hash("c", cluster);
      k = NameFeatures.affixes(b, k, lower, 4, 2);
      addRow(out, 0, b, k);
    }
    String suffix = suffix(lower);
    addRow(out, T, new int[] {hash("l-1", lower), hash("suf-1", suffix), hash("c-1", cluster)}, 3);
    addRow(
        out,
        2 * T,
        new int[] {
          hash("l+1", lower), hash("suf+1", suffix), hash("c+1", cluster), hash("s+1", shape)
        },
        4);
    addRow(out, 3 * T, new int[] {hash("l-2", lower)}, 1);
    addRow(out, 4 * T, new int[] {hash("l+2", lower)}, 1);
    WordScores scores = new WordScores(out, hash("l", lower));
    if (word != null && cached.size() < CACHED_WORDS) {
      cached.putIfAbsent(word, scores);
    }
    return scores;
  }

  /** Adds the weights of the first {@code k} of {@code hashes} to one row of {@code out}. */
  private void addRow(float[] out, int row, int[] hashes, int k) {
    for (int i = 0; i < k; i++) {
      int f = index.get(hashes[i]);
      if (f >= 0) {
        for (int j = offsets[f]; j < offsets[f + 1]; j++) {
          out[row + tagOf[j]] += weights[j];
        }
      }
    }
  }

  private void add(float[] scores, int[] hashes) {
    for (int h : hashes) {
      int f = index.get(h);
      if (f >= 0) {
        for (int j = offsets[f]; j < offsets[f + 1]; j++) {
          scores[tagOf[j]] += weights[j];
        }
      }
    }
  }

  private static final int DYNAMIC = 3;

  private static int[] previousTagHashes(String[] tags) {
    int[] out = new int[tags.length + 1];
    out[0] = hash("t-1", START);
    for (int t = 0; t < tags.length; t++) {
      out[t + 1] = hash("t-1", tags[t]);
    }
    return out;
  }

  /** Two hashes into one. */
  private static int mix(int a, int b) {
    long h = (a * 0x9E3779B97F4A7C15L) ^ (b + 0x632BE59BD9B4E019L);
    h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  private static int hash(String template, String value) {
    return AttributionFeatures.hash(template, value);
  }

  /**
   * The features of every word that do not depend on tags: the word in lower case (always second,
   * the previous-tag-and-word feature reads it), as written, its prefixes, suffixes, shape and
   * cluster, and the words around it.
   */
  static int[][] staticFeatures(String[] words, WordClusters clusters) {
    int n = words.length;
    NameFeatures.Forms forms = NameFeatures.Forms.of(words, clusters);
    String[] lower = forms.lower();
    String[] shape = forms.shape();
    String[] cluster = forms.cluster();
    int[][] out = new int[n][];
    int[] b = new int[STATIC_FEATURES];
    for (int i = 0; i < n; i++) {
      int k = 0;
      String l = lower[i];
      b[k++] = hash("b", "");
      b[k++] = hash("l", l);
      b[k++] = hash("w", words[i]);
      b[k++] = hash("s", shape[i]);
      b[k++] = hash("c", cluster[i]);
      k = NameFeatures.affixes(b, k, l, 4, 2);
      String lm1 = at(lower, i - 1);
      String lp1 = at(lower, i + 1);
      b[k++] = hash("l-1", lm1);
      b[k++] = hash("l+1", lp1);
      b[k++] = hash("l-2", at(lower, i - 2));
      b[k++] = hash("l+2", at(lower, i + 2));
      b[k++] = hash("suf-1", suffix(lm1));
      b[k++] = hash("suf+1", suffix(lp1));
      b[k++] = hash("c-1", at(cluster, i - 1));
      b[k++] = hash("c+1", at(cluster, i + 1));
      b[k++] = hash("s+1", at(shape, i + 1));
      b[k++] = hash("first", (i == 0) + " " + shape[i]);
      b[k++] = hash("ll+1", l + " " + lp1);
      out[i] = Arrays.copyOf(b, k);
    }
    return out;
  }

  private static String suffix(String word) {
    return word.length() <= 3 ? word : word.substring(word.length() - 3);
  }

  private static String at(String[] values, int i) {
    return i < 0 ? START : i >= values.length ? END : values[i];
  }

  /** One sentence as CoreNLP's tagger tagged it. */
  public record Labelled(String[] words, String[] tags) {
    /** Checks that there is a tag for every word. */
    public Labelled {
      if (words.length != tags.length) {
        throw new IllegalArgumentException(words.length + " words but " + tags.length + " tags");
      }
    }
  }

  /** How the annotator's tags of a text compare with CoreNLP's tagger's, in tokens. */
  public record Agreement(long tokens, long same, long toCoreNlp) {}

  /**
   * How the tags the annotator gives a text ({@link PosAnnotator}: this model, CoreNLP's tagger on
   * the sentences it is unsure of) agree with CoreNLP's tagger's, over the sentences short enough
   * to be tagged: what {@code dossier eval entities} reports beside the names.
   */
  public static Agreement agreement(String text) {
    PosTagger model = shipped();
    long tokens = 0;
    long same = 0;
    long[] handed = new long[1];
    for (Labelled s : teacher(text)) {
      int n = s.words().length;
      tokens += n;
      List<HasWord> words = new ArrayList<>(n);
      for (String w : s.words()) {
        words.add(new Word(w));
      }
      String[] ours = PosAnnotator.tags(model, words, handed);
      for (int i = 0; i < n; i++) {
        same += ours[i].equals(s.tags()[i]) ? 1 : 0;
      }
    }
    return new Agreement(tokens, same, handed[0]);
  }

  /**
   * The sentences of a text with the tags CoreNLP's tagger ({@link Pipeline#posTeacher}) gives
   * them: what the tagger learns from. Sentences too long to be tagged are left out.
   */
  public static List<Labelled> teacher(String text) {
    List<Labelled> out = new ArrayList<>();
    for (List<CoreLabel> tokens : Pipeline.taughtSentences(Pipeline.posTeacher(), text)) {
      String[] words = new String[tokens.size()];
      String[] tags = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).word();
        tags[i] = tokens.get(i).tag();
      }
      out.add(new Labelled(words, tags));
    }
    return out;
  }

  /**
   * Trains a tagger on tagged sentences: features seen fewer than {@code minCount} times (with the
   * true previous tags) are dropped, then {@code epochs} passes of the averaged perceptron, each
   * word tagged with the tags the model gave the words before it, in an order shuffled with {@code
   * seed}. The same input and seed give the same model, byte for byte.
   */
  public static PosTagger train(
      List<Labelled> sentences,
      WordClusters clusters,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    TreeSet<String> names = new TreeSet<>();
    for (Labelled s : sentences) {
      names.addAll(Arrays.asList(s.tags()));
    }
    if (names.size() > 127) {
      throw new IllegalArgumentException(names.size() + " tags; at most 127");
    }
    String[] tags = names.toArray(String[]::new);
    final int T = tags.length;
    int[] previous = previousTagHashes(tags);
    List<int[][]> features = new ArrayList<>(sentences.size());
    List<int[]> gold = new ArrayList<>(sentences.size());
    long total = 0;
    for (Labelled s : sentences) {
      int[][] f = staticFeatures(s.words(), clusters);
      int[] y = new int[f.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = Arrays.binarySearch(tags, s.tags()[i]);
      }
      features.add(f);
      gold.add(y);
      for (int[] token : f) {
        total += token.length + DYNAMIC;
      }
    }
    // The features seen often enough, the previous tags as they truly were.
    int[] all = new int[Math.toIntExact(total)];
    int k = 0;
    int[] dyn = new int[DYNAMIC];
    for (int d = 0; d < features.size(); d++) {
      int[][] f = features.get(d);
      int[] y = gold.get(d);
      for (int i = 0; i < f.length; i++) {
        System.arraycopy(f[i], 0, all, k, f[i].length);
        k += f[i].length;
        dynamic(previous, dyn, f[i][1], i > 0 ? y[i - 1] : -1, i > 1 ? y[i - 2] : -1);
        System.arraycopy(dyn, 0, all, k, DYNAMIC);
        k += DYNAMIC;
      }
    }
    int[] keys = LinearChain.frequent(all, minCount);
    int kept = keys.length;
    all = null;
    log.accept(kept + " features kept of those seen at least " + minCount + " times");
    // Static features as indexes, once.
    FeatureIndex index = new FeatureIndex(keys);
    List<int[][]> indexed = new ArrayList<>(features.size());
    for (int[][] f : features) {
      int[][] doc = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        doc[i] = LinearChain.indexes(f[i], index);
      }
      indexed.add(doc);
    }
    List<int[]> words = new ArrayList<>(features.size());
    for (int[][] f : features) {
      int[] w = new int[f.length];
      for (int i = 0; i < f.length; i++) {
        w[i] = f[i][1];
      }
      words.add(w);
    }
    features.clear();

    float[] w = new float[kept * T];
    double[] u = new double[kept * T];
    long c = 1;
    List<Integer> order = LinearChain.order(indexed.size());
    Random random = new Random(seed);
    float[] scores = new float[T];
    int[] dynIndex = new int[DYNAMIC];
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      long wrong = 0;
      long tokens = 0;
      for (int d : order) {
        int[][] x = indexed.get(d);
        int[] y = gold.get(d);
        int[] word = words.get(d);
        int p1 = -1;
        int p2 = -1;
        for (int i = 0; i < x.length; i++) {
          dynamic(previous, dyn, word[i], p1, p2);
          int nd = 0;
          for (int h : dyn) {
            int at = index.get(h);
            if (at >= 0) {
              dynIndex[nd++] = at;
            }
          }
          Arrays.fill(scores, 0);
          for (int f : x[i]) {
            for (int t = 0; t < T; t++) {
              scores[t] += w[f * T + t];
            }
          }
          for (int j = 0; j < nd; j++) {
            int f = dynIndex[j];
            for (int t = 0; t < T; t++) {
              scores[t] += w[f * T + t];
            }
          }
          int guess = 0;
          for (int t = 1; t < T; t++) {
            if (scores[t] > scores[guess]) {
              guess = t;
            }
          }
          tokens++;
          if (guess != y[i]) {
            wrong++;
            for (int f : x[i]) {
              LinearChain.update(w, u, f * T, y[i], guess, c);
            }
            for (int j = 0; j < nd; j++) {
              LinearChain.update(w, u, dynIndex[j] * T, y[i], guess, c);
            }
          }
          c++;
          p2 = p1;
          p1 = guess;
        }
      }
      log.accept(LinearChain.epochLine(epoch, wrong, tokens));
    }
    return sparse(tags, clusters, keys, LinearChain.quantised(LinearChain.averaged(w, u, c)), T);
  }

  /**
   * The features that depend on the tags given so far: the previous tag, the two previous tags, and
   * the previous tag with the word (whose hash is {@code word}); -1 is the start.
   */
  private static void dynamic(int[] previous, int[] out, int word, int p1, int p2) {
    int t1 = previous[p1 + 1];
    out[0] = t1;
    out[1] = mix(t1, previous[p2 + 1] * 31 + 7);
    out[2] = mix(t1, word);
  }

  /** The dense weights kept where they are not zero, features without any dropped. */
  private static PosTagger sparse(
      String[] tags, WordClusters clusters, int[] keys, float[] w, int T) {
    int nonZero = 0;
    int features = 0;
    for (int f = 0; f < keys.length; f++) {
      int here = 0;
      for (int t = 0; t < T; t++) {
        here += w[f * T + t] != 0 ? 1 : 0;
      }
      nonZero += here;
      features += here > 0 ? 1 : 0;
    }
    int[] k2 = new int[features];
    int[] offsets = new int[features + 1];
    byte[] tagOf = new byte[nonZero];
    float[] weights = new float[nonZero];
    int f2 = 0;
    int j = 0;
    for (int f = 0; f < keys.length; f++) {
      int start = j;
      for (int t = 0; t < T; t++) {
        if (w[f * T + t] != 0) {
          tagOf[j] = (byte) t;
          weights[j++] = w[f * T + t];
        }
      }
      if (j > start) {
        k2[f2] = keys[f];
        offsets[f2++] = start;
      }
    }
    offsets[features] = j;
    return new PosTagger(tags, clusters, k2, offsets, tagOf, weights);
  }

  /**
   * Writes the model (not its word clusters, which are the name tagger's), gzip-compressed: the
   * tags, the sorted feature hashes as gaps, then for each feature how many tags it weighs and each
   * as a tag byte and a 16-bit step of one size.
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(tags.length);
    for (String t : tags) {
      data.writeUTF(t);
    }
    data.writeInt(keys.length);
    long previous = Integer.MIN_VALUE;
    for (int key : keys) {
      LinearChain.writeGap(data, key - previous);
      previous = key;
    }
    float step = LinearChain.step(weights);
    data.writeFloat(step);
    for (int f = 0; f < keys.length; f++) {
      data.writeByte(offsets[f + 1] - offsets[f]);
      for (int j = offsets[f]; j < offsets[f + 1]; j++) {
        data.writeByte(tagOf[j]);
        data.writeShort(Math.round(weights[j] / step));
      }
    }
    data.flush();
    gz.finish();
  }

  /** Reads a model {@link #write} wrote. */
  static PosTagger read(InputStream in, WordClusters clusters) throws IOException {
    String what = "part-of-speech model";
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a " + what + " of this version (bad magic number)");
    }
    int T = data.readInt();
    if (T < 1 || T > 127) {
      throw new IOException(what + " claims " + T + " tags");
    }
    String[] tags = new String[T];
    for (int t = 0; t < T; t++) {
      tags[t] = data.readUTF();
    }
    int n = data.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException(what + " claims " + n + " features");
    }
    int[] keys = new int[n];
    long previous = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long key = previous + LinearChain.readGap(data, what);
      if (key > Integer.MAX_VALUE) {
        throw new IOException(what + ": feature " + i + " is out of order");
      }
      keys[i] = (int) key;
      previous = key;
    }
    float step = data.readFloat();
    int[] offsets = new int[n + 1];
    byte[] tagOf = new byte[n * 4];
    float[] weights = new float[n * 4];
    int j = 0;
    for (int f = 0; f < n; f++) {
      offsets[f] = j;
      int count = data.readUnsignedByte();
      if (count > T) {
        throw new IOException(what + ": feature " + f + " weighs " + count + " tags of " + T);
      }
      if (j + count > tagOf.length) {
        tagOf = Arrays.copyOf(tagOf, Math.max(tagOf.length * 2, j + count));
        weights = Arrays.copyOf(weights, tagOf.length);
      }
      for (int m = 0; m < count; m++) {
        int t = data.readUnsignedByte();
        if (t >= T) {
          throw new IOException(what + ": feature " + f + " weighs tag " + t + " of " + T);
        }
        tagOf[j] = (byte) t;
        weights[j++] = data.readShort() * step;
      }
    }
    offsets[n] = j;
    return new PosTagger(
        tags, clusters, keys, offsets, Arrays.copyOf(tagOf, j), Arrays.copyOf(weights, j));
  }
}
