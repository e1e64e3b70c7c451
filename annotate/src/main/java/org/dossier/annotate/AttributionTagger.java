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
 *
 * <p>Inside, the chain tells apart a span's first, inner and last tokens and a span of one token
 * (the BIOES scheme: 13 tags, {@link #toSpanTags}), so it learns where spans end as well as where
 * they begin; {@link #tag} gives the BIO tags back. On PolNeAR's validation slice this raised Cue
 * and Content exact F1 by 0.005 and 0.011 on the means of three seeds over BIO's 7 tags, every seed
 * above every BIO seed (docs/cli.md, {@code train quotes}).
 */
public final class AttributionTagger {
  /** The tags, by index: O, then B- and I- for Source (S), Cue (C) and Content (Q). */
  public static final List<String> TAGS = List.of("O", "B-S", "I-S", "B-C", "I-C", "B-Q", "I-Q");

  /**
   * The chain's tags: O, then for Source, Cue and Content in turn a span's first token, an inner
   * one, its last, and a span of one token alone.
   */
  private static final int T = 13;

  private static final int MAGIC = 0x44415433; // "DAT3"; "DAT2" was the 7-tag BIO model

  /** A span's four roles, in the order of their tags. */
  private static final int FIRST = 0;

  private static final int INNER = 1;
  private static final int LAST = 2;
  private static final int SINGLE = 3;

  /** The chain's tag of a span type (0 Source, 1 Cue, 2 Content) in a role. */
  private static int tagOf(int type, int role) {
    return 1 + 4 * type + role;
  }

  /**
   * A span that opened goes on to its inner or last token, of the same type; any other tag starts a
   * span (its first token or a single one) or is outside, and the start of a text is such a tag.
   */
  private static final boolean[] ALLOWED =
      LinearChain.table(
          T,
          (previous, next) -> {
            boolean opens = next == 0 || (next - 1) % 4 == FIRST || (next - 1) % 4 == SINGLE;
            boolean open =
                previous > 0 && ((previous - 1) % 4 == FIRST || (previous - 1) % 4 == INNER);
            return open ? !opens && (next - 1) / 4 == (previous - 1) / 4 : opens;
          });

  /** The chain's tags of BIO tags ({@link #TAGS}): each span's first, inner and last tokens. */
  static int[] toSpanTags(int[] bio) {
    int[] out = new int[bio.length];
    for (int i = 0; i < bio.length; i++) {
      if (bio[i] == 0) {
        continue;
      }
      int type = (bio[i] - 1) / 2;
      boolean goesOn = i + 1 < bio.length && bio[i + 1] == 2 + 2 * type;
      boolean begins = bio[i] % 2 == 1;
      int role = begins ? (goesOn ? FIRST : SINGLE) : (goesOn ? INNER : LAST);
      out[i] = tagOf(type, role);
    }
    return out;
  }

  /** The BIO tags ({@link #TAGS}) of the chain's tags. */
  static int[] toBio(int[] spanTags) {
    int[] out = new int[spanTags.length];
    for (int i = 0; i < spanTags.length; i++) {
      if (spanTags[i] == 0) {
        continue;
      }
      int type = (spanTags[i] - 1) / 4;
      int role = (spanTags[i] - 1) % 4;
      out[i] = 1 + 2 * type + (role == INNER || role == LAST ? 1 : 0);
    }
    return out;
  }

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
    return toBio(chain.tag(AttributionFeatures.of(doc)));
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
        // A piece ends before a token that opens no span, so its last span ends in it.
        tags.add(toSpanTags(Arrays.copyOfRange(gold.get(d), piece[0], piece[1])));
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
   * length, then for each feature a byte (two for more than 8 tags) saying which tags have a weight
   * and those weights as 16-bit steps of one size, then the transitions as floats.
   */
  public void write(OutputStream out) throws IOException {
    chain.write(out, MAGIC);
  }

  /** Reads a model {@link #write} wrote. */
  public static AttributionTagger read(InputStream in) throws IOException {
    return new AttributionTagger(LinearChain.read(in, MAGIC, T, ALLOWED, "attribution model"));
  }
}
