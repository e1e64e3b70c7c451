package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A fast name tagger distilled from CoreNLP's CRF NER: a {@link LinearChain} over {@link
 * NameFeatures} that marks each token as outside a name or inside a person's, an organisation's, a
 * place's or another name ({@link #TAGS}, CoreNLP's own tags and its IO convention). It is trained
 * by {@code dossier train names} on what CoreNLP's 3-class and CoNLL 4-class models say of news
 * texts, and runs at tens of times their speed; {@code dossier eval entities} measures how far the
 * two agree.
 */
public final class NameTagger {
  /** The tags, by index, as CoreNLP writes them. */
  public static final List<String> TAGS =
      List.of("O", "PERSON", "ORGANIZATION", "LOCATION", "MISC");

  private static final int T = 5;

  /** The index of other names ("MISC") in {@link #TAGS}. */
  private static final int MISC = 4;

  /** Tokens tagged by {@link #tagSentence}, and those of them in sentences the CRF model tagged. */
  private static final LongAdder TAGGED = new LongAdder();

  private static final LongAdder TO_CRF = new LongAdder();

  private static final int MAGIC = 0x444e5431; // "DNT1"
  private static final boolean[] ALLOWED = LinearChain.table(T, (previous, next) -> true);

  /** The shipped model, a resource beside this class. */
  public static final String RESOURCE = "name-tagger.bin.gz";

  private final LinearChain chain;
  private final WordClusters clusters;

  private NameTagger(LinearChain chain, WordClusters clusters) {
    this.chain = chain;
    this.clusters = clusters;
    this.startScores = wordScores(null, NameFeatures.START, NameFeatures.START, NameFeatures.START);
    this.endScores = wordScores(null, NameFeatures.END, NameFeatures.END, NameFeatures.END);
  }

  private static final class Shipped {
    static final NameTagger MODEL =
        WordClusters.shippedModel(RESOURCE, "name model", NameTagger::read);
  }

  /** The model that ships in the jar, or null when this build has none (CoreNLP's CRFs then). */
  public static NameTagger shipped() {
    return Shipped.MODEL;
  }

  /** The number of features with a weight. */
  public int features() {
    return chain.features();
  }

  /** The tag of every token of a sentence, as indexes into {@link #TAGS}. */
  public int[] tag(String[] words, String[] pos) {
    return chain.tag(NameFeatures.of(words, pos, clusters));
  }

  /**
   * Below this margin ({@link #tag(String[], String[], double[])}) a word's name is left to
   * CoreNLP's CRF model, which tags it and three words either side of it from a stretch of the
   * sentence around them ({@link Stretches}, {@link #withCrf}). Up to annotator version 14 whole
   * sentences were handed over below margin 32: the smallest of the margins tried ({@code dossier
   * train names} prints the curve) whose agreement with the CRF models reached 0.97, with about
   * half of the tokens read by the CRF model. With stretches, margin 48 gives the same agreement
   * with two fifths of the tokens: span-and-type F1 0.981 on 100 PolNeAR train texts against 0.982
   * (32 gave 0.979 with a quarter). Since annotator version 21 a word the tagger hesitates over
   * only between no name and another name stays with the tagger ({@link #crfGap}): on the same
   * texts the same F1 with 31 % of the tokens read by the model instead of 42 %. The system
   * property {@code dossier.names.unsure} sets another margin (0: the tagger alone).
   */
  public static final double UNSURE =
      Double.parseDouble(System.getProperty("dossier.names.unsure", "48"));

  /**
   * The tag of every token of a sentence, and in {@code margin[0]} how sure the tagger is of the
   * token it is least sure of ({@link #crfGap}: the gap between its two best answers' scores).
   */
  public int[] tag(String[] words, String[] pos, double[] margin) {
    return tag(words, pos, margin, null);
  }

