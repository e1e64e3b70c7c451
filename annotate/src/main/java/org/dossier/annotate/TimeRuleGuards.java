package org.dossier.annotate;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes SUTime's token-pattern rules cheap to try where they cannot match, with the same output.
 *
 * <p>Why: TokensRegex tries every rule at every token of a sentence, and each try allocates fresh
 * match state; that allocation was most of SUTime's time, and SUTime most of the annotator's. Two
 * tests now come first:
 *
 * <ul>
 *   <li>the nodes a rule's pattern cannot do without (those on its one path from the start, none
 *       optional: TokensRegex's own {@code findNodePatterns}, as its multi-pattern matcher uses to
 *       pick candidate rules) must each match some token of the sentence, or the rule is skipped;
 *   <li>where single-token nodes decide what a match's first token can be (the nodes reachable from
 *       the pattern's start without consuming a token), the rule is tried only at the tokens one of
 *       them matches, left to right, each try starting after the last match as TokensRegex's
 *       non-overlapping search does.
 * </ul>
 *
 * A match must consume a token for each required node, and its first token must match one of the
 * first nodes, so neither test drops a match.
 *
 * <p>NOTE: SUTime keeps its rules, and a pattern its states, in fields that are not public; they
 * are read here by reflection, for the CoreNLP version the build pins. Where a field is missing, or
 * a rule has another shape, that rule is left as it was: slower, never different.
 */
final class TimeRuleGuards {
  private TimeRuleGuards() {}

