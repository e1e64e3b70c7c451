package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.Span;

/**
 * A text as the attribution tagger reads it: CoreNLP's tokens with their part of speech, entity tag
 * and sentence, whether each stands inside quotation marks, and what the attribution rules said of
 * it. Built once per text by the annotator, and by {@code dossier train quotes} from the same code,
 * so training and tagging see the same input.
 *
 * @param text the annotated text
 * @param tokens its tokens in text order
 */
public record AttributionDocument(String text, List<Token> tokens) {

  /** Copies the token list. */
  public AttributionDocument {
    tokens = List.copyOf(tokens);
  }

  /**
   * One token.
   *
   * @param word the token as written
   * @param lemma its lemma, lower case
   * @param pos its Penn Treebank tag
   * @param ner CoreNLP's entity tag ({@code O} for none)
   * @param start offset of its first character
   * @param end offset past its last character
   * @param sentence the index of its sentence
   * @param paragraphStart true for the first token of a paragraph
   * @param inQuote true when it stands between paired quotation marks
   * @param rule what the rules made of it: {@code B-}/{@code I-} with {@code S} (speaker), {@code
   *     C} (cue), {@code D} (direct content), {@code R} (reported content), {@code F} (quoted
   *     fragment), or {@code O}
   */
  public record Token(
      String word,
      String lemma,
      String pos,
      String ner,
      int start,
      int end,
      int sentence,
      boolean paragraphStart,
      boolean inQuote,
      String rule) {}

  /** The tagger's view of a text CoreNLP has annotated, given the rules' quotes. */
  static AttributionDocument of(String text, List<CoreMap> sentences, List<Quote> rules) {
    List<int[]> marks = QuoteMarks.find(text);
    char[] ruleRole = new char[text.length()];
    for (Quote q : rules) {
      char content =
          switch (q.kind()) {
            case DIRECT -> 'D';
            case FRAGMENT -> 'F';
            default -> 'R';
          };
      fill(ruleRole, q.content(), content);
      fill(ruleRole, q.cue(), 'C');
      fill(ruleRole, q.speaker(), 'S');
    }
    List<Token> tokens = new ArrayList<>();
    int mark = 0;
    int previousEnd = 0;
    char previousRole = 0;
    int sentenceIndex = 0;
    for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        int start = t.beginPosition();
        int end = t.endPosition();
        if (start < 0 || end > text.length() || end <= start) {
          continue;
        }
        while (mark < marks.size() && marks.get(mark)[1] < start) {
          mark++;
        }
        boolean inQuote =
            mark < marks.size() && marks.get(mark)[0] < start && start < marks.get(mark)[1];
        boolean paragraph = tokens.isEmpty() || text.substring(previousEnd, start).contains("\n\n");
        char role = ruleRole[start];
        String rule;
        if (role == 0) {
          rule = "O";
        } else {
          boolean continues =
              role == previousRole && !tokens.isEmpty() && ruleRole[previousEnd - 1] == role;
          rule = (continues ? "I-" : "B-") + role;
        }
        String word = t.originalText() == null ? t.word() : t.originalText();
        String lemma = t.lemma() == null ? word : t.lemma();
        tokens.add(
            new Token(
                word,
                lemma.toLowerCase(java.util.Locale.ROOT),
                t.tag() == null ? "-" : t.tag(),
                t.ner() == null ? "O" : t.ner(),
                start,
                end,
                sentenceIndex,
                paragraph,
                inQuote,
                rule));
        previousEnd = end;
        previousRole = role;
      }
      sentenceIndex++;
    }
    return new AttributionDocument(text, tokens);
  }

  private static void fill(char[] roles, Span span, char role) {
    if (span == null) {
      return;
    }
    for (int i = Math.max(0, span.start()); i < Math.min(roles.length, span.end()); i++) {
      roles[i] = role;
    }
  }
}
