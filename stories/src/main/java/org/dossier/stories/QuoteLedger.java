package org.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.FirstPerson;
import org.dossier.model.NoNames;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Spaces;
import org.dossier.model.Span;
import org.dossier.model.TimeMention;

/**
 * The quote ledger: the same statement as printed by different outlets becomes one entry with every
 * article's wording, matched by speaker and by word overlap that ignores punctuation, quote style,
 * ellipses and cut sentences; each wording is classed by how far it departs from the earliest
 * direct one.
 */
final class QuoteLedger {

  /** Shared words over the shorter wording's words at which two quotes are one statement. */
  static final double SAME_STATEMENT = 0.6;

  /**
   * Shared pairs of adjacent words over the shorter wording's pairs that two quotes of one
   * statement also need: "some of his Republican rivals to drop out" shares five of its eight words
   * with "he does not believe any of his rivals will secure the delegates … the Republican
   * convention", but one pair.
   */
  static final double SAME_STATEMENT_PAIRS = 0.3;

  /**
   * Shared content words (no small words) over the shorter wording's that two printings of one
   * statement also share, at least two of them, once the shorter holds two: "to be for at least
   * eight years" and "his long term durability will continue to dog Sabathia for at least the next
   * couple of years" share six small words and two of their pairs, but of "eight" and "years" only
   * one. "Within one minute or two, the whole roof was ablaze" and "In the next minute or two, the
   * entire roof was in flames", one man's words as two outlets quote them, share two of five.
   */
  static final double SAME_STATEMENT_CONTENT = 0.4;

  /** Fewer words than this and a reported statement is not one. */
  static final int MIN_REPORTED_WORDS = 3;

  /** Shared content words at which a reported statement matches a quote of the same speaker. */
  static final double SAME_PARAPHRASE = 0.5;

  /**
   * Shared pairs of adjacent words over the shorter wording's that a wording needs to be a cut of
   * one two and a half times as long as itself ({@link #sharesRuns}): a cut keeps runs of the words
   * ("This is a tragic loss for all of us." of a three-sentence statement, all its pairs), while a
   * short statement's small words and a few of its own are found scattered in a long one that says
   * something else ("two people have been killed and another wounded in a shooting at the plant" in
   * a police account of the whole shooting: two of three words, a third of the pairs).
   */
  static final double CUT_PAIRS = 0.6;

  /**
   * Whether two wordings share enough of the shorter's pairs of adjacent words ({@link
   * #SAME_STATEMENT_PAIRS}), and {@link #CUT_PAIRS} of them when one has at least two and a half
   * times the other's words. Counted only for wordings that already share most words.
   */
  private static boolean sharesRuns(List<String> a, List<String> b) {
    double pairs = Wording.pairContainment(a, b);
    int shorter = Math.min(a.size(), b.size());
    int longer = Math.max(a.size(), b.size());
    return pairs >= SAME_STATEMENT_PAIRS && (pairs >= CUT_PAIRS || 2 * longer < 5 * shorter);
  }

  /** Fewer words than this are too short to match on words alone. */
  static final int MIN_WORDS = 4;

  /** How many words of its own, not the story's, each of two paraphrased wordings needs. */
  static final int MIN_OWN_WORDS = 3;

  /** Drift classes, from none to most. */
  static final List<String> DRIFT =
      List.of("identical", "punctuation", "shortened", "wording", "paraphrase");

  private QuoteLedger() {}

  /**
   * A statement while it is built: its printings, and what a new quote is checked against kept once
   * each (its speakers, the kinds of quote each article gave, its distinct wordings).
   */
  private static final class Group {
    final List<Printed> members = new ArrayList<>();
    final java.util.Set<String> speakers = new java.util.LinkedHashSet<>();
    final Map<String, Boolean> allDirectByArticle = new HashMap<>();
    final Map<List<String>, Printed> wordings = new java.util.LinkedHashMap<>();
    boolean datedBefore;

    void add(Printed p) {
      members.add(p);
      if (p.source() != null) {
        speakers.add(p.source());
      }
      allDirectByArticle.merge(p.article(), p.quote().kind() == QuoteKind.DIRECT, (a, b) -> a && b);
      wordings.putIfAbsent(p.words(), p);
    }
  }

  /**
   * One quote as printed in one article; {@code source} is who it is kept apart by ({@link
   * #source}).
   */
  record Printed(
      String article,
      String outlet,
      Quote quote,
      List<String> words,
      List<String> content,
      String source) {}

