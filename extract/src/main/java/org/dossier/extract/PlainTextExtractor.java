package org.dossier.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.ContentHash;
import org.dossier.model.DatePrecision;
import org.dossier.model.Diagnostic;
import org.dossier.model.Headlines;
import org.dossier.model.MediaTypes;
import org.dossier.model.PublishDate;
import org.dossier.model.TextDates;

/**
 * Extracts an article from plain text, as people paste it from a web page: the first line is the
 * title when it reads as a headline (short, one sentence, set apart from the text); otherwise a
 * title is made from the lead and marked derived ({@link Article#DERIVED_TITLE}). Paragraphs are
 * separated by blank lines, or are single lines when the text has no blank lines at all. A byline
 * ("By NAME | OUTLET"), a dateline ("PARIS (AP) —") and a footer name the outlet; photo captions
 * and credits are kept apart from the body ({@link TextCredits}); a pasted comment thread is read
 * as comments, not body ({@link TextComments}). With no date given, the publish date is a date line
 * at the top, else a whole date in the saved file's name ({@link FileNameDates}), else read from
 * the text ({@link TextDates}, origin {@code inferred}), never taken from the clock. A whole page
 * selected and pasted loses its menu, buttons and lists of other stories first ({@link
 * PastedPage}).
 */
final class PlainTextExtractor implements Extractor {
  static final int MAX_TITLE_CHARS = 150;

  /** A first line of more words than this is a paragraph, not a headline. */
  static final int MAX_TITLE_WORDS = 25;

  /** A derived title keeps this many words of the lead's first sentence. */
  static final int DERIVED_TITLE_WORDS = 14;

  @Override
  public Article extract(Capture capture) {
    String input = capture.source().toString();
    Decoded decoded =
        TextDecoding.decode(
            capture.content(), MediaTypes.charset(capture.header("content-type")), false, input);
    List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
    if (decoded.text() == null) {
      return MediaTypeExtractor.failed(capture, diagnostics);
    }
    String text = decoded.text().replace("\r\n", "\n").replace('\r', '\n');
    List<String> lines = PastedPage.article(Arrays.asList(text.strip().split("\n", -1)));
    String title = capture.hint().get("title");
    int start = 0;
    int next = 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    boolean dateAbove = TextCredits.dateLine(lines.get(0).strip()) != null;
    if (title == null
        && next + 1 < lines.size()
        && (dateAbove || kicker(lines.get(0).strip()))
        && headlineAt(lines.subList(next, lines.size()))
        && !lines.get(next).strip().endsWith(".")
        && !lines.get(next).strip().startsWith("By ")) {
      // A date line ("Thursday 14 March 2024 11.02 GMT") or a section's name ("POLITICS",
      // "Opinion") above the headline: the date line dates the text, the section's name goes.
      title = lines.get(next).strip();
      List<String> kept = new ArrayList<>();
      if (dateAbove) {
        kept.add(lines.get(0));
      }
      kept.addAll(lines.subList(next + 1, lines.size()));
      lines = kept;
      start = 0;
    } else if (title == null && headlineAt(lines)) {
      title = lines.get(0).strip();
      start = 1;
    } else if (title == null && headlineWithDeckAt(lines)) {
      String first = lines.get(0).strip();
      title = first.substring(0, first.length() - 1).strip();
      start = 1; // the deck reads as the body's first paragraph
    }
    List<String> rest = lines.subList(start, lines.size());
    TextComments.Section comments = TextComments.find(rest);
    List<String> found = paragraphs(rest.subList(0, comments.start()));
    found.removeIf(p -> SECTION_LABEL.matcher(p).matches());
    TextCredits.Found credits = TextCredits.of(found);
    List<String> paragraphs = new ArrayList<>(credits.paragraphs());
    PublishDate ago = credits.published() == null ? agoLine(paragraphs, capture) : null;
    if (paragraphs.isEmpty()) {
      diagnostics.add(Diagnostic.error("no-body", input + ": no body text found"));
    }
    if (title == null && !paragraphs.isEmpty()) {
      title = derivedTitle(paragraphs.get(0));
      if (title != null) {
        diagnostics.add(
            Diagnostic.info(
                Article.DERIVED_TITLE,
                input + ": no headline line; the title is made from the lead"));
      }
    }
    String body = String.join("\n\n", paragraphs);
    List<String> byline =
        capture.hint().containsKey("byline")
            ? Bylines.clean(List.of(capture.hint().get("byline")))
            : credits.byline() == null ? List.of() : Bylines.clean(List.of(credits.byline()));
    String outlet =
        capture.hint().containsKey("outlet") ? capture.hint().get("outlet") : credits.outlet();
    PublishDate published = DateParsing.parse(capture.hint().get("published"), "record");
    LocalDate captured =
        capture.captured() == null
            ? null
            : capture.captured().atOffset(ZoneOffset.UTC).toLocalDate();
    if (published == null && notAfter(credits.published(), captured)) {
      published = credits.published(); // a date line at the top: "January 12, 2007"
    }
    if (published == null) {
      published = ago; // "Published 2 hours ago", counted back from when the text was saved
    }
    if (published == null) {
      published = FileNameDates.of(capture); // a saved file: "outlet_2015-11-11_slug.txt"
    }
    if (published == null) {
      // Footers and credits ("Published 2026 by …") date a text as well as its body does.
      String all = String.join("\n\n", credits.captions());
      published =
          TextDates.infer((title == null ? "" : title + "\n\n") + body + "\n\n" + all, captured);
    }
    return new Article(
        ContentHash.articleId(input, title, body),
        capture.source(),
        null,
        outlet,
        title,
        byline,
        published,
        notAfter(credits.modified(), captured) ? credits.modified() : null,
        LanguageDetection.of(body, capture.hint().get("language")),
        paragraphs,
        comments.comments(),
        diagnostics,
        credits.captions());
  }