  /**
   * {@link #tag(String[], String[], double[])}, and when {@code gaps} is not null, each token's gap
   * ({@link #crfGap}) in it.
   */
  int[] tag(String[] words, String[] pos, double[] margin, double[] gaps) {
    int n = words.length;
    NameFeatures.Forms forms = NameFeatures.Forms.of(words, clusters);
    String[] lower = forms.lower();
    String[] shape = forms.shape();
    String[] cluster = forms.cluster();
    double[][] parts = new double[n][];
    for (int i = 0; i < n; i++) {
      parts[i] = wordScores(words[i], lower[i], shape[i], cluster[i]);
    }
    double[][] scores = new double[n][T];
    int[] own = new int[NameFeatures.CONTEXT_FEATURES];
    for (int i = 0; i < n; i++) {
      double[] self = parts[i];
      double[] before1 = i >= 1 ? parts[i - 1] : startScores;
      double[] before2 = i >= 2 ? parts[i - 2] : startScores;
      double[] after1 = i + 1 < n ? parts[i + 1] : endScores;
      double[] after2 = i + 2 < n ? parts[i + 2] : endScores;
      double[] row = scores[i];
      for (int t = 0; t < T; t++) {
        row[t] =
            self[t] + before1[T + t] + after1[2 * T + t] + before2[3 * T + t] + after2[4 * T + t];
      }
      int k = NameFeatures.context(own, i, words, lower, shape, cluster, pos);
      chain.addWeights(row, 0, own, k);
    }
    return chain.tagScores(scores, margin, gaps, NameTagger::crfGap);
  }

  /**
   * How sure the tagger is of what the CRF model would decide for a token: the gap between the
   * scores of its two best answers among no name, a person, an organisation and a place. Outside a
   * name and another name ("MISC") count as one answer, scored as the better of the two: the
   * 3-class model knows no other names, and where it finds none the tagger's own are kept ({@link
   * #withOtherNames}), so a word the tagger hesitates over between those two alone would come back
   * from the model as it went.
   */
  static double crfGap(double[] row) {
    return LinearChain.gap(new double[] {Math.max(row[0], row[MISC]), row[1], row[2], row[3]});
  }

  /**
   * The tags and margin of {@link #tag(String[], String[], double[])} from every feature of {@link
   * NameFeatures#of} looked up anew: the definition the kept shares of words must give, for tests.
   */
  int[] tagFromFeatures(String[] words, String[] pos, double[] margin) {
    return chain.tag(NameFeatures.of(words, pos, clusters), margin, NameTagger::crfGap);
  }

  /**
   * How many words' shares of the scores are kept ({@link #wordScores}): the words news uses most
   * come first.
   */
  private static final int CACHED_WORDS = 50_000;

  private final java.util.concurrent.ConcurrentHashMap<String, double[]> cached =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The scores a sentence's start or end gives the words near it, as {@link #wordScores}. */
  private final double[] startScores;

  private final double[] endScores;

  /**
   * A word's share of the tags' scores wherever it stands, from the features that read that word
   * alone ({@link NameFeatures}): five rows of one score per tag, for the word tagged itself, then
   * the word one before it, one after, two before and two after. The same words come back all the
   * time, so the shares are kept for the first {@link #CACHED_WORDS} words.
   *
   * @param word the word as written; null for a sentence's start or end, which the other arguments
   *     name
   */
  private double[] wordScores(String word, String lower, String shape, String cluster) {
    double[] kept = word == null ? null : cached.get(word);
    if (kept != null) {
      return kept;
    }
    double[] out = new double[5 * T];
    int[] b = new int[NameFeatures.WORD_FEATURES];
    if (word != null) {
      chain.addWeights(out, 0, b, NameFeatures.word(b, word, lower, shape, cluster));
    }
    String edge = word == null ? lower : word;
    for (int place = 1; place <= 4; place++) {
      chain.addWeights(out, place * T, b, NameFeatures.neighbour(b, place, edge, lower, cluster));
    }
    if (word != null && cached.size() < CACHED_WORDS) {
      cached.putIfAbsent(word, out);
    }
    return out;
  }

