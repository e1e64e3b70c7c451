package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
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
import edu.stanford.nlp.util.Pair;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Makes SUTime's token-pattern rules cheap to try where they cannot match, with the same output.
 *
 * <p>Why: TokensRegex tries every rule at every token of a sentence, and each try allocates fresh
 * match state; that allocation was most of SUTime's time, and SUTime most of the annotator's. Three
 * tests now come first:
 *
 * <ul>
 *   <li>the nodes a rule's pattern cannot do without (those on its one path from the start, none
 *       optional: TokensRegex's own {@code findNodePatterns}, as its multi-pattern matcher uses to
 *       pick candidate rules) must each match some token of the sentence, or the rule is skipped;
 *   <li>where single-token nodes decide what a match's first token can be (the nodes reachable from
 *       the pattern's start without consuming a token), the rule is tried only at the tokens one of
 *       them matches, left to right, each try starting after the last match as TokensRegex's
 *       non-overlapping search does;
 *   <li>where single-token nodes also decide what may follow a first node ("the" in {@code /the/?
 *       [MONTH]}), a start there is tried only if the next token matches one of them.
 * </ul>
 *
 * A match must consume a token for each required node, its first token must match one of the first
 * nodes, and its second one of those that may follow the first (unless the match may end there), so
 * no test drops a match.
 *
 * <p>Many rules test the same nodes: SUTime's rule files spell "/mornings?/" or "at" in many rules,
 * each parsed into its own object. Nodes that test the same words the same way (a {@link
 * CoreMapNodePattern} of plain word tests, compared by annotation, text and flags) become one node
 * at install time, and while one stage's rule list runs over one sequence, each node is tried once
 * per token: a stage's rules only read the tokens, and SUTime writes on them between stages. What a
 * node that reads a token's text alone says of a word is remembered across sentences (per thread,
 * up to {@value Nodes#WORDS} words), since the text is all it reads.
 *
 * <p>SUTime's rules over a sentence's text (Java regular expressions, such as {@code
 * (\d+)[-](years?)}) are tried only where the text holds what {@link RequiredText} says each of
 * their matches must hold: most sentences have no digit, and most no hyphen.
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
  @SuppressWarnings("unchecked")
  static int install(TimeAnnotator annotator) {
    try {
      int guarded = 0;
      Nodes nodes = new Nodes();
      for (RuleList list : ruleLists(annotator, "basicExtractRule", "compositeExtractRule")) {
        Object rules = list.get();
        int n = guard(rules, nodes);
        if (n > 0) {
          list.set(new Scoped<>((SequenceMatchRules.ExtractRule<Object, Object>) rules));
          guarded += n;
        }
      }
      return guarded;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  /** One of a SUTime stage's rule lists, read and replaced through the stage's private field. */
  record RuleList(Object stage, Field field) {
    Object get() throws IllegalAccessException {
      return field.get(stage);
    }

    void set(Object rules) throws IllegalAccessException {
      field.set(stage, rules);
    }
  }

  /**
   * The rule lists of each stage of a SUTime annotator, stage by stage: its {@code
   * basicExtractRule} (over a sentence's tokens) and its {@code compositeExtractRule} (over the
   * chunks the stages so far made), as named.
   */
  static List<RuleList> ruleLists(TimeAnnotator annotator, String... names)
      throws ReflectiveOperationException {
    Object impl = field(TimeAnnotator.class, "timexExtractor").get(annotator);
    Object extractor = field(impl.getClass(), "expressionExtractor").get(impl);
    Map<?, ?> stages = (Map<?, ?>) field(CoreMapExpressionExtractor.class, "stages").get(extractor);
    List<RuleList> out = new ArrayList<>();
    for (Object stage : stages.values()) {
      for (String name : names) {
        out.add(new RuleList(stage, field(stage.getClass(), name)));
      }
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int guard(Object rules, Nodes nodes) throws ReflectiveOperationException {
    if (!(rules instanceof SequenceMatchRules.ListExtractRule<?, ?> list)) {
      return 0;
    }
    int guarded = 0;
    for (Object r : (List<?>) field(SequenceMatchRules.ListExtractRule.class, "rules").get(list)) {
      if (r instanceof SequenceMatchRules.AnnotationExtractRule a
          && a.pattern instanceof Pattern regex
          && a.extractRule instanceof SequenceMatchRules.CoreMapExtractRule outer
          && field(SequenceMatchRules.CoreMapExtractRule.class, "annotationField").get(outer)
              == CoreAnnotations.TextAnnotation.class) {
        Predicate<String> test = textTest(regex);
        if (test != null) {
          a.extractRule = new TextGuarded(test, outer);
          guarded++;
        }
        continue;
      }
      if (!(r instanceof SequenceMatchRules.AnnotationExtractRule a)
          || !(a.pattern instanceof TokenSequencePattern pattern)) {
        continue;
      }
      if (a.extractRule instanceof SequenceMatchRules.CoreMapExtractRule outer) {
        Object inner = field(SequenceMatchRules.CoreMapExtractRule.class, "extractRule").get(outer);
        Guarded g = Guarded.of(inner, pattern, nodes);
        if (g != null) {
          Env env = (Env) field(SequenceMatchRules.CoreMapExtractRule.class, "env").get(outer);
          Class<?> over =
              (Class<?>)
                  field(SequenceMatchRules.CoreMapExtractRule.class, "annotationField").get(outer);
          a.extractRule = new SequenceMatchRules.CoreMapExtractRule(env, over, g);
          guarded++;
        }
      } else {
        Guarded g = Guarded.of(a.extractRule, pattern, nodes);
        if (g != null) {
          a.extractRule = g;
          guarded++;
        }
      }
    }
    return guarded;
  }

  /**
   * What a text must pass for an expression to match in it: the characters every match holds
   * ({@link RequiredText}), else one of the words of an expression made only of quoted words (the
   * time zones' names, {@link LiteralAlternatives}); null when neither reads the expression.
   */
  private static Predicate<String> textTest(Pattern regex) {
    RequiredText required = RequiredText.of(regex);
    if (required != null) {
      return required::foundIn;
    }
    LiteralAlternatives words = LiteralAlternatives.of(regex);
    return words == null ? null : words::foundIn;
  }

  /**
   * A rule over a sentence's text, tried only where the text holds what each match must hold
   * ({@link RequiredText}, {@link LiteralAlternatives}).
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private record TextGuarded(Predicate<String> required, SequenceMatchRules.ExtractRule original)
      implements SequenceMatchRules.ExtractRule<CoreMap, Object> {
    @Override
    public boolean extract(CoreMap in, List<Object> out) {
      String text = in == null ? null : in.get(CoreAnnotations.TextAnnotation.class);
      if (text != null && !required.test(text)) {
        return false;
      }
      return original.extract(in, out);
    }
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * Where a pattern's match may start: each node that may match the first token it consumes, with
   * the nodes that may match the token after it. Null when the first token is not decided by
   * single-token nodes alone (a multi-token node, a back reference, or a pattern that may match no
   * token).
   */
  private static List<First> firstNodes(SequencePattern<CoreMap> pattern)
      throws ReflectiveOperationException {
    List<Object> firsts = consumers(List.of(field(SequencePattern.class, "root").get(pattern)));
    if (firsts == null || firsts.isEmpty()) {
      return null;
    }
    List<First> starts = new ArrayList<>();
    for (Object state : firsts) {
      List<Object> after = consumers((Set<?>) field(STATE, "next").get(state));
      List<NodePattern<CoreMap>> next = null;
      if (after != null && !after.isEmpty()) {
        next = new ArrayList<>();
        for (Object a : after) {
          next.add(node(a));
        }
      }
      starts.add(new First(node(state), next));
    }
    return List.copyOf(starts);
  }

  private static final Class<?> STATE = stateType();

  private static Class<?> stateType() {
    try {
      return Class.forName(SequencePattern.class.getName() + "$State");
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static NodePattern<CoreMap> node(Object state) throws ReflectiveOperationException {
    return (NodePattern<CoreMap>) field(state.getClass(), "pattern").get(state);
  }

  /**
   * The single-token states that may consume the next token, reached from some states through
   * states that consume none; null when another kind of state may (the pattern's end, a multi-token
   * node, a back reference), as then any token, or none, may come next.
   */
  private static List<Object> consumers(Collection<?> from) throws ReflectiveOperationException {
    if (from == null || STATE == null) {
      return null;
    }
    Field next = field(STATE, "next");
    List<Object> states = new ArrayList<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      Object state = todo.pop();
      if (!seen.add(state)) {
        continue;
      }
      String kind = state.getClass().getSimpleName();
      if (kind.equals("NodePatternState")) {
        states.add(state);
        continue;
      }
      Set<?> following = (Set<?>) next.get(state);
      if (!PASSING.contains(kind) || following == null || seen.size() > 256) {
        return null;
      }
      todo.addAll(following);
    }
    return states;
  }

  /**
   * A node a match may start with, and the nodes the token after it must match (null: any token, or
   * the match may end there).
   */
  private record First(NodePattern<CoreMap> node, List<NodePattern<CoreMap>> next) {}

  /** A {@link First} with its nodes as the ids {@link Nodes} gave them. */
  private record Start(int node, int[] next) {}

  /**
   * States that consume no token: the pattern's entry, group marks, stored values, the control
   * state of a repetition, and the sequence's edges (passed as if they always held, which only
   * widens the set of first nodes), and the start of a conjunction ("A & B": a match's first token
   * matches a first node of each part, so the first nodes of all parts are a wider set). The final
   * state and a conjunction's end are not among them: reaching one without a token means the
   * pattern, or a part, may match none.
   */
  private static final Set<String> PASSING =
      Set.of(
          "State",
          "GroupStartState",
          "GroupEndState",
          "ValueState",
          "RepeatState",
          "SeqStartState",
          "SeqEndState",
          "ConjStartState");

  /** A token-pattern rule behind the tests. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private record Guarded(
      SequenceMatchRules.ExtractRule original,
      TokenSequencePattern pattern,
      Function<SequenceMatchResult<CoreMap>, Object> extractor,
      boolean matchWithResult,
      int[] required,
      List<Start> first,
      Nodes nodes)
      implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, Object> {

    /** The rule behind the tests, or null when it is not a plain token-pattern rule. */
    static Guarded of(Object rule, TokenSequencePattern pattern, Nodes nodes)
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
      List<First> first =
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
          nodes.ids(required),
          first == null ? null : nodes.shared(first),
          nodes);
    }

    @Override
    public boolean extract(List<? extends CoreMap> sequence, List<Object> out) {
      if (sequence == null) {
        return false;
      }
      Memo memo = Memo.over(sequence, nodes);
      for (int node : required) {
        if (memo.matches(node).isEmpty()) {
          return false;
        }
      }
      if (first == null) {
        return original.extract(sequence, out);
      }
      int n = sequence.size();
      BitSet starts = new BitSet(n);
      for (Start start : first) {
        BitSet here = memo.matches(start.node());
        if (start.next() != null) {
          BitSet after = new BitSet(n);
          for (int node : start.next()) {
            after.or(memo.matches(node));
          }
          // A start at i needs its next node at i + 1: the bits of "after" moved down by one.
          here = after.get(1, Math.max(1, n));
          here.and(memo.matches(start.node()));
        }
        starts.or(here);
      }
      StartMatcher m = new StartMatcher(pattern, sequence);
      m.setMatchWithResult(matchWithResult);
      boolean extracted = false;
      for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
        if (m.matchesAt(i)) {
          out.add(extractor.apply(m));
          extracted = true;
          i = Math.max(i, m.end() - 1);
        }
      }
      return extracted;
    }
  }

  /**
   * The nodes of one SUTime's guarded rules, each with an id: nodes that test the same thing share
   * one. What each node that tests a word's text alone said of a word is remembered.
   */
  private static final class Nodes {
    /** Words remembered per thread; past this many, the memory starts again. */
    private static final int WORDS = 20_000;

    private final Map<String, NodePattern<CoreMap>> byKey = new HashMap<>();
    private final Map<NodePattern<CoreMap>, Integer> ids = new IdentityHashMap<>();
    private final List<NodePattern<CoreMap>> byId = new ArrayList<>();
    private final List<Boolean> wordTest = new ArrayList<>();
    private final ThreadLocal<Map<String, byte[]>> words = ThreadLocal.withInitial(HashMap::new);

    /** The id of a node, or of the first node seen that tests the same thing the same way. */
    int id(NodePattern<CoreMap> node) {
      String key = testKey(node);
      NodePattern<CoreMap> one = key == null ? node : byKey.computeIfAbsent(key, k -> node);
      return ids.computeIfAbsent(
          one,
          n -> {
            byId.add(n);
            wordTest.add(key != null && textAlone(n));
            return byId.size() - 1;
          });
    }

    int[] ids(Collection<NodePattern<CoreMap>> nodes) {
      return nodes.stream().mapToInt(this::id).toArray();
    }

    List<Start> shared(List<First> firsts) {
      List<Start> out = new ArrayList<>(firsts.size());
      for (First f : firsts) {
        out.add(new Start(id(f.node()), f.next() == null ? null : ids(f.next())));
      }
      return List.copyOf(out);
    }

    int size() {
      return byId.size();
    }

    /** Which tokens of a sequence a node matches; answers are the tokens' remembered words. */
    BitSet matches(int id, List<? extends CoreMap> sequence, byte[][] answers) {
      NodePattern<CoreMap> node = byId.get(id);
      boolean word = wordTest.get(id);
      BitSet bits = new BitSet(sequence.size());
      for (int i = 0; i < sequence.size(); i++) {
        CoreMap token = sequence.get(i);
        boolean match;
        byte[] said = word ? answers(answers, i, token) : null;
        if (said == null) {
          match = node.match(token);
        } else {
          if (said[id] == 0) {
            said[id] = node.match(token) ? YES : NO;
          }
          match = said[id] == YES;
        }
        if (match) {
          bits.set(i);
        }
      }
      return bits;
    }

    /**
     * What was said of token i's word, fetched once per sequence; null for a token without text.
     */
    private byte[] answers(byte[][] answers, int i, CoreMap token) {
      if (answers[i] == null) {
        String text = token.get(CoreAnnotations.TextAnnotation.class);
        if (text == null) {
          return null;
        }
        Map<String, byte[]> said = words.get();
        byte[] a = said.get(text);
        if (a == null) {
          if (said.size() >= WORDS) {
            said.clear();
          }
          a = new byte[size()];
          said.put(text, a);
        }
        answers[i] = a;
      }
      return answers[i];
    }

    private static final byte YES = 1;
    private static final byte NO = 2;
  }

  /** Whether a node (one with a {@link #testKey}) tests a token's text and nothing else. */
  @SuppressWarnings("rawtypes")
  private static boolean textAlone(NodePattern<CoreMap> node) {
    for (Pair<Class, NodePattern> test : ((CoreMapNodePattern) node).getAnnotationPatterns()) {
      if (test.first() != CoreAnnotations.TextAnnotation.class) {
        return false;
      }
    }
    return true;
  }

  /**
   * The key of a node that tests only strings: an annotation's text compared to a string or a
   * regular expression, with its flags. Two nodes with one key match the same tokens. Null for any
   * other node.
   */
  @SuppressWarnings("rawtypes")
  static String testKey(NodePattern<?> node) {
    if (node == null || node.getClass() != CoreMapNodePattern.class) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (Pair<Class, NodePattern> test : ((CoreMapNodePattern) node).getAnnotationPatterns()) {
      NodePattern p = test.second();
      key.append(test.first().getName()).append('\u0000');
      if (p != null && p.getClass() == ComplexNodePattern.StringAnnotationRegexPattern.class) {
        Pattern regex = ((ComplexNodePattern.StringAnnotationRegexPattern) p).getPattern();
        key.append("re ").append(regex.flags()).append(' ').append(regex.pattern());
      } else if (p != null && p.getClass() == ComplexNodePattern.StringAnnotationPattern.class) {
        ComplexNodePattern.StringAnnotationPattern text =
            (ComplexNodePattern.StringAnnotationPattern) p;
        key.append("is ")
            .append(text.ignoreCase())
            .append(text.normalize())
            .append(' ')
            .append(text.getString());
      } else {
        return null;
      }
      key.append('\u0000');
    }
    return key.length() == 0 ? null : key.toString();
  }

  /**
   * Which tokens each node matches, for the sequence that one rule list is running over: filled as
   * the rules ask, dropped when the list is done ({@link Scoped}).
   */
  private static final class Memo {
    private static final ThreadLocal<Memo> CURRENT = new ThreadLocal<>();

    private List<? extends CoreMap> sequence;
    private Nodes nodes;
    private BitSet[] matches = new BitSet[0];
    private byte[][] answers = new byte[0][];

    /** The open memo, moved to this sequence; a memo for this call alone when none is open. */
    static Memo over(List<? extends CoreMap> sequence, Nodes nodes) {
      Memo memo = CURRENT.get();
      if (memo == null) {
        memo = new Memo();
      }
      if (memo.sequence != sequence || memo.nodes != nodes) {
        memo.sequence = sequence;
        memo.nodes = nodes;
        memo.matches = new BitSet[nodes.size()];
        memo.answers = new byte[sequence.size()][];
      }
      return memo;
    }

    BitSet matches(int node) {
      BitSet bits = matches[node];
      if (bits == null) {
        bits = nodes.matches(node, sequence, answers);
        matches[node] = bits;
      }
      return bits;
    }
  }

  /** A stage's rule list with a memo open while it runs. */
  private record Scoped<I, O>(SequenceMatchRules.ExtractRule<I, O> rules)
      implements SequenceMatchRules.ExtractRule<I, O> {
    @Override
    public boolean extract(I in, List<O> out) {
      Memo outer = Memo.CURRENT.get();
      Memo.CURRENT.set(new Memo());
      try {
        return rules.extract(in, out);
      } finally {
        Memo.CURRENT.set(outer);
      }
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