  /** Whether a date line's date is known and not later than the day the text was captured. */
  private static boolean notAfter(PublishDate date, LocalDate captured) {
    if (date == null || captured == null) {
      return date != null;
    }
    int n = Math.min(10, date.value().length()); // ISO text: a month or a day compares as text
    return date.value().substring(0, n).compareTo(captured.toString().substring(0, n)) <= 0;
  }

  /**
   * Whether a first line is a section's name or a label above a headline: one word, or up to three
   * in capitals, without a sentence's punctuation ("POLITICS", "Opinion", "WORLD NEWS").
   */
  static boolean kicker(String line) {
    boolean capitals = line.equals(line.toUpperCase(Locale.ROOT));
    return line.length() <= 30
        && PastedPage.label(line, capitals ? PastedPage.SECTION_WORDS : 1)
        && line.chars().noneMatch(Character::isDigit)
        && !line.startsWith("By ");
  }

  /** Whether the text's first line is its headline. */
  static boolean headlineAt(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    String s = lines.get(0).strip();
    if (!readsLikeTitle(s, lines.get(1).isBlank())) {
      return false;
    }
    return !TextCredits.DATELINE.matcher(s).find()
        && !TextCredits.isCaption(s)
        && TextCredits.dateLine(s) == null;
  }

  /**
   * Whether the text opens with a headline ending in a semicolon, as news databases export a
   * headline and its deck (a one-line summary): "Jobs report gives Democrats a lift; ⏎ Solid upturn
   * could blunt Republican claims. ⏎⏎ The surprisingly robust…", or with a blank line or a date
   * line between the two.
   */
  static boolean headlineWithDeckAt(List<String> lines) {
    if (lines.size() < 2) {
      return false;
    }
    String first = lines.get(0).strip();
    if (!first.endsWith(";") || !readsLikeTitle(first.substring(0, first.length() - 1), true)) {
      return false;
    }
    if (lines.get(1).isBlank()) {
      return true; // the deck, if any, comes after a blank line or a date line
    }
    String deck = lines.get(1).strip();
    return lines.size() > 2
        && lines.get(2).isBlank()
        && !Character.isLowerCase(deck.codePointAt(0)) // a clause run on after the semicolon
        && deck.split("\\s+").length <= MAX_DECK_WORDS;
  }

  /** A deck of more words than this is a paragraph. */
  static final int MAX_DECK_WORDS = 40;