  /**
   * Tags the names of a sentence's tokens, on the tokens themselves, as CoreNLP's NER would: the
   * stretches around the words the tagger is unsure of ({@link #UNSURE}) go to CoreNLP's CRF model
   * ({@link #withCrf}), and a name's tag takes the place of a number's ("Apollo 11"). Sentences too
   * long to be tagged are left as they are.
   */
  void tagSentence(List<CoreLabel> tokens) {
    if (tokens.isEmpty() || tokens.size() > Pipeline.MAX_SENTENCE_TOKENS) {
      return;
    }
    double[] gaps = new double[tokens.size()];
    int[] tags = tag(words(tokens), pos(tokens), null, gaps);
    TAGGED.add(tags.length);
    for (Stretches.Stretch s : Stretches.around(gaps, UNSURE, CORE, Stretches.CONTEXT)) {
      TO_CRF.add(s.to() - s.from());
      tags = withCrf(tokens, tags, s);
    }
    // A hyphen written inside a name joins its halves, as the CRF models have it:
    // "Claire Dubois-Lambert" is one person, not "Claire Dubois" and "Lambert".
    for (int i = 1; i + 1 < tags.length; i++) {
      if (tags[i] == 0
          && tags[i - 1] != 0
          && tags[i - 1] == tags[i + 1]
          && tokens.get(i).word().equals("-")
          && tokens.get(i).beginPosition() == tokens.get(i - 1).endPosition()
          && tokens.get(i + 1).beginPosition() == tokens.get(i).endPosition()) {
        tags[i] = tags[i - 1];
      }
    }
    for (int i = 0; i < tags.length; i++) {
      if (tags[i] != 0) {
        tokens.get(i).setNER(TAGS.get(tags[i]));
      }
    }
  }

  /**
   * How many words either side of an unsure word take their names from the CRF model: a name's next
   * word is as likely to be unsure as the word itself, and a name runs on past its core ({@link
   * #withCrf}).
   */
  private static final int CORE = 3;

  /**
   * The tags with those of CoreNLP's 3-class CRF model over a stretch of the sentence ({@link
   * Stretches}) in its core, the tagger's other names added as {@link #withOtherNames} adds them. A
   * name the CRF model finds across the core's edge is taken whole, as far as the stretch reaches,
   * so that no name is cut where the core ends.
   */
  private static int[] withCrf(List<CoreLabel> tokens, int[] tags, Stretches.Stretch s) {
    // On copies: the classifier writes over the tokens' own tags (the numeric classifiers').
    List<CoreLabel> copies = new ArrayList<>(s.to() - s.from());
    for (CoreLabel t : tokens.subList(s.from(), s.to())) {
      copies.add(forCrf(t));
    }
    List<CoreLabel> answers = Pipeline.crf().classify(copies);
    int[] crf = new int[copies.size()];
    for (int i = 0; i < crf.length; i++) {
      crf[i] = index(answers.get(i).get(CoreAnnotations.AnswerAnnotation.class));
    }
    int[] merged = withOtherNames(crf, Arrays.copyOfRange(tags, s.from(), s.to()));
    int from = s.coreFrom() - s.from();
    int to = s.coreTo() - s.from();
    while (from > 0 && merged[from] != 0 && merged[from - 1] == merged[from]) {
      from--;
    }
    while (to < merged.length && to > 0 && merged[to - 1] != 0 && merged[to] == merged[to - 1]) {
      to++;
    }
    int[] out = tags.clone();
    System.arraycopy(merged, from, out, s.from() + from, to - from);
    return out;
  }

  /**
   * A token as the CRF model reads it: its word and part of speech, nothing else. A CoreNLP token
   * finds an annotation by looking through all of its own, one by one, and the model's feature
   * factory asks each token for a dozen, some of which it never has; a whole copy of a token from
   * the pipeline (twenty annotations and more) made those lookups most of the model's time.
   */
  static CoreLabel forCrf(CoreLabel t) {
    CoreLabel copy = new CoreLabel(4);
    copy.set(CoreAnnotations.TextAnnotation.class, t.get(CoreAnnotations.TextAnnotation.class));
    String tag = t.get(CoreAnnotations.PartOfSpeechAnnotation.class);
    if (tag != null) {
      copy.set(CoreAnnotations.PartOfSpeechAnnotation.class, tag);
    }
    return copy;
  }