  /**
   * Puts the tests in front of the token-pattern rules of a SUTime annotator.
   *
   * @return how many rules got them; 0 when SUTime's fields could not be read
   */
  static int install(TimeAnnotator annotator) {
    try {
      Object impl = field(TimeAnnotator.class, "timexExtractor").get(annotator);
      Object extractor = field(impl.getClass(), "expressionExtractor").get(impl);
      Map<?, ?> stages =
          (Map<?, ?>) field(CoreMapExpressionExtractor.class, "stages").get(extractor);
      int guarded = 0;
      for (Object stage : stages.values()) {
        guarded += guard(field(stage.getClass(), "basicExtractRule").get(stage));
        guarded += guard(field(stage.getClass(), "compositeExtractRule").get(stage));
      }
      return guarded;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int guard(Object rules) throws ReflectiveOperationException {
    if (!(rules instanceof SequenceMatchRules.ListExtractRule<?, ?> list)) {
      return 0;
    }
    int guarded = 0;
    for (Object r : (List<?>) field(SequenceMatchRules.ListExtractRule.class, "rules").get(list)) {
      if (!(r instanceof SequenceMatchRules.AnnotationExtractRule a)
          || !(a.pattern instanceof TokenSequencePattern pattern)) {
        continue;
      }
      if (a.extractRule instanceof SequenceMatchRules.CoreMapExtractRule outer) {
        Object inner = field(SequenceMatchRules.CoreMapExtractRule.class, "extractRule").get(outer);
        Guarded g = Guarded.of(inner, pattern);
        if (g != null) {
          Env env = (Env) field(SequenceMatchRules.CoreMapExtractRule.class, "env").get(outer);
          Class<?> over =
              (Class<?>)
                  field(SequenceMatchRules.CoreMapExtractRule.class, "annotationField").get(outer);
          a.extractRule = new SequenceMatchRules.CoreMapExtractRule(env, over, g);
          guarded++;
        }
      } else {
        Guarded g = Guarded.of(a.extractRule, pattern);
        if (g != null) {
          a.extractRule = g;
          guarded++;
        }
      }
    }
    return guarded;
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * The nodes that may match the first token a pattern consumes; null when that is not decided by
   * single-token nodes alone (a multi-token node, a back reference, a conjunction, or a pattern
   * that may match no token).
   */
  @SuppressWarnings("unchecked")
  private static List<NodePattern<CoreMap>> firstNodes(SequencePattern<CoreMap> pattern)
      throws ReflectiveOperationException {
    Class<?> stateType = Class.forName(SequencePattern.class.getName() + "$State");
    Field next = field(stateType, "next");
    List<NodePattern<CoreMap>> nodes = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>();
    todo.add(field(SequencePattern.class, "root").get(pattern));
    while (!todo.isEmpty()) {
      Object state = todo.pop();
      if (!seen.add(state)) {
        continue;
      }
      String kind = state.getClass().getSimpleName();
      if (kind.equals("NodePatternState")) {
        nodes.add((NodePattern<CoreMap>) field(state.getClass(), "pattern").get(state));
        continue;
      }
      Set<?> following = (Set<?>) next.get(state);
      if (!PASSING.contains(kind) || following == null || seen.size() > 256) {
        return null;
      }
      todo.addAll(following);
    }
    return nodes.isEmpty() ? null : List.copyOf(nodes);
  }

  /**
   * States that consume no token: the pattern's entry, group marks, stored values, the control
   * state of a repetition, and the sequence's edges (passed as if they always held, which only
   * widens the set of first nodes). The final state is not among them: reaching it without a token
   * means the pattern may match none.
   */
  private static final Set<String> PASSING =
      Set.of(
          "State",
          "GroupStartState",
          "GroupEndState",
          "ValueState",
          "RepeatState",
          "SeqStartState",
          "SeqEndState");

  /** A token-pattern rule behind the two tests. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private record Guarded(
      SequenceMatchRules.ExtractRule original,
      TokenSequencePattern pattern,
      Function<SequenceMatchResult<CoreMap>, Object> extractor,
      boolean matchWithResult,
      List<NodePattern<CoreMap>> required,
      List<NodePattern<CoreMap>> first)
      implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, Object> {

    /** The rule behind the tests, or null when it is not a plain token-pattern rule. */
    static Guarded of(Object rule, TokenSequencePattern pattern)
        throws ReflectiveOperationException {
      if (!(rule instanceof SequenceMatchRules.SequencePatternExtractRule original)) {
        return null;
      }
      Class<?> type = SequenceMatchRules.SequencePatternExtractRule.class;
      if (field(type, "pattern").get(original) != pattern) {
        return null;
      }
      Collection<NodePattern<CoreMap>> required =
          pattern.findNodePatterns(node -> node, false, false);
      Object findType = field(type, "findType").get(original);
      List<NodePattern<CoreMap>> first =
          findType == null || findType == SequenceMatcher.FindType.FIND_NONOVERLAPPING
              ? firstNodes(pattern)
              : null;
      if (required.isEmpty() && first == null) {
        return null;
      }
      return new Guarded(
          original,
          pattern,
          (Function<SequenceMatchResult<CoreMap>, Object>) field(type, "extractor").get(original),
          field(type, "matchWithResult").getBoolean(original),
          List.copyOf(required),
          first);
    }

    @Override
    public boolean extract(List<? extends CoreMap> sequence, List<Object> out) {
      if (sequence == null) {
        return false;
      }
      for (NodePattern<CoreMap> node : required) {
        if (!anyMatch(node, sequence)) {
          return false;
        }
      }
      if (first == null) {
        return original.extract(sequence, out);
      }
      StartMatcher m = new StartMatcher(pattern, sequence);
      m.setMatchWithResult(matchWithResult);
      boolean extracted = false;
      for (int i = 0; i < sequence.size(); i++) {
        if (anyMatch(first, sequence.get(i)) && m.matchesAt(i)) {
          out.add(extractor.apply(m));
          extracted = true;
          i = Math.max(i, m.end() - 1);
        }
      }
      return extracted;
    }

    private static boolean anyMatch(List<NodePattern<CoreMap>> nodes, CoreMap element) {
      for (NodePattern<CoreMap> node : nodes) {
        if (node.match(element)) {
          return true;
        }
      }
      return false;
    }

    private static boolean anyMatch(NodePattern<CoreMap> node, List<? extends CoreMap> sequence) {
      for (CoreMap element : sequence) {
        if (node.match(element)) {
          return true;
        }
      }
      return false;
    }
  }

  /** A matcher that tries its pattern at one given start, as its search does at each start. */
  private static final class StartMatcher extends TokenSequenceMatcher {
    StartMatcher(SequencePattern<CoreMap> pattern, List<? extends CoreMap> tokens) {
      super(pattern, tokens);
    }

    boolean matchesAt(int start) {
      return find(start, true);
    }
  }
}
