package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lemma step of the annotator's CoreNLP pipeline ({@link Pipeline#learnedProperties}):
 * CoreNLP's own {@link MorphaAnnotator}, run only on the words it has not met before with that part
 * of speech. A lemma depends on the word and its tag alone, and news repeats its words, so most
 * tokens are looked up; CoreNLP's finite-state lemmatiser took 3.5 % of an ingest's profile.
 */
public final class LemmaAnnotator implements Annotator {
  /** Distinct words and tags kept; past it new ones are lemmatised each time, never stored. */
  static final int CAPACITY = 200_000;

  private static final Map<String, String> LEMMAS = new ConcurrentHashMap<>();

  private final MorphaAnnotator morpha = new MorphaAnnotator(false);

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.clemma}. */
  public LemmaAnnotator(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      throw new IllegalArgumentException("lemmas need sentences; none were split");
    }
    List<CoreLabel> unseen = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      for (CoreLabel token : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        String lemma = LEMMAS.get(key(token));
        if (lemma == null) {
          unseen.add(token);
        } else {
          token.setLemma(lemma);
        }
      }
    }
    if (unseen.isEmpty()) {
      return;
    }
    // CoreNLP's step over the unseen tokens alone, as one sentence: it sets their lemmas in place.
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, unseen);
    Annotation rest = new Annotation("");
    rest.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    morpha.annotate(rest);
    for (CoreLabel token : unseen) {
      if (LEMMAS.size() < CAPACITY && token.lemma() != null) {
        LEMMAS.putIfAbsent(key(token), token.lemma());
      }
    }
  }

  private static String key(CoreLabel token) {
    return token.word() + '\u0000' + token.tag();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return morpha.requirementsSatisfied();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Collections.unmodifiableSet(morpha.requires());
  }
}
