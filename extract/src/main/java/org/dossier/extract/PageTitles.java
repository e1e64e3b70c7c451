package org.dossier.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Spaces;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Reads a page's headline from its metadata titles and its visible heading. */
final class PageTitles {
  private PageTitles() {}

  /** How many visible headings are weighed; a page's first few hold its headline, if any. */
  private static final int HEADINGS = 4;

  /** How many visible headings vote for a wording the metadata states. */
  private static final int VOTING_HEADINGS = 12;

  /** The most words a kicker above a headline has. */
  private static final int MAX_KICKER_WORDS = 8;

  /** Fewer words than this, and a heading no other source states is taken for a label. */
  private static final int MIN_HEADLINE_WORDS = 5;

  /**
   * A title the page states, from one source: its core (site names cut) and the core's parts, each
   * with its folded form, which is what votes are counted on.
   */
  private record Stated(
      String key,
      String core,
      String coreKey,
      List<String> segments,
      List<String> segmentKeys,
      int rank) {}

  /** A wording that may be the headline, with the sources that agree on it. */
  private record Candidate(String text, double votes, int rank) {}

  /**
   * A visible heading: its words, and the headline alone when the heading leads with a kicker
   * ("<span class=dachzeile>Nach Corona-Lockerungen</span> Autohäuser rechnen mit …"), ends with a
   * subtitle no metadata title states with it ("Headline <small>Welcome to …</small>") or has a
   * section glued on with a bar ("How meditation rewires brains | Opinion"), else null.
   */
  record Heading(String text, String headline) {
    /** Whether this heading states a wording, whole or as its headline alone. */
    boolean states(String key) {
      return fold(text).equals(key) || (headline != null && fold(headline).equals(key));
    }
  }

