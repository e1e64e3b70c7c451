package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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
 * each sentence is tagged by the distilled {@link PosTagger}, and a sentence whose least sure word
 * has a margin under {@link PosTagger#UNSURE} is tagged again by CoreNLP's own tagger, as its
 * {@code pos} step would. Sentences over {@link Pipeline#MAX_SENTENCE_TOKENS} tokens get "X", as
 * CoreNLP's step gives them.
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
    if (tagger != null) {
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).word();
      }
      double[] margin = new double[1];
      String[] tags = tagger.tag(words, margin);
      if (margin[0] >= PosTagger.UNSURE) {
        for (int i = 0; i < tags.length; i++) {
          tokens.get(i).setTag(tags[i]);
        }
        return;
      }
    }
    List<TaggedWord> tagged = Pipeline.posTagger().tagSentence(tokens, false);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).setTag(tagged.get(i).tag());
    }
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
