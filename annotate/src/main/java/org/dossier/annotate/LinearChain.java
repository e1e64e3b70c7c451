package org.dossier.annotate;

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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain model over hashed features, trained as an averaged structured perceptron (Collins
 * 2002) and decoded with Viterbi: the learning part of the attribution tagger and the name tagger.
 *
 * <p>Written here rather than taken from a library: it is two hundred lines, it trains on a million
 * tokens in about a minute on one core, its output is the same bytes for the same seed, and the
 * model it writes is a table of feature hashes and weights that loads without any of a library's
 * classes. CoreNLP's CRFClassifier would need its own feature factory and Tribuo brings a framework
 * for one linear model.
 */
final class LinearChain {
  /**
   * Whether tag {@code next} may follow tag {@code previous} (-1: the start); {@link #table} turns
   * such a rule into the lookup {@code allowed[(previous + 1) * tags + next]}.
   */
  interface Allowed {
    boolean test(int previous, int next);
  }

  private final int tags;
  private final boolean[] allowed;
  private final int[] keys;
  private final FeatureIndex index;
  private final float[] weights;
  private final float[] transitions;

  private LinearChain(
      int tags, boolean[] allowed, int[] keys, float[] weights, float[] transitions) {
    if (tags > 16) {
      throw new IllegalArgumentException("at most 16 tags, not " + tags);
    }
    this.tags = tags;
    this.allowed = allowed;
    this.keys = keys;
    this.index = new FeatureIndex(keys);
    this.weights = weights;
    this.transitions = transitions;
  }

  /** The table of allowed transitions of a rule, the start as previous tag -1. */
  static boolean[] table(int tags, Allowed rule) {
    boolean[] out = new boolean[(tags + 1) * tags];
    for (int p = -1; p < tags; p++) {
      for (int t = 0; t < tags; t++) {
        out[(p + 1) * tags + t] = rule.test(p, t);
      }
    }
    return out;
  }

  /** The number of features with a weight. */
  int features() {
    return keys.length;
  }

  /** The most likely tag of every token, given each token's feature hashes. */
  int[] tag(int[][] hashes) {
    return viterbi(tags, allowed, indexes(hashes), weights, transitions);
  }

  /**
   * The most likely tag of every token; when {@code margin} is not null, its first element is set
   * to the smallest gap over the tokens ({@code gapOf}, read from a token's score per tag, such as
   * {@link #gap}): how sure the model is of the token it is least sure of.
   */
  int[] tag(int[][] hashes, double[] margin, ToDoubleFunction<double[]> gapOf) {
    int[][] indexes = indexes(hashes);
    if (margin != null) {
      double least = Double.POSITIVE_INFINITY;
      for (int[] token : indexes) {
        least = Math.min(least, gapOf.applyAsDouble(scores(token)));
      }
      margin[0] = least;
    }
    return viterbi(tags, allowed, indexes, weights, transitions);
  }

  /** Each token's features as positions in this chain's weights, those it has none for left out. */
  private int[][] indexes(int[][] hashes) {
    int[][] out = new int[hashes.length][];
    for (int i = 0; i < hashes.length; i++) {
      out[i] = indexes(hashes[i], index);
    }
    return out;
  }

  /** A token's score per tag, the sum of its features' weights. */
  private double[] scores(int[] features) {
    double[] scores = new double[tags];
    for (int f : features) {
      for (int t = 0; t < tags; t++) {
        scores[t] += weights[f * tags + t];
      }
    }
    return scores;
  }