  /**
   * The headline. Every source votes: the JSON-LD {@code headline}, {@code og:title}, {@code
   * twitter:title}, a feed's title, {@code <title>} and the page's first visible {@code <h1>}s. A
   * source's site name (and the outlet's other names) is cut from its ends, and a title glued from
   * parts ("Headline | Section | Site") offers each part. The wording most sources agree on wins,
   * sources that copy each other word for word counting once; between equals, a visible heading
   * (the headline as shown) beats the metadata, and the JSON-LD and Open Graph beat {@code
   * <title>}.
   */
  static String read(PageIndex page) {
    Set<String> logos = logos(page);
    Set<String> sites = siteNames(page);
    sites.addAll(logos);
    List<Stated> stated = new ArrayList<>();
    String[] metadata = {
      page.ldText("headline"),
      page.meta("og:title"),
      page.meta("twitter:title"),
      page.hint("title"),
      page.title()
    };
    mendCutAtQuote(metadata);
    for (int i = 0; i < metadata.length; i++) {
      Stated t = stated(metadata[i], sites, logos, 10 + i);
      if (t != null) {
        stated.add(t);
      }
    }
    // Every visible heading votes for the wording it states; the first few are candidates too.
    // A headline after a row of promotions' headings (each an <h1>) still has its vote.
    List<Heading> headings =
        headings(page, sites, metadataCores(stated), VOTING_HEADINGS).stream()
            .map(h -> mended(h, stated))
            .toList();
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < Math.min(HEADINGS, headings.size()); i++) {
      Heading h = headings.get(i);
      if (h.headline() != null) {
        // The headline under its kicker before the heading whole, when nothing else decides.
        candidates.add(headingCandidate(h.headline(), i, false, headings, stated));
        candidates.add(headingCandidate(h.text(), HEADINGS + i, true, headings, stated));
      } else {
        candidates.add(headingCandidate(h.text(), i, true, headings, stated));
      }
    }
    for (Stated t : stated) {
      candidates.add(candidate(t.core(), t.rank(), headings, stated));
      for (int i = 0; i < t.segments().size() && t.segments().size() > 1; i++) {
        // "Headline | Tagline": the first part before the whole, when nothing else decides.
        int rank = i == 0 ? t.rank() - 5 : t.rank() + 10 * (i + 1);
        candidates.add(candidate(t.segments().get(i), rank, headings, stated));
      }
    }
    // On an article's page a single word is a section's or a page type's label ("News",
    // "Opinion", "detail") when a source states a wording of three words or more: it loses a
    // vote. A section's own front page ("Science") is named so, and keeps its votes. (A vote and a
    // half took two section pages' names on the tune halves, for one headline more.)
    boolean worded = candidates.stream().anyMatch(c -> c.votes() >= 1 && words(c.text()) >= 3);
    if (worded && articlePage(page)) {
      candidates.replaceAll(
          c -> words(c.text()) == 1 ? new Candidate(c.text(), c.votes() - 1, c.rank()) : c);
    }
    Candidate best = null;
    for (Candidate c : candidates) {
      if (best == null
          || c.votes() > best.votes() + 1e-9
          || (Math.abs(c.votes() - best.votes()) < 1e-9 && c.rank() < best.rank())) {
        best = c;
      }
    }
    if (best != null) {
      return best.text();
    }
    // Only a title that is the site's name alone is left: better than none.
    String raw = PageIndex.first(metadata);
    return raw == null ? null : Spaces.collapse(unescapeTwice(raw));
  }

  /** The quotation marks a headline opens a quote with. */
  private static final String OPENING_QUOTES = "\"“„«‘'";

  /** The quotation marks a quote at a headline's end closes with. */
  private static final String CLOSING_QUOTES = "\"”“»’'";

  /**
   * Mends titles a quotation mark cut short: a page that writes {@code content="Senator calls Biden
   * "unfit""} unescaped leaves its attribute at "Senator calls Biden ". Such a title, when another
   * source states it whole, with a quote after it that ends the title, is taken as that source
   * states it.
   */
  private static void mendCutAtQuote(String[] metadata) {
    for (int i = 0; i < metadata.length; i++) {
      if (metadata[i] == null || metadata[i].isBlank()) {
        continue;
      }
      String cut = Spaces.collapse(metadata[i]);
      for (String other : metadata) {
        if (other == null || other.length() <= cut.length() || !other.startsWith(cut)) {
          continue;
        }
        // The quote, whole: a site's name after "«" is not one.
        String rest = other.substring(cut.length()).strip();
        if (rest.length() >= 3
            && OPENING_QUOTES.indexOf(rest.charAt(0)) >= 0
            && CLOSING_QUOTES.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
          metadata[i] = other;
          break;
        }
      }
    }
  }

  /**
   * A heading's wording, with its votes weighed as a heading's.
   *
   * @param wrappable whether a metadata title that holds it in more words votes for it; not for a
   *     headline cut from under its kicker, since the more words are then the kicker
   */
  private static Candidate headingCandidate(
      String text, int rank, boolean wrappable, List<Heading> headings, List<Stated> stated) {
    Candidate c = candidate(text, rank, headings, stated);
    if (c.votes() < 1.5) {
      if (wrappable && within(c.text(), stated)) {
        // A heading the metadata wraps in more words ("Buy Electric Guitars at Thomann").
        return new Candidate(c.text(), c.votes() + 1, c.rank());
      } else if (!headlineLike(c.text())) {
        // A heading nothing else states, and too short for a headline: a section's label.
        return new Candidate(c.text(), c.votes() - 0.5, c.rank());
      }
    }
    return c;
  }

  /** A metadata title with site names cut from its ends; null when nothing else is left. */
  private static Stated stated(String raw, Set<String> sites, Set<String> logos, int rank) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String text = Spaces.collapse(unescapeTwice(raw));
    if (logos.contains(fold(text))) {
      // The title is the name the logo links home with ("Gaby's - Colours of the Soul").
      return null;
    }
    List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(text)));
    List<String> seps = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(text);
    while (m.find()) {
      seps.add(m.group());
    }
    int from = 0;
    int to = parts.size();
    while (to - from > 1 && (site(parts.get(to - 1), sites) || archive(parts.get(to - 1)))) {
      to--;
    }
    while (to - from > 1 && (site(parts.get(from), sites) || archive(parts.get(from)))) {
      from++;
    }
    if (to - from == 1 && site(parts.get(from), sites) && parts.size() == 1) {
      return null; // the title is the site's name alone
    }
    StringBuilder core = new StringBuilder(parts.get(from).strip());
    for (int i = from + 1; i < to; i++) {
      core.append(seps.get(i - 1)).append(parts.get(i).strip());
    }
    List<String> segments = new ArrayList<>();
    List<String> segmentKeys = new ArrayList<>();
    for (String part : PART.split(core.toString())) {
      if (!part.isBlank()) {
        segments.add(part.strip());
        segmentKeys.add(fold(part));
      }
    }
    return new Stated(
        fold(text), core.toString(), fold(core.toString()), segments, segmentKeys, rank);
  }

  /** A wording's votes: one per source, or group of identical sources, that states it. */
  private static Candidate candidate(
      String text, int rank, List<Heading> headings, List<Stated> stated) {
    String key = fold(text);
    double votes = 0;
    Set<String> counted = new HashSet<>();
    for (Heading h : headings) {
      if (h.states(key)) {
        votes += 1;
      }
    }
    for (Stated t : stated) {
      if (!counted.add(t.key())) {
        continue; // a copy of a source already counted
      }
      if (t.coreKey().equals(key) || t.segmentKeys().contains(key)) {
        votes += 1;
      }
    }
    return new Candidate(text, votes, rank);
  }

  /**
   * A heading whose characters a wrong encoding turned into question marks ("What Are The Basics Of
   * Event Planning? Beginner? Guide") as a metadata title states it whole ("…: Beginner's Guide"),
   * so that it votes for that wording; else the heading as it is. A question mark stands for one to
   * three characters, none of them a question mark: "Why Go?" is no damaged "Why Go".
   */
  private static Heading mended(Heading h, List<Stated> stated) {
    String text = h.text();
    if (text.indexOf('?') < 0 && text.indexOf('\uFFFD') < 0) {
      return h;
    }
    StringBuilder pattern = new StringBuilder();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '\uFFFD') {
        pattern.append(Pattern.quote(text.substring(from, i))).append("[^?\uFFFD]{1,3}");
        from = i + 1;
      }
    }
    pattern.append(Pattern.quote(text.substring(from)));
    Pattern damaged = Pattern.compile(pattern.toString());
    for (Stated t : stated) {
      if (damaged.matcher(t.core()).matches()) {
        return new Heading(t.core(), null);
      }
    }
    return h;
  }

  /** The folded cores of the metadata titles. */
  private static Set<String> metadataCores(List<Stated> stated) {
    Set<String> out = new HashSet<>();
    for (Stated t : stated) {
      out.add(t.coreKey());
    }
    return out;
  }

  /** Whether a source states a title that holds the heading's words in a row, and more. */
  private static boolean within(String heading, List<Stated> stated) {
    String key = " " + fold(heading) + " ";
    for (Stated t : stated) {
      String core = " " + t.coreKey() + " ";
      if (key.length() > 2 && !core.equals(key) && core.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the page says it is an article: a JSON-LD article node, an Open Graph type of article,
   * or a publish date in its metadata.
   */
  private static boolean articlePage(PageIndex page) {
    String og = page.meta("og:type");
    return page.ld() != null
        || (og != null && og.strip().toLowerCase(Locale.ROOT).startsWith("article"))
        || page.meta("article:published_time") != null
        || page.ldAnywhere("datePublished") != null;
  }

  /** How many words a wording has, as {@link #fold} separates them. */
  private static int words(String text) {
    String f = fold(text);
    return f.isEmpty() ? 0 : f.split(" ").length;
  }

  /** Whether a heading reads as a headline: a few words, not all in capitals. */
  private static boolean headlineLike(String heading) {
    return heading.split("\\s+").length >= MIN_HEADLINE_WORDS
        && !heading.equals(heading.toUpperCase(Locale.ROOT));
  }

  /** The page's first visible headings, without those that are the site's name. */
  private static List<Heading> headings(
      PageIndex page, Set<String> sites, Set<String> statedCores, int limit) {
    List<Heading> out = new ArrayList<>();
    for (Element h1 : page.elements().tag("h1")) {
      Heading h = heading(h1, statedCores);
      if (!h.text().isEmpty()
          && h.text().length() <= 300
          && !site(h.text(), sites)
          && out.stream().noneMatch(o -> o.text().equals(h.text()))) {
        out.add(h);
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * A heading's words without its controls (a "Copy item path" button, a hidden bookmark tooltip),
   * and its headline alone when it leads with a kicker: an element marked as one ({@code
   * dachzeile}, {@code roofline}, {@code label}, …), a {@code <small>} or a date, of no more words
   * than what follows it; or when it ends with a subtitle ({@link #beforeSubtitle}).
   *
   * @param statedCores the metadata titles' folded cores: a subtitle one of them states with the
   *     headline is part of the title
   */
  private static Heading heading(Element h1, Set<String> statedCores) {
    Element copy = h1.clone();
    copy.select("button, script, style, template, svg, [hidden]").remove();
    String text = clean(copy.text());
    Element first = null;
    for (org.jsoup.nodes.Node n : copy.childNodes()) {
      if (n instanceof Element e) {
        first = e;
        break;
      }
      if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        break; // the heading starts with its own words
      }
    }
    String headline = null;
    boolean kicked = first != null && kicker(first);
    if (kicked) {
      String lead = clean(first.text());
      first.remove();
      // What follows the kicker, without the mark between them ("Kicker: Headline").
      String rest = LEADING_MARK.matcher(clean(copy.text())).replaceFirst("");
      int leadWords = lead.isEmpty() ? 0 : lead.split(" ").length;
      if (leadWords > 0 && leadWords <= MAX_KICKER_WORDS && rest.split(" ").length >= leadWords) {
        headline = rest;
      }
    }
    if (!kicked) {
      headline = beforeSubtitle(copy);
      if (headline != null && statedCores.contains(fold(text))) {
        return new Heading(text, null); // a subtitle the metadata states with the headline
      }
    }
    if (headline == null && text.contains(" | ")) {
      // "Headline | Section": a bar is not a headline's punctuation but the mark sites glue a
      // section or a tagline on with.
      String head = text.substring(0, text.indexOf(" | ")).strip();
      if (head.split(" ").length >= 3) {
        headline = head;
      }
    }
    return new Heading(text, headline);
  }

  private static final Pattern LEADING_MARK = Pattern.compile("^[|–—·•»:/-]+\\s*");

  private static final Pattern TRAILING_MARK = Pattern.compile("\\s*[|–—·•»:/,-]+$");

  /**
   * The headline of a heading that ends with its subtitle or topic ({@code <h1>Headline <small
   * class=article-subtitle>Welcome to …</small></h1>}): a {@code <small>} or an element marked as
   * one, after the heading's own words. Null when the heading has none.
   *
   * @param heading a copy of the heading, from which the subtitle is removed
   */
  private static String beforeSubtitle(Element heading) {
    Element last = null;
    for (int i = heading.childNodeSize() - 1; i >= 0; i--) {
      org.jsoup.nodes.Node n = heading.childNode(i);
      if (n instanceof Element e) {
        last = e;
        break;
      }
      if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        return null; // the heading ends with its own words
      }
    }
    if (last == null || !(last.normalName().equals("small") || kickerClass(last))) {
      return null;
    }
    String subtitle = clean(last.text());
    last.remove();
    String head = TRAILING_MARK.matcher(clean(heading.text())).replaceFirst("");
    return head.split(" ").length >= 2 && !subtitle.isEmpty() ? head : null;
  }

  private static String clean(String text) {
    return PERMALINK.matcher(Spaces.collapse(unescapeTwice(text))).replaceAll("").strip();
  }

  /** Class words that mark a heading's kicker, or a label before it. */
  private static final Pattern KICKER_CLASS =
      Pattern.compile(
          "kicker|dachzeile|roofline|overline|overtitle|topline|toptitle|supertitle|pretitle"
              + "|eyebrow|subheadline|subtitle|rubric|spitzmarke|strapline|autonumber");

  /** Short class names of labels ("label label--lightGreen", "category"). */
  private static final Set<String> LABEL_CLASS =
      Set.of("label", "category", "tag", "topic", "section", "flag", "badge");

  /** Whether a heading's leading element is a kicker rather than the start of the headline. */
  private static boolean kicker(Element e) {
    String tag = e.normalName();
    if (tag.equals("small") || tag.equals("time") || e.selectFirst("time") != null) {
      return true;
    }
    if (kickerClass(e)) {
      return true;
    }
    String classes = (e.className() + " " + e.attr("data-test-id")).toLowerCase(Locale.ROOT);
    for (String c : classes.split("[^a-z]+")) {
      if (LABEL_CLASS.contains(c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element's class marks it as a kicker, a topic line or a subtitle. */
  private static boolean kickerClass(Element e) {
    String classes = (e.className() + " " + e.attr("data-test-id")).toLowerCase(Locale.ROOT);
    return KICKER_CLASS.matcher(classes.replaceAll("[^a-z ]", "")).find();
  }

  /** The outlet's names, folded: site name, publisher, application name, the domain. */
  private static Set<String> siteNames(PageIndex page) {
    Set<String> out = new HashSet<>();
    String domain = PageIndex.domain(page.url());
    for (String name :
        new String[] {
          page.outlet(),
          page.meta("og:site_name"),
          page.meta("application-name"),
          page.ld() == null ? null : PageIndex.text(page.ld().path("publisher").path("name")),
          domain
        }) {
      String key = name == null ? "" : fold(name);
      if (!key.isEmpty()) {
        out.add(key);
      }
    }
    if (domain != null) {
      String[] labels = domain.split("\\.");
      if (labels.length >= 2) {
        out.add(labels[labels.length - 2].toLowerCase(Locale.ROOT)); // "fool" of fool.com
      }
    }
    return out;
  }

  /**
   * The folded names of the headings that link to the site's home page alone ({@link #homeLink}).
   */
  private static Set<String> logos(PageIndex page) {
    Set<String> out = new HashSet<>();
    for (Element h1 : page.elements().tag("h1")) {
      String logo = homeLink(h1);
      if (logo != null && !fold(logo).isEmpty()) {
        out.add(fold(logo));
      }
    }
    return out;
  }

  /**
   * The words of a heading that is a link to the site's home page and nothing else, as old blog
   * themes set the blog's name above every post ({@code <h1><a href="https://blog.example/">Liebe
   * geht durch den Magen</a></h1>}): the site's name, not the post's title. Null for any other
   * heading.
   */
  private static String homeLink(Element h1) {
    Elements links = h1.getElementsByTag("a");
    if (links.size() != 1) {
      return null;
    }
    Element a = links.first();
    String text = a.text().strip();
    if (text.isEmpty() || !text.equals(h1.text().strip())) {
      return null;
    }
    String href = a.absUrl("href");
    // An archived page links to the archived home page: "…/web/2014…/http://blog.example/".
    int original = Math.max(href.lastIndexOf("http://"), href.lastIndexOf("https://"));
    if (original < 0) {
      return null;
    }
    try {
      URI uri = new URI(href.substring(original));
      String path = uri.getRawPath();
      boolean home =
          uri.getHost() != null
              && (path == null || path.isEmpty() || path.equals("/"))
              && uri.getRawQuery() == null
              && uri.getRawFragment() == null;
      return home ? text : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * The names blog software gives its archive of posts, which old WordPress themes put between the
   * blog's name and the post's ("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden").
   */
  private static final Set<String> ARCHIVES =
      Set.of("blog archive", "blog archiv", "blog archives", "archive", "archives", "archiv");

  private static boolean archive(String part) {
    return ARCHIVES.contains(fold(part));
  }

  /** Whether a part of a title is the site's name, or the name with a few words around it. */
  private static boolean site(String part, Set<String> sites) {
    String f = fold(part);
    if (f.isEmpty()) {
      return false;
    }
    String joined = f.replace(" ", "");
    for (String site : sites) {
      if (f.equals(site) || joined.equals(site.replace(" ", ""))) {
        return true;
      }
      int words = f.split(" ").length;
      if (words <= site.split(" ").length + 2
          && (" " + f + " ").contains(" " + site + " ")
          && site.length() >= 4) {
        return true;
      }
      if (site.length() >= 6 && spelledOut(f.split(" "), site.replace(" ", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether words in a row spell a site's name written as one ("Gregory Szorc" for gregoryszorc),
   * with a possessive's "s" after them and at most two other words around ("Gregory Szorc's Digital
   * Home").
   */
  private static boolean spelledOut(String[] words, String name) {
    for (int i = 0; i < words.length; i++) {
      StringBuilder joined = new StringBuilder();
      for (int j = i; j < words.length && joined.length() < name.length(); j++) {
        joined.append(words[j]);
        if (j > i && joined.toString().equals(name)) {
          int rest = words.length - (j - i + 1);
          if (j + 1 < words.length && words[j + 1].equals("s")) {
            rest--;
          }
          return rest <= 2;
        }
      }
    }
    return false;
  }

  /** Lower case, letters and digits only, single spaces. */
  private static String fold(String s) {
    return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /** What {@link #fold} reads as a space (compiled once: titles are folded many times a page). */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private static final Pattern CHARACTER_REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp);");

  /**
   * A title whose character references a site escaped twice ("SQL &amp;#x26; AI" in the page, so
   * "SQL &#x26; AI" once parsed) read as the site meant them; a title without any is unchanged.
   */
  static String unescapeTwice(String title) {
    return CHARACTER_REFERENCE.matcher(title).find()
        ? org.jsoup.parser.Parser.unescapeEntities(title, false)
        : title;
  }

  /** The marks sites put between a headline and their name, a colon among them. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·•»:/-]\\s+");

  /**
   * The marks between the parts of a glued title: the same without the colon, which headlines use.
   */
  private static final Pattern PART = Pattern.compile("\\s+[|–—·•»/-]\\s+");

  /**
   * The permalink mark documentation sites put after a heading ("Quickstart¶"), for titles and body
   * headings alike; not "#", which ends headings such as "Why we moved to C#".
   */
  static final Pattern PERMALINK = Pattern.compile("\\s*[¶§🔗]+$");
}
