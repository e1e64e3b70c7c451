package org.dossier.annotate;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A learned attribution tagger: a {@link LinearChain} over {@link AttributionFeatures} that marks
 * each token as outside, or beginning or inside a Source, Cue or Content span ({@link #TAGS}), and
 * a second chain that tags again, reading also what the first tagged around each token ({@link
 * AttributionFeatures#stacked}): a cue the first pass found between two contents, a source it found
 * before a cue, whether the sentence before holds content (annotator version 49; on the validation
 * slice +0.012/+0.005/+0.004 Source/Cue/Content exact F1, the means of three seeds).
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

  /**
   * The file's magic number: "DAT5", one or two chains (the second pass) and the cue lexicon;
   * "DAT4" had no lexicon (and is still read, with none), "DAT3" was one chain alone, "DAT2" the
   * 7-tag BIO model.
   */
  private static final int MAGIC = 0x44415435;

  private static final int MAGIC_WITHOUT_LEXICON = 0x44415434;

  /** The magic number of each chain in the file. */
  private static final int CHAIN_MAGIC = 0x44415443; // "DATC"

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

  /** The second pass, over the first pass's tags ({@link AttributionFeatures#stacked}), or null. */
  private final LinearChain second;

  /** How often each lemma stood in a cue in the training texts. */
  private final CueLexicon lexicon;

  private AttributionTagger(LinearChain chain, LinearChain second, CueLexicon lexicon) {
    this.chain = chain;
    this.second = second;
    this.lexicon = lexicon;
  }

  /**
   * How often each lemma stood in a cue in the training texts ({@link CueLexicon#NONE} if unknown).
   */
  CueLexicon lexicon() {
    return lexicon;
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
    return chain.features() + (second == null ? 0 : second.features());
  }

  /**
   * The most likely tag of every token, as indexes into {@link #TAGS}: the first pass's, then the
   * second pass's over them when the model has one.
   */
  public int[] tag(AttributionDocument doc) {
    int[][] features = AttributionFeatures.of(doc);
    int[] tags = toBio(chain.tag(features));
    if (second != null) {
      tags = toBio(second.tag(AttributionFeatures.stacked(doc, features, tags)));
    }
    return tags;
  }

  /**
   * The fewest tokens of a training piece: the perceptron learns from pieces of documents, each at
   * least this long ({@link #pieces}).
   */
  static final int PIECE_TOKENS = 100;

  /**
   * How many parts the training documents are cut into for the second pass: each part's first-pass
   * tags come from a first pass trained on the other parts, so the second pass learns from tags as
   * wrong as they will be on texts the first pass never saw (tags of its own training texts are
   * right more often, and a second pass trained on them trusted them too much: on the validation
   * slice, 0.665/0.616/0.552 Source/Cue/Content exact F1 against 0.672/0.618/0.554 with four
   * parts).
   */
  static final int FOLDS = 4;

  /**
   * The share of each shipped chain's non-zero weights kept, the largest ({@link
   * LinearChain#strongest}), so that the model file stays under 5 MB. With one training order 0.4
   * of them made 4.7 MB (9.3 MB with every weight) and moved the validation slice from 0.672 /
   * 0.618 / 0.554 to 0.673 / 0.622 / 0.551 (seed 17; 0.35 of them, with the left-out first passes
   * pruned too, lost Source: 0.662). The mean of {@link #ORDERS} holds more features, and 0.4 of
   * its weights made 5.5 MB; 0.34 of them made 4.8 MB. Trained on all 840 texts of PolNeAR train
   * (annotator version 100) 0.34 made 5.1 MB; 0.32 make 4.9 MB. The left-out first passes keep all
   * theirs.
   */
  static final double KEPT_WEIGHTS = 0.32;

  /**
   * How many orders of the training pieces each chain is trained in (seeds {@code seed} up), its
   * weights the mean of theirs ({@link LinearChain#mean}). One order alone moved the validation
   * slice by up to 0.011 from one retrain to the next; the mean of three lifted it from 0.678 /
   * 0.623 / 0.559 to 0.685 / 0.629 / 0.566 (Source / Cue / Content exact F1) and train from 0.7625
   * / 0.7186 / 0.6470 to 0.7649 / 0.7213 / 0.6507 (with {@link #KEPT_WEIGHTS} at 0.4; at 0.34, to
   * keep the file under 5 MB, 0.687 / 0.631 / 0.565 and 0.7644 / 0.7205 / 0.6494), for training
   * about two and a half times as long.
   */
  static final int ORDERS = 3;

  /**
   * Trains a tagger in two passes: features seen fewer than {@code minCount} times are dropped,
   * then {@code epochs} passes of the averaged perceptron over the documents' {@link #pieces} in an
   * order shuffled with {@code seed}; then the second pass the same way, over each token's features
   * and what the first pass tagged around it ({@link AttributionFeatures#stacked}), those tags
   * coming from first passes trained without the document ({@link #FOLDS}). The same input and seed
   * give the same model, byte for byte.
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
    List<int[][]> features = docs.stream().map(AttributionFeatures::of).toList();
    List<int[]> spanTags = gold.stream().map(AttributionTagger::toSpanTags).toList();
    log.accept("first pass over " + docs.size() + " documents");
    LinearChain first =
        trainChain(docs, gold, features, spanTags, d -> true, epochs, minCount, seed, log);
    // The first passes without each part train side by side; each is deterministic on its own.
    Consumer<String> quiet = line -> {};
    List<LinearChain> without =
        IntStream.range(0, FOLDS)
            .parallel()
            .mapToObj(
                f ->
                    trainChain(
                        docs,
                        gold,
                        features,
                        spanTags,
                        d -> d % FOLDS != f,
                        epochs,
                        minCount,
                        seed,
                        quiet))
            .toList();
    List<int[][]> stacked = new ArrayList<>(docs.size());
    for (int d = 0; d < docs.size(); d++) {
      int[] predicted = toBio(without.get(d % FOLDS).tag(features.get(d)));
      stacked.add(AttributionFeatures.stacked(docs.get(d), features.get(d), predicted));
    }
    log.accept(
        "second pass over the first pass's tags (first passes without each of "
            + FOLDS
            + " parts)");
    LinearChain second =
        trainChain(docs, gold, stacked, spanTags, d -> true, epochs, minCount, seed, log);
    return new AttributionTagger(
        first.strongest(KEPT_WEIGHTS),
        second.strongest(KEPT_WEIGHTS),
        CueLexicon.count(docs, gold));
  }

  /** A chain trained on the {@link #pieces} of the documents {@code use} accepts. */
  private static LinearChain trainChain(
      List<AttributionDocument> docs,
      List<int[]> gold,
      List<int[][]> features,
      List<int[]> spanTags,
      IntPredicate use,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    List<int[][]> hashed = new ArrayList<>();
    List<int[]> tags = new ArrayList<>();
    for (int d = 0; d < docs.size(); d++) {
      if (!use.test(d)) {
        continue;
      }
      for (int[] piece : pieces(docs.get(d).tokens(), gold.get(d))) {
        hashed.add(Arrays.copyOfRange(features.get(d), piece[0], piece[1]));
        // A piece ends before a token that opens no span, so its last span ends in it.
        tags.add(Arrays.copyOfRange(spanTags.get(d), piece[0], piece[1]));
      }
    }
    log.accept(hashed.size() + " training pieces");
    List<LinearChain> chains = new ArrayList<>(ORDERS);
    for (int o = 0; o < ORDERS; o++) {
      // LinearChain.train empties the list it is given.
      chains.add(
          LinearChain.train(
              T, ALLOWED, new ArrayList<>(hashed), tags, epochs, minCount, seed + o, log));
    }
    return LinearChain.mean(chains);
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
   * Writes the model, gzip-compressed: its magic number, how many passes it has, then each pass's
   * chain as {@link LinearChain#writeTo} writes it (the sorted feature hashes as gaps in variable
   * length, for each feature a mask of the tags with a weight and those weights as 16-bit steps,
   * then the transitions), then the cue lexicon ({@link CueLexicon#writeTo}).
   */
  public void write(OutputStream out) throws IOException {
    LinearChain.compressed(
        out,
        data -> {
          data.writeInt(MAGIC);
          data.writeByte(second == null ? 1 : 2);
          chain.writeTo(data, CHAIN_MAGIC);
          if (second != null) {
            second.writeTo(data, CHAIN_MAGIC);
          }
          lexicon.writeTo(data);
        });
  }

  /** Reads a model {@link #write} wrote. */
  public static AttributionTagger read(InputStream in) throws IOException {
    DataInputStream data = LinearChain.decompressed(in);
    String what = "attribution model";
    int magic = data.readInt();
    if (magic != MAGIC && magic != MAGIC_WITHOUT_LEXICON) {
      throw new IOException("not an " + what + " of this version (bad magic number)");
    }
    int passes = data.readUnsignedByte();
    if (passes != 1 && passes != 2) {
      throw new IOException(what + " claims " + passes + " passes");
    }
    LinearChain first = LinearChain.readFrom(data, CHAIN_MAGIC, T, ALLOWED, what);
    LinearChain second =
        passes == 2 ? LinearChain.readFrom(data, CHAIN_MAGIC, T, ALLOWED, what) : null;
    CueLexicon lexicon = magic == MAGIC ? CueLexicon.readFrom(data, what) : CueLexicon.NONE;
    return new AttributionTagger(first, second, lexicon);
  }
}
