package org.dossier.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A learned attribution tagger: a {@link LinearChain} over {@link AttributionFeatures} that marks
 * each token as outside, or beginning or inside a Source, Cue or Content span ({@link #TAGS}).
 */
public final class AttributionTagger {
  /** The tags, by index: O, then B- and I- for Source (S), Cue (C) and Content (Q). */
  public static final List<String> TAGS = List.of("O", "B-S", "I-S", "B-C", "I-C", "B-Q", "I-Q");

  private static final int T = 7;
  private static final int MAGIC = 0x44415432; // "DAT2"

  /** An inside tag only after the beginning or the inside of the same span. */
  private static final boolean[] ALLOWED =
      LinearChain.table(
          T,
          (previous, next) ->
              !(next == 2 || next == 4 || next == 6) || previous == next || previous == next - 1);

  /** The shipped model, a resource beside this class. */
  public static final String RESOURCE = "attribution-tagger.bin.gz";

  private final LinearChain chain;

  private AttributionTagger(LinearChain chain) {
    this.chain = chain;
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
    return chain.features();
  }

  /** The most likely tag of every token, as indexes into {@link #TAGS}. */
  public int[] tag(AttributionDocument doc) {
    return chain.tag(AttributionFeatures.of(doc));
  }

  /**
   * The fewest tokens of a training piece: the perceptron learns from pieces of documents, each at
   * least this long ({@link #pieces}).
   */
  static final int PIECE_TOKENS = 100;

  /**
   * Trains a tagger: features seen fewer than {@code minCount} times are dropped, then {@code
   * epochs} passes of the averaged perceptron over the documents' {@link #pieces} in an order
   * shuffled with {@code seed}. The same input and seed give the same model, byte for byte.
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
    List<int[][]> hashed = new ArrayList<>();
    List<int[]> tags = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      int[][] features = AttributionFeatures.of(docs.get(d));
      for (int[] piece : pieces(docs.get(d).tokens(), gold.get(d))) {
        hashed.add(Arrays.copyOfRange(features, piece[0], piece[1]));
        tags.add(Arrays.copyOfRange(gold.get(d), piece[0], piece[1]));
      }
    }
    log.accept(hashed.size() + " training pieces of " + docs.size() + " documents");
    return new AttributionTagger(
        LinearChain.train(T, ALLOWED, hashed, tags, epochs, minCount, seed, log));
  }

  /**
   * A document cut for training, as {@code [from, to)} token ranges: each piece ends where a
   * paragraph begins that no gold span runs into (its first token outside or beginning a span),
   * once it holds at least {@link #PIECE_TOKENS} tokens; the last piece takes what is left. The
   * perceptron then updates its weights after each piece, not once a document: on PolNeAR's
   * validation slice Source and Content exact F1 rose by about 0.015 each over three seeds, Cue
   * stayed level (docs/cli.md, {@code train quotes}). Tagging still reads whole documents.
   */
  static List<int[]> pieces(List<AttributionDocument.Token> tokens, int[] gold) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < tokens.size(); i++) {
      boolean opens = gold[i] == 0 || gold[i] % 2 == 1;
      if (i - from >= PIECE_TOKENS && tokens.get(i).paragraphStart() && opens) {
        out.add(new int[] {from, i});
        from = i;
      }
    }
    if (from < tokens.size()) {
      out.add(new int[] {from, tokens.size()});
    }
    return out;
  }

  /**
   * Writes the model, gzip-compressed and compact: the sorted feature hashes as gaps in variable
   * length, then for each feature a byte saying which tags have a weight and those weights as
   * 16-bit steps of one size, then the transitions as floats.
   */
  public void write(OutputStream out) throws IOException {
    chain.write(out, MAGIC);
  }

  /** Reads a model {@link #write} wrote. */
  public static AttributionTagger read(InputStream in) throws IOException {
    return new AttributionTagger(LinearChain.read(in, MAGIC, T, ALLOWED, "attribution model"));
  }
}
