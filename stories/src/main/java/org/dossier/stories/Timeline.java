package org.dossier.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PublishDate;
import org.dossier.model.TextDates;
import org.dossier.model.TimeMention;

/**
 * The timeline: a dated event for every sentence whose time expression resolved to a calendar date,
 * year or month; the same event reported by several articles (the same date and mostly the same
 * words) is one entry with all of them.
 */
final class Timeline {

  /** Values a timeline can order: a year, a month or a day. */
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  /** A time value of one full day. */
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Share of content words at which two sentences of the same date report one event. */
  static final double SAME_EVENT = 0.4;

  /** Share of the words around the time expression at which two mentions are one event. */
  static final double SAME_CONTEXT = 0.25;

  /** Events this many days before the story's first article are background. */
  static final int BACKGROUND_DAYS = 90;

  private Timeline() {}

  private record Entry(
      String when, String text, Set<String> words, Set<String> near, Set<String> articles) {}

  /** Words for the time of writing: they date a sentence only when nothing else in it does. */
  private static final Pattern PRESENT =
      Pattern.compile("(?i)(?:right\\s+)?now|currently|presently|at present|at the moment");

  /**
   * "Current" alone, which SUTime reads as the time of writing: in news it qualifies a noun ("the
   * current system", "our current offer") and dates nothing that happened.
   */
  private static final Pattern CURRENT = Pattern.compile("(?i)current");

  /** Words around a time expression within its sentence: what happened then. */
  static String window(String text, Sentences.Bounds b, TimeMention t) {
    // A time expression may run past its sentence's end (a split the annotator did not make), or
    // past the text itself (an annotation of another text): every bound is clamped, never trusted.
    int n = text.length();
    int start = Math.max(b.start(), Math.min(t.start(), Math.min(b.end(), n)));
    int end = Math.max(start, Math.min(Math.max(t.end(), start), Math.min(b.end(), n)));
    int from = Math.max(b.start(), start - WINDOW_CHARS);
    int to = Math.max(end, Math.min(Math.min(b.end(), n), end + WINDOW_CHARS));
    return text.substring(from, start) + " " + text.substring(end, to);
  }

  /** Characters either side of a time expression that say what happened then. */
  static final int WINDOW_CHARS = 40;

  /** Stretches of time ("the past year", "the next months") rather than dates of events. */
  private static final Pattern SPAN =
      Pattern.compile("\\b(past|next|coming|recent|previous)\\b", Pattern.CASE_INSENSITIVE);

  /** Lines that are not reporting: copyright and rights notices. */
  private static final Pattern BOILERPLATE =
      Pattern.compile("^(copyright|©|\\(c\\))|all rights reserved", Pattern.CASE_INSENSITIVE);

  /**
   * A bibliographic reference: "J Am Geriatr Soc. 2010;58(10):2043–4.", "2013;169(5):1071–80.", a
   * publisher's line ("Washington, DC: National Academies Press; 2011."), an access note ("Accessed
   * at cochranelibrary.com on June 3, 2022.") or a DOI. A year there dates a publication or a
   * visit, not an event, and its page numbers are no years.
   */
  private static final Pattern CITATION =
      Pattern.compile(
          "\\b\\d{4}\\s*;\\s*\\d+\\s*(?:\\(\\s*[\\d–-]+\\s*\\))?\\s*:\\s*\\d+"
              + "|^(?:Accessed|Retrieved|Last accessed)\\s+(?:at|on|from)?\\b"
              + "|:\\s*[^:;]{2,80};\\s*(?:1[89]|20)\\d{2}\\.?\\s*$"
              + "|\\bdoi:\\s*10\\.");

  /** A word of two letters or more. */
  private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

  /**
   * Whether a sentence says nothing but its time: a date line ("Apr 04 2013", "Updated March 3,
   * 2020") tells no event.
   */
  static boolean onlyATime(String sentence, String time) {
    int at = sentence.indexOf(time);
    String rest =
        at < 0
            ? sentence
            : sentence.substring(0, at) + " " + sentence.substring(at + time.length());
    Matcher m = WORD.matcher(rest);
    int words = 0;
    while (m.find()) {
      if (!DATE_LINE_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
        words++;
      }
    }
    return words < 2;
  }

  /**
   * Whether a sentence dated only by the day of writing is an exclamation in the writer's own voice
   * ("Start your 14-day free trial today!", "Book a free lesson today and see for yourself!"): a
   * page's call to action, not an event. An exclamation in quotation marks is someone's words, and
   * news quotes them ('he yelled "You lie!"').
   */
  static boolean callToAction(String sentence, String time) {
    String s = sentence.strip();
    String t = time.strip();
    return (TODAY.matcher(t).matches() || PRESENT.matcher(t).matches())
        && s.endsWith("!")
        && s.chars().noneMatch(c -> QUOTATION_MARKS.indexOf(c) >= 0);
  }

