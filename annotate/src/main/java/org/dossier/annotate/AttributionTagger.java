package org.dossier.annotate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A learned attribution tagger: a linear-chain model over {@link AttributionFeatures}, trained as
 * an averaged structured perceptron (Collins 2002) and decoded with Viterbi, that marks each token
 * as outside, or beginning or inside a Source, Cue or Content span ({@link #TAGS}).
 *
 * <p>The perceptron is written here rather than taken from a library: it is a hundred lines, it
 * trains on PolNeAR's 700,000 tokens in about a minute on one core, its output is the same bytes
 * for the same seed, and the model it writes is a table of feature hashes and weights that loads
 * without any of a library's classes. CoreNLP's CRFClassifier would need its own feature factory
 * and Tribuo brings a framework for one linear model.
 */
public final class AttributionTagger {
  /** The tags, by index: O, then B- and I- for Source (S), Cue (C) and Content (Q). */
  public static final List<String> TAGS = List.of("O", "B-S", "I-S", "B-C", "I-C", "B-Q", "I-Q");

  private static final int T = 7;
  private static final int MAGIC = 0x44415432; // "DAT2"

  /** The shipped model, a resource beside this class. */
  public static final String RESOURCE = "attribution-tagger.bin.gz";

  private final int[] keys;
  private final float[] weights;
  private final float[] transitions;

  private AttributionTagger(int[] keys, float[] weights, float[] transitions) {
    this.keys = keys;
    this.weights = weights;
    this.transitions = transitions;
  }

  private static final class Shipped {
    static final AttributionTagger MODEL = load();

    private static AttributionTagger load() {
      InputStream in = AttributionTagger.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        return null;
      }
      try (in) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped attribution model " + RESOURCE, e);
      }
    }
  }

  /** The model that ships in the jar, or null when this build has none (rules alone then). */
  public static AttributionTagger shipped() {
    return Shipped.MODEL;
  }

  /** The number of features with a weight. */
  public int features() {
    return keys.length;
  }

  /** The most likely tag of every token, as indexes into {@link #TAGS}. */
  public int[] tag(AttributionDocument doc) {
    int[][] features = AttributionFeatures.of(doc);
    int[][] indexes = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      indexes[i] = indexes(features[i], keys);
    }
    return viterbi(indexes, weights, transitions);
  }

  private static int[] indexes(int[] hashes, int[] keys) {
    int[] out = new int[hashes.length];
    int k = 0;
    for (int h : hashes) {
      int at = Arrays.binarySearch(keys, h);
      if (at >= 0) {
        out[k++] = at;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /** Whether tag {@code next} may follow tag {@code previous} (-1 at the start). */
  private static boolean allowed(int previous, int next) {
    if (next == 2 || next == 4 || next == 6) {
      return previous == next || previous == next - 1;
    }
    return true;
  }

  private static int[] viterbi(int[][] tokens, float[] w, float[] trans) {
    int n = tokens.length;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    double[] score = new double[T];
    double[] next = new double[T];
    int[][] back = new int[n][T];
    double[] emission = new double[T];
    for (int i = 0; i < n; i++) {
      Arrays.fill(emission, 0);
      for (int f : tokens[i]) {
        int base = f * T;
        for (int t = 0; t < T; t++) {
          emission[t] += w[base + t];
        }
      }
      for (int t = 0; t < T; t++) {
        if (i == 0) {
          next[t] = allowed(-1, t) ? trans[T * T + t] + emission[t] : Double.NEGATIVE_INFINITY;
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          if (!allowed(p, t)) {
            continue;
          }
          double s = score[p] + trans[p * T + t];
          if (s > top) {
            top = s;
            arg = p;
          }
        }
        next[t] = top + emission[t];
        back[i][t] = arg;
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    int tag = 0;
    for (int t = 1; t < T; t++) {
      if (score[t] > score[tag]) {
        tag = t;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      best[i] = tag;
      tag = back[i][tag];
    }
    return best;
  }

  /**
   * Trains a tagger: features seen fewer than {@code minCount} times are dropped, then {@code
   * epochs} passes of the averaged perceptron over the documents in an order shuffled with {@code
   * seed}. The same input and seed give the same model, byte for byte.
   *
   * @param gold for each document, the tag index of every token
   */
  public static AttributionTagger train(
      List<AttributionDocument> docs,
      List<int[]> gold,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    if (docs.size() != gold.size()) {
      throw new IllegalArgumentException(
          docs.size() + " documents but " + gold.size() + " tag sequences");
    }
    List<int[][]> hashed = new ArrayList<>(docs.size());
    long total = 0;
    for (AttributionDocument d : docs) {
      int[][] f = AttributionFeatures.of(d);
      hashed.add(f);
      for (int[] token : f) {
        total += token.length;
      }
    }
    int[] all = new int[Math.toIntExact(total)];
    int k = 0;
    for (int[][] f : hashed) {
      for (int[] token : f) {
        System.arraycopy(token, 0, all, k, token.length);
        k += token.length;
      }
    }
    Arrays.sort(all);
    int[] keys = new int[all.length];
    int kept = 0;
    for (int i = 0; i < all.length; ) {
      int j = i;
      while (j < all.length && all[j] == all[i]) {
        j++;
      }
      if (j - i >= minCount) {
        keys[kept++] = all[i];
      }
      i = j;
    }
    keys = Arrays.copyOf(keys, kept);
    all = null;
    List<int[][]> indexed = new ArrayList<>(docs.size());
    for (int[][] f : hashed) {
      int[][] doc = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        doc[i] = indexes(f[i], keys);
      }
      indexed.add(doc);
    }
    hashed.clear();
    log.accept(kept + " features kept of those seen at least " + minCount + " times");

    int size = kept * T;
    float[] w = new float[size];
    double[] u = new double[size];
    float[] trans = new float[(T + 1) * T];
    double[] transU = new double[(T + 1) * T];
    long c = 1;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      long wrong = 0;
      long tokens = 0;
      for (int d : order) {
        int[][] x = indexed.get(d);
        int[] y = gold.get(d);
        int[] p = viterbi(x, w, trans);
        for (int i = 0; i < x.length; i++) {
          tokens++;
          if (p[i] != y[i]) {
            wrong++;
            for (int f : x[i]) {
              w[f * T + y[i]] += 1;
              u[f * T + y[i]] += c;
              w[f * T + p[i]] -= 1;
              u[f * T + p[i]] -= c;
            }
          }
          int gp = i == 0 ? T : y[i - 1];
          int pp = i == 0 ? T : p[i - 1];
          if (gp != pp || y[i] != p[i]) {
            trans[gp * T + y[i]] += 1;
            transU[gp * T + y[i]] += c;
            trans[pp * T + p[i]] -= 1;
            transU[pp * T + p[i]] -= c;
          }
        }
        c++;
      }
      log.accept(
          String.format(
              "epoch %d: %.2f %% of %,d tokens mistagged", epoch, 100.0 * wrong / tokens, tokens));
    }
    float[] averaged = new float[size];
    for (int i = 0; i < size; i++) {
      averaged[i] = (float) (w[i] - u[i] / c);
    }
    float[] averagedTrans = new float[trans.length];
    for (int i = 0; i < trans.length; i++) {
      averagedTrans[i] = (float) (trans[i] - transU[i] / c);
    }
    return prune(keys, quantised(averaged), averagedTrans);
  }

  /**
   * Weights rounded to the 16-bit steps the model file stores them in ({@link #write}), so a model
   * in memory after training is the model read back from its file.
   */
  private static float[] quantised(float[] w) {
    float step = step(w);
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = Math.round(w[i] / step) * step;
    }
    return out;
  }

  /** The size of one 16-bit step: the largest weight is 32,767 steps. */
  private static float step(float[] w) {
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    return max == 0 ? 1 : max / Short.MAX_VALUE;
  }

  /** Drops the features whose every weight is zero. */
  private static AttributionTagger prune(int[] keys, float[] w, float[] trans) {
    int kept = 0;
    int[] k2 = new int[keys.length];
    float[] w2 = new float[w.length];
    for (int f = 0; f < keys.length; f++) {
      boolean any = false;
      for (int t = 0; t < T; t++) {
        any |= w[f * T + t] != 0;
      }
      if (any) {
        k2[kept] = keys[f];
        System.arraycopy(w, f * T, w2, kept * T, T);
        kept++;
      }
    }
    return new AttributionTagger(
        Arrays.copyOf(k2, kept), Arrays.copyOf(w2, kept * T), trans.clone());
  }

  /**
   * Writes the model, gzip-compressed and compact: the sorted feature hashes as gaps in variable
   * length, then for each feature a byte saying which tags have a weight and those weights as
   * 16-bit steps of one size, then the transitions as floats.
   */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    data.writeInt(MAGIC);
    data.writeInt(T);
    data.writeInt(keys.length);
    long previous = Integer.MIN_VALUE;
    for (int key : keys) {
      writeGap(data, key - previous);
      previous = key;
    }
    float step = step(weights);
    data.writeFloat(step);
    for (int f = 0; f < keys.length; f++) {
      int mask = 0;
      for (int t = 0; t < T; t++) {
        mask |= weights[f * T + t] != 0 ? 1 << t : 0;
      }
      data.writeByte(mask);
      for (int t = 0; t < T; t++) {
        if ((mask & 1 << t) != 0) {
          data.writeShort(Math.round(weights[f * T + t] / step));
        }
      }
    }
    for (float v : transitions) {
      data.writeFloat(v);
    }
    data.flush();
    gz.finish();
  }

  private static void writeGap(DataOutputStream data, long gap) throws IOException {
    while (gap >= 0x80) {
      data.writeByte((int) (gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    data.writeByte((int) gap);
  }

  private static long readGap(DataInputStream data) throws IOException {
    long gap = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = data.readUnsignedByte();
      gap |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return gap;
      }
    }
    throw new IOException("attribution model: a feature gap runs past 64 bits");
  }

  /** Reads a model {@link #write} wrote. */
  public static AttributionTagger read(InputStream in) throws IOException {
    DataInputStream data =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
    if (data.readInt() != MAGIC) {
      throw new IOException("not an attribution model of this version (bad magic number)");
    }
    int tags = data.readInt();
    if (tags != T) {
      throw new IOException("attribution model has " + tags + " tags, expected " + T);
    }
    int n = data.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException("attribution model claims " + n + " features");
    }
    int[] keys = new int[n];
    long previous = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long key = previous + readGap(data);
      if (key > Integer.MAX_VALUE) {
        throw new IOException("attribution model: feature " + i + " is out of order");
      }
      keys[i] = (int) key;
      previous = key;
    }
    float step = data.readFloat();
    float[] w = new float[n * T];
    for (int f = 0; f < n; f++) {
      int mask = data.readUnsignedByte();
      for (int t = 0; t < T; t++) {
        if ((mask & 1 << t) != 0) {
          w[f * T + t] = data.readShort() * step;
        }
      }
    }
    float[] trans = new float[(T + 1) * T];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = data.readFloat();
    }
    return new AttributionTagger(keys, w, trans);
  }
}