  /**
   * Short, one sentence, and not the start of a bulleted line. A headline may end with a full stop
   * (many outlets print one) when a blank line sets it apart from the text; then it may also hold
   * two sentences when it is in title case ("Bernie Sanders Suffered A Big Blow. Here’s His Plan
   * Going Forward.") or short and broken by a question or exclamation ("Oops! Gunplay didn't
   * disrupt GOP convention."). A full stop after an abbreviation or an initial ("U.S.", "St.",
   * "Gov.", "Roe v. Wade") ends no sentence.
   */
  static boolean readsLikeTitle(String line, boolean setApart) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_TITLE_CHARS || s.split("\\s+").length > MAX_TITLE_WORDS) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == ';' || last == ':') {
      return false;
    }
    if (last == '.' && !s.endsWith("...")) {
      if (!setApart || !oneHeadline(s.substring(0, s.length() - 1))) {
        return false;
      }
    }
    int first = s.codePointAt(0);
    return Character.isLetterOrDigit(first)
        || first == '"'
        || first == '\''
        || first == '#'
        || first == '\u201c'
        || first == '\u2018';
  }

  /** Whether a line that ends in a full stop (given without it) reads as one headline. */
  private static boolean oneHeadline(String inner) {
    Matcher m = SENTENCE_BREAK.matcher(inner);
    if (!m.find()) {
      return true;
    }
    if (Headlines.titleCase(inner, TITLE_CASE_SHARE)) {
      return true;
    }
    boolean onlyQuestionsOrExclamations = true;
    do {
      onlyQuestionsOrExclamations &= m.group(1).charAt(0) != '.';
    } while (m.find());
    return onlyQuestionsOrExclamations && inner.split("\\s+").length <= SHORT_TWO_PART_WORDS;
  }

  /** Of the long words of a headline in title case, at least this share are capitalised. */
  private static final double TITLE_CASE_SHARE = 0.8;

  /** A headline of two parts broken by "?" or "!" has no more words than this. */
  private static final int SHORT_TWO_PART_WORDS = 12;

  /**
   * A sentence break inside a line, the stop as group 1: a stop, then a capital. Not after an
   * initial or a capitalised word of one or two letters ("U.S.", "St.", "Ga."), nor after the
   * abbreviations of titles and places that precede names. Headlines and titles made from a lead
   * are cut by the same rule.
   */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile(
          "(?<!\\b\\p{Lu}\\p{L}?|\\b(?:Mrs|Rep|Reps|Sen|Gov|Gen|Col|Sgt|Capt|Cmdr|Adm|Rev|Prof"
              + "|Pres|Supt|Inc|Corp|Ltd|vs?|Ave|Blvd))"
              + "([.!?])[\"'”’]?\\s+[\"'“‘]?\\p{Lu}");

  /** A database export's section label alone on a line: "ABSTRACT.", "FULL TEXT." */
  private static final Pattern SECTION_LABEL = Pattern.compile("(?:ABSTRACT|FULL TEXT)[.:]?");

  /** A title from the lead: its first sentence without the dateline, cut to a few words. */
  static String derivedTitle(String lead) {
    String s = TextCredits.DATELINE.matcher(lead.strip()).replaceFirst("");
    Matcher end = SENTENCE_BREAK.matcher(s);
    if (end.find()) {
      s = s.substring(0, end.end(1));
    }
    s = s.strip().replaceAll("[.!?]$", "");
    String[] words = s.split("\\s+");
    if (words.length > DERIVED_TITLE_WORDS) {
      s = String.join(" ", Arrays.asList(words).subList(0, DERIVED_TITLE_WORDS)) + "…";
    }
    return s.isBlank() ? null : s;
  }

  /** A date line that counts back: "Published 2 hours ago", "Updated 5 mins ago", "3 days ago". */
  private static final Pattern AGO =
      Pattern.compile(
          "(?i)(?:(?:published|posted)\\s*:?\\s*)?(\\d{1,2}|an?|one)\\s+"
              + "(min(?:ute)?s?|h(?:ou)?rs?|days?)\\s+ago\\.?");

  /**
   * The day of a date line among the first paragraphs that counts back from when the text was saved
   * ("Published 2 hours ago"), taken out of the paragraphs; null when there is none or the capture
   * time is unknown.
   */
  private static PublishDate agoLine(List<String> paragraphs, Capture capture) {
    if (capture.captured() == null) {
      return null;
    }
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      Matcher m = AGO.matcher(paragraphs.get(i).strip());
      if (m.matches()) {
        long n = Character.isDigit(m.group(1).charAt(0)) ? Long.parseLong(m.group(1)) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Duration back =
            unit.startsWith("d")
                ? Duration.ofDays(n)
                : unit.startsWith("h") ? Duration.ofHours(n) : Duration.ofMinutes(n);
        paragraphs.remove(i);
        LocalDate day = capture.captured().minus(back).atOffset(ZoneOffset.UTC).toLocalDate();
        return new PublishDate(day.toString(), DatePrecision.DAY, "text");
      }
    }
    return null;
  }

  private static List<String> paragraphs(List<String> lines) {
    boolean hasBlank = lines.stream().anyMatch(String::isBlank);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      if (line.isBlank() || !hasBlank) {
        if (!hasBlank) {
          current.append(line.strip());
        }
        if (!current.isEmpty()) {
          out.add(current.toString().replaceAll("\\s+", " ").strip());
          current.setLength(0);
        }
        continue;
      }
      // A byline is a line of its own: "By Ingrid Halvorsen ⏎ BBC News, Oslo".
      boolean byline = TextCredits.byline(line);
      if (byline && !current.isEmpty()) {
        out.add(current.toString().replaceAll("\\s+", " ").strip());
        current.setLength(0);
      }
      current.append(current.isEmpty() ? "" : " ").append(line.strip());
      if (byline) {
        out.add(current.toString().replaceAll("\\s+", " ").strip());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString().replaceAll("\\s+", " ").strip());
    }
    out.removeIf(String::isBlank);
    return out;
  }
}
