package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A step of the annotator's CoreNLP pipeline after the sentence splitter ({@link
 * Pipeline#learnedProperties}): an office's abbreviation before a name does not end a sentence.
 * CoreNLP's tokenizer knows "Atty.", "Sgt." and "Sen." but not "Dist." or "Dep.", so '"…," said
 * Dist. Atty. Steve Cooley.' came out as two sentences, and the speaker as "Dist". Such a word and
 * its full stop become one token again, and the sentence goes on into the next one. State names'
 * abbreviations ("Calif.") stay as CoreNLP splits them: a sentence may end with one.
 */
public final class TitleSentences implements Annotator {
  /**
   * Abbreviations of offices, written before a name or another office, that CoreNLP's tokenizer
   * (4.5) takes for a word and a full stop: "Dist. Atty.", "Dep. Dist. Atty.", "Comm.", "Chmn.".
   */
  static final Set<String> OFFICES =
      Set.of(
          "Dist", "Dep", "Comm", "Commr", "Chmn", "Secy", "Mgr", "Dir", "Exec", "Ofc", "Cpt",
          "Cdr");

  /** The constructor CoreNLP calls for {@code customAnnotatorClass.tsplit}. */
  public TitleSentences(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (sentences == null || text == null) {
      return;
    }
    List<CoreMap> kept = new ArrayList<>(sentences.size());
    boolean joined = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      CoreMap previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (previous != null && !tokens.isEmpty() && endsWithOffice(text, previous, tokens.get(0))) {
        List<CoreLabel> before = previous.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> grown = new ArrayList<>(before.subList(0, before.size() - 2));
        grown.add(abbreviation(text, before.get(before.size() - 2), before.get(before.size() - 1)));
        grown.addAll(tokens);
        QuoteSentences.set(text, previous, grown);
        joined = true;
        continue;
      }
      kept.add(sentence);
    }
    if (joined) {
      QuoteSentences.renumber(annotation, kept);
    }
  }

  /**
   * Whether a sentence ends with an office's abbreviation, its full stop written right after it,
   * and the next sentence opens with a capitalised word after a space.
   */
  private static boolean endsWithOffice(String text, CoreMap sentence, CoreLabel next) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.size() < 2) {
      return false;
    }
    CoreLabel word = tokens.get(tokens.size() - 2);
    CoreLabel stop = tokens.get(tokens.size() - 1);
    if (!OFFICES.contains(word.word())
        || !".".equals(stop.word())
        || stop.beginPosition() != word.endPosition()
        || stop.endPosition() != stop.beginPosition() + 1) {
      return false;
    }
    int at = next.beginPosition();
    return at > stop.endPosition()
        && at < text.length()
        && text.substring(stop.endPosition(), at).equals(" ")
        && Character.isUpperCase(text.charAt(at));
  }

  /** The word and its full stop as one token, as the tokenizer writes "Atty.". */
  private static CoreLabel abbreviation(String text, CoreLabel word, CoreLabel stop) {
    CoreLabel t = new CoreLabel(word);
    String written = text.substring(word.beginPosition(), stop.endPosition());
    t.setWord(written);
    t.setValue(written);
    t.setOriginalText(written);
    t.setEndPosition(stop.endPosition());
    t.setAfter(stop.after());
    return t;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(
        CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}