  /**
   * Who a quote is kept apart from other speakers' statements by: its speaker, else for reported
   * speech the group its source names ("Florida election officials say …" is not a statement of the
   * candidate whose name its words hold). A quotation's words are its speaker's whoever an outlet
   * names, so a group does not keep a direct quote apart.
   */
  private static String source(Quote q) {
    String who = speaker(q);
    return who != null || q.kind() != QuoteKind.INDIRECT ? who : groupName(q);
  }

  /**
   * The writer, when a statement is the writer's own: its source is "I" or "we", outside every
   * quotation of the article, and nobody was resolved for it ("I believe every little bit matters"
   * in a column). The first name of the byline; null without one.
   */
  private static String writer(Quote q, StorySource s) {
    if (q.speakerResolved() != null
        || q.speaker() == null
        || !FirstPerson.is(q.speaker().text())
        || s.article().byline().isEmpty()) {
      return null;
    }
    for (Quote other : s.annotation().quotes()) {
      if (other.kind() == QuoteKind.DIRECT
          && other.content().start() <= q.speaker().start()
          && q.speaker().end() <= other.content().end()) {
        return null;
      }
    }
    return s.article().byline().get(0);
  }

  /** Groups the quotes of articles given earliest first, with no chapters or names to consult. */
  static List<Dossier.Statement> of(List<StorySource> sources) {
    return of(sources, null, List.of(), Map.of(), Set.of());
  }