  /** Words at most in a line that {@link #heading} reads as a heading, label or credit. */
  static final int HEADING_WORDS = 10;

  /**
   * Whether a "sentence" is a heading, a label or a credit line, which tell no event: a few words
   * that do not end as a sentence does ("Their lives today", "Best Backpacking Quilts of 2026", "By
   * Daniel Renfrow April 12, 2024", "Potassium 1080mg 31%").
   */
  static boolean heading(String sentence) {
    String s = sentence.strip();
    int end = s.length();
    while (end > 0 && "\"'”’)]".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return (end == 0 || ".!?…".indexOf(s.charAt(end - 1)) < 0)
        && s.split("\\s+").length <= HEADING_WORDS;
  }

  /** The days a possessive or "of" can make a figure of speech of. */
  private static final Set<String> FIGURATIVE_DAYS = Set.of("today", "tomorrow", "yesterday");

  /**
   * What a day's possessive dates when it heads one: an event of that day ("today's vote",
   * "yesterday's attack", "tomorrow's final"), not "today's world" or "tomorrow's leaders".
   */
  private static final Set<String> DAY_EVENTS =
      Set.of(
          "meeting",
          "meetings",
          "vote",
          "votes",
          "voting",
          "election",
          "elections",
          "game",
          "games",
          "match",
          "matches",
          "race",
          "races",
          "hearing",
          "hearings",
          "session",
          "sessions",
          "debate",
          "debates",
          "announcement",
          "attack",
          "attacks",
          "shooting",
          "explosion",
          "blast",
          "storm",
          "deadline",
          "ceremony",
          "parade",
          "rally",
          "protest",
          "protests",
          "march",
          "summit",
          "talks",
          "trial",
          "decision",
          "ruling",
          "verdict",
          "speech",
          "address",
          "briefing",
          "conference",
          "report",
          "release",
          "edition",
          "paper",
          "show",
          "episode",
          "concert",
          "event",
          "events",
          "launch",
          "opening",
          "final",
          "finals",
          "strike",
          "service",
          "funeral",
          "news",
          "statement",
          "interview",
          "primary",
          "caucus",
          "caucuses",
          "sale",
          "auction",
          "visit",
          "trip",
          "flight",
          "crash",
          "fire",
          "quake",
          "earthquake",
          "performance",
          "results",
          "close",
          "trading",
          "announcements",
          "deal",
          "signing",
          "inauguration",
          "arrest",
          "arrests",
          "raid",
          "raids",
          "fight",
          "bout",
          "opener",
          "semifinal",
          "semi-final");

  private static final Pattern POSSESSIVE_AFTER =
      Pattern.compile("^['’]s\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");

  private static final Pattern OF_BEFORE = Pattern.compile("(?i)\\bof\\s+$");

  private static final Pattern CLOSES_PHRASE = Pattern.compile("^\\s*(?:[.,;:!?)]|$|and\\b)");

  /**
   * Whether "today", "tomorrow" or "yesterday" is a figure of speech, not a day: a possessive that
   * heads no event of the day ("in today's world", "today's homeowners", "tomorrow's tech"), or a
   * phrase's closing "of tomorrow" ("the jobs of tomorrow"). "Today's vote", "yesterday's attack"
   * and "the results of today's primary" stay dated.
   */
  static boolean figurativeDay(String text, TimeMention t) {
    String word = t.text().strip().toLowerCase(Locale.ROOT);
    boolean owns = word.endsWith("'s") || word.endsWith("’s");
    if (owns) {
      word = word.substring(0, word.length() - 2);
    }
    if (!FIGURATIVE_DAYS.contains(word) || t.start() < 0 || t.end() > text.length()) {
      return false;
    }
    int end = owns ? t.end() - 2 : t.end();
    String after = text.substring(end, Math.min(text.length(), end + 60));
    Matcher possessive = POSSESSIVE_AFTER.matcher(after);
    if (possessive.find()) {
      for (String w : possessive.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
        if (DAY_EVENTS.contains(w)) {
          return false;
        }
      }
      return true;
    }
    String before = text.substring(Math.max(0, t.start() - 10), t.start());
    return OF_BEFORE.matcher(before).find() && CLOSES_PHRASE.matcher(after).find();
  }

  /**
   * Whether a "now" leads its sentence into what follows rather than dating it ("Now, consider the
   * assumption …", "Now that you're here", "Now here's what to consider", "So now for the
   * rankings", "Now's the time to …"), or says "for the time being" ("For now at least, …"). "Now
   * Levin has shown that …", "Right now, things are tense" and "The pier is now closed" stay dated.
   */
  static boolean discourseNow(String text, Sentences.Bounds b, TimeMention t) {
    if (!t.text().equalsIgnoreCase("now") || t.start() < b.start() || t.end() > b.end()) {
      return false;
    }
    String before = text.substring(b.start(), t.start());
    String after = text.substring(t.end(), b.end());
    return FOR_NOW.matcher(before).find()
        || NOW_IS_THE_TIME.matcher(after).lookingAt()
        || (SENTENCE_LEAD.matcher(before).matches() && DISCOURSE_AFTER.matcher(after).lookingAt());
  }

  /**
   * "Now's the time to …", "now is the moment to …", wherever it stands in its sentence ("With high
   * demand for cleaning services, now's the time to strike"): a bidding, not a date.
   */
  private static final Pattern NOW_IS_THE_TIME =
      Pattern.compile("(?i)(?:['’]s|\\s+is)\\s+the\\s+(?:time|moment)\\b");

  /** Double quotation marks as texts write them, two apostrophes and two backticks among them. */
  private static final Pattern DOUBLE_MARK = Pattern.compile("''|``|[\"“”„«»]");

  /**
   * A sentence without the one quotation mark it holds unpaired at its start or end: the last
   * sentence of a quotation ("I am extremely disappointed … on March 11, 2005. ''") or the first of
   * one that goes on, as an event line shows it.
   */
  static String unpairedMarkTrimmed(String sentence) {
    String s = sentence.strip();
    List<MatchResult> marks = DOUBLE_MARK.matcher(s).results().toList();
    if (marks.size() % 2 == 0) {
      return s;
    }
    MatchResult last = marks.get(marks.size() - 1);
    if (last.end() == s.length()) {
      return s.substring(0, last.start()).strip();
    }
    MatchResult first = marks.get(0);
    return first.start() == 0 ? s.substring(first.end()).strip() : s;
  }

  /** What may stand before a sentence's leading word: quotation marks, "And", "Okay,", "So". */
  private static final Pattern SENTENCE_LEAD =
      Pattern.compile("(?i)[\\s\"“‘'(]*(?:(?:and|but|so|okay|ok|well)[,\\s]+)?");

  /**
   * What follows a "now" that leads on: "that", "here", "then", "for", "let", "'s", or a comma and
   * a bidding ("Now, consider …", "Now, let's look …"). A comma alone does not: "Now, photography
   * has become far more affordable" and "But now, the script has flipped" say when.
   */
  private static final Pattern DISCOURSE_AFTER =
      Pattern.compile(
          "(?i)\\s+(?:that|here|then|for|let)\\b|['’]s\\b|\\s*,\\s*(?:let|consider|compare|imagine"
              + "|suppose|remember|recall|look|think|take|note)\\b");

  /** "for now", "For now": for the time being. */
  private static final Pattern FOR_NOW = Pattern.compile("(?i)\\bfor\\s+$");

  /** The day of writing, as a time expression says it; "now" and its kin are {@link #PRESENT}. */
  private static final Pattern TODAY = Pattern.compile("(?i)today|tonight|this day");

  private static final String QUOTATION_MARKS = "\"“”„«»‘‚";

  /** Words of a date line that tell no event: "Updated on", "Posted at", "Last modified". */
  private static final Set<String> DATE_LINE_WORDS =
      Set.of("updated", "posted", "published", "modified", "last", "on", "at", "date", "am", "pm");

  /** The events of articles given earliest first, earliest event first. */
  static List<Dossier.Event> of(List<StorySource> sources, LocalDate storyStart) {
    List<Entry> entries = new ArrayList<>();
    for (StorySource s : sources) {
      if (s.annotation() == null) {
        continue;
      }
      String text = s.annotation().text();
      List<Sentences.Bounds> sentences = Sentences.of(s.annotation());
      Set<String> seen = new HashSet<>();
      // A headline summarises the story; its dates are events only where the body tells them.
      String title = s.article().title();
      int titleEnd =
          title != null && !title.isBlank() && text.startsWith(title) ? title.length() : 0;
      // Sentences that name a full day: there a relative "last year" is context, not their date.
      Set<Integer> dayDated = new HashSet<>();
      // Sentences with a date other than "now": there "now" is the reporting, not the event.
      Set<Integer> datedOtherwise = new HashSet<>();
      for (TimeMention t : s.annotation().times()) {
        Sentences.Bounds b = Sentences.at(sentences, t.start());
        if (b != null && t.value() != null && DAY.matcher(t.value()).matches()) {
          dayDated.add(b.start());
        }
        if (b != null
            && t.value() != null
            && DATE.matcher(t.value()).matches()
            && !PRESENT.matcher(t.text()).matches()
            && !CURRENT.matcher(t.text()).matches()) {
          datedOtherwise.add(b.start());
        }
      }
      for (TimeMention t : s.annotation().times()) {
        if (t.start() < titleEnd
            || t.value() == null
            || !DATE.matcher(t.value()).matches()
            || SPAN.matcher(t.text()).find()
            || yearSpan(t)
            || CURRENT.matcher(t.text()).matches()) {
          // "our current customers", "current industry standards": a state, no event.
          continue;
        }
        Sentences.Bounds b = Sentences.at(sentences, t.start());
        if (b == null || !seen.add(t.value() + "@" + b.start())) {
          continue;
        }
        if (PRESENT.matcher(t.text()).matches() && datedOtherwise.contains(b.start())) {
          continue; // "Tuesday, on Twitter, Trump pointed to … supporting him now"
        }
        if (t.value().length() < 10
            && dayDated.contains(b.start())
            && t.text().chars().noneMatch(Character::isDigit)) {
          continue;
        }
        if (namesAnEvent(text, t)) {
          continue; // "his first victory in the 2016 race": a name, not when this happened
        }
        if (datedInBrackets(text, t, s.annotation().times())) {
          continue; // "announced today (14 October 2011)": the day the brackets give
        }
        String sentence =
            unpairedMarkTrimmed(text.substring(b.start(), b.end()).replaceAll("\\s+", " "));
        if (BOILERPLATE.matcher(sentence).find()
            || CITATION.matcher(sentence).find()
            || onlyATime(sentence, t.text())
            || callToAction(sentence, t.text())
            || heading(sentence)
            || discourseNow(text, b, t)
            || figurativeDay(text, t)) {
          continue;
        }
        Set<String> words = new HashSet<>(Terms.words(sentence, 200));
        Set<String> near = new HashSet<>(Terms.words(window(text, b, t), 40));
        Entry home = null;
        for (Entry e : entries) {
          if (e.when().equals(t.value())
              && (overlap(e.words(), words) >= SAME_EVENT
                  || overlap(e.near(), near) >= SAME_CONTEXT)) {
            home = e;
            break;
          }
        }
        if (home == null) {
          home = new Entry(t.value(), sentence, words, near, new LinkedHashSet<>());
          entries.add(home);
        }
        home.articles().add(s.article().id());
      }
    }
    entries.sort(Comparator.comparing(Entry::when));
    List<Dossier.Event> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(
          new Dossier.Event(
              e.when(), e.text(), List.copyOf(e.articles()), background(e.when(), storyStart)));
    }
    return out;
  }