  /** The gap between the best and the second-best of a token's scores. */
  static double gap(double[] scores) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (double v : scores) {
      if (v > best) {
        second = best;
        best = v;
      } else if (v > second) {
        second = v;
      }
    }
    return best - second;
  }

  /**
   * Adds the weights of the first {@code k} of the features {@code hashes} to {@code scores}, one
   * per tag from {@code at}: a token's scores built in parts, for {@link #tagScores}.
   */
  void addWeights(double[] scores, int at, int[] hashes, int k) {
    for (int i = 0; i < k; i++) {
      int f = index.get(hashes[i]);
      if (f >= 0) {
        int base = f * tags;
        for (int t = 0; t < tags; t++) {
          scores[at + t] += weights[base + t];
        }
      }
    }
  }

  /**
   * The most likely tag of every token, given each token's score per tag (the sum of its features'
   * weights); when {@code margin} is not null, its first element is set as {@link #tag(int[][],
   * double[], ToDoubleFunction)} sets it, and when {@code gaps} is not null, each token's gap in
   * it.
   */
  int[] tagScores(
      double[][] scores, double[] margin, double[] gaps, ToDoubleFunction<double[]> gapOf) {
    if (margin != null || gaps != null) {
      double least = Double.POSITIVE_INFINITY;
      for (int i = 0; i < scores.length; i++) {
        double g = gapOf.applyAsDouble(scores[i]);
        least = Math.min(least, g);
        if (gaps != null) {
          gaps[i] = g;
        }
      }
      if (margin != null) {
        margin[0] = least;
      }
    }
    return decode(tags, allowed, scores, transitions);
  }

  static int[] indexes(int[] hashes, FeatureIndex keys) {
    int[] out = new int[hashes.length];
    int k = 0;
    for (int h : hashes) {
      int at = keys.get(h);
      if (at >= 0) {
        out[k++] = at;
      }
    }
    return Arrays.copyOf(out, k);
  }

  /**
   * The best tag sequence for tokens given as feature indexes, under weights {@code w} and
   * transitions {@code trans}: decoding for tagging and, with the weights so far, for training.
   */
  private static int[] viterbi(
      int tags, boolean[] allowed, int[][] tokens, float[] w, float[] trans) {
    final int T = tags;

    double[][] emissions = new double[tokens.length][T];
    for (int i = 0; i < tokens.length; i++) {
      double[] emission = emissions[i];
      for (int f : tokens[i]) {
        int base = f * T;
        for (int t = 0; t < T; t++) {
          emission[t] += w[base + t];
        }
      }
    }
    return decode(tags, allowed, emissions, trans);
  }

  /**
   * The best tag sequence for tokens given as their scores per tag, under transitions {@code
   * trans}.
   */
  private static int[] decode(int tags, boolean[] allowed, double[][] emissions, float[] trans) {
    final int T = tags;
    int n = emissions.length;
    int[] best = new int[n];
    if (n == 0) {
      return best;
    }
    double[] score = new double[T];
    double[] next = new double[T];
    int[][] back = new int[n][T];
    for (int i = 0; i < n; i++) {
      double[] emission = emissions[i];
      for (int t = 0; t < T; t++) {
        if (i == 0) {
          next[t] = allowed[t] ? trans[T * T + t] + emission[t] : Double.NEGATIVE_INFINITY;
          continue;
        }
        double top = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < T; p++) {
          if (!allowed[(p + 1) * T + t]) {
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
   * Trains a model: features seen fewer than {@code minCount} times are dropped, then {@code
   * epochs} passes of the averaged perceptron over the sequences in an order shuffled with {@code
   * seed}. The same input and seed give the same model, byte for byte.
   *
   * @param hashed for each sequence, the feature hashes of every token (the list is emptied)
   * @param gold for each sequence, the tag index of every token
   */
  static LinearChain train(
      int tags,
      boolean[] allowed,
      List<int[][]> hashed,
      List<int[]> gold,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    if (hashed.size() != gold.size()) {
      throw new IllegalArgumentException(
          hashed.size() + " sequences but " + gold.size() + " tag sequences");
    }
    final int T = tags;
    int sequences = hashed.size();
    long total = 0;
    for (int[][] f : hashed) {
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
    int[] keys = frequent(all, minCount);
    int kept = keys.length;
    all = null;
    List<int[][]> indexed = new ArrayList<>(sequences);
    FeatureIndex index = new FeatureIndex(keys);
    for (int[][] f : hashed) {
      int[][] doc = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        doc[i] = indexes(f[i], index);
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
    List<Integer> order = order(sequences);
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      long wrong = 0;
      long tokens = 0;
      for (int d : order) {
        int[][] x = indexed.get(d);
        int[] y = gold.get(d);
        int[] p = viterbi(T, allowed, x, w, trans);
        for (int i = 0; i < x.length; i++) {
          tokens++;
          if (p[i] != y[i]) {
            wrong++;
            for (int f : x[i]) {
              update(w, u, f * T, y[i], p[i], c);
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
      log.accept(epochLine(epoch, wrong, tokens));
    }
    return prune(tags, allowed, keys, quantised(averaged(w, u, c)), averaged(trans, transU, c));
  }

  /**
   * The chain whose every weight and transition is the mean of those of {@code chains} (a feature
   * one of them lacks weighs zero there), rounded to the file's 16-bit steps: chains of one data
   * trained in different orders, averaged, so that what one order happened to learn counts less.
   */
  static LinearChain mean(List<LinearChain> chains) {
    LinearChain one = chains.get(0);
    final int T = one.tags;
    TreeMap<Integer, double[]> sums = new TreeMap<>();
    double[] trans = new double[one.transitions.length];
    for (LinearChain c : chains) {
      if (c.tags != T || !Arrays.equals(c.allowed, one.allowed)) {
        throw new IllegalArgumentException("chains of other tags cannot be averaged");
      }
      for (int f = 0; f < c.keys.length; f++) {
        double[] row = sums.computeIfAbsent(c.keys[f], k -> new double[T]);
        for (int t = 0; t < T; t++) {
          row[t] += c.weights[f * T + t];
        }
      }
      for (int i = 0; i < trans.length; i++) {
        trans[i] += c.transitions[i];
      }
    }
    int n = chains.size();
    int[] keys = new int[sums.size()];
    float[] w = new float[sums.size() * T];
    int f = 0;
    for (var e : sums.entrySet()) {
      keys[f] = e.getKey();
      for (int t = 0; t < T; t++) {
        w[f * T + t] = (float) (e.getValue()[t] / n);
      }
      f++;
    }
    float[] meanTrans = new float[trans.length];
    for (int i = 0; i < trans.length; i++) {
      meanTrans[i] = (float) (trans[i] / n);
    }
    return prune(T, one.allowed, keys, quantised(w), meanTrans);
  }

  /** The indexes 0 to n - 1, for the order of training sequences each pass shuffles. */
  static List<Integer> order(int n) {
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /**
   * A perceptron's update at step {@code c} for a feature whose weights start at {@code base}: up
   * for the true tag, down for the guessed one, each also in the sums the averaging reads.
   */
  static void update(float[] w, double[] u, int base, int truth, int guess, long c) {
    w[base + truth] += 1;
    u[base + truth] += c;
    w[base + guess] -= 1;
    u[base + guess] -= c;
  }

  /** The log line of a training pass. */
  static String epochLine(int epoch, long wrong, long tokens) {
    return String.format(
        "epoch %d: %.2f %% of %,d tokens mistagged", epoch, 100.0 * wrong / tokens, tokens);
  }

  /**
   * The averaged perceptron's weights after {@code c} steps: each weight less its updates, each
   * weighed by the step it was made at ({@code u}), over {@code c}.
   */
  static float[] averaged(float[] w, double[] u, long c) {
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = (float) (w[i] - u[i] / c);
    }
    return out;
  }

  /**
   * The distinct hashes of {@code all} (which is sorted in place) seen at least {@code minCount}
   * times, in order: the features a model keeps.
   */
  static int[] frequent(int[] all, int minCount) {
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
    return Arrays.copyOf(keys, kept);
  }

  /**
   * Weights rounded to the 16-bit steps the model file stores them in ({@link #write}), so a model
   * in memory after training is the model read back from its file.
   */
  static float[] quantised(float[] w) {
    float step = step(w);
    float[] out = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = Math.round(w[i] / step) * step;
    }
    return out;
  }

  /** The size of one 16-bit step: the largest weight is 32,767 steps. */
  static float step(float[] w) {
    float max = 0;
    for (float v : w) {
      max = Math.max(max, Math.abs(v));
    }
    return max == 0 ? 1 : max / Short.MAX_VALUE;
  }

  /**
   * This chain with only the {@code share} of its non-zero feature weights that are largest in
   * magnitude (the rest set to zero, and features left without a weight dropped): a smaller model
   * file at little cost, since a perceptron's smallest averaged weights seldom change a tag.
   */
  LinearChain strongest(double share) {
    float[] sorted = new float[weights.length];
    int n = 0;
    for (float v : weights) {
      if (v != 0) {
        sorted[n++] = Math.abs(v);
      }
    }
    if (n == 0 || share >= 1) {
      return this;
    }
    Arrays.sort(sorted, 0, n);
    float least = sorted[(int) Math.min(n - 1, Math.floor(n * (1 - share)))];
    float[] w = weights.clone();
    for (int i = 0; i < w.length; i++) {
      if (Math.abs(w[i]) < least) {
        w[i] = 0;
      }
    }
    return prune(tags, allowed, keys, w, transitions);
  }

  /** Drops the features whose every weight is zero. */
  private static LinearChain prune(
      int tags, boolean[] allowed, int[] keys, float[] w, float[] trans) {
    final int T = tags;
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
    return new LinearChain(
        tags, allowed, Arrays.copyOf(k2, kept), Arrays.copyOf(w2, kept * T), trans.clone());
  }

  /**
   * Writes the model, gzip-compressed and compact: the sorted feature hashes as gaps in variable
   * length, then for each feature a byte (two for more than 8 tags) saying which tags have a weight
   * and those weights as 16-bit steps of one size, then the transitions as floats.
   */
  void write(OutputStream out, int magic) throws IOException {
    compressed(out, data -> writeTo(data, magic));
  }

  /** What writes a model file's content, for {@link #compressed}. */
  interface Content {
    void writeTo(DataOutputStream data) throws IOException;
  }

  /**
   * Writes {@code content} gzip-compressed to {@code out}, which stays open: the form of every
   * model file of these chains.
   */
  static void compressed(OutputStream out, Content content) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    content.writeTo(data);
    data.flush();
    gz.finish();
  }

  /** Reads a file {@link #compressed} wrote. */
  static DataInputStream decompressed(InputStream in) throws IOException {
    return new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16));
  }

  /**
   * Reads a model file's magic number, and fails naming {@code what} when it is not {@code magic}.
   */
  static void expectMagic(DataInputStream data, int magic, String what) throws IOException {
    if (data.readInt() != magic) {
      throw new IOException("not an " + what + " of this version (bad magic number)");
    }
  }

  /** {@link #write} without the compression: for a file that holds more than one chain. */
  void writeTo(DataOutputStream data, int magic) throws IOException {
    final int T = tags;
    data.writeInt(magic);
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
      if (T > 8) {
        data.writeShort(mask);
      } else {
        data.writeByte(mask);
      }
      for (int t = 0; t < T; t++) {
        if ((mask & 1 << t) != 0) {
          data.writeShort(Math.round(weights[f * T + t] / step));
        }
      }
    }
    for (float v : transitions) {
      data.writeFloat(v);
    }
  }

  static void writeGap(DataOutputStream data, long gap) throws IOException {
    while (gap >= 0x80) {
      data.writeByte((int) (gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    data.writeByte((int) gap);
  }

  static long readGap(DataInputStream data, String what) throws IOException {
    long gap = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = data.readUnsignedByte();
      gap |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return gap;
      }
    }
    throw new IOException(what + ": a feature gap runs past 64 bits");
  }

  /**
   * Reads a model {@link #write} wrote.
   *
   * @param what the model's name in error messages, such as "attribution model"
   */
  static LinearChain read(InputStream in, int magic, int T, boolean[] allowed, String what)
      throws IOException {
    return readFrom(decompressed(in), magic, T, allowed, what);
  }

  /** Reads a chain {@link #writeTo} wrote. */
  static LinearChain readFrom(
      DataInputStream data, int magic, int T, boolean[] allowed, String what) throws IOException {
    expectMagic(data, magic, what);
    int tags = data.readInt();
    if (tags != T) {
      throw new IOException(what + " has " + tags + " tags, expected " + T);
    }
    int n = data.readInt();
    if (n < 0 || n > 50_000_000) {
      throw new IOException(what + " claims " + n + " features");
    }
    int[] keys = new int[n];
    long previous = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long key = previous + readGap(data, what);
      if (key > Integer.MAX_VALUE) {
        throw new IOException(what + ": feature " + i + " is out of order");
      }
      keys[i] = (int) key;
      previous = key;
    }
    float step = data.readFloat();
    float[] w = new float[n * T];
    for (int f = 0; f < n; f++) {
      int mask = T > 8 ? data.readUnsignedShort() : data.readUnsignedByte();
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
    return new LinearChain(T, allowed, keys, w, trans);
  }
}
