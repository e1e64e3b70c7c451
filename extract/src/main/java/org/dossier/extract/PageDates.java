package org.dossier.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a page's publish and last-modified dates from its structured data, its date lines and
 * {@code <time>} elements, its text and its URL.
 */
final class PageDates {
  private PageDates() {}

  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");
  private static final Evaluator DATE_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
  private static final Evaluator DATE_MODIFIED = QueryParser.parse("[itemprop=dateModified]");

  private static final List<String> PUBLISHED_KEYS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "og:published_time",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "published_time",
          "dc.date.issued",
          "dcterms.issued",
          "citation_publication_date",
          "sailthru.date",
          "parsely-pub-date",
          "article.published",
          "originalpublicationdate",
          "cxenseparse:recs:publishtime",
          "release_date",
          "published");

  /**
   * Meta keys that name a date without saying which: content systems fill them with the day a page
   * was last saved or built as often as with the day it was published.
   */
  private static final List<String> GENERIC_KEYS =
      List.of("date", "dc.date", "dcterms.date", "dcterms.created");

  private static final List<String> MODIFIED_KEYS =
      List.of(
          "article:modified_time",
          "og:updated_time",
          "og:article:modified_time",
          "datemodified",
          "last-modified",
          "lastmod",
          "dcterms.modified",
          "dc.date.modified",
          "article.updated",
          "modified_time");

  private static final int TEXT_DATE_CHARS = 20_000;
  private static final int TEXT_DATES_TRIED = 5;

  /** How far before the headline a labelled date ("Published 4 May 2024") is looked for. */
  private static final int HEADLINE_LEAD = 2_000;

  /**
   * A written date, not inside a longer number: an archive's "2018 Juli 2018 Juni" holds no "18
   * Juli 2018". A month's name is taken whole ({@code \p{L}{3,10}+}): a shorter piece of a word can
   * never be followed by the space a date needs, so giving letters back to try again, at every
   * letter of a page's text, is wasted work.
   */
  private static final String DATE_TEXT =
      "(?:(?<!\\d)|(?=\\p{L}))(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|"
          + DateParsing.DOTTED_SHORT.pattern()
          + "|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?"
          + "\\p{L}{3,10}+\\.?,?\\s+(?:de\\s+)?\\d{4}|\\p{L}{3,10}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})";

  static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(?i)(?:published|posted|datum|date|stand|veröffentlicht(?: am)?|erstellt(?: am)?|erschienen(?: am)?"
              + "|publiziert(?: am)?"
              + "|publié le|publicado|pubblicato|gepubliceerd|opublikowano)\\s*:?\\s*(?:on\\s+|am\\s+|le\\s+)?"
              + DATE_TEXT);
  static final Pattern ANY_DATE = Pattern.compile(DATE_TEXT);

  /**
   * Meta keys of publish dates that sites and plug-ins invent
   * ("shareaholic:article_published_time").
   */
  private static final Pattern OTHER_PUBLISHED_KEY =
      Pattern.compile(
          "publish(?:ed)?[_:.-]?(?:time|date)|date[_:.-]?published|publication[_-]?date");

  /**
   * Where a page's newsroom most likely is, from the page's language (and region): a UTC timestamp
   * of 23:00 on a German page is the next day in Berlin. Null where a language is spoken across
   * many time zones (English without a region, Spanish, Portuguese).
   */
  private static ZoneId newsroomZone(PageIndex page) {
    String lang = page.htmlLang().toLowerCase(Locale.ROOT);
    String zone = NEWSROOM_ZONES.get(lang.replace('_', '-'));
    if (zone == null) {
      zone = NEWSROOM_ZONES.get(lang.split("[-_]")[0]);
    }
    return zone == null ? null : ZoneId.of(zone);
  }

  private static final Map<String, String> NEWSROOM_ZONES =
      Map.ofEntries(
          Map.entry("de", "Europe/Berlin"),
          Map.entry("fr", "Europe/Paris"),
          Map.entry("it", "Europe/Rome"),
          Map.entry("nl", "Europe/Amsterdam"),
          Map.entry("pl", "Europe/Warsaw"),
          Map.entry("cs", "Europe/Prague"),
          Map.entry("sk", "Europe/Bratislava"),
          Map.entry("hu", "Europe/Budapest"),
          Map.entry("da", "Europe/Copenhagen"),
          Map.entry("sv", "Europe/Stockholm"),
          Map.entry("nb", "Europe/Oslo"),
          Map.entry("no", "Europe/Oslo"),
          Map.entry("fi", "Europe/Helsinki"),
          Map.entry("el", "Europe/Athens"),
          Map.entry("uk", "Europe/Kyiv"),
          Map.entry("ja", "Asia/Tokyo"),
          Map.entry("ko", "Asia/Seoul"),
          Map.entry("es-es", "Europe/Madrid"),
          Map.entry("pt-pt", "Europe/Lisbon"));

  /** A UTC timestamp as the newsroom's clock showed it; any other date as it is. */
  private static PublishDate inZone(PublishDate d, ZoneId zone) {
    if (d.precision() != DatePrecision.TIME
        || !(d.value().endsWith("Z") || d.value().endsWith("+00:00"))) {
      return d;
    }
    OffsetDateTime t = OffsetDateTime.parse(d.value());
    return new PublishDate(
        t.atZoneSameInstant(zone).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        DatePrecision.TIME,
        d.origin());
  }

  /**
   * A publish date in a script's data, as the page's own application keeps it ({@code
   * "publishedDate": "2016-11-04T20:37:27Z"}): sites that render in the browser state it nowhere
   * else.
   */
  static final Pattern SCRIPT_DATE =
      Pattern.compile(
          "[\"']?(?:datePublished|publishedDate|publishDate|published_at|publishedAt|date_published"
              + "|firstPublished|first_published_at|pubDate|createdAt|created_at|dateCreated)"
              + "[\"']?\\s*:\\s*[\"'](\\d{4}-\\d{2}-\\d{2}[^\"']{0,30})[\"']");

  /** A WordPress post object's own date, known by the fields that follow it. */
  private static final Pattern WORDPRESS_DATE =
      Pattern.compile(
          "\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2}T[^\"]{0,30})\"\\s*,\\s*\"(?:date_gmt|status|modified|slug)\"");

  private static final int SCRIPT_CHARS = 2_000_000;

  /** The words that every key of {@link #SCRIPT_DATE} holds, as the search for it starts. */
  private static final String[] SCRIPT_KEY_WORDS = {"ublish", "ubDate", "reated"};

  /** How far before its word a key of {@link #SCRIPT_DATE} may start ("first_p" and a quote). */
  private static final int SCRIPT_KEY_LEAD = 12;

  /** How far after its word a match of {@link #SCRIPT_DATE} may end. */
  private static final int SCRIPT_KEY_REACH = 240;

  /**
   * The date of the first match of {@link #SCRIPT_DATE} in a script, or null. The pattern is tried
   * only around its keys' words, each found with a plain search, which is many times faster than
   * trying the pattern at every character of a long script. A key and its value further apart than
   * {@link #SCRIPT_KEY_REACH} characters are not read.
   */
  static String scriptDate(String data) {
    Matcher m = SCRIPT_DATE.matcher(data);
    int[] next = new int[SCRIPT_KEY_WORDS.length];
    for (int w = 0; w < next.length; w++) {
      next[w] = data.indexOf(SCRIPT_KEY_WORDS[w]);
    }
    int from = 0;
    while (true) {
      int at = -1;
      for (int w = 0; w < next.length; w++) {
        if (next[w] >= 0 && next[w] < from) {
          next[w] = data.indexOf(SCRIPT_KEY_WORDS[w], from);
        }
        if (next[w] >= 0 && (at < 0 || next[w] < at)) {
          at = next[w];
        }
      }
      if (at < 0) {
        return null;
      }
      m.region(Math.max(0, at - SCRIPT_KEY_LEAD), Math.min(data.length(), at + SCRIPT_KEY_REACH));
      if (m.find()) {
        return m.group(1);
      }
      from = at + 1;
    }
  }

  private static PublishDate scripted(PageElements elements) {
    int read = 0;
    for (Element script : elements.tag("script")) {
      String data = script.data();
      if (read > SCRIPT_CHARS) {
        break;
      }
      read += data.length();
      // The patterns' words looked for first: most scripts hold none, and a search for a word is
      // many times faster than trying the patterns at every character.
      String found = scriptDate(data);
      if (found != null) {
        PublishDate d = DateParsing.parse(found, "script");
        if (d != null) {
          return d;
        }
      }
      if (data.contains("\"date\"")) {
        PublishDate d = firstDate(WORDPRESS_DATE.matcher(data), 1, "script", 1);
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Class or id words that mark an element holding a date line. */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "date|publish|posted|datum|fecha|dateline|timestamp|byline|entry-meta|post-meta"
              + "|article-meta|meta-info");

  /**
   * The dates a page's structured data states, in order of trust: the JSON-LD fields, the meta
   * tags, then microdata elements matching {@code itemprop}.
   */
  private static List<PublishDate> structured(
      PageIndex page, List<String> ldFields, List<String> metaKeys, Evaluator itemprop) {
    List<PublishDate> found = new ArrayList<>();
    for (String field : ldFields) {
      add(found, DateParsing.parse(page.ldText(field), "json-ld"));
    }
    if (found.isEmpty()) {
      // No article node, or one without the field: the page's (WebPage, HowTo, Product) stands in.
      for (String field : ldFields) {
        add(found, DateParsing.parse(page.ldAnywhere(field), "json-ld"));
      }
    }
    found.addAll(metaDates(page, metaKeys));
    if (metaKeys == PUBLISHED_KEYS) {
      for (var meta : new java.util.TreeMap<>(page.metas()).entrySet()) {
        if (!metaKeys.contains(meta.getKey())
            && OTHER_PUBLISHED_KEY.matcher(meta.getKey()).find()) {
          add(found, DateParsing.parse(meta.getValue(), "meta"));
        }
      }
    }
    for (Element e : page.elements().itemprops()) {
      if (!itemprop.matches(page.doc(), e)) {
        continue;
      }
      add(
          found,
          DateParsing.parse(
              e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content"), "meta"));
    }
    return found;
  }

  /** The dates under some meta keys, in the keys' order. */
  private static List<PublishDate> metaDates(PageIndex page, List<String> keys) {
    List<PublishDate> found = new ArrayList<>();
    for (String key : keys) {
      add(found, DateParsing.parse(page.metas().get(key), "meta"));
    }
    return found;
  }

  /**
   * The earliest of some dates, each UTC timestamp read as the newsroom's clock showed it, unless
   * the page shows its day as UTC has it and never the newsroom's: a site whose clock is UTC
   * ("2019-12-26T23:07:45+00:00" shown as "26/12/2019" on a Swiss page).
   */
  private static PublishDate earliestInZone(
      PageElements elements, List<PublishDate> dates, ZoneId zone) {
    if (zone == null) {
      return earliest(dates);
    }
    List<PublishDate> asWritten = List.copyOf(dates);
    dates.replaceAll(d -> inZone(d, zone));
    PublishDate best = earliest(dates);
    if (best == null || best.day() == null) {
      return best;
    }
    PublishDate written = asWritten.get(dates.indexOf(best));
    if (written.day() != null
        && !written.day().equals(best.day())
        && showsDay(elements, written.day())
        && !showsDay(elements, best.day())) {
      return written;
    }
    return best;
  }

  /**
   * Whether a date line of the page shows a day in its text (not in a {@code datetime} attribute,
   * which holds the same timestamp as the structured data): either reading of a date that could be
   * day-first or month-first counts.
   */
  private static boolean showsDay(PageElements elements, LocalDate day) {
    return firstOfDateLines(
            elements,
            e -> {
              String text = e.ownText().isBlank() ? e.text() : e.ownText();
              return text.length() <= DATE_LINE_CHARS && readings(text).contains(day) ? true : null;
            })
        != null;
  }

  /**
   * The publish date: structured data first (JSON-LD, meta tags, microdata), the earliest of them
   * when they disagree; then a meta date that does not say which it is ({@link #GENERIC_KEYS});
   * then {@code <time>} elements and date lines; then a labelled date or the first date at the
   * headline in the text; then a feed's date; then a date in the URL, then one in the name of the
   * file the page was saved as. A full date in the URL wins over an unstructured date that
   * disagrees with it (a date line may belong to a teaser), and over a UTC timestamp that falls a
   * day off it, since the URL holds the day as the newsroom saw it.
   */
  static PublishDate published(PageIndex page) {
    Document doc = page.doc();
    List<PublishDate> structured =
        structured(page, List.of("datePublished", "dateCreated"), PUBLISHED_KEYS, DATE_PUBLISHED);
    PublishDate url = urlDate(page.url());
    ZoneId zone = newsroomZone(page);
    PublishDate best = earliestInZone(page.elements(), structured, zone);
    if (best == null) {
      best = earliestInZone(page.elements(), metaDates(page, GENERIC_KEYS), zone);
      if (best != null) {
        // Such a meta date is often the day the page was last saved; the date the page labels
        // as its own ("Stand: 28.04.2020", "Veröffentlicht am …") says which day it is.
        PublishDate labelled = textDate(doc, true);
        if (labelled != null && labelled.day() != null && !labelled.day().equals(best.day())) {
          best = labelled;
        }
      }
    }
    if (best == null) {
      best = visible(page.elements());
    }
    if (best == null) {
      best = scripted(page.elements());
    }
    if (best == null) {
      best = textDate(doc);
    }
    if (best == null) {
      best = DateParsing.parse(page.hint("published"), "feed");
    }
    if (best == null) {
      return url != null ? url : FileNameDates.of(page.capture());
    }
    if (url == null || best.day() == null || best.day().equals(url.day())) {
      return best;
    }
    boolean fromStructuredData = best.origin().equals("json-ld") || best.origin().equals("meta");
    boolean utc = best.value().endsWith("Z") || best.value().endsWith("+00:00");
    if (!fromStructuredData
        || (best.precision() == DatePrecision.TIME
            && utc
            && Math.abs(best.day().toEpochDay() - url.day().toEpochDay()) == 1)) {
      return url;
    }
    return best;
  }

  /** The last-modified date, when the page states one no earlier than the publish date. */
  static PublishDate modified(PageIndex page, PublishDate published) {
    for (PublishDate d : structured(page, List.of("dateModified"), MODIFIED_KEYS, DATE_MODIFIED)) {
      if (published == null
          || published.day() == null
          || d.day() == null
          || !d.day().isBefore(published.day())) {
        return d;
      }
    }
    return null;
  }

  /** How much of a page's text is read for the days it shows: its head, where a date line is. */
  private static final int SHOWN_CHARS = 5_000;

  /**
   * The most days the head of a page may show for one of them to be its date: a date line and, say,
   * today's date in the masthead. A forum thread shows the day of every reply.
   */
  private static final int SHOWN_DAYS = 2;

  /** A label that says the date after it is an update ("Last updated:", "Aktualisiert am"). */
  private static final Pattern UPDATE_LABEL =
      Pattern.compile(
          "(?i)(?:updated?|modified|revised|aktualisiert|geändert|mis à jour|mise à jour|actualisé"
              + "|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|zaktualizowano)"
              + "\\D{0,20}$");

  /** How far before a date its {@link #UPDATE_LABEL} is looked for. */
  private static final int UPDATE_LABEL_CHARS = 40;

  /**
   * The date a page goes by: its last-modified date when the head of the page's text shows that day
   * as its date, not labelled as an update, and does not show the publish day its metadata states
   * (a page dated "20.03.2021" whose JSON-LD says it was published on the 16th); else the publish
   * date. The text read is the version of that day, and the outlet dates it so; a reader of the
   * page never sees the other day. A page that says "Updated March 20" tells its reader the day is
   * an update, and keeps its publish date. Null when nothing changes.
   */
  static PublishDate shown(PageIndex page, PublishDate published, PublishDate modified) {
    LocalDate publishDay = published == null ? null : published.day();
    LocalDate updateDay = modified == null ? null : modified.day();
    Element body = page.doc().body();
    if (publishDay == null || updateDay == null || !updateDay.isAfter(publishDay) || body == null) {
      return null;
    }
    String text = TextLength.head(body, SHOWN_CHARS);
    Set<LocalDate> days = new HashSet<>();
    DigitMatches m = new DigitMatches(ANY_DATE, text, DATE_LEAD);
    while (m.find()) {
      List<LocalDate> read = readings(m.group(0));
      if (read.contains(publishDay)) {
        return null; // the page shows its publish day
      }
      String before = text.substring(Math.max(0, m.start() - UPDATE_LABEL_CHARS), m.start());
      if (!read.isEmpty() && !UPDATE_LABEL.matcher(before).find()) {
        days.addAll(read);
        if (days.size() > SHOWN_DAYS) {
          return null;
        }
      }
    }
    ZoneId zone = newsroomZone(page);
    LocalDate inNewsroom = zone == null ? updateDay : inZone(modified, zone).day();
    return days.contains(updateDay) || days.contains(inNewsroom) ? modified : null;
  }

  /**
   * The days a date of the text may be: one, or both readings of one that could be either way
   * ("05/06/2024"), since the publish day may be either; none for a date that is no day.
   */
  private static List<LocalDate> readings(String date) {
    PublishDate d = DateParsing.parse(date, "text");
    if (d != null) {
      return d.day() == null ? List.of() : List.of(d.day());
    }
    List<LocalDate> both = new ArrayList<>(2);
    for (boolean dayFirst : new boolean[] {true, false}) {
      PublishDate either = DateParsing.parse(date, "text", dayFirst);
      if (either != null && either.day() != null) {
        both.add(either.day());
      }
    }
    return both;
  }

  private static PublishDate earliest(List<PublishDate> dates) {
    PublishDate best = null;
    for (PublishDate d : dates) {
      if (best == null || (d.day() != null && best.day() != null && d.day().isBefore(best.day()))) {
        best = d;
      }
    }
    return best;
  }

  private static boolean dateLine(Element e) {
    String tag = e.normalName();
    if (tag.equals("time") || (tag.equals("abbr") && e.hasClass("published"))) {
      return true;
    }
    // No word of the pattern holds a space, so the class and the id are read apart, each once
    // across pages (the attribute's string keeps its hash): most elements have neither.
    String cls = HtmlAttributes.className(e);
    String id = HtmlAttributes.id(e);
    return (!cls.isEmpty() && DATE_LINE_NAMES.get(cls))
        || (!id.isEmpty() && DATE_LINE_NAMES.get(id));
  }

  /** Whether a class or an id names a date line, read once across pages. */
  private static final KnownNames<Boolean> DATE_LINE_NAMES =
      new KnownNames<>(key -> DATE_LINE.matcher(key.toLowerCase(Locale.ROOT)).find());

  /**
   * A class or id word of reader comments ("comment-meta", "commentlist", "fb-comments"), but not a
   * part of a camel-case name: "ArticleHeaderComment_publishDate" and "PageArticle_commentLead"
   * head an opinion column, a comment in the newsroom's sense.
   */
  private static final Pattern COMMENT_NAME = Pattern.compile("(?<![a-z])[cC]omment(?![A-Z])");

  /**
   * Whether a date line belongs to something the article shows rather than to the article: a reader
   * comment, or a post quoted in it (an embedded tweet is a {@code <blockquote>} with its own
   * {@code <time>}).
   */
  private static boolean borrowed(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.normalName().equals("blockquote")) {
        return true;
      }
      String key = HtmlAttributes.className(a) + " " + HtmlAttributes.id(a);
      if (key.length() > 1 && COMMENT_NAME.matcher(key).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A date in the page's text: one after a label such as "Published", "Datum" or "Stand", else the
   * first date at or after the headline.
   */
  private static PublishDate textDate(Document doc) {
    return textDate(doc, false);
  }

  private static PublishDate textDate(Document doc, boolean labelledOnly) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    String all = body.text();
    // The window around the headline: pages with long menus put it deep in the text.
    Element h1 = body.selectFirst("h1");
    int headline = h1 == null ? -1 : all.indexOf(h1.text());
    int start = Math.max(0, headline - HEADLINE_LEAD);
    String text = all.substring(start, Math.min(all.length(), start + TEXT_DATE_CHARS));
    PublishDate labelled =
        firstDate(new DigitMatches(LABELLED_DATE, text, LABELLED_LEAD), 1, TEXT_DATES_TRIED);
    if (labelled != null || labelledOnly) {
      return labelled;
    }
    int from = headline < 0 ? 0 : Math.max(0, headline - start - 200);
    // From `from` on, as a matcher's region there would: nothing before it is seen.
    PublishDate after =
        firstDate(new DigitMatches(ANY_DATE, text.substring(from), DATE_LEAD), 0, TEXT_DATES_TRIED);
    if (after != null || start + from == 0) {
      return after;
    }
    // No date at or after the first headline: a page that heads its side boxes with <h1>
    // ("Quicklinks") and its article with <h2> dates the article above the first <h1>.
    return firstDate(
        new DigitMatches(ANY_DATE, all.substring(0, start + from), DATE_LEAD), 0, TEXT_DATES_TRIED);
  }

  /**
   * The most characters other than white space that a date of {@link #DATE_TEXT} holds before its
   * first digit: a month's name of up to 10 letters and its full stop ("Sept. 5, 2024"), with room
   * to spare. Every one of its forms holds a digit.
   */
  private static final int DATE_LEAD = 16;

  /**
   * As {@link #DATE_LEAD} for {@link #LABELLED_DATE}: the longest label ("veröffentlicht am", 16),
   * a colon, "on", and a date's 11, with room to spare.
   */
  private static final int LABELLED_LEAD = 40;

  /** {@link #firstDate(Matcher, int, String, int)} over a page's text. */
  private static PublishDate firstDate(DigitMatches m, int group, int tries) {
    for (int tried = 0; tried < tries && m.find(); tried++) {
      PublishDate d = DateParsing.parse(m.group(group), "text");
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The first of a matcher's next {@code tries} matches whose group reads as a date: one that
   * cannot be read for sure (05/06/2024) gives way to the next.
   */
  private static PublishDate firstDate(Matcher m, int group, String origin, int tries) {
    for (int tried = 0; tried < tries && m.find(); tried++) {
      PublishDate d = DateParsing.parse(m.group(group), origin);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /** The longest text of a date line read as a date: a longer one is a block of the page. */
  private static final int DATE_LINE_CHARS = 120;

  /** The first date in a {@code <time>} element or a date line, read as the page shows it. */
  private static PublishDate visible(PageElements elements) {
    return firstOfDateLines(
        elements,
        e -> {
          PublishDate d =
              e.hasAttr("datetime") ? DateParsing.parse(e.attr("datetime"), "time") : null;
          if (d == null) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() > DATE_LINE_CHARS && e.ownText().isBlank()) {
              // A date line that holds more than its date ("Posted on April 13, 2023" and the
              // post's tags): its first part, as the page shows it first.
              Element first =
                  e.children().stream().filter(Element::hasText).findFirst().orElse(null);
              text = first == null ? text : first.text();
            }
            if (text.length() <= DATE_LINE_CHARS) {
              d = DateParsing.parse(text, "text");
            }
          }
          return d;
        });
  }

  /** How many of a page's date lines {@link #visible} and {@link #showsDay} read at most. */
  private static final int DATE_LINES_READ = 40;

  /**
   * The first answer a reader gives of the page's own date lines (not a comment's or a quoted
   * post's), in document order, of the first {@link #DATE_LINES_READ}; null when none answers.
   */
  private static <T> T firstOfDateLines(
      PageElements elements, java.util.function.Function<Element, T> reader) {
    int looked = 0;
    for (Element e : elements.body()) {
      if (!dateLine(e) || borrowed(e)) {
        continue;
      }
      T answer = reader.apply(e);
      if (answer != null) {
        return answer;
      }
      if (++looked >= DATE_LINES_READ) {
        break;
      }
    }
    return null;
  }

  /** A date in an address with the month's name: {@code /2023/october/03/}. */
  private static final Pattern URL_WRITTEN_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(\\p{L}{3,9})/(0?[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");

  private static PublishDate urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      return DateParsing.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "url");
    }
    Matcher w = URL_WRITTEN_DATE.matcher(url);
    return w.find()
        ? DateParsing.parse(w.group(3) + " " + w.group(2) + " " + w.group(1), "url")
        : null;
  }

  private static void add(List<PublishDate> list, PublishDate d) {
    if (d != null) {
      list.add(d);
    }
  }
}
