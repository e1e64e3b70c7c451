package org.dossier.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * Facts that outlets state differently: amounts of money and counts of the same thing, the year an
 * organisation was founded, an organisation's nationality, and the spelling of a name. A fact is
 * read from each sentence by a pattern, keyed by what it is about, and reported when two articles
 * give it different values.
 */
final class Conflicts {

  private static final Pattern MONEY =
      Pattern.compile(
          "([$€£])\\s?(\\d+(?:[.,]\\d+)?)\\s*(million|billion|m|bn|thousand)?\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * What an amount is about, from a word near it. NOTE: an ordered list, so that ties are broken
   * the same way in every JVM (a {@code Map.ofEntries} iterates in an order that varies by run).
   */
  private static final List<Map.Entry<String, String>> MONEY_TOPICS =
      topics(
          "contract", "value of the deal",
          "deal", "value of the deal",
          "agreement", "value of the deal",
          "fine", "fine",
          "penalty", "fine",
          "settlement", "settlement",
          "salary", "pay",
          "bail", "bail",
          "damage", "damage",
          "ransom", "ransom",
          "price", "price",
          "revenue", "revenue",
          "sales", "sales",
          "funding", "funding",
          "investment", "funding",
          "cost", "cost",
          "refit", "cost",
          "repairs", "cost");

  private static List<Map.Entry<String, String>> topics(String... wordsAndTopics) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int i = 0; i < wordsAndTopics.length; i += 2) {
      out.add(Map.entry(wordsAndTopics[i], wordsAndTopics[i + 1]));
    }
    return List.copyOf(out);
  }

  /** Any of the topic words, singular or plural, in one pattern (none begins another). */
  private static final Pattern MONEY_TOPIC_WORD =
      Pattern.compile(
          "\\b("
              + String.join("|", MONEY_TOPICS.stream().map(Map.Entry::getKey).toList())
              + ")s?\\b");

  private static final Pattern COUNT =
      Pattern.compile(
          "\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[a-z]+\\s+)?(boutiques|stores|shops|outlets|branches|"
              + "employees|staff|workers|jobs|deaths|dead|people\\s+killed|injured|victims|"
              + "passengers|casualties|arrests|countries)\\b");

  private static final Map<String, String> COUNT_TOPICS =
      Map.ofEntries(
          Map.entry("boutiques", "number of stores"),
          Map.entry("stores", "number of stores"),
          Map.entry("shops", "number of stores"),
          Map.entry("outlets", "number of stores"),
          Map.entry("branches", "number of stores"),
          Map.entry("employees", "number of employees"),
          Map.entry("staff", "number of employees"),
          Map.entry("workers", "number of employees"),
          Map.entry("jobs", "number of jobs"),
          Map.entry("deaths", "number of dead"),
          Map.entry("dead", "number of dead"),
          Map.entry("people killed", "number of dead"),
          Map.entry("casualties", "number of dead"),
          Map.entry("victims", "number of victims"),
          Map.entry("injured", "number of injured"),
          Map.entry("passengers", "number of passengers"),
          Map.entry("arrests", "number of arrests"),
          Map.entry("countries", "number of countries"));

  private static final Pattern FOUNDED =
      Pattern.compile(
          "\\b(?:founded|established|set up|dates back to|dating back to)\\b[^.;]{0,40}?\\b"
              + "(1[5-9]\\d\\d|20\\d\\d)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String DEMONYMS =
      "French|Italian|British|English|American|German|Spanish|Dutch|Belgian|Swiss|Swedish|"
          + "Danish|Norwegian|Finnish|Polish|Austrian|Portuguese|Irish|Scottish|Greek|Turkish|"
          + "Russian|Ukrainian|Chinese|Japanese|Korean|South Korean|Indian|Canadian|Australian|"
          + "Brazilian|Mexican|Argentine|Nigerian|South African|Israeli|Saudi|Emirati";

  /**
   * What a nationality describes ("a French fashion house"); a sentence needs one of them before
   * {@link #NATIONALITY} is tried on it.
   */
  private static final List<String> ORGANISATION_WORDS =
      List.of(
          "house",
          "label",
          "brand",
          "company",
          "firm",
          "group",
          "maker",
          "retailer",
          "carmaker",
          "bank",
          "airline",
          "broadcaster",
          "publisher",
          "studio",
          "club",
          "team",
          "government");

  private static final Pattern NATIONALITY =
      Pattern.compile(
          "\\b("
              + DEMONYMS
              + ")\\s+(?:[a-z-]+\\s+){0,2}("
              + String.join("|", ORGANISATION_WORDS)
              + ")\\b");

  private Conflicts() {}

  /** A fact as one article states it. */
  private record Fact(String about, String kind, String value, String article) {
    /** What is stated and where, whatever the value: the key of an article's values of a fact. */
    Fact stated() {
      return new Fact(about, kind, null, article);
    }
  }

  /** The conflicts among articles given earliest first. */
  static List<Dossier.Conflict> of(
      List<StorySource> sources, List<Names.Group> names, String mainOrganisation) {
    List<Fact> facts = new ArrayList<>();
    for (StorySource s : sources) {
      String text = s.annotation() != null ? s.annotation().text() : s.article().text();
      List<EntityMention> organisations = new ArrayList<>();
      if (s.annotation() != null) {
        for (EntityMention m : s.annotation().entities()) {
          if (m.type() == EntityType.ORGANISATION) {
            organisations.add(m);
          }
        }
      }
      for (Sentences.Bounds b :
          s.annotation() != null ? Sentences.of(s.annotation()) : Sentences.of(text)) {
        String sentence = text.substring(b.start(), b.end());
        String org = organisationIn(organisations, b, names, mainOrganisation);
        read(sentence, org, s.article().id(), facts);
      }
    }
    // An article that gives several amounts or counts of one kind is telling of several things
    // (each club's offer, each year's sales), not stating one fact another outlet could contradict.
    Map<Fact, Set<String>> valuesByArticle = new HashMap<>();
    for (Fact f : facts) {
      valuesByArticle.computeIfAbsent(f.stated(), k -> new HashSet<>()).add(f.value());
    }
    Map<String, Map<String, Set<String>>> byFact = new LinkedHashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f.kind().equals("number") && valuesByArticle.get(f.stated()).size() > 1) {
        continue;
      }
      byFact
          .computeIfAbsent(f.about(), k -> new LinkedHashMap<>())
          .computeIfAbsent(f.value(), k -> new LinkedHashSet<>())
          .add(f.article());
      kinds.put(f.about(), f.kind());
    }
    List<Dossier.Conflict> out = new ArrayList<>();
    byFact.forEach(
        (about, values) -> {
          if (values.size() > 1 && betweenArticles(values.values())) {
            List<Dossier.Value> vs = new ArrayList<>();
            values.forEach((v, arts) -> vs.add(new Dossier.Value(v, List.copyOf(arts))));
            out.add(new Dossier.Conflict(about, kinds.get(about), vs));
          }
        });
    for (Names.Group g : names) {
      List<String> spellings = Names.misspellings(g);
      if (spellings.size() > 1
          && betweenArticles(spellings.stream().map(g.spellings::get).toList())) {
        List<Dossier.Value> vs = new ArrayList<>();
        for (String sp : spellings) {
          vs.add(new Dossier.Value(sp, List.copyOf(g.spellings.get(sp))));
        }
        out.add(new Dossier.Conflict("spelling of " + g.name(), "spelling", vs));
      }
    }
    return out;
  }

  /**
   * Whether values are stated by more than one article: one article that gives several prices, or
   * writes a name two ways, contradicts no other source.
   */
  private static boolean betweenArticles(Collection<Set<String>> articlesByValue) {
    Set<String> all = new HashSet<>();
    articlesByValue.forEach(all::addAll);
    return all.size() > 1;
  }

  /** The organisation a sentence is about: one named in it, else the story's main one. */
  private static String organisationIn(
      List<EntityMention> organisations, Sentences.Bounds b, List<Names.Group> names, String main) {
    for (EntityMention m : organisations) {
      if (b.contains(m.start())) {
        String name = m.canonical() == null ? m.text() : m.canonical();
        for (Names.Group g : names) {
          if (g.spellings.containsKey(name)) {
            return g.name();
          }
        }
        return name;
      }
    }
    return main;
  }

  /** Whether a text has a digit: every amount and count needs one. */
  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Words one of which a sentence needs before {@link #FOUNDED} is tried on it. */
  private static final List<String> FOUNDING_WORDS =
      List.of("founded", "established", "set up", "dates back", "dating back");

  private static boolean containsAny(String lower, List<String> words) {
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts a sentence states. Each pattern is tried only on sentences holding what it needs (a
   * currency sign, a digit, a founding or an organisation word): the patterns scan from every
   * position, and trying them all on every sentence was most of compiling a dossier.
   */
  private static void read(String sentence, String org, String article, List<Fact> facts) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean digits = hasDigit(sentence);
    if (!digits && (org == null || !containsAny(lower, ORGANISATION_WORDS))) {
      return;
    }
    Matcher m = MONEY.matcher(sentence);
    for (int at = 0;
        digits && next(m, sentence, at, c -> c == '$' || c == '€' || c == '£');
        at = m.end()) {
      String topic = moneyTopic(lower, m.start(), m.end());
      if (topic != null) {
        String unit = m.group(3) == null ? "" : " " + m.group(3).toLowerCase(Locale.ROOT);
        facts.add(new Fact(topic, "number", m.group(1) + m.group(2) + unit, article));
      }
    }
    m = COUNT.matcher(lower);
    for (int at = 0; digits && next(m, lower, at, c -> c >= '0' && c <= '9'); at = m.end()) {
      String topic = COUNT_TOPICS.get(m.group(2).replaceAll("\\s+", " "));
      if (topic != null && !countsMore(lower, m.end())) {
        facts.add(new Fact(topic, "number", m.group(1).replace(",", ""), article));
      }
    }
    m = FOUNDED.matcher(sentence);
    if (digits && org != null && containsAny(lower, FOUNDING_WORDS) && m.find()) {
      facts.add(new Fact("founding year of " + org, "date", m.group(1), article));
    }
    m = NATIONALITY.matcher(sentence);
    if (org != null
        && containsAny(lower, ORGANISATION_WORDS)
        && next(m, sentence, 0, Character::isUpperCase)) {
      facts.add(new Fact("nationality of " + org, "descriptor", m.group(1), article));
    }
  }

  /**
   * Whether a count's noun goes on with "and" or "or" and another noun at {@code end}: "some 420
   * passengers and crew" counts more than the passengers, and stated beside "its 246 passengers" is
   * no conflict.
   */
  private static boolean countsMore(String lower, int end) {
    return lower.startsWith(" and ", end) || lower.startsWith(" or ", end);
  }

  /**
   * Finds the next match at or after {@code from}, as {@link Matcher#find} would, trying the
   * pattern only where its first character is: Java's matcher tries a pattern at every position,
   * and these begin with a rare character (a currency sign, a digit). Returns whether it found one.
   */
  private static boolean next(
      Matcher m, String text, int from, java.util.function.IntPredicate first) {
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = from; i < text.length(); i++) {
      if (first.test(text.charAt(i))) {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** What an amount of money is about, from a topic word within a few words of it. */
  private static String moneyTopic(String lower, int start, int end) {
    int from = Math.max(0, start - 60);
    String window = lower.substring(from, Math.min(lower.length(), end + 40));
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    Matcher w = MONEY_TOPIC_WORD.matcher(window);
    while (w.find()) {
      int distance = Math.abs(from + w.start() - start);
      int rank = rank(w.group(1));
      // The nearest word; at equal distances the one listed first.
      if (distance < bestDistance || distance == bestDistance && rank < best) {
        bestDistance = distance;
        best = rank;
      }
    }
    return best < 0 ? null : MONEY_TOPICS.get(best).getValue();
  }

  private static int rank(String word) {
    for (int i = 0; i < MONEY_TOPICS.size(); i++) {
      if (MONEY_TOPICS.get(i).getKey().equals(word)) {
        return i;
      }
    }
    throw new IllegalStateException("not a topic word: " + word);
  }
}
