package org.dossier.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.Timex;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.TimeMention;

/**
 * Turns SUTime's TIMEX3 values into the values Dossier reports, resolving what SUTime leaves to
 * chance the way news is written: a bare weekday or month is the one just past when the verb is in
 * the past tense ("said Tuesday", "fell in March") and the one ahead when it is in the future
 * ("will meet Friday"); "two years ago" has the precision of a year, not of a day.
 */
final class Times {
  /**
   * The tense of the verb an expression hangs on, as far as it places the expression: {@code
   * FUTURE} for "will", "going to" and present tenses of scheduling ("plays Friday", "is payable"),
   * {@code PAST} for a past tense, {@code PRESENT} for any other present tense and for no verb.
   */
  enum Tense {
    PAST,
    PRESENT,
    FUTURE
  }

  /** Values that still hold a placeholder: a relative expression with no date to resolve it. */
  private static final Pattern UNRESOLVED = Pattern.compile("XXXX|THIS|OFFSET|PREV|NEXT");

  /**
   * Words SUTime tags that place nothing on a timeline ("previously", "once") or that news uses as
   * adjectives far more than as times ("an annual report", "quarterly earnings"): not reported as
   * time expressions. The adverbs of a set ("daily", "weekly", "annually") are reported, as TimeML
   * does, with a period for a value ({@code P1D}); the timeline reads dates only.
   */
  static final Set<String> VAGUE =
      Set.of(
          "previously",
          "once",
          "future",
          "the future",
          "quarterly",
          "annual",
          "ended",
          "the",
          "and");

  private static final String WEEKDAY_NAME =
      "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