  /**
   * Groups the quotes of articles given earliest first.
   *
   * @param storyStart the story's first day, or null: statements dated well before it are
   *     background
   * @param earlier the statements of the saga's earlier chapters: a statement found there again is
   *     background
   * @param canonical the story's name for each spelling of a person or organisation, so that "Ms
   *     Halvorsen" and a misspelt "Halvorson" are one speaker
   * @param people the story's names of people, whose surnames alone name them
   */
  static List<Dossier.Statement> of(
      List<StorySource> sources,
      LocalDate storyStart,
      List<Dossier.Statement> earlier,
      Map<String, String> canonical,
      Set<String> people) {
    List<Entry> entries = new ArrayList<>();
    // Each article's sentences, the annotator's: where a reading runs on into another sentence, and
    // what dates a statement.
    Map<StorySource, List<Sentences.Bounds>> sentencesOf = new IdentityHashMap<>();
    for (StorySource s : sources) {
      if (s.annotation() == null) {
        continue;
      }
      List<Sentences.Bounds> sentences = Sentences.of(s.annotation());
      sentencesOf.put(s, sentences);
      String title = s.article().title();
      String text = s.annotation().text();
      int titleEnd =
          title != null && !title.isBlank() && text.startsWith(title) ? title.length() : 0;
      // The group the last statement's source named ("Travel agents said …"), which a "they"
      // after it goes on naming ("They said most travellers were students").
      Span group = null;
      for (Quote said : s.annotation().quotes()) {
        if (said.kind() == QuoteKind.FRAGMENT
            || nestedInAnother(said, s.annotation().quotes(), sentences)) {
          continue;
        }
        Quote raw = said;
        String pronoun =
            said.speakerResolved() == null && said.speaker() != null
                ? said.speaker().text().strip().toLowerCase(Locale.ROOT)
                : "";
        // "It adds" goes on with a group of one ("the research"), "they" with any.
        boolean they =
            pronoun.equals("they")
                || (pronoun.equals("it") && group != null && NoNames.oneThing(group.text()));
        if (they && group != null) {
          raw = new Quote(said.kind(), said.content(), said.cue(), group, null, said.platform());
        } else if (!they) {
          group = groupName(said) != null ? said.speaker() : null;
        }
        // A headline is the outlet's summary, not a statement; nor is the outlet a speaker of its
        // own dateline.
        if (raw.content().start() < titleEnd
            || (raw.speakerResolved() != null
                && raw.speakerResolved().equals(s.article().outlet()))) {
          continue;
        }
        Quote q = raw;
        String writer = writer(raw, s);
        if (writer != null) {
          q =
              new Quote(
                  raw.kind(), raw.content(), raw.cue(), raw.speaker(), writer, raw.platform());
        } else if (raw.speakerResolved() != null) {
          String name = canonical.get(raw.speakerResolved());
          if (name == null) {
            name = surnameOf(raw.speakerResolved(), people);
          }
          if (name != null) {
            q =
                new Quote(
                    raw.kind(), raw.content(), raw.cue(), raw.speaker(), name, raw.platform());
          }
        }
        Printed p =
            new Printed(
                s.article().id(),
                s.article().outlet(),
                q,
                Wording.words(q.content().text()),
                Terms.words(q.content().text(), 200),
                source(q));
        // A reported "statement" of a word or two ("who", "it") is a piece of a clause, not what
        // anyone said; a quoted word or two that no one is named for is a scare quote ("bumpers").
        // A reported one whose cue is no word of saying, thinking or finding is what someone did
        // ("publishes thought-provoking titles"), not what anyone said (SpeechCues).
        if (p.words().isEmpty()
            || (p.words().size() < MIN_REPORTED_WORDS
                && (q.kind() == QuoteKind.INDIRECT || speaker(q) == null))
            || aWishNotAStatement(q)
            || (q.kind() == QuoteKind.INDIRECT
                && q.cue() != null
                && !SpeechCues.speaks(q.cue().text()))) {
          continue;
        }
        entries.add(new Entry(s, raw, p));
      }
    }
    Set<String> topic = topicWords(entries);
    List<Group> groups = new ArrayList<>();
    Map<String, BitSet> byWord = new HashMap<>();
    for (Entry e : entries) {
      StorySource s = e.source();
      Quote raw = e.raw();
      Printed p = e.printed();
      // Only groups that share a word with the quote can hold it: an index, not a scan of every
      // group (a story of hundreds of articles has hundreds of statements).
      int home = -1;
      double best = 0;
      BitSet candidates = new BitSet();
      List<String> keys = p.content().isEmpty() ? p.words() : p.content();
      for (String w : keys) {
        BitSet in = byWord.get(w);
        if (in != null) {
          candidates.or(in);
        }
      }
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        double score = match(groups.get(i), p, topic);
        if (score > best) {
          best = score;
          home = i;
        }
      }
      if (home < 0) {
        groups.add(new Group());
        home = groups.size() - 1;
      }
      for (String w : keys) {
        byWord.computeIfAbsent(w, k -> new BitSet()).set(home);
      }
      groups.get(home).add(p);
      if (storyStart != null) {
        if (datedBefore(s, sentencesOf.get(s), raw, storyStart)) {
          groups.get(home).datedBefore = true;
        }
      }
    }
    List<Dossier.Statement> out = new ArrayList<>();
    for (Group g : groups) {
      // A reported statement that no outlet names a speaker for says neither who nor, in its own
      // words, what: the annotation keeps it, the ledger does not ("… which sells music that").
      // A source that stays a pronoun names no one either ("you'll learn …", "they want …").
      if (g.members.stream()
          .allMatch(
              p ->
                  p.quote().kind() == QuoteKind.INDIRECT
                      && speaker(p.quote()) == null
                      && groupName(p.quote()) == null)) {
        continue;
      }
      Dossier.Statement st = statement(g.members, false);
      boolean background = g.datedBefore || inEarlier(st, earlier);
      out.add(background ? statement(g.members, true) : st);
    }
    // Statements several articles printed come first; one outlet's lone indirect rendering last.
    out.sort(
        Comparator.comparingInt((Dossier.Statement st) -> -articles(st))
            .thenComparing(
                st ->
                    st.variants().size() == 1
                        && !st.variants().get(0).kind().equals(QuoteKind.DIRECT.toString())));
    return out;
  }

  /**
   * The one person of the story a speaker's bare surname belongs to ("White" where only another
   * article gave "Terry White"), or null when none or several do. A surname the tagger missed is no
   * mention, so the story's names do not hold it.
   */
  static String surnameOf(String speaker, Set<String> people) {
    if (!speaker.matches("\\p{Lu}[\\p{L}'’-]+")) {
      return null;
    }
    String found = null;
    for (String name : people) {
      if (name.endsWith(" " + speaker) && name.indexOf(' ') > 0) {
        if (found != null && !found.equals(name)) {
          return null;
        }
        found = name;
      }
    }
    return found;
  }

  private static int articles(Dossier.Statement s) {
    return (int) s.variants().stream().map(Dossier.Variant::article).distinct().count();
  }

  /** Whether the sentence of a quote dates it well before the story (a time before its start). */
  private static boolean datedBefore(
      StorySource s, List<Sentences.Bounds> sentences, Quote q, LocalDate storyStart) {
    String text = s.annotation().text();
    Sentences.Bounds b = Sentences.at(sentences, Math.min(q.content().start(), text.length() - 1));
    if (b == null) {
      return false;
    }
    for (TimeMention t : s.annotation().times()) {
      if (b.contains(t.start())
          && t.value() != null
          && t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
          && Timeline.background(t.value(), storyStart)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a statement is one of an earlier chapter's: the same speaker and mostly its words. */
  private static boolean inEarlier(Dossier.Statement s, List<Dossier.Statement> earlier) {
    List<String> words = Wording.words(s.text());
    for (Dossier.Statement e : earlier) {
      if (compatible(s.speaker(), e.speaker())
          && Math.min(words.size(), Wording.words(e.text()).size()) >= MIN_WORDS
          && Wording.containment(Wording.words(e.text()), words) >= SAME_STATEMENT
          && Wording.pairContainment(Wording.words(e.text()), words) >= SAME_STATEMENT_PAIRS) {
        return true;
      }
    }
    return false;
  }

  /** A statement as the ledger reads it, with the article that printed it. */
  private record Entry(StorySource source, Quote raw, Printed printed) {}

  /**
   * The story's own vocabulary: content words found in the statements of at least {@link
   * #TOPIC_SPEAKERS} speakers. They say what the story is about, not which statement is which:
   * "Internet Explorer" and "attack" are in what Microsoft, two analysts and a security firm said
   * of one patch, and two of Microsoft's statements that share only them are not one paraphrased. A
   * statement's own words, however many outlets print them, are its speaker's alone.
   */
  private static Set<String> topicWords(List<Entry> entries) {
    Map<String, Set<String>> speakersOf = new HashMap<>();
    for (Entry e : entries) {
      String speaker = speaker(e.printed().quote());
      if (speaker == null) {
        continue;
      }
      for (String w : e.printed().content()) {
        speakersOf.computeIfAbsent(w, k -> new HashSet<>()).add(speaker);
      }
    }
    Set<String> out = new HashSet<>();
    speakersOf.forEach(
        (w, who) -> {
          if (who.size() >= TOPIC_SPEAKERS) {
            out.add(w);
          }
        });
    return out;
  }

  /** In how many speakers' statements a word stands when it is the story's vocabulary. */
  static final int TOPIC_SPEAKERS = 3;

  private static List<String> without(List<String> words, Set<String> topic) {
    if (topic.isEmpty()) {
      return words;
    }
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      if (!topic.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * How well a quote fits a group: the best word overlap with a compatible speaker, or 0. A
   * paraphrase counts only the words that are not the story's vocabulary ({@link #topicWords}).
   */
  private static double match(Group group, Printed p, Set<String> topic) {
    String speaker = p.source();
    for (String other : group.speakers) {
      if (!compatible(other, speaker)) {
        return 0;
      }
    }
    // Two quotes of one article are one statement only as the parts of a split direct quote.
    Boolean allDirect = group.allDirectByArticle.get(p.article());
    if (allDirect != null && !(allDirect && p.quote().kind() == QuoteKind.DIRECT)) {
      return 0;
    }
    double best = 0;
    List<String> own = null; // p's words less the story's, once a paraphrase is considered
    // Printings in the same words are compared once (a wire story in fifty outlets).
    for (Printed other : group.wordings.values()) {
      if (Math.min(other.words().size(), p.words().size()) < MIN_WORDS
          && !other.words().equals(p.words())) {
        continue;
      }
      double c = Wording.containment(other.words(), p.words());
      if (c >= SAME_STATEMENT
          && sharesRuns(other.words(), p.words())
          && sameContent(other.content(), p.content())) {
        best = Math.max(best, c);
      } else if (paraphrasable(other, p)
          && Math.min(other.content().size(), p.content().size()) >= MIN_WORDS + 1) {
        // Half the words that are the statement's own, not the story's (topicWords).
        if (own == null) {
          own = without(p.content(), topic);
        }
        List<String> a = without(other.content(), topic);
        if (Math.min(a.size(), own.size()) >= MIN_OWN_WORDS
            && Wording.containment(a, own) >= SAME_PARAPHRASE) {
          best = Math.max(best, SAME_PARAPHRASE * c);
        }
      }
    }
    return best;
  }

  /**
   * Whether another statement of the same article has the same cue and is the better reading of
   * what it said: one cue says one thing. The annotation can give a cue two readings, one inside
   * the other ("Dr Rahman added that nutritious vegetable farming … has achieved remarkable success
   * in the region", and the same going on ", known for its favorable climate …"); the ledger shows
   * the whole one, unless what the whole one adds runs into another sentence ("the offer is
   * "believed to be for at least eight years. " The Red Sox have a club policy …"): then the one
   * inside it.
   */
  static boolean nestedInAnother(Quote q, List<Quote> all, List<Sentences.Bounds> sentences) {
    if (q.cue() == null) {
      return false;
    }
    for (Quote o : all) {
      if (o == q
          || o.kind() == QuoteKind.FRAGMENT
          || o.cue() == null
          || o.cue().start() != q.cue().start()
          || o.cue().end() != q.cue().end()) {
        continue;
      }
      if (inside(q, o) && !addsASentence(o, q, sentences)) {
        return true; // q is the piece, o the whole
      }
      if (inside(o, q) && addsASentence(q, o, sentences)) {
        return true; // q runs on into another sentence; o is what was said
      }
    }
    return false;
  }

  /** Whether {@code piece}'s content lies inside {@code whole}'s, which is longer. */
  private static boolean inside(Quote piece, Quote whole) {
    Span p = piece.content();
    Span w = whole.content();
    return w.start() <= p.start()
        && w.end() >= p.end()
        && w.end() - w.start() > p.end() - p.start();
  }

  /**
   * Whether what {@code whole} holds around {@code piece} runs over a sentence's end: a sentence of
   * the article starts inside {@code whole} before the piece, or after it (from the piece's last
   * two characters on: the piece may end on its stop and a closing mark, 'years. "').
   */
  private static boolean addsASentence(Quote whole, Quote piece, List<Sentences.Bounds> sentences) {
    Span w = whole.content();
    Span p = piece.content();
    for (Sentences.Bounds b : sentences) {
      if ((b.start() > w.start() && b.start() <= p.start())
          || (b.start() >= p.end() - 1 && b.start() < w.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two wordings share enough of their content words to be one statement reprinted ({@link
   * #SAME_STATEMENT_CONTENT}); a wording with fewer than two is judged by its small words alone.
   */
  private static boolean sameContent(List<String> a, List<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> sb = new HashSet<>(b);
    int smaller = Math.min(sa.size(), sb.size());
    if (smaller < 2) {
      return true;
    }
    sa.retainAll(sb);
    return sa.size() >= 2 && (double) sa.size() / smaller >= SAME_STATEMENT_CONTENT;
  }

  /**
   * Whether two quotes may be one statement in different words: one is reported speech and both
   * name the same speaker.
   */
  private static boolean paraphrasable(Printed a, Printed b) {
    String sa = speaker(a.quote());
    String sb = speaker(b.quote());
    return sa != null
        && sb != null
        && compatible(sa, sb)
        && (a.quote().kind() == QuoteKind.INDIRECT || b.quote().kind() == QuoteKind.INDIRECT);
  }

  /**
   * The group or role a quote's speaker phrase names with a bare noun that resolves to no one
   * ('"…," police said', "witnesses said", "health officials said", "the Republican nominee said"),
   * in lower case where a sentence's start gave it a capital ("The study found" is "the study");
   * null when it names none. It names the speaker better than another outlet's source does, and
   * better than no name.
   */
  private static String groupName(Quote q) {
    String s = q.speaker() == null ? "" : NoNames.withoutRelativeClause(q.speaker().text().strip());
    if (q.speakerResolved() == null && s.indexOf(", ") > 0) {
      // "Democratic economists, like their Republican counterparts,": the phrase before its
      // description.
      s = s.substring(0, s.indexOf(", ")).strip();
    }
    if (s.isEmpty()) {
      return null;
    }
    if (q.speakerResolved() == null && SHARE.matcher(s).matches()) {
      // "Nearly half said …", "Seventy-two percent said …": a poll's share of those asked.
      return withoutSentenceCapital(s);
    }
    if (SENTENCE_START_DETERMINER.matcher(s).lookingAt()
        || (q.speakerResolved() == null && CAPITALISED_WORD.matcher(s).matches())) {
      // "The study found", and "Studies show" that the annotator resolved to no one.
      s = withoutSentenceCapital(s);
    }
    // "People with knowledge of the talks", "a source familiar with the matter", "Supporters of the
    // law": a source by what it knows or whom it stands with, named by the whole phrase as the
    // outlet wrote it.
    Matcher familiar = FAMILIAR_SOURCE.matcher(s);
    if (familiar.matches() && namesASource(familiar.group(1).toLowerCase(Locale.ROOT))) {
      String first = s.split(" ", 2)[0].toLowerCase(Locale.ROOT);
      return DETERMINERS.contains(first) || NoNames.WORDS.contains(first) || namesASource(first)
          ? withoutSentenceCapital(s)
          : s;
    }
    // "Party leaders", "Digital forensics experts", "Facebook officials": a group whose first word
    // has a sentence's capital or is a name's, which the annotator resolved to no one.
    if (q.speakerResolved() == null && CAPITALISED_GROUP.matcher(s).matches()) {
      String first = s.substring(0, s.indexOf(' ')).toLowerCase(Locale.ROOT);
      if (NoNames.WORDS.contains(first) || first.equals("another") || first.equals("other")) {
        s = withoutSentenceCapital(s); // "Another study"
      }
      return namesASource(s) && !NO_GROUP.contains(s) ? s : null;
    }
    // "the Republican nominee", "the two-term president", "a state official": a role, with a name
    // as a modifier.
    boolean group =
        s.matches("(?:(?:the|an?) (?:[A-Z][\\p{L}-]+ )?)?[a-z][a-z-]{2,}(?: [a-z][a-z-]{2,}){0,2}")
            && !NO_GROUP.contains(s)
            && namesASource(s)
            && !s.startsWith("who ")
            && !s.startsWith("which ");
    return group ? s : null;
  }

  /** A phrase without the capital its sentence's start gave its first letter. */
  private static String withoutSentenceCapital(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * Cues of wanting, planning, learning or expecting: with an infinitive they report an intention
   * or a guess ("you'll want to book early", "plans to invest", "is expected to rise"), not words
   * anyone said. Promises, vows, threats and requests ("vowed to build", "urged them to leave")
   * stay statements.
   */
  private static final Pattern WISH_CUE =
      Pattern.compile(
          "(?i).*\\b(?:want(?:s|ed|ing)?|like|learn(?:s|ed|ing)?|need(?:s|ed)?|expect(?:s|ed|ing)?"
              + "|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed)?|estimated|known|shown"
              + "|know)$");

  /** Whether a reported statement is an intention or a guess: a wish's cue and an infinitive. */
  private static boolean aWishNotAStatement(Quote q) {
    return q.kind() != QuoteKind.DIRECT
        && q.cue() != null
        && q.content().text().strip().regionMatches(true, 0, "to ", 0, 3)
        && WISH_CUE.matcher(q.cue().text().strip()).matches();
  }

  /** One word, capitalised: a common noun when the annotator left it unresolved. */
  private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  /**
   * A phrase of two to five words, the first capitalised and the last a word in lower case: "Party
   * leaders", "U.S. officials", "CR's experts", "Top committee leaders".
   */
  private static final Pattern CAPITALISED_GROUP =
      Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: [\\p{L}.'’-]+){0,3} [a-z][a-z-]{2,}");

  /** Words before a source's noun that a sentence's start capitalises: "Two sources familiar". */
  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "two", "three", "four", "several", "other");

  /**
   * A source that news names by what it knows or whom it stands with, up to a few words: "people
   * with knowledge of the group's activities", "two sources familiar with the matter", "an official
   * close to the talks", "supporters of the law", "officials at the agency". The first group is the
   * source's noun with the words before it.
   */
  private static final Pattern FAMILIAR_SOURCE =
      Pattern.compile(
          "((?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+) (?:with (?:direct )?knowledge of|familiar with|close to"
              + "|briefed on|involved in|knowledgeable about|aware of|with access to|of|at|from|in"
              + "|for) [^,;:]{1,60}");

  /**
   * A share of those a poll asked: "Nearly half", "Seventy-two percent", "About three in 10", "Two
   * in three", "a majority of Republicans".
   */
  private static final Pattern SHARE =
      Pattern.compile(
          "(?i)(?:(?:about|nearly|almost|roughly|only|just|just shy of|more than|less than"
              + "|fewer than|over|under|some|a bare) )?(?:half|a third|a quarter|two-thirds"
              + "|three-quarters|a (?:slim |narrow |large |clear )?(?:majority|minority)"
              + "|(?:[\\p{L}-]+|\\d+) (?:in|out of) (?:[\\p{L}-]+|\\d+)|[\\p{L}-]+ percent"
              + "|\\d+(?:\\.\\d+)? ?(?:%|percent))(?: of [\\p{L}' -]{1,40})?");

  /** A determiner with the capital of a sentence's start, before a word in lower case. */
  private static final Pattern SENTENCE_START_DETERMINER =
      Pattern.compile("(?:The|A|An|Many|Most|Some|Several|Few|His|Her|Their|Its) \\p{Ll}");

  /**
   * Nouns that name a source of statements: people by their role or as a group, bodies, and what
   * findings are printed in ("a state official", "a police source", "an autopsy report"; not "a
   * recipe" or "a few"). A phrase in lower case names a source when its last word is one of these,
   * or a person's agent noun ({@link #AGENT_NOUN}); "the study", "critics", "hospital employees",
   * "city data" do, and "temperatures", "the", "then", "eggs" (what a tagger trained on news makes
   * of a recipe or a manual) do not.
   */
  private static final Pattern SOURCE_NOUN =
      Pattern.compile(
          "(?:officials?|spokes(?:man|men|woman|women|person|people)|sources?|witness(?:es)?"
              + "|experts?|critics?|scientists?|authorit(?:y|ies)|police|investigators?"
              + "|detectives?|doctors?|nurses?|patients?|residents?|voters?|people|persons?"
              + "|parents?|families|family|friends?|relatives?|neighbou?rs?|employees?|staff"
              + "|workers?|executives?|lawmakers?|leaders?|members?|advocates?|activists?"
              + "|supporters?|opponents?|proponents?|liberals?|conservatives?|progressives?"
              + "|volunteers?|officers?|agenc(?:y|ies)|government|administration|ministry"
              + "|departments?|compan(?:y|ies)|firms?|campaigns?|part(?:y|ies)|groups?|courts?"
              + "|judges?|prosecutors?|lawyers?|attorneys?|aides?|advisers?|advisors?|analysts?"
              + "|economists?|observers?|commentators?|diplomats?|ministers?|representatives?"
              + "|students?|teachers?|professors?|users?|fans?|customers?|consumers?|citizens?"
              + "|troops|soldiers|military|army|navy|media|press|public|crowds?|audiences?"
              + "|committee|council|board|panel|union|coalition|alliance|organi[sz]ations?"
              + "|institutes?|universit(?:y|ies)|hospitals?|studies|study|research|evidence|data"
              + "|figures|statistics|estimates?|records?|results?|findings?|polls?|surveys?"
              + "|reports?|statements?|analys[ie]s|filings?|memos?|letters?|documents?|papers?"
              + "|reviews?|articles?|editorials?|websites?|posts?|tweets?|ads|emails?|lawsuits?"
              + "|complaints?|models?|forecasts?|projections?|insiders?|women|men|woman|man"
              + "|children|kids|youths?|presidents?|nominees?|candidates?|chairm[ae]n"
              + "|chairwom[ae]n|chiefs?|secretar(?:y|ies)|heads?|hosts?|stars?|actress(?:es)?"
              + "|coach(?:es)?|captains?|kings?|queens?|princes?|princess|pope|bishops?|priests?"
              + "|rabbis?|imams?|generals?|colonels?|sheriffs?|incumbents?|rivals?|all(?:y|ies)"
              + "|husbands?|wi(?:fe|ves)|daughters?|sons?|girlfriends?|boyfriends?|spouses?"
              + "|couples?|victims?|suspects?|defendants?|plaintiffs?|counsel|agents?|staffers?"
              + "|clerks?|guards?|pilots?|crews?|passengers?|athletes?|team|club"
              + "|outlets?|newspapers?|magazines?|networks?|channels?|sites?|affidavits?|pairs?"
              + "|prosecution|defen[cs]e|releases?|accused|astronauts?|billionaires?"
              + "|millionaires?|associates?|clients?|feds|duch(?:ess|esses)|dukes?|institutions?"
              + "|journals?|communit(?:y|ies)|watchdogs?|participants?|opposition|reps?|tenants?"
              + "|cops?|child|girls?|boys?|correspondents?|accounts?|colleagues?|brigade"
              + "|pirates?|guests?|attendees?|graduates?|individuals?|locals?|humans?"
              + "|business(?:es)?|schools?|colleges?|brands?|trainees?|tutees?|videos?|charts?"
              + "|adolescents?|teens?|broadcasts?|chains?|state|scholars?|academics?|celebs?"
              + "|celebrit(?:y|ies)|charit(?:y|ies)|nonprofits?|airlines?|banks?|startups?"
              + "|utilit(?:y|ies)|technocrats?|regime|cabinet|parliament|congress|senate|houses?"
              + "|label|respondents?|applicants?|(?:im|e)?migrants?|refugees?"
              + "|assistants?|servants?|dependents?|adherents?|claimants?|informants?"
              + "|consultants?|accountants?|attendants?|merchants?|entrants?|contestants?"
              + "|surveyed|polled|asked|interviewed|physicians?|surgeons?|offices?|commissions?"
              + "|inquir(?:y|ies)|books?|columns?|remarks?|lad(?:y|ies)|moguls?|tycoons?"
              + "|kingdom|towns?|city|village|bureaus?|notes?|opinions?|justices?|admirals?"
              + "|missives?|petitions?|movements?|(?:super)?delegates|whites|blacks"
              + "|latinos|criminals?|folks|foundations?|force|publications?"
              + "|stor(?:y|ies)|pieces?|biograph(?:y|ies)|movies?|films?|clips?|summar(?:y|ies)"
              + "|cables?|orders?|disclosures?|cases?|millennials|generations?|elites?"
              + "|establishment|camps?|sides?|heavyweights?|giants?|conferences?"
              + "|politicos?|returns|polling|averages?|index|indices)");

  /**
   * An agent noun: "organizers", "researchers", "the cat owner", "economists", "the front-runner",
   * "the businessman".
   */
  private static final Pattern AGENT_NOUN =
      Pattern.compile("[\\p{L}-]*\\p{L}{2}(?:(?:er|or|ist|ian)s?|m[ae]n|wom[ae]n)");

  private static boolean namesASource(String phrase) {
    String head = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return SOURCE_NOUN.matcher(head).matches() || AGENT_NOUN.matcher(head).matches();
  }

  /**
   * Pronouns, quantifiers and lengths of time name no group: "him" ("blames him"), "all", "many",
   * "hours" ("hours later calling him a thief").
   */
  private static final Set<String> NO_GROUP =
      NoNames.and(
          "she", "they", "you", "seconds", "minutes", "hours", "days", "weeks", "months", "years",
          "decades", "moments");

  static String speaker(Quote q) {
    if (q.speakerResolved() != null) {
      return q.speakerResolved();
    }
    return null;
  }

  /** Speakers match when either is unknown, or one name ends with the other's last word. */
  static boolean compatible(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    String la = a.toLowerCase(Locale.ROOT);
    String lb = b.toLowerCase(Locale.ROOT);
    return la.equals(lb) || la.endsWith(" " + lb) || lb.endsWith(" " + la);
  }

  private static Dossier.Statement statement(List<Printed> group, boolean background) {
    Printed reference = group.get(0);
    for (Printed p : group) {
      if (p.quote().kind() == QuoteKind.DIRECT) {
        reference = p;
        break;
      }
    }
    // One variant per article: the parts of a quote split around "she said" are one wording.
    Map<String, List<Printed>> byArticle = new LinkedHashMap<>();
    for (Printed p : group) {
      byArticle.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(p);
    }
    String referenceText = text(byArticle.get(reference.article()));
    List<String> refWords = Wording.words(referenceText);
    List<Dossier.Variant> variants = new ArrayList<>();
    // Who is named with a direct quote comes first: another outlet's paraphrase may name the outlet
    // it took the quote from ("…, police said, according to the Times").
    String direct = null;
    String byGroup = null;
    String reportedGroup = null;
    String speaker = null;
    String platform = null;
    int worst = 0;
    for (List<Printed> parts : byArticle.values()) {
      Printed first = parts.get(0);
      String text = text(parts);
      String kind =
          parts.stream().allMatch(p -> p.quote().kind() == QuoteKind.DIRECT)
              ? "direct"
              : "indirect";
      String drift = drift(referenceText, refWords, text, kind);
      worst = Math.max(worst, DRIFT.indexOf(drift));
      String diff =
          drift.equals("wording") || drift.equals("shortened")
              ? Wording.diff(referenceText, text)
              : null;
      String cue =
          parts.stream()
              .map(p -> p.quote().cue())
              .filter(Objects::nonNull)
              .map(c -> Spaces.collapse(c.text()))
              .findFirst()
              .orElse(null);
      variants.add(
          new Dossier.Variant(first.article(), first.outlet(), text, kind, drift, diff, cue));
      for (Printed p : parts) {
        String who = speaker(p.quote());
        if (p.quote().kind() == QuoteKind.DIRECT) {
          if (direct == null && who != null) {
            direct = who;
          }
          if (byGroup == null && who == null) {
            byGroup = groupName(p.quote());
          }
        }
        if (speaker == null && who != null) {
          speaker = who;
        }
        if (reportedGroup == null && who == null) {
          reportedGroup = groupName(p.quote());
        }
        if (platform == null && p.quote().platform() != null) {
          platform = p.quote().platform();
        }
      }
    }
    return new Dossier.Statement(
        direct != null
            ? direct
            : byGroup != null ? byGroup : speaker != null ? speaker : reportedGroup,
        referenceText,
        platform,
        group.get(0).article(),
        DRIFT.get(worst),
        variants,
        background);
  }

  private static String text(List<Printed> parts) {
    List<String> texts = new ArrayList<>();
    for (Printed p : parts) {
      String t = Wording.normal(p.quote().content().text());
      if (!texts.contains(t)) {
        texts.add(t);
      }
    }
    return String.join(" … ", texts);
  }

  /** How a wording departs from the reference. */
  static String drift(String reference, List<String> refWords, String text, String kind) {
    if (Wording.normal(reference).equals(Wording.normal(text))) {
      return "identical";
    }
    List<String> words = Wording.words(text);
    if (words.equals(refWords)) {
      return "punctuation";
    }
    int common = Wording.lcs(words, refWords);
    if (kind.equals("indirect")) {
      // A reported statement that quotes part of the words ("said Okafor "holds us to a higher
      // standard"") keeps them; one in the reporter's own words is a paraphrase.
      return common >= 0.8 * words.size() ? "shortened" : "paraphrase";
    }
    if (common == words.size() && words.size() < refWords.size()) {
      return "shortened";
    }
    return common >= 0.6 * Math.min(words.size(), refWords.size()) ? "wording" : "paraphrase";
  }
}
