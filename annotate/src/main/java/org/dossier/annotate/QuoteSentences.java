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
 * Pipeline#learnedProperties}): a closing quotation mark the splitter put at the start of the next
 * sentence goes back to the sentence it closes. CoreNLP's splitter tells a straight mark's side by
 * the marks of its own sentence, so the mark that closes a quotation of several sentences ('"We
 * stay. We fight." The team left.') opened none of its sentence's and starts the next one; then
 * that next sentence held the quotation's end, and a word of speech in it ("made a statement") took
 * the quotation from the speaker named before it.
 */
public final class QuoteSentences implements Annotator {
  /** The constructor CoreNLP calls for {@code customAnnotatorClass.qsplit}. */
  public QuoteSentences(String name, Properties properties) {}

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    if (sentences == null || text == null) {
      return;
    }
    List<CoreMap> kept = new ArrayList<>(sentences.size());
    boolean moved = false;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      CoreMap previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      if (previous != null && !tokens.isEmpty() && closesPrevious(text, previous, tokens.get(0))) {
        List<CoreLabel> grown =
            new ArrayList<>(previous.get(CoreAnnotations.TokensAnnotation.class));
        grown.add(tokens.get(0));
        set(text, previous, grown);
        moved = true;
        tokens = new ArrayList<>(tokens.subList(1, tokens.size()));
        if (tokens.isEmpty()) {
          continue; // the mark was all of it
        }
        set(text, sentence, tokens);
      }
      kept.add(sentence);
    }
    if (moved) {
      renumber(annotation, kept);
    }
  }

  /**
   * Whether {@code mark}, the first token of a sentence, closes a quotation of the sentence before
   * it: that sentence ends in a full stop, question or exclamation mark, and the mark is a closing
   * one ("”", "''"), or a straight one glued to that stop and followed by a space or the text's end
   * ('move on." The'), or a straight one with spaces on both sides after an odd number of straight
   * marks in its paragraph ('move on . " The').
   */
  static boolean closesPrevious(String text, CoreMap previous, CoreLabel mark) {
    List<CoreLabel> before = previous.get(CoreAnnotations.TokensAnnotation.class);
    if (before.isEmpty()) {
      return false;
    }
    CoreLabel last = before.get(before.size() - 1);
    String word = last.word();
    if (word.isEmpty() || ".!?…".indexOf(word.charAt(word.length() - 1)) < 0) {
      return false;
    }
    int at = mark.beginPosition();
    int end = mark.endPosition();
    if (at < 0 || end > text.length() || at >= end) {
      return false;
    }
    String written = text.substring(at, end);
    if (written.equals("”") || written.equals("''")) {
      return true;
    }
    if (!written.equals("\"")) {
      return false;
    }
    boolean spaceAfter = end == text.length() || Character.isWhitespace(text.charAt(end));
    if (!spaceAfter) {
      return false;
    }
    if (last.endPosition() == at) {
      return true;
    }
    int paragraph = text.lastIndexOf('\n', at) + 1;
    long marks = text.substring(paragraph, at).chars().filter(c -> c == '"').count();
    return marks % 2 == 1 && text.substring(last.endPosition(), at).isBlank();
  }

  /** Gives {@code sentence} the tokens {@code tokens}, with their offsets and text. */
  static void set(String text, CoreMap sentence, List<CoreLabel> tokens) {
    CoreLabel first = tokens.get(0);
    CoreLabel last = tokens.get(tokens.size() - 1);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, first.beginPosition());
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, last.endPosition());
    sentence.set(
        CoreAnnotations.TextAnnotation.class,
        text.substring(first.beginPosition(), last.endPosition()));
    Integer begin = first.get(CoreAnnotations.TokenBeginAnnotation.class);
    Integer end = last.get(CoreAnnotations.TokenEndAnnotation.class);
    if (begin != null && end != null) {
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, end);
    }
  }

  /**
   * The text's tokens and sentences numbered again, as the tokenizer and splitter number them,
   * after tokens moved between sentences or two tokens became one ({@link TitleSentences}).
   */
  static void renumber(Annotation annotation, List<CoreMap> sentences) {
    List<CoreLabel> all = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
      for (int i = 0; i < tokens.size(); i++) {
        CoreLabel t = tokens.get(i);
        t.setIndex(i + 1);
        t.setSentIndex(s);
        t.set(CoreAnnotations.TokenBeginAnnotation.class, all.size());
        t.set(CoreAnnotations.TokenEndAnnotation.class, all.size() + 1);
        all.add(t);
      }
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, all.size());
    }
    annotation.set(CoreAnnotations.TokensAnnotation.class, all);
    annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
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
