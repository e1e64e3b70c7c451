package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The part-of-speech step of the annotator's CoreNLP pipeline ({@link Pipeline#learnedProperties}):
 * each sentence is tagged by the distilled {@link PosTagger}, and each word with a margin under
 * {@link PosTagger#UNSURE} takes, with the word either side, the tag CoreNLP's own tagger gives it
 * from the stretch of the sentence around it ({@link Stretches}). Sentences over {@link
 * Pipeline#MAX_SENTENCE_TOKENS} tokens get "X", as CoreNLP's step gives them.
 */
public final class PosAnnotator implements Annotator {
  private final PosTagger tagger;

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.dpos}. */
  public PosAnnotator(String name, Properties properties) {
    this(PosTagger.shipped());
  }

  PosAnnotator(PosTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      throw new IllegalArgumentException("part-of-speech tagging needs sentences; none were split");
    }
    for (CoreMap sentence : sentences) {
      tag(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  /** Tags a sentence's tokens in place. */
  void tag(List<CoreLabel> tokens) {
    if (tokens.size() > Pipeline.MAX_SENTENCE_TOKENS) {
      for (CoreLabel t : tokens) {
        t.setTag("X");
      }
      return;
    }
    String[] tags = tags(tagger, tokens, null);
    for (int i = 0; i < tags.length; i++) {
      tokens.get(i).setTag(tags[i]);
    }
  }

  /** How many words either side of an unsure word take their tags from CoreNLP's tagger. */
  private static final int CORE = 1;

  /**
   * The tags the annotator gives a sentence's words: the distilled tagger's, and CoreNLP's tagger's
   * on the stretches around the words it is unsure of ({@link Stretches}); CoreNLP's alone when
   * {@code tagger} is null. When {@code handed} is not null, its first element grows by the words
   * CoreNLP's tagger read.
   */
  static String[] tags(PosTagger tagger, List<? extends HasWord> tokens, long[] handed) {
    int n = tokens.size();
    if (tagger == null) {
      return retag(new String[n], tokens, new Stretches.Stretch(0, n, 0, n), handed);
    }
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = tokens.get(i).word();
    }
    double[] gaps = new double[n];
    String[] tags = tagger.tag(words, null, gaps);
    for (Stretches.Stretch s : Stretches.around(gaps, PosTagger.UNSURE, CORE, Stretches.CONTEXT)) {
      retag(tags, tokens, s, handed);
    }
    return tags;
  }

  /** The tags with CoreNLP's tagger's for a stretch's core, from its reading of the stretch. */
  private static String[] retag(
      String[] tags, List<? extends HasWord> tokens, Stretches.Stretch s, long[] handed) {
    List<TaggedWord> tagged =
        Pipeline.posTagger().tagSentence(tokens.subList(s.from(), s.to()), false);
    for (int i = s.coreFrom(); i < s.coreTo(); i++) {
      tags[i] = tagged.get(i - s.from()).tag();
    }
    if (handed != null) {
      handed[0] += s.to() - s.from();
    }
    return tags;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Collections.singleton(CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TextAnnotation.class,
        CoreAnnotations.TokensAnnotation.class,
        CoreAnnotations.CharacterOffsetBeginAnnotation.class,
        CoreAnnotations.CharacterOffsetEndAnnotation.class,
        CoreAnnotations.SentencesAnnotation.class);
  }
}