  /** An opening bracket, with the spaces around it. */
  private static final Pattern OPENING_BRACKET = Pattern.compile("\\s*[(\\[]\\s*");

  /**
   * Whether a time with no figure in it is followed by a full date in brackets that says which day
   * it is ("SEACOM said today (10 October 2011)", "last night [10 October 2011]"): that date is the
   * event's, and the relative time, resolved against a publication date that may be a guess, is
   * none of its own.
   */
  static boolean datedInBrackets(String text, TimeMention t, List<TimeMention> times) {
    if (t.text().chars().anyMatch(Character::isDigit) || t.end() > text.length()) {
      return false;
    }
    for (TimeMention u : times) {
      if (u.start() >= t.end()
          && u.start() <= text.length()
          && u.start() - t.end() <= 3
          && u.value() != null
          && DAY.matcher(u.value()).matches()
          && OPENING_BRACKET.matcher(text.substring(t.end(), u.start())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a bare year modifies a noun after a determiner or a possessive ("the 2016 race", "his
   * 2008 campaign", "Ohio's 2015 budget"): it names an event, and the sentence is rarely about what
   * happened in that year.
   */
  static boolean namesAnEvent(String text, TimeMention t) {
    boolean year = YEAR.matcher(t.text()).matches();
    if (!(year || monthAndYear(t.text())) || t.start() < 0 || t.end() > text.length()) {
      return false;
    }
    String before = text.substring(Math.max(0, t.start() - 30), t.start());
    String after = text.substring(t.end(), Math.min(text.length(), t.end() + 30));
    if (DETERMINER_BEFORE.matcher(before).find() && WORD_AFTER.matcher(after).lookingAt()) {
      return true; // "her June 2012 car accident case" as "the 2016 race"
    }
    if (!year) {
      return false;
    }
    // "campaign 2016", "Euro 2016", "Nutrition 2025", "HB 1523": a name ending in a year, not "in
    // 2016", "March 2016", "summer 2016", "fiscal 2016", nor a year after a sentence's first word
    // ("Perhaps 2016 will be …") or a verb ("said 2016 has seen …").
    Matcher word = WORD_BEFORE.matcher(before);
    if (!word.find()) {
      return false;
    }
    String w = word.group(1);
    // Where the word starts in the text, and the last character before it that is not a space.
    int at = t.start() - before.length() + word.start() - 1;
    while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    boolean opensSentence = at < 0 || ".!?:\"“”(".indexOf(text.charAt(at)) >= 0;
    boolean nameHead = Character.isUpperCase(w.codePointAt(0)) || NAME_HEADS.contains(w);
    return nameHead
        && !opensSentence
        && !TIME_WORDS.contains(w.toLowerCase(Locale.ROOT))
        && !w.matches("\\d+(?:st|nd|rd|th)?|Q[1-4]|H[12]|FY");
  }

  /**
   * Whether a time is a month and a year, as a name's modifier holds them: "June 2012", "Sept.
   * 2019".
   */
  private static boolean monthAndYear(String time) {
    Matcher m = MONTH_YEAR.matcher(time);
    return m.matches() && TextDates.MONTH_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** The word right before a year, in the same clause. */
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\d]+)[ \\u00a0]+$");

  /** Words in lower case that a year follows in a name: "campaign 2016". */
  private static final Set<String> NAME_HEADS = Set.of("campaign", "election", "cycle");

  /** Words before a year that make it a time: prepositions, months, seasons, "year", "fiscal". */
  private static final Set<String> TIME_WORDS =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "in",
                  "on",
                  "at",
                  "by",
                  "since",
                  "until",
                  "till",
                  "from",
                  "to",
                  "through",
                  "of",
                  "before",
                  "after",
                  "during",
                  "for",
                  "early",
                  "late",
                  "mid",
                  "and",
                  "or",
                  "than",
                  "about",
                  "around",
                  "circa",
                  "throughout",
                  "between",
                  "into",
                  "within",
                  "year",
                  "fiscal",
                  "spring",
                  "summer",
                  "autumn",
                  "fall",
                  "winter",
                  "is",
                  "was",
                  "were",
                  "be",
                  "been",
                  "are",
                  "as",
                  "not",
                  "only",
                  "over",
                  "under",
                  "c",
                  "ca",
                  "end",
                  "start",
                  "beginning",
                  "middle",
                  "half",
                  "quarter",
                  "season",
                  "term",
                  "vintage",
                  "ad",
                  "bc",
                  "ce",
                  "bce",
                  "copyright"),
              // The months' names, their abbreviations and "sept".
              TextDates.MONTH_WORDS.stream())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Pattern YEAR = Pattern.compile("(?:1[5-9]|20)\\d\\d");

  /** Two years joined by a dash or a slash, as written: "2008-09", "1935-2022". */
  private static final Pattern YEARS =
      Pattern.compile(YEAR.pattern() + "\\s?[-–—/]\\s?(?:" + YEAR.pattern() + "|\\d\\d)");

  /**
   * Whether a time is a span of years, which the annotator dates by its first year (a month where
   * the words may be one, "2008-11"): a season ("the 2008-09 season"), a life ("Paula Rego
   * (1935-2022)"), a table's range ("Job growth (2024-2034)"). It dates no one event.
   */
  private static boolean yearSpan(TimeMention t) {
    return YEAR.matcher(t.value()).matches() && YEARS.matcher(t.text()).matches();
  }

  /** A word and a year: a month's name and a year when the word is one ({@link #monthAndYear}). */
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+" + YEAR.pattern());

  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)(?:^|[^\\p{L}])(?:the|a|an|his|her|its|their|our|my|your|this|that|whose"
              + "|\\p{L}+['’]s)\\s+$");
  private static final Pattern WORD_AFTER = Pattern.compile("[ \\t\\u00a0]+\\p{L}");

  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / Math.min(a.size(), b.size());
  }

  /** Whether a date (of any precision) ends well before the story starts. */
  static boolean background(String when, LocalDate storyStart) {
    if (storyStart == null) {
      return false;
    }
    LocalDate end = PublishDate.lastDay(when);
    return end != null && end.isBefore(storyStart.minusDays(BACKGROUND_DAYS));
  }
}
