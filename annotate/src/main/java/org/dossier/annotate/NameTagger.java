package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
  private static final int MAGIC = 0x444e5431; // "DNT1"
  private static final boolean[] ALLOWED = LinearChain.table(T, (previous, next) -> true);

  /** The shipped model, a resource beside this class. */
  public static final String RESOURCE = "name-tagger.bin.gz";

  private final LinearChain chain;
  private final WordClusters clusters;

  private NameTagger(LinearChain chain, WordClusters clusters) {
    this.chain = chain;
    this.clusters = clusters;
  }

  private static final class Shipped {
    static final NameTagger MODEL = load();

    private static NameTagger load() {
      InputStream model = NameTagger.class.getResourceAsStream(RESOURCE);
      InputStream words = NameTagger.class.getResourceAsStream(WordClusters.RESOURCE);
      if (model == null || words == null) {
        return null;
      }
      try (model;
          words) {
        return read(model, WordClusters.read(words));
      } catch (IOException e) {
        throw new UncheckedIOException("the shipped name model " + RESOURCE, e);
      }
    }
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
   * Below this margin ({@link #tag(String[], String[], double[])}) a sentence's names are left to
   * CoreNLP's CRF models: on the training's held-out texts ({@code dossier train names} prints the
   * curve), the smallest of the margins tried whose agreement with the CRF models reaches 0.97,
   * with about half of the tokens handed over. The system property {@code dossier.names.unsure}
   * sets another (0: the tagger alone).
   */
  public static final double UNSURE =
      Double.parseDouble(System.getProperty("dossier.names.unsure", "32"));

  /**
   * The tag of every token of a sentence, and in {@code margin[0]} how sure the tagger is of the
   * token it is least sure of (the gap between its two best tags' scores).
   */
  public int[] tag(String[] words, String[] pos, double[] margin) {
    return chain.tag(NameFeatures.of(words, pos, clusters), margin);
  }

  /**
   * Trains a tagger on sentences: features seen fewer than {@code minCount} times are dropped, then
   * {@code epochs} passes of the averaged perceptron in an order shuffled with {@code seed}. The
   * same input and seed give the same model, byte for byte.
   *
   * @param words each sentence's words
   * @param pos each sentence's part-of-speech tags
   * @param gold each sentence's tag indexes
   */
  public static NameTagger train(
      List<String[]> words,
      List<String[]> pos,
      List<int[]> gold,
      WordClusters clusters,
      int epochs,
      int minCount,
      long seed,
      Consumer<String> log) {
    List<int[][]> hashed = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      hashed.add(NameFeatures.of(words.get(i), pos.get(i), clusters));
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
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    Pipeline.teacher().annotate(doc);
    List<Labelled> out = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.isEmpty() || tokens.size() > Pipeline.MAX_SENTENCE_TOKENS) {
        continue;
      }
      int[] tags = new int[tokens.size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = Math.max(0, TAGS.indexOf(tokens.get(i).ner()));
      }
      out.add(new Labelled(words(tokens), pos(tokens), tags));
    }
    return out;
  }

  /** The words of a sentence's tokens. */
  static String[] words(List<CoreLabel> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).word();
    }
    return out;
  }

  /** The part-of-speech tags of a sentence's tokens ("" where there is none). */
  static String[] pos(List<CoreLabel> tokens) {
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