  /**
   * How many tokens this JVM has tagged names on with {@link #tagSentence}, and how many of those
   * were in sentences handed to the CRF model: {tagged, handed over}.
   */
  public static long[] handedOver() {
    return new long[] {TAGGED.sum(), TO_CRF.sum()};
  }

  /**
   * The names of the 3-class CRF model ({@code crf}; any other name there is dropped) with the
   * other names ("MISC") of the tagger's own tags ({@code own}) where that model tagged none of
   * their tokens, as CoreNLP's combiner adds the CoNLL 4-class model's: the 3-class model knows no
   * other names, and the combined models' tags without them are the 3-class model's.
   */
  public static int[] withOtherNames(int[] crf, int[] own) {
    int[] out = crf.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == MISC) {
        out[i] = 0;
      }
    }
    for (int[] run : runs(own)) {
      boolean free = run[2] == MISC;
      for (int k = run[0]; free && k < run[1]; k++) {
        free = out[k] == 0;
      }
      if (free) {
        Arrays.fill(out, run[0], run[1], MISC);
      }
    }
    return out;
  }

  /** The index in {@link #TAGS} of a CoreNLP tag; 0 (outside a name) for any other tag or none. */
  static int index(String tag) {
    return Math.max(0, TAGS.indexOf(tag));
  }

  /**
   * The names in a sequence of tag indexes, as CoreNLP groups them: each run of one name tag, as
   * {from, to (exclusive), tag}.
   */
  public static List<int[]> runs(int[] tags) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < tags.length) {
      if (tags[i] == 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tags.length && tags[j] == tags[i]) {
        j++;
      }
      out.add(new int[] {i, j, tags[i]});
      i = j;
    }
    return out;
  }

  /**
   * Trains a tagger on labelled sentences: features seen fewer than {@code minCount} times are
   * dropped, then {@code epochs} passes of the averaged perceptron in an order shuffled with {@code
   * seed}. The same input and seed give the same model, byte for byte.
   */
  public static NameTagger train(
      List<Labelled> sentences,
      WordClusters clusters,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    List<int[][]> hashed = new ArrayList<>(sentences.size());
    List<int[]> gold = new ArrayList<>(sentences.size());
    for (Labelled s : sentences) {
      hashed.add(NameFeatures.of(s.words(), s.pos(), clusters));
      gold.add(s.tags());
    }
    return new NameTagger(
        LinearChain.train(T, ALLOWED, hashed, gold, epochs, minCount, seed, log), clusters);
  }

  /** One sentence as CoreNLP's CRF NER labelled it: words, part-of-speech tags, tag indexes. */
  public record Labelled(String[] words, String[] pos, int[] tags) {}

  /**
   * The sentences of a text with the names CoreNLP's CRF NER ({@link Pipeline#teacher}) gives them:
   * what the tagger learns from. Sentences too long to be tagged are left out.
   */
  public static List<Labelled> teacher(String text) {
    List<Labelled> out = new ArrayList<>();
    for (List<CoreLabel> tokens : Pipeline.taughtSentences(Pipeline.teacher(), text)) {
      int[] tags = new int[tokens.size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = index(tokens.get(i).ner());
      }
      out.add(new Labelled(words(tokens), pos(tokens), tags));
    }
    return out;
  }

  /** The words of a sentence's tokens. */
  private static String[] words(List<CoreLabel> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).word();
    }
    return out;
  }

  /** The part-of-speech tags of a sentence's tokens ("" where there is none). */
  private static String[] pos(List<CoreLabel> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      String t = tokens.get(i).tag();
      out[i] = t == null ? "" : t;
    }
    return out;
  }

  /** Writes the model (not its clusters), as {@link AttributionTagger#write} does. */
  public void write(OutputStream out) throws IOException {
    chain.write(out, MAGIC);
  }

  /** Writes the word clusters, the model's second file. */
  public void writeClusters(OutputStream out) throws IOException {
    clusters.write(out);
  }

  /** Reads a model {@link #write} wrote, with its clusters. */
  static NameTagger read(InputStream in, WordClusters clusters) throws IOException {
    return new NameTagger(LinearChain.read(in, MAGIC, T, ALLOWED, "name model"), clusters);
  }
}