  /** A month's name or its abbreviation, as group 1: "Nov.", "November", "Sept". */
  private static final String MONTH_NAME =
      "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?i)(?:on\\s+)?(last\\s+|this\\s+past\\s+|next\\s+|this\\s+coming\\s+)?("
              + WEEKDAY_NAME
              + ")");

  /** "Each Thursday", "every Monday", "Mondays": a set, one day of every week. */
  private static final Pattern WEEKDAY_SET =
      Pattern.compile(
          "(?i)(?:on\\s+)?(?:(?:each|every)\\s+(" + WEEKDAY_NAME + ")|(" + WEEKDAY_NAME + ")s)");

  /** "Each July", "every March": a set, one month of every year. */
  private static final Pattern MONTH_SET =
      Pattern.compile("(?i)(?:in\\s+)?(?:each|every)\\s+" + MONTH_NAME);

  /** A weekday with a time of day: "Friday evening", "noon Saturday", "midnight Friday". */
  private static final Pattern WEEKDAY_AT =
      Pattern.compile(
          "(?i)(?:(?:at\\s+)?(?:noon|midnight|dawn|dusk)\\s+("
              + WEEKDAY_NAME
              + ")|("
              + WEEKDAY_NAME
              + ")\\s+(?:morning|afternoon|evening|night|noon|midnight))");

  /** A TIMEX3 value's time of day: "TEV", "T12:00". */
  private static final Pattern PART_OF_DAY =
      Pattern.compile("T(?:MO|AF|EV|NI|\\d{2}(?::\\d{2})?)$");

  /** "The weekend", "over the weekend", "last weekend", "this coming weekend". */
  private static final Pattern WEEKEND =
      Pattern.compile(
          "(?i)(?:over\\s+|during\\s+)?(the|this|last|next|this\\s+past|this\\s+coming)\\s+weekend");

  /**
   * A holiday's name, with "last", "next" or "this" before it: "last Thanksgiving" (see Holidays).
   */
  private static final Pattern HOLIDAY =
      Pattern.compile(
          "(?i)(?:on\\s+)?(?:the\\s+)?(?:(last|next|this\\s+past|this\\s+coming|this)\\s+)?(.+)");

  /** A month and a day without a year: "Nov. 16", "March 31st". */
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?i)(?:on\\s+)?" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?");

  /** "The first nine months of 1989": the months as a length. */
  private static final Pattern FIRST_MONTHS =
      Pattern.compile("(?i)(?:the\\s+)?(?:first|last|past)\\s+([a-z]+|\\d+)\\s+months\\s+of\\s+.+");

  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)(?:in\\s+|early\\s+|late\\s+|mid-?)?(last\\s+|next\\s+|this\\s+past\\s+)?"
              + MONTH_NAME);

  private static final Pattern AGO =
      Pattern.compile(
          "(?i)(?:about\\s+|some\\s+|nearly\\s+|almost\\s+|more than\\s+)?"
              + "(a\\s+couple\\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
              + "|twelve|\\d+)"
              + "[\\s-]+(quarter[\\s-]+century|decade|century|centurie|year|month|week)s?[\\s-]+"
              + "(ago|earlier|before)");

  /** The words of the numbers from zero to nineteen, each at its value. */
  static final List<String> NUMBER_WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  /** The words of the tens from twenty to ninety, in order. */
  static final List<String> TENS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final List<String> NUMBERS = NUMBER_WORDS.subList(0, 13);

  private static final Pattern QUARTER = Pattern.compile("XXXX-(Q[1-4]|H[12])");

  private static final Pattern QUARTER_WORDS =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:fiscal\\s+|calendar\\s+)?(first|second|third|fourth)[\\s-]+quarter(?:\\s+ended)?");

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  private Times() {}

  /** Whether SUTime's expression is a word that places nothing on a timeline. */
  static boolean vague(String written) {
    return VAGUE.contains(written.strip().toLowerCase(Locale.ROOT));
  }

  /** Words that make a weekday the name of a day, not the nearest such weekday. */
  private static final Pattern NAMED_DAY =
      Pattern.compile(
          "(?:Super|Black|Cyber|Good|Ash|Easter|Palm|Bloody|Maundy|Holy|Giving|Shrove|Whit"
              + "|Fat|Blue|Small Business)[\\s-]+$");

  /**
   * Whether an expression that starts with a weekday is a named day ("Super Tuesday", "Black
   * Friday", "Good Friday"): the text before it ends with the day's first word.
   */
  static boolean namedDay(String written, String before) {
    return WEEKDAY_START.matcher(written).lookingAt() && NAMED_DAY.matcher(before).find();
  }

  private static final Pattern WEEKDAY_START = Pattern.compile("(?i)" + WEEKDAY_NAME + "\\b");

  /**
   * A street after a number: "1156 High Street", "2100 Pennsylvania Avenue", "40 Main St.": the
   * number is a house's, not a year.
   */
  private static final Pattern STREET_AFTER =
      Pattern.compile(
          "^\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Place"
              + "|Square|Terrace|Highway|Parkway)\\b|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:St|Ave|Rd"
              + "|Blvd)\\b)");

  /** Whether a bare number the tagger took for a year is a house number ("1156 High Street"). */
  private static boolean houseNumber(String written, String after) {
    return written.strip().matches("\\d{1,5}") && STREET_AFTER.matcher(after).find();
  }

  private static final Pattern FRACTION_WORD =
      Pattern.compile(
          "(?i)(?:.*\\b)?(?:(?:a|one)\\s+(?:quarter|third|half)|(?:one|two|three)-(?:quarters?|thirds?)"
              + "|half)$");

  /**
   * "of" and what a share is of, when that is no length of time ("of its food", "of the market").
   */
  private static final Pattern SHARE_OF =
      Pattern.compile(
          "(?i)^\\s+of\\s+(?!(?:(?:a|an|the|this|that|each|every|its|their|his|her)\\s+)?"
              + "(?:\\d+\\s+)?(?:century|centuries|years?|decades?|months?|weeks?|days?|hours?"
              + "|minutes?|seconds?|seasons?|games?|terms?|periods?|sessions?|fiscal|calendar"
              + "|\\d{4})\\b)");

  /**
   * Whether a quarter, a third or a half is a share of something, not a length of time: "Iraq
   * imports about three-quarters of its food", "more than a quarter of the market" (SUTime made
   * them nine and three months). "A quarter of a century", "half of the year" and "several quarters
   * of losses" stay times.
   */
  private static boolean share(String written, String after) {
    return FRACTION_WORD.matcher(written.strip()).matches() && SHARE_OF.matcher(after).find();
  }

  /** An age ("52 years old", "a 136-year-old company"): a person's or a firm's, not a time. */
  private static final Pattern AGE = Pattern.compile("(?i).*\\byears?[\\s-]+old$|.*-year-old$");

  /** Figures and abbreviations the tagger takes for times: "200,000", "the SEC" (not seconds). */
  private static final Pattern NO_TIME = Pattern.compile("[\\d.,\\s]+|(?:the\\s+|recent\\s+)?SEC");

  /** "Fall" alone, or "the fall": the season, or a collapse when "of" and no time follow it. */
  private static final Pattern FALL = Pattern.compile("(?i)(?:the\\s+)?fall");

  /** What follows a season's "fall of" when it is one: "the fall of 2007", "of last year". */
  private static final Pattern OF_A_TIME =
      Pattern.compile("(?i)^\\s*of\\s+(?:\\d|last\\b|this\\b|next\\b|that\\s+year|the\\s+year)");

  /** "Of" right after an expression. */
  private static final Pattern OF_AFTER = Pattern.compile("(?i)^\\s*of\\b");

  /**
   * "Following a day of demonstrations", "following a week of talks": "following" is "after", and
   * "a day" a length; SUTime reads "the following day".
   */
  private static final Pattern FOLLOWING_A =
      Pattern.compile("(?i)following\\s+(?:a|an|one)\\s+(?:day|night|week|weekend|month|year)");

  /**
   * Whether an expression is no time at all: an age, a bare figure or number word the tagger left
   * without a value ("two" of "two or three weeks"), an abbreviation that only looks like a unit of
   * time, a house number, a share of something, a fall that is a collapse ("the fall of the
   * military junta", "after the fall of Saigon"), "following" a length of time ({@link
   * #FOLLOWING_A}), a number a word is joined to ("the 1000-member church") or a plus sign ("1000+
   * pages", "going 10 miles or 1000+"), "current" as a noun ({@link #CURRENT_AS_NOUN}), a clock's
   * four figures before a time zone ("1300 GMT"), the verb "may" ({@link #MODAL_MAY}) or "present"
   * as being there ({@link #attending}).
   *
   * @param before the text right before the expression
   * @param after the text right after the expression
   */
  static boolean notATime(String written, String value, String before, String after) {
    String w = written.strip();
    if (w.equalsIgnoreCase("present") && attending(before, after)) {
      return true;
    }
    return AGE.matcher(w).matches()
        || (NO_TIME.matcher(w).matches() && (value == null || !w.matches("\\d{4}")))
        || (value == null && NUMBERS.contains(w.toLowerCase(Locale.ROOT)))
        || houseNumber(w, after)
        || share(w, after)
        || (FALL.matcher(w).matches()
            && OF_AFTER.matcher(after).find()
            && !OF_A_TIME.matcher(after).find())
        || FOLLOWING_A.matcher(w).matches()
        || (w.matches("\\d{3,5}")
            && (COMPOUND_AFTER.matcher(after).find() || after.startsWith("+")))
        || (w.equalsIgnoreCase("current") && CURRENT_AS_NOUN.matcher(after).find())
        || (LEADING_WORD.matcher(w).replaceFirst("").matches("[0-2]\\d[0-5]\\d")
            && CLOCK_ZONE_AFTER.matcher(after).find())
        || MODAL_MAY.matcher(w).find();
  }

  /** A form of "be" or "remain" right before a word, perhaps with an adverb between. */
  private static final Pattern BE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:am|is|are|was|were|be|been|being|remains?|remained|['’]s|['’]re)"
              + "\\s+(?:\\p{L}+ly\\s+|not\\s+|also\\s+|all\\s+|still\\s+)?$");

  /** A place or an occasion after "present": "present at the scene", "present in the blood". */
  private static final Pattern WHERE_AFTER =
      Pattern.compile("(?i)^\\s+(?:at|in|during|among|inside|throughout|on)\\b");

  /**
   * The words before a "present" that is the time: "at present", "the present", "until the
   * present".
   */
  private static final Pattern THE_PRESENT_BEFORE =
      Pattern.compile("(?i)\\b(?:at|the|of|until|till|to|for|from)\\s+$");

  /**
   * Whether "present" means being there, not now: after a form of "be" ("all members were present",
   * "the virus is present in the blood"), or before a place or an occasion ("present at the scene")
   * unless "at" or "the" comes before it ("at present in Germany").
   */
  private static boolean attending(String before, String after) {
    return BE_BEFORE.matcher(before).find()
        || (WHERE_AFTER.matcher(after).find() && !THE_PRESENT_BEFORE.matcher(before).find());
  }

  /** A word of approximation or a preposition before a clock's figures: "about 2045 GMT". */
  private static final Pattern LEADING_WORD =
      Pattern.compile("(?i)^(?:about|around|approximately|roughly|at|by|before|after|until)\\s+");

  /**
   * The end of a range of days after a month and day, with the range's year: "November 9 - 12,
   * 2026", "March 3-5, 2027". Group 1 is the year.
   */
  private static final Pattern RANGE_YEAR_AFTER =
      Pattern.compile("^\\s?[-–—]\\s?\\d{1,2}(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)");

  /**
   * A day's value with the year that closes its range ("November 9 - 12, 2026": 2026-11-09, where
   * SUTime took the year apart and the day was placed by the day of writing); the value as it was
   * when no such range follows, or when the words give the day's own year.
   */
  static String withRangeYear(String written, String value, String after) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}") || written.matches(".*\\d{4}.*")) {
      return value;
    }
    Matcher m = RANGE_YEAR_AFTER.matcher(after);
    return m.find() ? m.group(1) + value.substring(4) : value;
  }

  /**
   * "May" in lower case: the verb ("this may be difficult", "some weeks may be manageable"), which
   * SUTime read as the month ("this May"); the month has its capital.
   */
  private static final Pattern MODAL_MAY = Pattern.compile("\\bmay\\b");

  /**
   * A time zone or "hours" after four figures: a clock's time ("at 6:00 p.m. local time (1300
   * GMT)", "at 0600 hours"), not a year.
   */
  private static final Pattern CLOCK_ZONE_AFTER =
      Pattern.compile(
          "^\\s*(?:GMT|UTC|Z\\b|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|IST|hours|hrs)\\b");

  /**
   * What follows "current" when it is a noun, electricity's or a river's, not the present: "a
   * current of 120 V", "no current flowing", "the units of current are amperes".
   */
  private static final Pattern CURRENT_AS_NOUN =
      Pattern.compile(
          "(?i)^\\s*(?:[.,;:!?)]|of\\b|in\\b|into\\b|flow\\w*|through\\b|is\\b|was\\b|are\\b|were\\b"
              + "|will\\b|can\\b|could\\b|may\\b|might\\b|would\\b|should\\b|must\\b|to\\b"
              + "|from\\b|behind\\b|between\\b|across\\b|along\\b|that\\b|which\\b|with\\b|without\\b|and\\b|$)");

  /**
   * A word joined to a number by a hyphen: "the 1000-member church", "a 2000-seat hall" count
   * members and seats, not years.
   */
  private static final Pattern COMPOUND_AFTER = Pattern.compile("^-\\p{L}");

  /**
   * The normalised value, or null when there is none or it could not be resolved. Without a
   * document date, SUTime leaves relative expressions as placeholders ("XXXX-03-05"); those are
   * reported as unresolved rather than guessed.
   *
   * @param written the expression as written
   * @param raw SUTime's TIMEX3 value (or the NER's normalised date where SUTime made none), or null
   * @param date the document date, or null
   * @param tense the tense of the expression's verb
   */
  static String value(String written, String raw, LocalDate date, Tense tense) {
    return timeMl(resolvedValue(written, raw, date, tense));
  }

  /** "The first half of 1990", "the last half of 1989": TimeML's half years, H1 and H2. */
  private static final Pattern HALF_OF_YEAR =
      Pattern.compile(
          "(?i)(?:the\\s+)?(first|second|last|latter|final)\\s+half\\s+of\\s+((?:1[89]|20)\\d{2})");

  /** A year before a period's name ("the 1988 quarter", "the 2025 season"): that year's period. */
  static final Pattern YEARS_PERIOD =
      Pattern.compile(
          "(?i)(?:the\\s+)?((?:1[89]|20)\\d{2})\\s+(?:fiscal\\s+)?(?:quarter|period|season|half)");

  /**
   * A duration given as a range ("the next 12 to 18 months", "two or three weeks"): TimeML writes
   * an unknown number of the unit ("PXM"), where SUTime gives no value.
   */
  private static final Pattern DURATION_RANGE =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:(?:next|past|last|coming|previous|following)\\s+)?[\\w.,]+\\s+(?:to|or|-|and)\\s+"
              + "[\\w.,]+\\s+(year|month|week|day|hour|minute)s");

  /** Some time ago, with no count to place it by: "a few years ago", "months ago". */
  private static final Pattern VAGUE_AGO =
      Pattern.compile(
          "(?i)(?:just\\s+|only\\s+)?(?:(?:a\\s+few|several|some|many)\\s+)?"
              + "(?:days|weeks|months|years|decades)\\s+ago");

  /** "The next several days", "the past few weeks": a length of a vague count. */
  private static final Pattern SEVERAL_UNITS =
      Pattern.compile(
          "(?i)(?:the\\s+)?(?:next|past|last|coming|previous)\\s+(?:several|few)\\s+"
              + "(day|week|month|year|quarter)s");

  /** "Is" right before an expression: "today is", "it's". */
  private static final Pattern IS_BEFORE = Pattern.compile("(?i)(?:\\bis|['’]s)\\s+$");

  /** A day counted within something: "the eighth day", "his 44th day". */
  private static final Pattern ORDINAL_DAY =
      Pattern.compile(
          "(?i)(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?(?:first|second|third|fourth|fifth"
              + "|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\s+day");

  /** "The past year" and its kin: the stretch just before the day of writing. */
  private static final Pattern THE_PAST =
      Pattern.compile("(?i)the\\s+past\\s+(day|week|month|year|decade|century)");

  /**
   * A stretch after some other event of the story ("three days later", "months later", "a few weeks
   * later"): not a day counted from the article's date but a length, as TimeML has it.
   */
  private static final Pattern LATER =
      Pattern.compile(
          "(?i)(?:(a few|several|some|many)\\s+|(a|an|one|two|three|four|five|six|seven|eight|nine"
              + "|ten|eleven|twelve|\\d{1,3})\\s+)?(minute|hour|day|week|month|year)(s?)\\s+later");

  /**
   * The quarter of a year named before "quarter" ("the 1988 quarter"), as the quarter the article
   * reports on ({@code inView}, "1989-Q3") falls in that year: 1988-Q3. Null when it names none.
   */
  static String yearsQuarter(String written, String inView) {
    Matcher m = YEARS_PERIOD.matcher(written.strip());
    if (inView == null
        || !m.matches()
        || !written.toLowerCase(Locale.ROOT).contains("quarter")
        || inView.length() < 5) {
      return null;
    }
    return m.group(1) + inView.substring(4);
  }

  /**
   * Two years joined by a dash or a slash: a season, a school or fiscal year ("2008-09", "1998/99")
   * or a run of years ("2003-2004", "1939–45").
   */
  private static final Pattern YEAR_SPAN =
      Pattern.compile("((?:1[5-9]|20)\\d\\d)\\s?[-–—/]\\s?((?:1[5-9]|20)\\d\\d|\\d\\d)");

  /**
   * The first year of a span of years ("2008-09": 2008, not SUTime's September 2008; "2003-2004":
   * 2003, not SUTime's 8,760 hours), or null when the words are no such span. Two digits after the
   * dash count only for the next year, since "2008-11" may be a month; four, for any later year of
   * the next two centuries.
   */
  static String yearSpan(String written) {
    Matcher m = YEAR_SPAN.matcher(written.strip());
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    String to = m.group(2);
    boolean later =
        to.length() == 2
            ? Integer.parseInt(to) == (first + 1) % 100
            : Integer.parseInt(to) > first && Integer.parseInt(to) <= first + 200;
    return later ? m.group(1) : null;
  }

  /**
   * A month, a year or a decade joined to "mid", "early" or "late" by a hyphen: "mid-November",
   * "early-March", "mid-1996", "mid-1990s". The tokenizer keeps such a word whole, so SUTime never
   * sees the month or the year in it. Group 1 is the time, without its modifier.
   */
  private static final Pattern HYPHENED =
      Pattern.compile(
          "(?<![\\p{L}\\d-])(?:[Mm]id|[Ee]arly|[Ll]ate)-((?:January|February|March|April|May|June"
              + "|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\."
              + "|Oct\\.|Nov\\.|Dec\\.)|(?:1[5-9]|20)\\d\\d(?:s|['’]s)?)(?![\\p{L}\\d-])");

  /**
   * The value of the time of a {@link #HYPHENED} word: a year as it is, a decade as TimeML writes
   * it ("1990s": 199), a month as the text's other months are resolved, by the tense of its verb;
   * null when a month cannot be placed without the document's date.
   */
  private static String hyphenedValue(String time, LocalDate date, Tense tense) {
    if (Character.isDigit(time.charAt(0))) {
      return time.length() == 4 ? time : time.substring(0, 3);
    }
    Month m = month(time.replace(".", ""));
    if (m == null) {
      return null;
    }
    return value(time, String.format(Locale.ROOT, "XXXX-%02d", m.getValue()), date, tense);
  }

  private static final List<String> UNITS = NUMBER_WORDS.subList(1, 10);
  private static final List<String> TEENS = NUMBER_WORDS.subList(10, 20);

  /**
   * A year said in words, as a broadcast transcript writes it: "nineteen ninety-six", "nineteen
   * seventy nine", "two thousand eight". Group 1 is the century's word, group 2 the tens or a teen,
   * group 3 the unit; or group 4 the unit or teen after "two thousand".
   */
  private static final Pattern SPELLED_YEAR =
      Pattern.compile(
          "(?i)(?<![\\p{L}-])(?:(nineteen|twenty)[\\s-]+("
              + String.join("|", TEENS)
              + "|"
              + String.join("|", TENS)
              + ")(?:[\\s-]+("
              + String.join("|", UNITS)
              + "))?|two\\s+thousand\\s+(?:and\\s+)?("
              + String.join("|", NUMBER_WORDS.subList(1, 20))
              + "))(?![\\p{L}-])");

  /**
   * The year a {@link #SPELLED_YEAR} match says, or -1 when it says none ("twenty ten" is 2010).
   */
  private static int spelledYear(Matcher m) {
    if (m.group(4) != null) {
      return 2000 + number(m.group(4));
    }
    int century = m.group(1).equalsIgnoreCase("nineteen") ? 1900 : 2000;
    String second = m.group(2).toLowerCase(Locale.ROOT);
    int rest;
    if (TEENS.contains(second)) {
      if (m.group(3) != null) {
        return -1; // "nineteen fifteen six" is no year
      }
      rest = 10 + TEENS.indexOf(second);
    } else {
      rest = 20 + 10 * TENS.indexOf(second) + (m.group(3) == null ? 0 : number(m.group(3)));
    }
    return century + rest;
  }

  private static int number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return UNITS.contains(w) ? UNITS.indexOf(w) + 1 : 10 + TEENS.indexOf(w);
  }

  /** The decades' words, in order from the twenties: a decade's third digit is its index + 2. */
  private static final List<String> DECADE_WORDS =
      List.of(
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties");

  /** A decade in words after "the": "the nineties", "the late sixties", "the 'eighties". */
  private static final Pattern DECADE_IN_WORDS =
      Pattern.compile(
          "(?i)(?<!\\p{L})the\\s+(?:(?:early|mid|late)[\\s-]+)?['’]?("
              + String.join("|", DECADE_WORDS)
              + ")(?!\\p{L})");

  /** A person's own decade of life before a decade's word: "in her fifties", "his late sixties". */
  private static final Pattern AGE_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:his|her|their|my|your|our|its)\\s+(?:(?:early|mid|late)[\\s-]+)?['’]?$");

  /**
   * The TimeML value of a decade's word ("nineties": 199), or null when it is a person's age ("in
   * her fifties", {@link #AGE_BEFORE}). The twenties are the 2020s in a text written since 2020,
   * the others the twentieth century's.
   */
  private static String decadeWord(String word, String before, LocalDate date) {
    if (AGE_BEFORE.matcher(before).find()) {
      return null;
    }
    int index = DECADE_WORDS.indexOf(word.toLowerCase(Locale.ROOT));
    if (index < 0) {
      return null;
    }
    boolean now = index == 0 && date != null && date.getYear() >= 2020;
    return (now ? "20" : "19") + (index + 2);
  }

  /** SUTime's value for a decade's word without its century: "XX6X". */
  private static final Pattern CENTURYLESS_DECADE = Pattern.compile("XX(\\d)X");

  /** The decade's word at the end of an expression SUTime valued as a decade without century. */
  private static final Pattern DECADE_WORD_END =
      Pattern.compile("(?i)(" + String.join("|", DECADE_WORDS) + ")$");

  /**
   * The value of an expression SUTime gave a decade without its century ("sixties": XX6X), as
   * {@link #decadeWord} reads it; the value as it was when the words are no decade's.
   */
  static String withCentury(String written, String value, String before, LocalDate date) {
    Matcher m = DECADE_WORD_END.matcher(written.strip());
    if (value == null || !CENTURYLESS_DECADE.matcher(value).matches() || !m.find()) {
      return value;
    }
    return decadeWord(m.group(1), before, date);
  }

  /** "Tuesday nights", "on Saturday mornings": a part of one day of every week. */
  private static final Pattern WEEKDAYS_AT =
      Pattern.compile(
          "(?i)(?:on\\s+)?(" + WEEKDAY_NAME + ")s?\\s+(morning|afternoon|evening|night)s");

  /** "Every morning", "each evening": a part of every day. */
  private static final Pattern EVERY_PART_OF_DAY =
      Pattern.compile("(?i)(?:each|every)\\s+(morning|afternoon|evening|night)");

  /**
   * TimeML's set for a part of the day that recurs: "Tuesday nights" is XXXX-WXX-2TNI (SUTime gave
   * the nearest Tuesday night), "every morning" XXXX-XX-XXTMO (SUTime gave "TMO" alone); null when
   * the words are no such set.
   */
  static String partOfDaySet(String written) {
    Matcher m = WEEKDAYS_AT.matcher(written);
    if (m.matches()) {
      return weekdaySet(m.group(1)) + partOfDay(m.group(2));
    }
    m = EVERY_PART_OF_DAY.matcher(written);
    return m.matches() ? "XXXX-XX-XX" + partOfDay(m.group(1)) : null;
  }

  private static String partOfDay(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "morning" -> "TMO";
      case "afternoon" -> "TAF";
      case "evening" -> "TEV";
      default -> "TNI";
    };
  }

  /** A weekday in the plural, "Sundays": one day of every week, which SUTime may not find. */
  private static final Pattern WEEKDAYS =
      Pattern.compile(
          "(?<!\\p{L})(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s(?![\\p{L}'’])");

  /** TimeML's set of one day of every week, by the day's name: XXXX-WXX-7 for "Sunday". */
  private static String weekdaySet(String name) {
    return "XXXX-WXX-" + DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
  }

  /**
   * A fiscal year by its number: "fiscal 1989", "fiscal year 2019", "FY2019", "FY 2020". Group 1 is
   * the year. TimeML's span holds "fiscal"; SUTime's held the year alone, or nothing where a plural
   * noun followed it ("Fiscal 2019 results", read as a count).
   */
  private static final Pattern FISCAL_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)((?:19|20)\\d\\d)(?![\\p{L}\\d])");

  /**
   * The times with those SUTime cannot see, in text order: a hyphened "mid-November" or "mid-1996"
   * ({@link #HYPHENED}), a year in words ({@link #SPELLED_YEAR}, which also runs an expression
   * SUTime cut at "ninety" to its end), a fiscal year ({@link #FISCAL_YEAR}, which also puts
   * "fiscal" in SUTime's span of its year), a weekday in the plural ({@link #WEEKDAYS}) and a
   * decade in words ({@link #DECADE_IN_WORDS}). A time found where another stands is left out.
   *
   * @param inferred whether the document's date was inferred, which a month found here rests on
   * @param tenseAt the tense of the verb that the sentence holding some characters hangs them on
   */
  static List<TimeMention> withUnseen(
      String text,
      List<TimeMention> times,
      LocalDate date,
      boolean inferred,
      java.util.function.BiFunction<Integer, Integer, Tense> tenseAt) {
    List<TimeMention> out = new ArrayList<>(times);
    Matcher m = HYPHENED.matcher(text);
    while (m.find()) {
      String time = m.group(1);
      // The whole word, as TimeML spans it; its "mid" becomes the modifier (withModifiers).
      String value = hyphenedValue(time, date, tenseAt.apply(m.start(), m.end()));
      if (value != null && overlapping(out, m.start(), m.end()).isEmpty()) {
        // A month rests on the document's date; a year or a decade stands on its own.
        boolean rests = inferred && !Character.isDigit(time.charAt(0));
        out.add(new TimeMention(m.group(), m.start(), m.end(), value, rests));
      }
    }
    m = SPELLED_YEAR.matcher(text);
    while (m.find()) {
      int year = spelledYear(m);
      List<TimeMention> over = overlapping(out, m.start(), m.end());
      if (year < 0) {
        continue;
      }
      if (over.isEmpty()) {
        out.add(new TimeMention(m.group(), m.start(), m.end(), Integer.toString(year), false));
      } else if (over.size() == 1
          && over.get(0).value() != null
          && CALENDAR_VALUE.matcher(over.get(0).value()).lookingAt()) {
        // The year in words is the expression's year, and the expression runs to its end.
        TimeMention t = over.get(0);
        int from = Math.min(t.start(), m.start());
        int to = Math.max(t.end(), m.end());
        out.set(
            out.indexOf(t),
            new TimeMention(
                text.substring(from, to), from, to, year + t.value().substring(4), t.inferred()));
      }
    }
    m = FISCAL_YEAR.matcher(text);
    while (m.find()) {
      List<TimeMention> over = overlapping(out, m.start(), m.end());
      if (over.isEmpty()) {
        out.add(new TimeMention(m.group(), m.start(), m.end(), m.group(1), false));
      } else if (over.size() == 1
          && over.get(0).start() == m.start(1)
          && over.get(0).end() == m.end()) {
        TimeMention t = over.get(0);
        out.set(
            out.indexOf(t),
            new TimeMention(m.group(), m.start(), m.end(), t.value(), t.inferred(), t.mod()));
      }
    }
    m = WEEKDAYS.matcher(text);
    while (m.find()) {
      if (overlapping(out, m.start(), m.end()).isEmpty()) {
        out.add(new TimeMention(m.group(), m.start(), m.end(), weekdaySet(m.group(1)), false));
      }
    }
    m = DECADE_IN_WORDS.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - 24), m.start());
      String value = decadeWord(m.group(1), before, date);
      if (value != null && overlapping(out, m.start(), m.end()).isEmpty()) {
        out.add(new TimeMention(m.group(), m.start(), m.end(), value, false));
      }
    }
    out.sort(java.util.Comparator.comparingInt(TimeMention::start));
    return out;
  }

  /** The times that share a character with {@code [start, end)}. */
  private static List<TimeMention> overlapping(List<TimeMention> times, int start, int end) {
    List<TimeMention> out = new ArrayList<>(1);
    for (TimeMention t : times) {
      if (t.start() < end && start < t.end()) {
        out.add(t);
      }
    }
    return out;
  }

  /** A decade in TimeML is its first three digits ("197"), a century its first two ("19"). */
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");

  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");

  /** A clock time's zone ("T17:00-0500" for "5 p.m. EST") is not part of a TimeML value. */
  private static final Pattern ZONE =
      Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2})?)(?:Z|[+-]\\d{2}:?\\d{2})$");

  private static final Pattern YEAR_BEFORE =
      Pattern.compile(
          "(?i)(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|(?:the\\s+)?year[\\s-](?:earlier|ago)(?:\\s+(?:quarter|period))?)");

  private static final Pattern THE_QUARTER =
      Pattern.compile("(?i)(?:the\\s+)?(?:latest\\s+|most\\s+recent\\s+|same\\s+)?quarter");

  /** "The quarter", "the latest quarter": the quarter an article reports on, not a new one. */
  static boolean theQuarter(String written) {
    return THE_QUARTER.matcher(written.strip()).matches();
  }

  /**
   * The reporting periods of business news that SUTime leaves untagged: "the quarter", "the latest
   * period", "the year-ago quarter", "year-earlier". Group 1 holds "year-ago" or "year-earlier"
   * when the period is the one a year before.
   */
  private static final Pattern REPORTING_PERIOD =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:(?:latest|most\\s+recent|same|current)\\s+)?"
              + "(?:(year[\\s-](?:ago|earlier))(?:\\s+(?:quarter|period))?|(?:quarter|period)\\b)");

  /**
   * The times with the reporting periods SUTime missed added, in text order, each resolved to the
   * quarter the article reports on at that point (the last quarter it named, else the last one
   * complete on its date), or a year before it. Only in texts that speak of quarters.
   */
  static List<TimeMention> withReportingPeriods(
      String text, List<TimeMention> times, LocalDate date) {
    if (!speaksOfQuarters(text)) {
      return times;
    }
    times = withNamedQuarters(text, times, date);
    List<TimeMention> out = new ArrayList<>(times);
    Matcher m = REPORTING_PERIOD.matcher(text);
    while (m.find()) {
      String written = m.group();
      boolean bare = m.group(1) == null;
      if (bare && !written.toLowerCase(Locale.ROOT).startsWith("the")) {
        continue; // "quarter" or "period" alone is a noun, not a time
      }
      int start = m.start();
      int end = m.end();
      // A time SUTime found inside the period ("the year" of "the year-ago quarter") gives way.
      if (out.stream()
          .anyMatch(
              t -> t.start() < end && start < t.end() && (t.start() < start || t.end() > end))) {
        continue;
      }
      out.removeIf(t -> t.start() >= start && t.end() <= end);
      String quarter = lastCompleteQuarter(date);
      if (currentQuarter(written)) {
        quarter = quarterOf(date);
      } else {
        for (TimeMention t : times) {
          if (t.start() < start && t.value() != null && namesQuarter(t.text(), t.value())) {
            quarter = t.value();
          }
        }
      }
      String value =
          bare ? quarter : (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4);
      out.add(new TimeMention(written, start, end, value, false));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * The times with the quarters named by their number that the tagger let through ("the fourth
   * quarter", "fourth-quarter profit") added, resolved as the tagger's are: the last such quarter
   * that has begun by the document's date.
   */
  private static List<TimeMention> withNamedQuarters(
      String text, List<TimeMention> times, LocalDate date) {
    List<TimeMention> out = new ArrayList<>(times);
    Matcher q = ORDINAL_QUARTER.matcher(text);
    while (q.find()) {
      int start = q.start();
      int end = q.end();
      if (times.stream().anyMatch(t -> t.start() < end && start < t.end())) {
        continue;
      }
      out.add(
          new TimeMention(q.group(), start, end, resolve(q.group(), "", date, Tense.PAST), false));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** "The fourth quarter", "fourth-quarter", "the fiscal second quarter". */
  private static final Pattern ORDINAL_QUARTER =
      Pattern.compile(
          "(?i)\\b(?:the\\s+)?(?:fiscal\\s+)?(?:first|second|third|fourth)[\\s-]+quarter\\b");

  /** Whether a text speaks of quarters at all: the word "quarter" in any case. */
  static boolean speaksOfQuarters(String text) {
    return text.toLowerCase(Locale.ROOT).contains("quarter");
  }

  /**
   * A time named by its place after or before another the text gave: "the following year", "the
   * next day", "the previous month". Unlike "next year", it counts from that time, not from the day
   * of writing.
   */
  private static final Pattern FOLLOWING =
      Pattern.compile(
          "(?i)(?:the\\s+)(following|next|previous|preceding|prior)\\s+(day|week|month|year|"
              + WEEKDAY_NAME
              + ")");

  /** A preposition of a stretch of time right before an expression: "within", "over", "in". */
  private static final Pattern STRETCH_BEFORE =
      Pattern.compile("(?i)\\b(?:within|in|over|during|for|throughout)\\s+$");

  /** A value that places a day, a month or a year on the calendar: "1995-05-22", "1989-03". */
  private static final Pattern CALENDAR_VALUE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /** A day's ISO week in TimeML's form: "2026-W04". */
  static String isoWeek(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /**
   * A length in TimeML's form: an amount ("3", or "X" for some) of a unit of the clock ("PT3H") or
   * of the calendar ("P3D", "PXW", "P1Q").
   */
  private static String length(String amount, String unit) {
    boolean clock = unit.equals("hour") || unit.equals("minute");
    return (clock ? "PT" : "P") + amount + Character.toUpperCase(unit.charAt(0));
  }

  /** Whether an expression counts from another time: "the following year", "the previous day". */
  static boolean countsFromAnother(String written) {
    return FOLLOWING.matcher(written.strip()).matches();
  }

  /** Whether a value places a day, a month or a year, and can anchor {@link #following}. */
  static boolean calendar(String value) {
    return value != null && CALENDAR_VALUE.matcher(value).matches();
  }

  /**
   * The value of "the following year" and its kin, counted from the time the text gave before it
   * ({@code anchor}, a {@link #calendar} value): "On May 22, 1995, … and the following year" is
   * 1996. Null when the expression is no such one, or the anchor is too coarse for its unit (a year
   * has no following day), or "next" stands after a preposition of a stretch of time ("within the
   * next month", "in the next year"), which counts from the day of writing.
   *
   * @param before the text before the expression (its end is what counts)
   */
  static String following(String written, String anchor, String before) {
    Matcher m = FOLLOWING.matcher(written.strip());
    if (!m.matches()
        || !calendar(anchor)
        || (m.group(1).equalsIgnoreCase("next") && STRETCH_BEFORE.matcher(before).find())) {
      return null;
    }
    int step = m.group(1).toLowerCase(Locale.ROOT).startsWith("p") ? -1 : 1;
    try {
      return counted(m.group(2).toLowerCase(Locale.ROOT), anchor, step);
    } catch (java.time.DateTimeException e) {
      return null; // an anchor no calendar holds ("2016-02-30" as a tagger wrote it)
    }
  }

  /** The time a step of a unit from an anchor: {@link #following}'s arithmetic. */
  private static String counted(String unit, String anchor, int step) {
    int year = Integer.parseInt(anchor.substring(0, 4));
    switch (unit) {
      case "year":
        return String.format(Locale.ROOT, "%04d", year + step);
      case "month":
        if (anchor.length() < 7) {
          return null;
        }
        LocalDate month = LocalDate.of(year, Integer.parseInt(anchor.substring(5, 7)), 1);
        month = month.plusMonths(step);
        return String.format(Locale.ROOT, "%04d-%02d", month.getYear(), month.getMonthValue());
      default:
        if (anchor.length() < 10) {
          return null;
        }
        LocalDate day = LocalDate.parse(anchor);
        if (unit.equals("day")) {
          return day.plusDays(step).toString();
        }
        if (!unit.equals("week")) {
          // "down 4.5 % from the previous Friday", after a Friday's trading: the one before it.
          DayOfWeek weekday = DayOfWeek.valueOf(unit.toUpperCase(Locale.ROOT));
          return day.with(
                  step < 0 ? TemporalAdjusters.previous(weekday) : TemporalAdjusters.next(weekday))
              .toString();
        }
        return isoWeek(day.plusWeeks(step));
    }
  }

  /** Words that modify a time, as TimeML's {@code mod} names them. */
  private static final String MODIFIERS =
      "about|around|approximately|roughly|some|earlier|early|the\\s+beginning\\s+of"
          + "|the\\s+start\\s+of|mid|the\\s+middle\\s+of|late|the\\s+end\\s+of|at\\s+least"
          + "|no\\s+less\\s+than|more\\s+than|less\\s+than|nearly|almost|up\\s+to|at\\s+most"
          + "|no\\s+more\\s+than";

  /** A modifier that opens an expression: "about five hours", "early March", "mid-November". */
  private static final Pattern MODIFIER_INSIDE =
      Pattern.compile("(?i)^(" + MODIFIERS + ")\\b[\\s-]*");

  /** A modifier right before an expression: "about" of "about 10:35 a.m.". */
  private static final Pattern MODIFIER_BEFORE =
      Pattern.compile("(?i)(?<![\\p{L}-])(" + MODIFIERS + ")[\\s-]+$");

  /** Words of approximation, which TimeML leaves outside an expression's span. */
  private static final Set<String> APPROXIMATE =
      Set.of("about", "around", "approximately", "roughly");

  /**
   * Modifiers of a time's place in its span: "early March", "mid-November", "the end of the month".
   * The others modify only a count or a clock time ("about five hours", "nearly two years"), not
   * "get around Wednesday's ruling" nor "almost daily".
   */
  private static final Set<String> OF_A_SPAN = Set.of("START", "MID", "END");

  /** A count at an expression's start: "two years", "a decade", "18 months". */
  private static final Pattern COUNT_START =
      Pattern.compile(
          "(?i)^(?:\\d|a\\b|an\\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
              + "|a\\s+few|several|dozens?|hundreds?)");

  /** TimeML's {@code mod} for a modifier's words, or null. */
  private static String modOf(String words) {
    String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return switch (w) {
      case "about", "around", "approximately", "roughly", "some" -> "APPROX";
      case "earlier", "early", "the beginning of", "the start of" -> "START";
      case "mid", "the middle of" -> "MID";
      case "late", "the end of" -> "END";
      case "at least", "no less than" -> "EQUAL_OR_MORE";
      case "more than" -> "MORE_THAN";
      case "less than", "nearly", "almost" -> "LESS_THAN";
      case "up to", "at most", "no more than" -> "EQUAL_OR_LESS";
      default -> null;
    };
  }

  /**
   * The times with TimeML's modifier ({@code mod}) read from the words that open them or stand
   * right before them ("early March", "about 10:35 a.m.", "at least 20 more years"), and the words
   * of approximation ("about", "around", "approximately", "roughly") taken out of the span, as
   * TimeML has it. Only "early", "mid", "late" and their kin modify any time; the others, a count
   * or a clock time ("about 10:35 a.m.", "nearly two years"). "Over" is left alone: "over two
   * years" is as often "during" as "more than".
   *
   * @param text the text the times' offsets count in
   */
  static List<TimeMention> withModifiers(String text, List<TimeMention> times) {
    List<TimeMention> out = new ArrayList<>(times.size());
    for (TimeMention t : times) {
      String written = t.text();
      Matcher inside = MODIFIER_INSIDE.matcher(written);
      String words = null;
      String rest = written;
      boolean opens = false;
      if (inside.lookingAt() && inside.end() < written.length()) {
        words = inside.group(1);
        rest = written.substring(inside.end());
        opens = true;
      } else {
        Matcher before =
            MODIFIER_BEFORE.matcher(text.substring(Math.max(0, t.start() - 24), t.start()));
        if (before.find()) {
          words = before.group(1);
        }
      }
      String lower = words == null ? null : words.toLowerCase(Locale.ROOT);
      String mod = words == null ? null : modOf(words);
      if (mod != null && !OF_A_SPAN.contains(mod) && !COUNT_START.matcher(rest).find()) {
        mod = null;
      }
      if (mod == null) {
        out.add(t);
      } else if (opens && APPROXIMATE.contains(lower)) {
        int start = t.start() + inside.end();
        out.add(new TimeMention(rest, start, t.end(), t.value(), t.inferred(), mod));
      } else {
        out.add(new TimeMention(t.text(), t.start(), t.end(), t.value(), t.inferred(), mod));
      }
    }
    return out;
  }

  /** Months whose names are common words too, written in lower case: "the march", "may". */
  private static final Set<String> MONTH_WORDS = Set.of("march", "may");

  /**
   * The times without those that are part of a person's name ("Theresa May", "Jan Kavan", "April
   * Ryan", "Sandra Day O'Connor") or a month's name written in lower case as the common word it
   * also is ("joined the march").
   */
  static List<TimeMention> withoutNames(List<TimeMention> times, List<EntityMention> entities) {
    List<TimeMention> out = new ArrayList<>(times.size());
    for (TimeMention t : times) {
      boolean named = false;
      for (EntityMention e : entities) {
        if (e.type() == EntityType.PERSON && e.start() <= t.start() && t.end() <= e.end()) {
          named = true;
          break;
        }
      }
      if (!named && !MONTH_WORDS.contains(t.text())) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether an expression names a quarter by its number ("the third quarter", "Q3 2026"). */
  static boolean namesQuarter(String written, String value) {
    return value.matches("\\d{4}-Q[1-4]")
        && written
            .toLowerCase(Locale.ROOT)
            .matches(".*\\b(?:first|second|third|fourth|q[1-4])\\b.*")
        && !written.toLowerCase(Locale.ROOT).contains("year-");
  }

  /** The quarter a day falls in: 2026-Q4 on 2026-11-01. */
  static String quarterOf(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** The last quarter that had ended by a day: 2026-Q3 on 2026-11-01. */
  static String lastCompleteQuarter(LocalDate date) {
    return quarterOf(date.minusMonths(3));
  }

  private static final Pattern CURRENT_QUARTER =
      Pattern.compile("(?i)(?:the\\s+)?current\\s+(?:quarter|period)");

  /** "The current quarter": the quarter of the document's day. */
  static boolean currentQuarter(String written) {
    return CURRENT_QUARTER.matcher(written.strip()).matches();
  }

  /**
   * "A year ago", "a year earlier" or "the year-ago quarter" in a sentence about a quarter: the
   * same quarter a year before the one in view; any other expression keeps its value.
   */
  static String yearBeforeQuarter(String written, String value, String quarterInView) {
    if (!YEAR_BEFORE.matcher(written.strip()).matches()) {
      return value;
    }
    int year = Integer.parseInt(quarterInView.substring(0, 4));
    return (year - 1) + quarterInView.substring(4);
  }

  /** SUTime's composite values, which TimeML has no form for: "1989 INTERSECT P1Y". */
  private static final Pattern INTERSECT = Pattern.compile("(\\d{4}(?:-[0-9A-Z]+)*) INTERSECT .*");

  /** A range of lengths, "P2W/P3W" for "two to three weeks". */
  private static final Pattern LENGTHS = Pattern.compile("(P[0-9A-Z]+)/P[0-9A-Z]+");

  /** A year of a decade's start at the end of an expression, before "'s" or "’s". */
  private static final Pattern DECADE_YEAR = Pattern.compile("(?<![\\d.,])(1\\d\\d|20\\d)0$");

  /**
   * How many characters at the start of an expression SUTime glued on from a phrase of plural units
   * before a comma ("the colder months, winter", "For weeks, Monday", "recent years, 2020"): the
   * expression is what follows the comma. 0 when there is none.
   */
  static int gluedUnits(String written) {
    Matcher m = GLUED_UNITS.matcher(written);
    return m.lookingAt() && m.end() < written.length() ? m.end() : 0;
  }

  private static final Pattern GLUED_UNITS =
      Pattern.compile(
          "(?i)(?:\\p{L}+\\s+){0,3}(?:years|months|weeks|days|decades|centuries|hours|minutes"
              + "|nights),\\s+");

  /**
   * The decade in TimeML's form ("198") when an expression ending at {@code end} ends with the year
   * a decade starts in and the text goes on with "'s" or "’s" as a word's end ("the late 1980's"),
   * else null.
   */
  static String decadeBeforeApostrophe(String text, int end) {
    if (end + 2 > text.length()
        || "'’".indexOf(text.charAt(end)) < 0
        || text.charAt(end + 1) != 's'
        || (end + 2 < text.length() && Character.isLetterOrDigit(text.charAt(end + 2)))) {
      return null;
    }
    Matcher m = DECADE_YEAR.matcher(text.substring(Math.max(0, end - 5), end));
    return m.find() ? m.group(1) : null;
  }

  /** A value in TimeML's own conventions. */
  static String timeMl(String v) {
    if (v == null) {
      return null;
    }
    // "Second this year", "year this year": the date the length was laid on. TimeML's value for a
    // range of lengths is its lower bound, with the modifier apart.
    Matcher composite = INTERSECT.matcher(v);
    if (composite.matches()) {
      v = composite.group(1);
    } else if (v.contains(" INTERSECT ") || v.startsWith("(")) {
      return null;
    }
    composite = LENGTHS.matcher(v);
    if (composite.matches()) {
      v = composite.group(1);
    }
    Matcher m = DECADE.matcher(v);
    if (m.matches()) {
      return m.group(1);
    }
    m = CENTURY.matcher(v);
    if (m.matches()) {
      return m.group(1);
    }
    m = ZONE.matcher(v);
    if (m.find()) {
      return v.substring(0, m.start()) + m.group(1);
    }
    return v;
  }

  private static String resolvedValue(String written, String raw, LocalDate date, Tense tense) {
    String v = raw == null ? "" : raw;
    String set = partOfDaySet(written.strip());
    if (set != null) {
      return set;
    }
    if (ORDINAL_DAY.matcher(written.strip()).matches()) {
      // "Clouded the second day of the convention", "his 44th day on the trail": a day of
      // something the text does not date, which SUTime counted from the day of writing (the 44th
      // day ahead). "Today is the eighth day" is {@link #inContext}'s.
      return null;
    }
    Matcher half = HALF_OF_YEAR.matcher(written.strip());
    if (half.matches()) {
      return half.group(2) + (half.group(1).equalsIgnoreCase("first") ? "-H1" : "-H2");
    }
    Matcher year = YEARS_PERIOD.matcher(written.strip());
    if (year.matches()) {
      return year.group(1); // "the 1988 quarter" is no duration of 1,988 quarters
    }
    Matcher past = THE_PAST.matcher(written.strip());
    if (past.matches()) {
      // "over the past year": the twelve months up to the day of writing, a length in TimeML
      // (P1Y), not this calendar year.
      return switch (past.group(1).toLowerCase(Locale.ROOT)) {
        case "decade" -> "P10Y";
        case "century" -> "P100Y";
        default -> length("1", past.group(1).toLowerCase(Locale.ROOT));
      };
    }
    if (VAGUE_AGO.matcher(written.strip()).matches()) {
      return "PAST_REF"; // "a few years ago", "months ago": some time before, no date to put it on
    }
    Matcher several = SEVERAL_UNITS.matcher(written.strip());
    if (several.matches()) {
      // "the next several days": a length of some days, not SUTime's range of dates.
      return length("X", several.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher later = LATER.matcher(written.strip());
    if (later.matches() && (later.group(2) != null || !later.group(4).isEmpty())) {
      String unit = later.group(3).toLowerCase(Locale.ROOT);
      int n = later.group(2) == null ? -1 : count(later.group(2));
      return length(n < 0 ? "X" : String.valueOf(n), unit);
    }
    Matcher range = DURATION_RANGE.matcher(written.strip());
    if ((v.isEmpty() || !v.startsWith("P")) && range.matches()) {
      return length("X", range.group(1).toLowerCase(Locale.ROOT));
    }
    if (date != null) {
      String resolved = resolve(written.strip(), v, date, tense);
      if (resolved != null) {
        return resolved;
      }
    }
    if (v.isEmpty()) {
      return null;
    }
    if (v.equals("PRESENT_REF")) {
      return date == null ? null : date.toString(); // "now", "currently": the document's day
    }
    if (UNRESOLVED.matcher(v).find() && !v.startsWith("P")) {
      return null;
    }
    return v;
  }

  /** Our own reading of weekdays, months, "N years ago" and quarters, or null to keep SUTime's. */
  private static String resolve(String written, String value, LocalDate date, Tense tense) {
    boolean future = tense == Tense.FUTURE;
    Matcher m = WEEKDAY.matcher(written);
    if (m.matches()) {
      return weekday(m, date, tense).toString();
    }
    m = WEEKDAY_SET.matcher(written);
    if (m.matches()) {
      String name = m.group(1) == null ? m.group(2) : m.group(1);
      return weekdaySet(name);
    }
    m = MONTH_SET.matcher(written);
    if (m.matches()) {
      return String.format(Locale.ROOT, "XXXX-%02d", month(m.group(1)).getValue());
    }
    m = WEEKDAY_AT.matcher(written);
    Matcher clock = PART_OF_DAY.matcher(value);
    if (m.matches() && clock.find()) {
      // "Friday evening", "noon Saturday": the day by the verb's tense, the time of day SUTime's.
      Matcher day = WEEKDAY.matcher(m.group(1) == null ? m.group(2) : m.group(1));
      if (day.matches()) {
        return weekday(day, date, tense) + clock.group();
      }
    }
    m = WEEKEND.matcher(written);
    if (m.matches()) {
      String modifier = m.group(1).toLowerCase(Locale.ROOT);
      boolean ahead =
          modifier.startsWith("next")
              || modifier.startsWith("this coming")
              || (future && !modifier.startsWith("last") && !modifier.startsWith("this past"));
      // The weekend just past (the one under way on a Saturday or Sunday), or the next one.
      LocalDate saturday =
          date.getDayOfWeek() == DayOfWeek.SUNDAY
              ? date.minusDays(1)
              : date.with(
                  ahead
                      ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)
                      : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return isoWeek(saturday) + "-WE";
    }
    m = HOLIDAY.matcher(written);
    IntFunction<LocalDate> holiday =
        m.matches() && value.matches("(?:XXXX|\\d{4})-\\d{2}-\\d{2}")
            ? Holidays.named(m.group(2))
            : null;
    if (holiday != null) {
      // "Thanksgiving" in January: the one just past, or the next one, as a day without a year.
      LocalDate past = null;
      LocalDate ahead = null;
      for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
        LocalDate d = holiday.apply(y);
        if (!d.isAfter(date)) {
          past = d;
        }
        if (ahead == null && !d.isBefore(date)) {
          ahead = d;
        }
      }
      String modifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      if (modifier.equals("this")) {
        return holiday.apply(date.getYear()).toString(); // "this Christmas": this year's
      }
      boolean next =
          modifier.startsWith("next")
              || modifier.startsWith("this coming")
              || (modifier.isEmpty()
                  && pickAhead(
                      tense,
                      ChronoUnit.DAYS.between(past, date),
                      ChronoUnit.DAYS.between(date, ahead),
                      62,
                      240));
      return (next ? ahead : past).toString();
    }
    m = MONTH_DAY.matcher(written);
    if (m.matches() && value.matches("(?:XXXX|\\d{4})-\\d{2}-\\d{2}")) {
      // "Nov. 16", "the year ended March 31": the one just past, or the next one ahead.
      Month month = month(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (month == null || day < 1 || day > month.maxLength()) {
        return null;
      }
      MonthDay monthDay = MonthDay.of(month, day);
      LocalDate past = nearest(monthDay, date, -1);
      LocalDate ahead = nearest(monthDay, date, 1);
      long back = ChronoUnit.DAYS.between(past, date);
      long forth = ChronoUnit.DAYS.between(date, ahead);
      return (pickAhead(tense, back, forth, 62, 240) ? ahead : past).toString();
    }
    m = FIRST_MONTHS.matcher(written);
    if (m.matches() && value.contains("INTERSECT") && count(m.group(1)) >= 0) {
      return "P" + count(m.group(1)) + "M"; // "the first nine months of 1989"
    }
    m = MONTH.matcher(written);
    if (m.matches() && value.matches("(?:XXXX|\\d{4})-\\d{2}")) {
      Month month = month(m.group(2));
      if (month == null) {
        return null;
      }
      String modifier = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
      int year = date.getYear();
      int here = date.getMonthValue();
      int there = month.getValue();
      if (modifier.startsWith("next")) {
        year = there > here ? year : year + 1;
      } else if (!modifier.isEmpty()) {
        year = there < here ? year : year - 1;
      } else {
        int back = Math.floorMod(here - there, 12);
        int forth = Math.floorMod(there - here, 12);
        year =
            pickAhead(tense, back, forth, 1, 6)
                ? (there >= here ? year : year + 1)
                : (there <= here ? year : year - 1);
      }
      return String.format(Locale.ROOT, "%04d-%02d", year, there);
    }
    m = AGO.matcher(written);
    if (m.matches() && count(m.group(1)) >= 0) {
      int count = count(m.group(1));
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      int years =
          switch (unit.charAt(0)) {
            case 'y' -> 1;
            case 'd' -> 10;
            case 'q' -> 25; // a quarter century
            case 'c' -> 100;
            default -> 0; // months
          };
      if (years > 0) {
        return String.format(Locale.ROOT, "%04d", date.getYear() - years * count); // a year, no day
      }
      if (unit.startsWith("week")) {
        return isoWeek(date.minusWeeks(count)); // "six weeks ago": a week, no day
      }
      LocalDate d = date.minusMonths(count);
      return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
    m = QUARTER_WORDS.matcher(written);
    if (m.matches()) {
      int quarter = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
      int here = (date.getMonthValue() - 1) / 3 + 1;
      int year = date.getYear();
      // Quarters are mostly reported once they are over: a quarter not yet reached this year is
      // last year's unless the verb looks ahead.
      if (quarter > here && !future) {
        year--;
      }
      return year + "-Q" + quarter;
    }
    m = QUARTER.matcher(value);
    if (m.matches()) {
      return date.getYear() + "-" + m.group(1);
    }
    return null;
  }

  /** "The year" or "the fiscal year" as written before "ended March 31". */
  private static final Pattern ACCOUNTING_YEAR =
      Pattern.compile("(?i)(?:the\\s+)?(?:fiscal\\s+|financial\\s+)?year");

  private static final Pattern ENDED =
      Pattern.compile("^\\s+(?:ended|ending|ends|that\\s+ended)\\b");

  private static final Pattern END = Pattern.compile("^[\\s-]end\\b");

  private static final Pattern SINCE = Pattern.compile("\\bsince\\s+$");

  /**
   * The value of an expression in the light of the words after it: "the year ended March 31" is a
   * year's length (TimeML's {@code P1Y}), "year-end" the last day of the year, this year's unless
   * it is passed ("since year-end") or the verb is in the past.
   *
   * @param before the text before the expression (its end is what counts)
   * @param after the text after the expression (its start is what counts)
   */
  static String inContext(
      String written, String value, String before, String after, LocalDate date, Tense tense) {
    String w = written.strip();
    if (date != null && ORDINAL_DAY.matcher(w).matches() && IS_BEFORE.matcher(before).find()) {
      return date.toString(); // "today is the eighth day of Desert Shield", "It's the second day"
    }
    if (ACCOUNTING_YEAR.matcher(w).matches() && ENDED.matcher(after).find()) {
      return "P1Y";
    }
    if (date != null && w.equalsIgnoreCase("year") && END.matcher(after).find()) {
      boolean passed = SINCE.matcher(before).find() || tense == Tense.PAST;
      return (date.getYear() - (passed ? 1 : 0)) + "-12-31";
    }
    return value;
  }

  /** Words of a deadline: "by February", "until Friday", "due Wednesday" look ahead. */
  private static final Set<String> DEADLINE = Set.of("by", "until", "till", "due");

  /**
   * A count written as a word ("a", "a couple of", "nine", up to "twelve") or in up to four digits;
   * -1 for any other ("few", "eighteen"), which is left to SUTime.
   */
  private static int count(String written) {
    String n = written.toLowerCase(Locale.ROOT);
    if (n.equals("a") || n.equals("an")) {
      return 1;
    }
    if (n.matches("a\\s+couple\\s+of")) {
      return 2; // "a couple of years ago"
    }
    if (NUMBERS.contains(n)) {
      return NUMBERS.indexOf(n);
    }
    return n.matches("\\d{1,4}") ? Integer.parseInt(n) : -1;
  }

  /**
   * The day of {@code monthDay} nearest to {@code date} on its side: on it or before when {@code
   * step} is -1, on it or after when 1 (29 February in a leap year).
   */
  private static LocalDate nearest(MonthDay monthDay, LocalDate date, int step) {
    for (int year = date.getYear(); ; year += step) {
      if (monthDay.isValidYear(year)) {
        LocalDate d = monthDay.atYear(year);
        if (step < 0 ? !d.isAfter(date) : !d.isBefore(date)) {
          return d;
        }
      }
    }
  }

  /** A weekday as {@link #WEEKDAY} matched it: by its modifier, else by the verb's tense. */
  private static LocalDate weekday(Matcher m, LocalDate date, Tense tense) {
    DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    String modifier = m.group(1) == null ? "" : m.group(1).strip().toLowerCase(Locale.ROOT);
    if (modifier.startsWith("next") || modifier.startsWith("this coming")) {
      return date.with(TemporalAdjusters.next(day));
    } else if (!modifier.isEmpty()) {
      return date.with(TemporalAdjusters.previous(day));
    }
    return date.with(
        tense == Tense.FUTURE
            ? TemporalAdjusters.nextOrSame(day)
            : TemporalAdjusters.previousOrSame(day));
  }

  /**
   * Whether a day or month without a year is the one ahead rather than the one just past, given how
   * far back and ahead each lies: ahead in the future tense; in the past tense only when it is very
   * near ahead and long past ("had been set to expire Nov. 6", written on 2 November); otherwise
   * the nearer one ("is payable Dec. 7", "the year ended March 31" in November).
   */
  private static boolean pickAhead(Tense tense, long back, long forth, long near, long far) {
    return switch (tense) {
      case FUTURE -> true;
      case PAST -> forth <= near && back >= far;
      case PRESENT -> forth < back;
    };
  }

  /** The raw value of a time mention: SUTime's, else the NER's normalised date, else null. */
  static String raw(Timex timex, String normalized) {
    if (timex != null) {
      String v = timex.value();
      if (v == null || v.isEmpty()) {
        v = timex.altVal();
      }
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return normalized != null && ISO_DATE.matcher(normalized).matches() ? normalized : null;
  }

  private static Month month(String abbreviation) {
    String a = abbreviation.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month
          .getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          .toLowerCase(Locale.ROOT)
          .startsWith(a)) {
        return month;
      }
    }
    return null;
  }

  /**
   * The tense of the verb nearest before the expression (else the first after it) in its sentence:
   * future for a modal "will", "'ll" or "shall", "going to", or a present tense of a scheduling
   * verb ("is scheduled", "plays Friday", "is expected in December"); past for a past tense or a
   * participle that no present "is" or "are" makes passive; present otherwise, and without a verb,
   * except that a present tense looks ahead after a deadline's preposition ("to pay down the loan
   * by February").
   */
  static Tense tense(List<CoreLabel> sentence, int first, int last) {
    Tense tense = verbTense(sentence, first, last);
    return tense == Tense.PRESENT && first > 0 && DEADLINE.contains(sentence.get(first - 1).word())
        ? Tense.FUTURE
        : tense;
  }

  /**
   * The tense of the verb nearest before the expression, else the first after it. A present
   * participle that opens a clause ("rose 3 percent, closing unchanged Friday") has no tense of its
   * own: the nearest other verb decides.
   */
  private static Tense verbTense(List<CoreLabel> sentence, int first, int last) {
    int verb = -1;
    for (int i = first - 1; i >= 0 && verb < 0; i--) {
      if (isVerb(sentence.get(i)) && !bareParticiple(sentence, i)) {
        verb = i;
      }
    }
    for (int i = last + 1; i < sentence.size() && verb < 0; i++) {
      if (isVerb(sentence.get(i)) && !bareParticiple(sentence, i)) {
        verb = i;
      }
    }
    return verb < 0 ? Tense.PRESENT : groupTense(sentence, verb, first);
  }

  /** The tense of the verb group around a verb, for an expression that starts at {@code first}. */
  private static Tense groupTense(List<CoreLabel> sentence, int verb, int first) {
    if (scheduledTo(sentence, verb)) {
      return Tense.FUTURE;
    }
    // The verb group around the verb: modals, auxiliaries, adverbs, "going to".
    int from = verb;
    while (from > 0
        && (isVerb(sentence.get(from - 1))
            || tag(sentence.get(from - 1)).startsWith("RB")
            || word(sentence.get(from - 1)).equals("to"))) {
      from--;
    }
    int to = verb;
    while (to + 1 < sentence.size()
        && (isVerb(sentence.get(to + 1))
            || tag(sentence.get(to + 1)).startsWith("RB")
            || word(sentence.get(to + 1)).equals("to"))) {
      to++;
    }
    boolean past = false;
    boolean presentBe = false;
    for (int i = from; i <= to; i++) {
      String w = word(sentence.get(i));
      String t = tag(sentence.get(i));
      if (w.equals("will")
          || w.equals("'ll")
          || w.equals("shall")
          || w.equals("going")
          || w.equals("wo")
          || (w.equals("would") && beFollows(sentence, i, to))
          || (POSSIBILITY.contains(w) && baseFollows(sentence, i, to))) {
        return Tense.FUTURE;
      }
      if (t.equals("VBD") || (t.equals("VBN") && !presentBe)) {
        past = true;
      }
      if ((t.equals("VBZ") || t.equals("VBP")) && lemma(sentence.get(i)).equals("be")) {
        presentBe = true; // "is expected", "are scheduled": a present passive
      }
    }
    if (past) {
      // "Protesters planned a rally on Saturday", "were planning to drive … on Monday": what was
      // planned lies after the plan, and in news after the writing. Not after "had", nor for a
      // plan's participle ("a service planned for Saturday was canceled", "as previously planned
      // Saturday night"), nor for a time before the verb ("On Friday, the government planned …").
      boolean had = false;
      boolean intention = false;
      for (int i = from; i <= to; i++) {
        CoreLabel t = sentence.get(i);
        had |= word(t).equals("had");
        // "planned", "were planning", "has scheduled", "did not plan to"; not a plan's participle
        // alone ("a service planned for Saturday was canceled").
        intention |=
            INTENTION.contains(lemma(t))
                && (tag(t).equals("VBD")
                    || tag(t).equals("VBG")
                    || (tag(t).equals("VBN") && before(sentence, from, i, PRESENT_PERFECT))
                    || (tag(t).equals("VB") && before(sentence, from, i, DID)))
                && i < first;
      }
      if (intention && !had) {
        return Tense.FUTURE;
      }
      // "postponed until Tuesday", "delayed the vote to Friday": what was put off lies ahead.
      return DEFERRAL.contains(lemma(sentence.get(verb)))
              && first > 0
              && UNTIL.contains(word(sentence.get(first - 1)))
          ? Tense.FUTURE
          : Tense.PAST;
    }
    // A present tense looks ahead only in a verb of scheduling ("plays Friday", "is scheduled
    // for March", "opens in May"); "her properties, worth … in October, are worth" does not.
    String t = tag(sentence.get(verb));
    // A base form alone, with no modal, "to" or auxiliary before it, is a present the tagger took
    // for a base ("Arafat meet separately Monday").
    boolean bare = t.equals("VB") && from == verb;
    if (presentBe || bare || t.equals("VBZ") || t.equals("VBP") || t.equals("VBG")) {
      for (int i = from; i <= to; i++) {
        String lemma = lemma(sentence.get(i));
        if (SCHEDULING.contains(lemma) && (!lemma.equals("take") || takesPlace(sentence, i))) {
          return Tense.FUTURE;
        }
      }
    }
    // An infinitive has the tense of the verb it hangs from: "will order the relatives to hand
    // him over as early as Tuesday". Each step goes to a verb further back, so the steps end.
    if (word(sentence.get(from)).equals("to")) {
      for (int g = from - 1; g >= 0; g--) {
        if (isVerb(sentence.get(g)) && !bareParticiple(sentence, g)) {
          return groupTense(sentence, g, first) == Tense.FUTURE ? Tense.FUTURE : Tense.PRESENT;
        }
      }
    }
    return Tense.PRESENT;
  }

  /**
   * Modals of what may come: "could arrive as early as Tuesday". Not "may", more often a guess at
   * what is ("the endorsement may signal an opening").
   */
  private static final Set<String> POSSIBILITY = Set.of("might", "could");

  /**
   * Whether a base form follows a modal in its verb group, past adverbs; not "have" nor "be", a
   * past ("could have won") or a state at the time told of ("could not be located Wednesday").
   */
  private static boolean baseFollows(List<CoreLabel> sentence, int modal, int to) {
    int i = afterAdverbs(sentence, modal, to);
    return i >= 0
        && tag(sentence.get(i)).equals("VB")
        && !word(sentence.get(i)).equals("have")
        && !word(sentence.get(i)).equals("be");
  }

  /** Whether "be" follows a "would" in its verb group, past adverbs ("would still be held"). */
  private static boolean beFollows(List<CoreLabel> sentence, int would, int to) {
    int i = afterAdverbs(sentence, would, to);
    return i >= 0 && word(sentence.get(i)).equals("be");
  }

  /** The first token after {@code i} up to {@code to} that is no adverb, or -1. */
  private static int afterAdverbs(List<CoreLabel> sentence, int i, int to) {
    int next = i + 1;
    while (next <= to && tag(sentence.get(next)).startsWith("RB")) {
      next++;
    }
    return next <= to ? next : -1;
  }

  /**
   * A present participle that opens a clause of its own after a comma or a conjunction of time
   * ("rose 3 percent, closing unchanged Friday", "said after meeting Thursday"): the clause's time
   * is the sentence's. Not "according", which is no verb, nor a participle elsewhere ("starting
   * Dec. 26", "ahead of voting Tuesday"), which keeps its own reading.
   */
  private static boolean bareParticiple(List<CoreLabel> sentence, int i) {
    if (!tag(sentence.get(i)).equals("VBG")
        || i == 0
        || word(sentence.get(i)).equals("according")) {
      return false;
    }
    return CLAUSE_OPENERS.contains(word(sentence.get(i - 1)));
  }

  /** Words before a participle that open a clause of its own. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(",", "after", "before", "since", "while", "when");

  /** Participles that put what follows them ahead: "set to resume", "due to open". */
  private static final Set<String> SCHEDULED =
      Set.of("set", "scheduled", "slated", "poised", "due");

  /**
   * Whether a verb stands after "set to", "scheduled to" and their kin with no verb before them
   * ("the talks, set to resume Monday"): what is set to happen lies ahead. "Was set to" may have
   * lain ahead only at the time told of, and is read as before.
   */
  private static boolean scheduledTo(List<CoreLabel> sentence, int verb) {
    int to = verb - 1;
    while (to > 0 && tag(sentence.get(to)).startsWith("RB")) {
      to--;
    }
    if (to < 1 || !word(sentence.get(to)).equals("to")) {
      return false;
    }
    int participle = to - 1;
    return SCHEDULED.contains(word(sentence.get(participle)))
        && (participle == 0 || !isVerb(sentence.get(participle - 1)));
  }

  /** Whether one of some words stands in a verb group before a token ("has", "did not"). */
  private static boolean before(List<CoreLabel> sentence, int from, int i, Set<String> words) {
    for (int j = from; j < i; j++) {
      if (words.contains(word(sentence.get(j)))) {
        return true;
      }
    }
    return false;
  }

  /** The present perfect's auxiliaries: "has scheduled", not a plan's participle alone. */
  private static final Set<String> PRESENT_PERFECT = Set.of("has", "have", "'ve");

  private static final Set<String> DID = Set.of("did");

  /** Verbs that put something off, to a time ahead when it follows "until" or "to". */
  private static final Set<String> DEFERRAL =
      Set.of("postpone", "delay", "defer", "adjourn", "reschedule", "push", "move", "extend");

  /** The prepositions that give the day something is put off to. */
  private static final Set<String> UNTIL = Set.of("until", "till", "to");

  /** Verbs of an intention, whose past tense still looks ahead: "planned a rally on Saturday". */
  private static final Set<String> INTENTION = Set.of("plan", "intend", "schedule");

  /** What "take" schedules: "takes office", "takes place", "takes effect". */
  private static final Set<String> TAKEN = Set.of("office", "place", "effect", "over", "power");

  /**
   * Whether "take" at a token schedules something ("takes office Friday", "the vote takes place
   * Monday"), and is not one of its other senses ("is taking a toll", "takes time").
   */
  private static boolean takesPlace(List<CoreLabel> sentence, int i) {
    return i + 1 < sentence.size() && TAKEN.contains(word(sentence.get(i + 1)));
  }

  /** Verbs whose present tense speaks of what is scheduled ahead. */
  private static final Set<String> SCHEDULING =
      Set.of(
          "schedule",
          "plan",
          "begin",
          "start",
          "open",
          "close",
          "end",
          "meet",
          "play",
          "face",
          "visit",
          "arrive",
          "leave",
          "launch",
          "resume",
          "expire",
          "take",
          "hold",
          "host",
          "vote",
          "release",
          "premiere",
          "debut",
          "due",
          "set",
          "expect",
          "intend",
          "aim",
          "hope");

  private static String lemma(CoreLabel token) {
    String l = token.lemma();
    return l == null ? word(token) : l.toLowerCase(Locale.ROOT);
  }

  private static boolean isVerb(CoreLabel token) {
    String t = tag(token);
    return t.startsWith("VB") || t.equals("MD");
  }

  private static String tag(CoreLabel token) {
    String t = token.get(CoreAnnotations.PartOfSpeechAnnotation.class);
    return t == null ? "" : t;
  }

  private static String word(CoreLabel token) {
    return token.word().toLowerCase(Locale.ROOT);
  }
}
