package org.dossier.annotate;

import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * Keeps what SUTime learns of one time expression on that expression, so that the value a sentence
 * gets does not depend on what was annotated before it.
 *
 * <p>SUTime's rules tag an expression's value with the tense around it ("had filed … by Wednesday":
 * resolve to the past; "will … Wednesday": to the future), and the resolution reads that tag. But
 * the value of "Wednesday" is one object that every sentence shares, bound once when the rules
 * load, so the tag stays on it: after "The announcement on Wednesday surprised many" a later "by
 * Wednesday" in another article, with no tense of its own around it, resolved to the past too
 * (CoreNLP issue 1061, open since 2020). The same article came out with other dates after other
 * articles, and two threads could read each other's tags. Here each expression gets a copy of its
 * value, tags and all, before each stage of rules runs, so the tags land on the copy.
 *
 * <p>NOTE: like {@link TimeRuleGuards}, and through its {@link TimeRuleGuards#ruleLists}, this
 * reaches SUTime's rule stages through fields that are not public; when they cannot be read, {@link
 * #isolate} says so and changes nothing.
 */
final class TimeValues {
  private TimeValues() {}

  /**
   * Puts the copying in front of every stage's composite rules: the rules over the chunks the
   * stages so far made, where time expressions stand (a sentence's tokens never carry one; counted
   * over the 150 ECB+ texts of the smoke corpus: 0 of 40,242 tokens, 6,497 of 78,692 chunks).
   *
   * @return how many rule lists got it; 0 when SUTime's fields could not be read
   */
  @SuppressWarnings("unchecked")
  static int isolate(TimeAnnotator annotator) {
    try {
      int wrapped = 0;
      for (TimeRuleGuards.RuleList list :
          TimeRuleGuards.ruleLists(annotator, "compositeExtractRule")) {
        Object rules = list.get();
        if (rules != null) {
          list.set(new Owned<>((SequenceMatchRules.ExtractRule<List<?>, Object>) rules));
          wrapped++;
        }
      }
      return wrapped;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * A stage's composite rules, run once the time expressions they read hold values of their own.
   */
  private record Owned<O>(SequenceMatchRules.ExtractRule<List<?>, O> rules)
      implements SequenceMatchRules.ExtractRule<List<?>, O> {
    @Override
    public boolean extract(List<?> chunks, List<O> out) {
      chunks.forEach(TimeValues::own);
      return rules.extract(chunks, out);
    }
  }

  /** Gives the time expression on a chunk, if any, a copy of its value. */
  private static void own(Object chunk) {
    if (!(chunk instanceof CoreMap m)) {
      return;
    }
    TimeExpression te = m.get(TimeExpression.Annotation.class);
    if (te != null && te.value != null && te.value.getClass() == Expressions.PrimitiveValue.class) {
      te.value = copy(te.value);
    }
  }

  /** A value of the same type, holding the same object, with a copy of its tags. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Value copy(Value value) {
    Value out = new Expressions.PrimitiveValue(value.getType(), value.get());
    Tags tags = value.getTags();
    if (tags != null) {
      Tags own = new Tags();
      for (String name : tags.getTags()) {
        own.setTag(name, tags.getTag(name));
      }
      out.setTags(own);
    }
    return out;
  }
}
