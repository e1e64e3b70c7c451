package org.dossier.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Spaces;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's main text by text density.
 *
 * <p>The page is cut into text blocks at block-level tags. Each block is judged on its own: long,
 * sentence-like text with few links is content; link lists, share bars and short stock phrases are
 * boilerplate; the rest (headings, short lines) is neutral. Elements whose class or id names a
 * boilerplate widget (related articles, share bars, newsletter boxes) turn their blocks into
 * boilerplate unless they hold a great deal of content. The main container is the element that
 * maximises content characters minus boilerplate characters, so a whole article beats one of its
 * sections and beats the page body around it; a container that declares itself the article body
 * ({@code itemprop=articleBody} and the like) gets a bonus. The result is the container's content
 * and neutral blocks in reading order, with neutral lines trimmed from the ends.
 */
final class MainContent {
  private static final String JUNK_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, button, input, select, textarea,"
          + " nav, footer, aside, figcaption, dialog, label, option";
  private static final List<String> JUNK = List.of(JUNK_TAGS.split(",\\s*"));

  /** Class and id words of a page's chrome: never an article's text, nor what a listing lists. */
  private static final String CHROME_WORDS =
      "share|sharing|social|newsletter|cookie|consent|^ads?$|^ad-|-ad$|ad-slot|^sidebar|-sidebar$"
          + "|subscribe|breadcrumb|(?<!context)menu|navbar|masthead|popup|modal|signup|toolbar"
          + "|banner|footer|pagination|disclaimer|outbrain|taboola";

  /**
   * Class and id words of a boilerplate widget beside an article: its chrome, and what points away
   * from it (related stories, tags, its author's biography).
   */
  static final Pattern BOILERPLATE =
      Pattern.compile(
          "("
              + CHROME_WORDS
              + "|related|promo|advert|recommend|trending|most-popular|more-stories|read-more"
              + "|readmore|tag-list|tags|author-bio|byline|jump-link|table-of-contents"
              + "|tableofcontents|^toc$|^caption$|(image|img|photo|media|picture|figure|wp|thumb|thumbnail)[-_]*caption)");

  private static final Pattern NOT_BOILERPLATE = Pattern.compile("^(has|with|no|hide|show|is)-");

  /**
   * Pieces of text of which every match of {@link #BOILERPLATE} holds at least one: its words, or a
   * part that several of them share ("shar" for share and sharing, "ad" for the ads and adverts,
   * "tag" for tags and tag lists).
   */
  private static final String[] BOILERPLATE_PIECES = {
    "shar",
    "social",
    "newsletter",
    "cookie",
    "consent",
    "ad",
    "sidebar",
    "subscribe",
    "breadcrumb",
    "menu",
    "navbar",
    "masthead",
    "popup",
    "modal",
    "signup",
    "toolbar",
    "banner",
    "footer",
    "pagination",
    "disclaimer",
    "outbrain",
    "taboola",
    "related",
    "promo",
    "recommend",
    "trending",
    "most-popular",
    "more-stories",
    "read-more",
    "readmore",
    "tag",
    "author-bio",
    "byline",
    "jump-link",
    "table",
    "toc",
    "caption"
  };

  /**
   * Whether a class or id word can match {@link #BOILERPLATE}: a word without any of its pieces
   * cannot, and a search for a piece is many times cheaper than trying the pattern's alternatives
   * at every character. Most words of a page are not the names of widgets, and a site's ids
   * ("post-48213") are new on every page, past what {@link KnownNames} keeps.
   */
  static boolean mayBeBoilerplate(String token) {
    for (String piece : BOILERPLATE_PIECES) {
      if (token.contains(piece)) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DECLARED =
      Pattern.compile(
          "(?i)^(articlebody|article-body|article__body|story-body|entry-content|post-content"
              + "|article-content|story-content|post-body|article-text|body-text|main-content-body"
              + "|articletext|story__body|c-entry-content|rich-text)$");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "dd",
          "dt",
          "dl",
          "header",
          "body",
          "figure",
          "address",
          "hr",
          "center",
          "form",
          "fieldset",
          "details",
          "summary");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private static final Pattern LINE_BREAKS = Pattern.compile("\n[ ]*\n");

  /**
   * What separates the words of a class or id attribute: {@code String.split("\\s+")} compiles its
   * pattern on every call, and this runs for every element's names.
   */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final Pattern SHORT_JUNK =
      Pattern.compile(
          "(?i)^(advertisement|advert|sponsored|share( this)?( article| post| story)?|read more|continue"
              + " reading|sign up.*|subscribe.*|follow us.*|click here.*|related:.*|copyright.*|©.*"
              + "|all rights reserved.*|.*cookies.*|print|email|tweet|pin it|back to top|loading\\.*"
              + "|skip to .*|(\\d+ )?min(ute)? read|.*newsletter.*|tags?:.*|filed under.*)$");

  /**
   * A line asking the reader to do something for the site: "Join the Daily Record WhatsApp
   * community!", "Get alerts for live updates", "Sign up to our daily newsletter".
   */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)^((join|follow|sign up|subscribe)\\b.{0,60}\\b(our|the)\\b.{0,60}\\b(community|newsletters?"
              + "|app|channel|whatsapp|telegram|podcast)|download our\\b.{0,60}\\bapp"
              + "|(get|turn on)\\b.{0,20}\\b(alerts|notifications))\\b.{0,30}$");

  /**
   * A sentence that sends the reader to a newsletter ("… - Sign up to our daily newsletter here.").
   */
  private static final Pattern NEWSLETTER_LINE =
      Pattern.compile("(?i).*\\b(sign up|subscribe)\\b.*\\bnewsletters?\\b.*");

  /** The longest line {@link #NEWSLETTER_LINE} judges: a longer one is the article's own text. */
  private static final int NEWSLETTER_LINE_LIMIT = 200;

  /**
   * The first characters, in both cases, that a line of {@link #SHORT_JUNK} can start with, beside
   * those of its lines that only hold a word ("cookies", "newsletter") somewhere.
   */
  private static final String JUNK_INITIALS = "aAsSrRcCfFpPeEtTbBlLmM\u00a90123456789";

  /**
   * Whether a short line is a site's furniture ({@link #SHORT_JUNK}): the pattern, which tries each
   * of its phrases, runs only on lines that can start one or that hold one of its two words.
   */
  static boolean shortJunk(String text) {
    return text.length() < 80
        && !text.isEmpty()
        && (JUNK_INITIALS.indexOf(text.charAt(0)) >= 0
            || mentions(text, "cookies")
            || mentions(text, "newsletter"))
        && SHORT_JUNK.matcher(text).matches();
  }

  /**
   * Whether a short line sends the reader away from the article: to a newsletter ({@link
   * #NEWSLETTER_LINE}; the pattern, which backtracks over the line, runs only on lines with the
   * word in them), or to the outlet's accounts and apps ({@link #FOLLOW_LINE}).
   */
  private static boolean promotionLine(String text) {
    return text.length() < NEWSLETTER_LINE_LIMIT
            && mentions(text, "newsletter")
            && NEWSLETTER_LINE.matcher(text).matches()
        || text.length() < FOLLOW_LINE_LIMIT && followLine(text);
  }

  /**
   * A line that sends the reader to the outlet's or the writer's accounts or apps: "Follow The
   * Gleaner on Twitter and Instagram @JamaicaGleaner", "You can keep up with me on Twitter", "For
   * the latest stories and breaking news updates download the Nationnews apps for iOS and Android".
   */
  private static final Pattern FOLLOW_LINE =
      Pattern.compile(
          "(?i)(^|[.!?:] )(you can )?(follow(?!-)|keep up with|connect with|find us|like us)\\b.{0,80}\\bon"
              + " (twitter|instagram|facebook|x|tiktok|youtube|linkedin|threads|bluesky|mastodon)\\b"
              + "|^for (the )?latest\\b.{0,80}\\bdownload\\b.{0,60}\\bapps?\\b");

  /**
   * The longest line {@link #FOLLOW_LINE} judges: a writer's short biography ending "You can keep
   * up with me on Twitter", an outlet's line of its accounts and addresses.
   */
  private static final int FOLLOW_LINE_LIMIT = 300;

  private static boolean followLine(String text) {
    return FOLLOW_WORDS.in(text) && FOLLOW_LINE.matcher(text.strip()).find();
  }

  /** Words of which a line {@link #FOLLOW_LINE} finds holds one. */
  private static final Words FOLLOW_WORDS =
      new Words("follow", "keep up", "connect", " us on", "download");

  /**
   * Words found in any case in one pass over a text, as {@link #mentions(String, String)} finds
   * one: a character that is no word's first letter costs one look into a table, built once. A word
   * is looked for at its first letter, so " us on" costs nothing at each space.
   */
  static final class Words {
    private final String[] lower;

    /** Where each word's first letter stands in it. */
    private final int[] anchor;

    /**
     * The character after each word's first letter, when it is an ASCII letter (lower case), else
     * 0: a text whose character there is another ASCII character cannot hold the word there, so
     * most first letters are passed over without comparing the whole word.
     */
    private final char[] second;

    /** The words' first letters in both cases, as bits by character (all ASCII). */
    private final long[] initials = new long[2];

    /**
     * @param lower the words in lower case, each with an ASCII letter
     */
    Words(String... lower) {
      this.lower = lower.clone();
      anchor = new int[lower.length];
      second = new char[lower.length];
      for (int w = 0; w < lower.length; w++) {
        int k = 0;
        while (!Character.isLetter(lower[w].charAt(k))) {
          k++;
        }
        anchor[w] = k;
        char next = k + 1 < lower[w].length() ? lower[w].charAt(k + 1) : 0;
        second[w] = next >= 'a' && next <= 'z' ? next : 0;
        char first = lower[w].charAt(k);
        char upper = Character.toUpperCase(first);
        initials[first >> 6] |= 1L << (first & 63);
        initials[upper >> 6] |= 1L << (upper & 63);
      }
    }

    /** Whether a text holds one of the words. */
    boolean in(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < 128 && (initials[c >> 6] & (1L << (c & 63))) != 0) {
          for (int w = 0; w < lower.length; w++) {
            String word = lower[w];
            char first = word.charAt(anchor[w]);
            int from = i - anchor[w];
            if ((c == first || c == Character.toUpperCase(first))
                && from >= 0
                && notOtherAscii(text, i + 1, second[w])
                && text.regionMatches(true, from, word, 0, word.length())) {
              return true;
            }
          }
        }
      }
      return false;
    }
  }

  /**
   * False only when {@code lower}, an ASCII letter in lower case (0 for none), cannot stand at
   * {@code at} in any case because another ASCII character, or the text's end, does: a cheap test
   * before {@link String#regionMatches(boolean, int, String, int, int)}, which decides beyond
   * ASCII.
   */
  private static boolean notOtherAscii(String text, int at, char lower) {
    if (lower == 0) {
      return true;
    }
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c >= 128 || (c | 0x20) == lower;
  }

  /**
   * Whether a text holds {@code lower} (written in lower case) in any case. It ignores case beyond
   * ASCII too, so it says yes wherever a pattern's {@code (?i)} would find the word: a cheap first
   * test before such a pattern.
   */
  static boolean mentions(String text, String lower) {
    char first = lower.charAt(0);
    char upper = Character.toUpperCase(first);
    char next = lower.length() > 1 ? lower.charAt(1) : 0;
    char second = next >= 'a' && next <= 'z' ? next : 0;
    for (int i = 0; i + lower.length() <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == first || c == upper)
          && notOtherAscii(text, i + 1, second)
          && text.regionMatches(true, i, lower, 0, lower.length())) {
        return true;
      }
    }
    return false;
  }

  /** Characters of content a boilerplate-named element may hold and still be boilerplate. */
  private static final int WIDGET_LIMIT = 1000;

  /** How much a boilerplate character costs against a content character. */
  private static final double BOILERPLATE_WEIGHT = 1.0;

  /** The bonus for a container that declares itself the article body. */
  private static final double DECLARED_BONUS = 1.25;

  /** The main container widens to its parent when the parent scores at least this share of it. */
  private static final double CLIMB_SHARE = 0.95;

  /** A sibling of the main container joins it when it scores at least this share of it. */
  private static final double SIBLING_SHARE = 0.2;

  private enum Judgement {
    CONTENT,
    NEUTRAL,
    BOILERPLATE
  }

  private MainContent() {}

  /**
   * A page's body.
   *
   * @param paragraphs the paragraphs of its own text, in reading order
   * @param listing when those are too few to be its body, the lines it lists ({@link #listing});
   *     else empty
   * @param shape the paragraphs to judge the page's prose by: the body without the items of lists a
   *     sentence of the article introduces ({@link #keepIntroducedLists}), short by nature
   */
  record Body(List<String> paragraphs, List<String> listing, List<String> shape) {
    static final Body EMPTY = new Body(List.of(), List.of(), List.of());
  }

  /**
   * The body paragraphs of a page, in reading order, without the title line.
   *
   * @param credited whether the page names a publish date or an author, as a news brief does: then
   *     only almost no text of its own ({@link #SPARSE_WORDS}) gives way to what the page lists
   */
  static Body paragraphs(Document doc, PageElements elements, String title, boolean credited) {
    Element body = doc.body();
    if (body == null) {
      return Body.EMPTY;
    }
    dropWritingForms(elements, body);
    // Looked up by tag, in any order: the page is the same whichever goes first. Elements already
    // cut out (a comment section) may be among them: cutting them again does nothing.
    int[] bodyChars = {-1};
    for (String tag : JUNK) {
      for (Element e : elements.tag(tag)) {
        if (inBody(e, body) && !crawlerView(e, body, bodyChars)) {
          e.remove();
        }
      }
    }
    // Some sites wrap the whole page in one form, and streaming renderers send the article in a
    // hidden element that a script reveals; only small ones are widgets. A modal dialog of any size
    // ("Republish this article" and its terms) is no article, unless it holds the headline and is
    // no copy of the article the page shows (the republishing box's preview of it).
    for (Element e : elements.maybeHidden()) {
      if (e.getElementsByTag("p").size() < 3
          || (PageElements.modal(e)
              && ((e.getElementsByTag("article").isEmpty() && e.getElementsByTag("h1").isEmpty())
                  || articleCopy(e, body)))) {
        e.remove();
      }
    }
    List<TextBlock> blocks = blocks(body);
    if (blocks.isEmpty()) {
      return Body.EMPTY;
    }
    Judgement[] judged = new Judgement[blocks.size()];
    for (int i = 0; i < judged.length; i++) {
      judged[i] = judge(blocks.get(i));
    }
    dropTeasers(blocks, judged);
    boolean[] listed = keepIntroducedLists(blocks, judged);
    Element mainElement = null;
    for (Element e : elements.tag("main")) {
      if (inBody(e, body)) {
        mainElement = e;
        break;
      }
    }
    applyWidgets(blocks, judged, body, mainElement);
    boolean anyContent = false;
    for (Judgement j : judged) {
      anyContent |= j == Judgement.CONTENT;
    }
    Set<Element> main = containers(blocks, judged, anyContent, body, title);
    if (anyContent) {
      // With no content at all (a short notice, a gallery) what little text there is stays.
      resolveNeutrals(judged, blocks);
      // Judged once the container is chosen: they take lines out of it, never move it.
      dropCallsToAction(blocks, judged, body);
      dropGridLabels(blocks, judged, body);
    }
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (judged[i] != Judgement.BOILERPLATE && inside(blocks.get(i).owner(), main, body)) {
        chosen.add(i);
      }
    }
    if (title != null) {
      chosen.removeIf(i -> titleLine(blocks.get(i), title));
    }
    if (anyContent) {
      trim(chosen, blocks, judged);
      if (title != null && !chosen.isEmpty()) {
        chosen.addAll(0, standfirst(blocks, chosen.get(0), title, main, body));
      }
    }
    List<String> out = texts(blocks, chosen);
    List<String> shape = out;
    if (chosen.stream().anyMatch(i -> listed[i])) {
      shape = texts(blocks, chosen.stream().filter(i -> !listed[i]).toList());
    }
    int enough = credited ? SPARSE_WORDS : LISTING_OWN_WORDS;
    int own = HtmlExtractor.words(out, enough); // exact below the threshold, all that is read
    if (own < enough) {
      List<String> items = listing(blocks, body, mainElement, title);
      int words = HtmlExtractor.words(items);
      if (words >= SPARSE_WORDS && (own < SPARSE_WORDS || words >= LISTING_SHARE * own)) {
        return new Body(out, items, shape);
      }
    }
    return new Body(out, List.of(), shape);
  }

  /**
   * Whether a dialog holding a headline shows a copy of the article the page shows outside it (a
   * republishing box's preview with its terms): the page outside it shows the same headline, in an
   * element of its own, and at least as much text in paragraphs. An article opened in an overlay
   * over a list of teasers has more text than the list.
   */
  private static boolean articleCopy(Element dialog, Element body) {
    Set<String> headlines = new HashSet<>();
    for (Element h : dialog.getElementsByTag("h1")) {
      String text = h.text().strip();
      if (!text.isEmpty()) {
        headlines.add(text);
      }
    }
    if (headlines.isEmpty()) {
      return false;
    }
    Set<Element> inDialog = Collections.newSetFromMap(new IdentityHashMap<>());
    inDialog.addAll(dialog.getAllElements());
    boolean shown = false;
    long outside = 0;
    long inside = 0;
    for (Element e : body.getAllElements()) {
      boolean in = inDialog.contains(e);
      if (!in && !shown && e.childrenSize() == 0 && headlines.contains(e.text().strip())) {
        shown = true;
      }
      if (e.normalName().equals("p")) {
        if (in) {
          inside += e.text().length();
        } else {
          outside += e.text().length();
        }
      }
    }
    return shown && outside >= inside;
  }

  private static List<String> texts(List<TextBlock> blocks, List<Integer> chosen) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i : chosen) {
      TextBlock b = blocks.get(i);
      String text = b.heading() ? PageTitles.PERMALINK.matcher(b.text()).replaceAll("") : b.text();
      if (!text.isEmpty() && (text.length() < REPEATED_CHARS || seen.add(text))) {
        out.add(text);
      }
    }
    return out;
  }

  /**
   * The fewest characters of a paragraph that the body gives once only: a page that sends its
   * article twice (a copy for small screens, or one its style sheet hides) repeats its paragraphs
   * word for word, while the headings a page repeats ("Pros", "Read more") are short. Chosen on the
   * `tune` halves of WCXB (docs/extraction.md): 80 above 150 and 250.
   */
  private static final int REPEATED_CHARS = 80;

  /**
   * Fewer words of text than this and the page holds no text of its own: a front page, a list of
   * products or search results, whose every line links to another page. Chosen on WCXB's dev pages
   * (`tune` halves): at 50, the count below which a page is no article, a job board lost its
   * 43-word introduction to its lists; at 30 it did not. A longer introduction gives way only by
   * {@link #LISTING_OWN_WORDS}.
   */
  private static final int SPARSE_WORDS = 30;

  /**
   * Up to this many words of its own, a page's own text may be the introduction to a listing (a
   * shop's category: a paragraph on hiking boots above a hundred of them), when what it lists is
   * {@link #LISTING_SHARE} times as long and the page names no date or author.
   */
  private static final int LISTING_OWN_WORDS = 200;

  /** How many times its own text a listing must be to be the body of a page that has some. */
  private static final int LISTING_SHARE = 5;

  /**
   * A page's chrome by a class or id word ({@link #CHROME_WORDS}, or a header): what a listing's
   * items never are, where "related", "promo" or "trending" may name the items themselves.
   */
  private static final Pattern CHROME = Pattern.compile("(" + CHROME_WORDS + "|header)");

  /**
   * The items of a page that holds no text of its own: the lines of its {@code <main>} (else of its
   * body) as they stand, links and all, without the page's header, chrome named as such ({@link
   * #CHROME}) and stock lines ("Advertisement", "Sign up …"). A front page's headlines and their
   * summaries, a shop's products, a forum's threads: what the page shows a reader.
   */
  private static List<String> listing(
      List<TextBlock> blocks, Element body, Element mainElement, String title) {
    Element root = mainElement != null ? mainElement : body;
    Map<Element, Boolean> chrome = new IdentityHashMap<>();
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      String text = b.text();
      if (shortJunk(text)
          || promotionLine(text)
          || (title != null && text.equalsIgnoreCase(title))
          || !within(b.owner(), root, chrome)) {
        continue;
      }
      chosen.add(i);
    }
    return texts(blocks, chosen);
  }

  /** Whether an element stands inside {@code root} and in no header or chrome on the way. */
  private static boolean within(Element e, Element root, Map<Element, Boolean> chrome) {
    for (Element at = e; at != null; at = at.parent()) {
      if (at == root) {
        return true;
      }
      Boolean known = chrome.get(at);
      if (known == null) {
        known = at.normalName().equals("header") || chromeName(at);
        chrome.put(at, known);
      }
      if (known) {
        return false;
      }
    }
    return false;
  }

  private static boolean chromeName(Element e) {
    String names =
        (HtmlAttributes.className(e) + " " + HtmlAttributes.id(e)).toLowerCase(Locale.ROOT);
    for (String token : SPACES.split(names)) {
      if (!token.isEmpty()
          && !NOT_BOILERPLATE.matcher(token).find()
          && CHROME.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }

  private static Judgement judge(TextBlock b) {
    int length = b.text().length();
    double links = b.linkDensity();
    if (links > 0.5 || shortJunk(b.text()) || promotionLine(b.text())) {
      return Judgement.BOILERPLATE;
    }
    if (b.heading() || links > 0.3) {
      return Judgement.NEUTRAL;
    }
    if (length >= 120 || (length >= 40 && sentence(b.text()))) {
      return Judgement.CONTENT;
    }
    return Judgement.NEUTRAL;
  }

  /** An excerpt cut short: "… on Tuesday, December 1...", "… and more […]". */
  private static boolean cutShort(String text) {
    String t = text.stripTrailing();
    if (t.endsWith("]")) {
      t = t.substring(0, t.length() - 1);
    }
    return t.endsWith("...") || t.endsWith("…");
  }

  /**
   * Characters of content a page must hold besides its teasers for them to be another story's:
   * below it, the page is a listing and the teasers are its content.
   */
  private static final int OWN_TEXT_BESIDE_TEASERS = 800;

  /** How many levels above a cut-short excerpt its card's link to the story is looked for. */
  private static final int CARD_LEVELS = 3;

  /**
   * Marks teasers of other stories as boilerplate: excerpts cut short, each in a small card (the
   * excerpt with a title, a name and a date, not an article's whole body) that links to its story
   * by a title before the excerpt. Teasers come in lists, so one alone (a paywall's preview) stays;
   * and on a page with little text besides them, a listing, they are its content.
   */
  private static void dropTeasers(List<TextBlock> blocks, Judgement[] judged) {
    List<Integer> teasers = new ArrayList<>();
    int ownChars = 0;
    for (int i = 0; i < blocks.size(); i++) {
      if (judged[i] == Judgement.BOILERPLATE) {
        continue;
      }
      if (teaser(blocks.get(i))) {
        teasers.add(i);
      } else if (judged[i] == Judgement.CONTENT) {
        ownChars += blocks.get(i).text().length();
      }
    }
    if (teasers.size() >= 2 && ownChars >= OWN_TEXT_BESIDE_TEASERS) {
      for (int i : teasers) {
        judged[i] = Judgement.BOILERPLATE;
      }
    }
  }

  private static boolean teaser(TextBlock b) {
    String text = b.text();
    if (!cutShort(text)) {
      return false;
    }
    Element card = b.owner();
    for (int level = 0; level < CARD_LEVELS && card != null; level++, card = card.parent()) {
      if (TextLength.exceeds(card, 2 * text.length() + 300)) {
        return false;
      }
      for (Element e : card.getAllElements()) {
        if (e == b.owner()) {
          break; // the story's title comes before its excerpt
        }
        if (e.normalName().equals("a")
            && e.hasAttr("href")
            && e.text().split("\\s+").length >= 3
            && !text.contains(e.text())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.'
        || last == '!'
        || last == '?'
        || last == '。'
        || last == '"'
        || last == '”'
        || last == ':';
  }

  /**
   * Marks the blocks of boilerplate-named elements (related links, share bars) as boilerplate,
   * unless the element holds more content than a widget would, or holds the page's {@code <main>}:
   * then the name is a site's quirk or a layout's ("main-container fixed-sidebar" is the box that
   * lays out the main content beside a sidebar, not the sidebar).
   */
  private static void applyWidgets(
      List<TextBlock> blocks, Judgement[] judged, Element body, Element main) {
    Map<Element, Boolean> named = new IdentityHashMap<>();
    for (Element e = main == null ? null : main.parent(); e != null && e != body; e = e.parent()) {
      named.put(e, false);
    }
    Element shield = declaredBody(blocks, judged, body);
    Map<Element, int[]> content = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (judged[i] != Judgement.CONTENT) {
        continue;
      }
      for (Element e = blocks.get(i).owner();
          e != null && e != body && e != shield;
          e = e.parent()) {
        if (widgetName(e, named)) {
          content.computeIfAbsent(e, k -> new int[1])[0] += blocks.get(i).text().length();
        }
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      for (Element e = blocks.get(i).owner();
          e != null && e != body && e != shield;
          e = e.parent()) {
        if (widgetName(e, named)) {
          int[] c = content.get(e);
          if (c == null || c[0] < WIDGET_LIMIT) {
            judged[i] = Judgement.BOILERPLATE;
            break;
          }
        }
      }
    }
  }

  /**
   * Removes the forms a reader writes in: a comment or contact form (one with a {@code <textarea>})
   * and its help text ("Pour créer des paragraphes, laissez simplement des lignes vides.", "Your
   * email address will not be published."), which read as sentences and stayed in the body when the
   * form stood inside the article with three paragraphs or more (a smaller form goes as hidden
   * widgets do). A form of over {@link #WIDGET_LIMIT} characters stays: some sites wrap the whole
   * page in one form.
   */
  private static void dropWritingForms(PageElements elements, Element body) {
    for (Element area : elements.tag("textarea")) {
      Element form = area.closest("form");
      if (form != null
          && form != body
          && inBody(form, body)
          && !TextLength.exceeds(form, WIDGET_LIMIT)) {
        form.remove();
      }
    }
  }

  /** Parts of class and id words that name an article's standfirst, in the languages of news. */
  private static final Set<String> STANDFIRST_WORDS =
      Set.of(
          "lead",
          "lede",
          "excerpt",
          "standfirst",
          "teaser",
          "summary",
          "intro",
          "dek",
          "deck",
          "bajada",
          "subtitle",
          "subheadline",
          "sapo",
          "chapo",
          "chapeau",
          "vorspann",
          "abstract",
          "entradilla",
          "sommario",
          "occhiello");

  /** The most paragraphs a standfirst has. */
  private static final int STANDFIRST_BLOCKS = 2;

  /**
   * The standfirst between the headline and the body: a sentence or two under the headline in an
   * element the page names for it ({@code <p class="excerpt">}, {@code div.texto-bajada}, {@code
   * h2.ArticleHero__teaser}), outside the container the body was cut from. A news page's summary of
   * its story, which the reader sees first; a caption, a byline or a share bar there is not so
   * named, nor shaped as sentences.
   *
   * @return the standfirst's block indexes, in order; empty when there is none
   */
  private static List<Integer> standfirst(
      List<TextBlock> blocks, int first, String title, Set<Element> main, Element body) {
    int headline = -1;
    for (int i = first - 1; i >= 0; i--) {
      if (blocks.get(i).heading() && titleLine(blocks.get(i), title)) {
        headline = i;
        break;
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = headline + 1; headline >= 0 && i < first; i++) {
      TextBlock b = blocks.get(i);
      String text = b.text();
      if (text.length() >= 60
          && text.length() <= 600
          && sentence(text)
          && b.linkDensity() < 0.2
          && !shortJunk(text)
          && !promotionLine(text)
          && !inside(b.owner(), main, body)
          && standfirstNamed(b.owner(), body)
          && !repeated(text, blocks, first)) {
        out.add(i);
        if (out.size() == STANDFIRST_BLOCKS) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * Whether the body's first paragraphs already say a standfirst's words: many pages repeat it
   * there, and the body would say it twice.
   */
  private static boolean repeated(String text, List<TextBlock> blocks, int first) {
    // Block texts are collapsed already (Spaces.collapse), so they compare as they stand.
    for (int i = first; i < Math.min(blocks.size(), first + 3); i++) {
      if (blocks.get(i).text().contains(text)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element, or one of the two above it, is named as a standfirst. */
  private static boolean standfirstNamed(Element e, Element body) {
    Element at = e;
    for (int level = 0; level < 3 && at != null && at != body; level++, at = at.parent()) {
      String names =
          (HtmlAttributes.className(at) + " " + HtmlAttributes.id(at)).toLowerCase(Locale.ROOT);
      for (String part : names.split("[\\s_-]+")) {
        if (STANDFIRST_WORDS.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The fewest words of a line that introduces a list of links ("Many patches were sent:"). */
  private static final int INTRODUCTION_WORDS = 4;

  /** The most characters of a line that introduces a list. */
  private static final int INTRODUCTION_CHARS = 400;

  /** The fewest words of a list's items, on average, for the list to be an article's own. */
  private static final double LISTED_ITEM_WORDS = 3;

  /** Lines that introduce other pages rather than the article's own list. */
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "(?i).*\\b(related|also like|see also|read more|more from|recommended|popular|you might"
              + "|don't miss|further reading|more stories|trending)\\b.*");

  /**
   * Gives a list of links back to the article when a sentence of its own introduces it with a
   * colon: "Many patches were sent for review:" above the patches' titles, each a link. Such items
   * are all link text, which marks a menu or a list of other stories; the sentence that announces
   * them is the article's. The items become neutral, so they stay where the article goes on after
   * them and go where it ends with them; a menu's one-word items, a list introduced by "Related
   * stories:" and a widget's lists (judged after this) stay boilerplate. Returns which blocks it
   * gave back.
   */
  private static boolean[] keepIntroducedLists(List<TextBlock> blocks, Judgement[] judged) {
    boolean[] kept = new boolean[blocks.size()];
    Map<Element, Boolean> introduced = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (judged[i] != Judgement.BOILERPLATE || b.linkDensity() <= 0.5) {
        continue;
      }
      // The list first: a list's verdict is read once, a block's stock phrases at every block.
      Element list = listOf(b.owner());
      if (list != null
          && introduced.computeIfAbsent(list, MainContent::introducedList)
          && !shortJunk(b.text())
          && !promotionLine(b.text())) {
        judged[i] = Judgement.NEUTRAL;
        kept[i] = true;
      }
    }
    return kept;
  }

  /** The list ({@code ul}, {@code ol}) whose item holds {@code e}, a few levels up, or null. */
  private static Element listOf(Element e) {
    Element at = e;
    for (int level = 0; level < 3 && at != null; level++, at = at.parent()) {
      if (at.normalName().equals("li")) {
        Element list = at.parent();
        String tag = list == null ? "" : list.normalName();
        return tag.equals("ul") || tag.equals("ol") ? list : null;
      }
    }
    return null;
  }

  /**
   * Whether a list is introduced by a sentence ending in a colon, right before it (or before the
   * box it opens), and its items read as titles rather than a menu's words.
   */
  private static boolean introducedList(Element list) {
    int items = 0;
    int words = 0;
    for (Element li : list.children()) {
      if (li.normalName().equals("li")) {
        items++;
        words += ArticleSignals.wordsBetweenSpaces(li.text()); // jsoup's text() is trimmed
      }
    }
    if (items < 2 || words < LISTED_ITEM_WORDS * items) {
      return false;
    }
    Element at = list;
    for (int level = 0; level < 3 && at != null; level++) {
      Element before = at.previousElementSibling();
      if (before != null) {
        if (TextLength.exceeds(before, INTRODUCTION_CHARS)) {
          return false; // a whole section before it, not a line that introduces it
        }
        String text = before.text().strip();
        return text.endsWith(":")
            && ArticleSignals.wordsBetweenSpaces(text) >= INTRODUCTION_WORDS
            && !ELSEWHERE.matcher(text).matches();
      }
      at = at.parent();
    }
    return false;
  }

  /** The fewest characters of content a declared article body needs to shield its blocks. */
  private static final int SHIELD_CHARS = 200;

  /**
   * The element that declares itself the article body ({@code entry-content}, {@code
   * itemprop=articleBody}) and holds the most content, when it holds at least {@link
   * #SHIELD_CHARS}; or null. A widget's name above it is a layout's, not the article's: a theme
   * wraps the post in {@code <div id="socialicons-sticky">} to pin its share buttons beside it.
   * Only the largest such element shields, since a list of related posts may give each excerpt the
   * same class.
   */
  private static Element declaredBody(List<TextBlock> blocks, Judgement[] judged, Element body) {
    Map<Element, Boolean> declared = new IdentityHashMap<>();
    Map<Element, int[]> chars = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (judged[i] != Judgement.CONTENT) {
        continue;
      }
      for (Element e = blocks.get(i).owner(); e != null && e != body; e = e.parent()) {
        if (declared.computeIfAbsent(e, MainContent::declared)) {
          chars.computeIfAbsent(e, k -> new int[1])[0] += blocks.get(i).text().length();
        }
      }
    }
    Element best = null;
    int most = SHIELD_CHARS - 1;
    for (Map.Entry<Element, int[]> e : chars.entrySet()) {
      if (e.getValue()[0] > most) {
        most = e.getValue()[0];
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Marks a call to action and the small box it heads as boilerplate: a reader's guide to joining a
   * WhatsApp group or turning on alerts is the site's, not the article's, however long its
   * sentences. The box is the smallest element around the line that holds other text; when that is
   * the article itself (over {@link #WIDGET_LIMIT} characters), only the line goes.
   */
  private static void dropCallsToAction(List<TextBlock> blocks, Judgement[] judged, Element body) {
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (judged[i] == Judgement.CONTENT && !b.heading()
          || !CALL_TO_ACTION.matcher(b.text()).matches()) {
        continue;
      }
      judged[i] = Judgement.BOILERPLATE;
      Element box = b.owner();
      while (box != body && box.parent() != null && !TextLength.exceeds(box, b.text().length())) {
        box = box.parent();
      }
      String tag = box.normalName();
      if (box == body
          || tag.equals("article")
          || tag.equals("main")
          || TextLength.exceeds(box, WIDGET_LIMIT)) {
        continue;
      }
      Set<Element> boxed = Set.of(box);
      for (int j = 0; j < blocks.size(); j++) {
        if (inside(blocks.get(j).owner(), boxed, body)) {
          judged[j] = Judgement.BOILERPLATE;
        }
      }
    }
  }

  /** How many levels a heading climbs to find the list of links it labels. */
  private static final int LABEL_LEVELS = 3;

  /**
   * Marks the heading of a grid of links as boilerplate ("Top news stories today" over pictures of
   * other stories): what follows it in its box is links and nothing else. Its text-less pictures
   * leave no blocks, so the heading would otherwise take the side of the article text after the
   * box.
   */
  private static void dropGridLabels(List<TextBlock> blocks, Judgement[] judged, Element body) {
    // The headings of one box share what follows them: each element is counted once.
    Map<Element, int[]> counts = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (judged[i] != Judgement.NEUTRAL || !blocks.get(i).heading()) {
        continue;
      }
      Element label = blocks.get(i).owner();
      for (int level = 0;
          level < LABEL_LEVELS && label.nextElementSibling() == null && label.parent() != body;
          level++) {
        label = label.parent();
      }
      int text = 0;
      int linkText = 0;
      int links = 0;
      for (Node n = label.nextSibling(); n != null; n = n.nextSibling()) {
        if (n instanceof TextNode t) {
          text += TextLength.ofTextNode(t.getWholeText());
        } else if (n instanceof Element e) {
          int[] counted = counts.computeIfAbsent(e, MainContent::textAndLinks);
          text += counted[0];
          links += counted[1];
          linkText += counted[2];
        }
      }
      if (links >= 2 && text - linkText <= text / 10) {
        judged[i] = Judgement.BOILERPLATE;
      }
    }
  }

  /** An element's text length, its links (with an address) and their text length. */
  private static int[] textAndLinks(Element e) {
    int links = 0;
    int linkText = 0;
    for (Element a : e.getElementsByTag("a")) {
      if (a.hasAttr("href")) {
        links++;
        linkText += TextLength.of(a);
      }
    }
    return new int[] {TextLength.of(e), links, linkText};
  }

  private static boolean widgetName(Element e, Map<Element, Boolean> named) {
    Boolean known = named.get(e);
    if (known != null) {
      return known;
    }
    String tag = e.normalName();
    boolean widget = false;
    if (!tag.equals("article") && !tag.equals("main") && !tag.equals("body")) {
      // A declared body's word anywhere in the class or id outweighs a widget's.
      int words = nameWords(HtmlAttributes.className(e)) | nameWords(HtmlAttributes.id(e));
      widget = (words & DECLARED_WORD) == 0 && (words & WIDGET_WORD) != 0;
    }
    named.put(e, widget);
    return widget;
  }

  /** A class or id attribute holds a word that declares the article body ({@link #DECLARED}). */
  private static final int DECLARED_WORD = 1;

  /** A class or id attribute holds a word of boilerplate ({@link #BOILERPLATE}). */
  private static final int WIDGET_WORD = 2;

  /**
   * What the words of a class or id attribute say, as {@link #DECLARED_WORD} and {@link
   * #WIDGET_WORD} bits: read once across pages per attribute value, whose hash the attribute's
   * string keeps, so an element costs one lookup however many readers ask.
   */
  private static int nameWords(String attribute) {
    return attribute.isEmpty() ? 0 : NAME_WORDS.get(attribute);
  }

  private static final KnownNames<Integer> NAME_WORDS =
      new KnownNames<>(
          attribute -> {
            int words = 0;
            for (String token : SPACES.split(attribute.toLowerCase(Locale.ROOT))) {
              if (!token.isEmpty()) {
                NameKind kind = nameKind(token);
                words |=
                    kind == NameKind.DECLARED
                        ? DECLARED_WORD
                        : kind == NameKind.WIDGET ? WIDGET_WORD : 0;
              }
            }
            return words;
          });

  /** What a class or id word says of its element. */
  private enum NameKind {
    DECLARED,
    WIDGET,
    OTHER
  }

  /** What each class and id word says, read once across pages. */
  private static final KnownNames<NameKind> NAME_KINDS =
      new KnownNames<>(
          token ->
              DECLARED.matcher(token).matches()
                  ? NameKind.DECLARED
                  : mayBeBoilerplate(token)
                          && BOILERPLATE.matcher(token).find()
                          && !NOT_BOILERPLATE.matcher(token).find()
                      ? NameKind.WIDGET
                      : NameKind.OTHER);

  private static NameKind nameKind(String token) {
    return NAME_KINDS.get(token);
  }

  /**
   * Neutral lines take the side of what follows them: a heading or label before a link list ("Read
   * more", "Related") is boilerplate; before text it stays.
   */
  private static void resolveNeutrals(Judgement[] judged, List<TextBlock> blocks) {
    Judgement next = Judgement.BOILERPLATE;
    for (int i = judged.length - 1; i >= 0; i--) {
      if (judged[i] == Judgement.NEUTRAL) {
        // A data table's cells are short by nature: they stay where the article holds them.
        if (next == Judgement.BOILERPLATE && !tableCell(blocks.get(i).owner())) {
          judged[i] = Judgement.BOILERPLATE;
        }
      } else {
        next = judged[i];
      }
    }
  }

  private static boolean tableCell(Element owner) {
    String tag = owner.normalName();
    return tag.equals("td") || tag.equals("th");
  }

  /**
   * The element maximising content minus boilerplate characters over the blocks it holds, with
   * those of its siblings that score well too (a recipe's ingredients and method, an article split
   * around an advertisement). With no content block on the page, neutral text counts instead.
   */
  private static Set<Element> containers(
      List<TextBlock> blocks, Judgement[] judged, boolean anyContent, Element body, String title) {
    Map<Element, double[]> score = new LinkedHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      double value =
          switch (judged[i]) {
            case CONTENT -> b.text().length();
            case BOILERPLATE -> -BOILERPLATE_WEIGHT * b.text().length();
            case NEUTRAL -> anyContent ? 0 : b.text().length();
          };
      for (Element e = b.owner(); e != null; e = e.parent()) {
        score.computeIfAbsent(e, k -> new double[1])[0] += value;
        if (e == body) {
          break;
        }
      }
    }
    Element best = body;
    double top = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> e : score.entrySet()) {
      double s = e.getValue()[0] * (declared(e.getKey()) ? DECLARED_BONUS : 1);
      if (s > top) {
        top = s;
        best = e.getKey();
      }
    }
    Element headlined = headlinedArticle(score, top, title);
    if (headlined != null) {
      Set<Element> one = Collections.newSetFromMap(new IdentityHashMap<>());
      one.add(headlined);
      return one;
    }
    // An ancestor that costs almost nothing more holds the parts the best element missed.
    while (best != body && best.parent() != null) {
      double[] up = score.get(best.parent());
      if (up == null || up[0] < CLIMB_SHARE * top) {
        break;
      }
      best = best.parent();
    }
    Set<Element> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    chosen.add(best);
    if (best != body && best.parent() != null) {
      for (Element sibling : best.parent().children()) {
        double[] s = score.get(sibling);
        if (sibling != best && s != null && s[0] >= SIBLING_SHARE * top && s[0] >= 100) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  /**
   * Whether a block is the page's title line: the title itself, or an {@code <h1>} that holds it
   * with its kicker or subtitle ("Leaked files online Arms maker hacked", titled "Arms maker
   * hacked").
   */
  private static boolean titleLine(TextBlock b, String title) {
    String text = b.text();
    if (text.equalsIgnoreCase(title)) {
      return true;
    }
    return b.owner().normalName().equals("h1")
        && title.indexOf(' ') > 0
        && text.length() > title.length()
        && (text.regionMatches(true, 0, title, 0, title.length())
            || text.regionMatches(true, text.length() - title.length(), title, 0, title.length()));
  }

  /**
   * Of several {@code <article>} elements that each hold a good share of the page's text (the
   * story, and the next one a page loads below it), the one under the page's headline; null when
   * there are not several, none holds the headline, or the others are headed as sections of it.
   */
  private static Element headlinedArticle(Map<Element, double[]> score, double top, String title) {
    if (title == null || title.isBlank()) {
      return null;
    }
    List<Element> articles = new ArrayList<>();
    for (Map.Entry<Element, double[]> e : score.entrySet()) {
      Element el = e.getKey();
      if (el.normalName().equals("article")
          && e.getValue()[0] >= SIBLING_SHARE * top
          && e.getValue()[0] >= 100
          && el.parents().stream().noneMatch(a -> a.normalName().equals("article"))) {
        articles.add(el);
      }
    }
    if (articles.size() < 2) {
      return null;
    }
    String wanted = Spaces.collapse(title);
    Element headlined = null;
    for (Element article : articles) {
      for (Element h : article.select("h1, h2, h3")) {
        if (Spaces.collapse(h.text()).equalsIgnoreCase(wanted)) {
          headlined = article;
        }
      }
    }
    if (headlined == null) {
      return null;
    }
    for (Element article : articles) {
      Element h = article.selectFirst("h1, h2, h3");
      if (article != headlined && (h == null || h.text().split("\\s+").length < 5)) {
        return null; // sections of one story ("Ingredients", "Method"), not stories of their own
      }
    }
    return headlined;
  }

  private static boolean declared(Element e) {
    return HtmlAttributes.get(e, "itemprop").equalsIgnoreCase("articleBody")
        || (nameWords(HtmlAttributes.className(e)) & DECLARED_WORD) != 0;
  }

  /** What a pattern's {@code \s} matches: the space and the ASCII controls tab to return. */
  static boolean regexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * A {@code noscript} that holds the page itself: forums such as Discourse send the whole thread
   * there, for crawlers and readers without scripts, and leave the rest of the body to a script. It
   * has paragraphs and more text than the whole body around it; a copy of an article that is also
   * shown outside it is no more than half the body's text, and stays junk.
   *
   * @param bodyChars the body's text length, computed on first need (-1 until then)
   */
  private static boolean crawlerView(Element e, Element body, int[] bodyChars) {
    if (!e.normalName().equals("noscript") || e.getElementsByTag("p").size() < 3) {
      return false;
    }
    if (bodyChars[0] < 0) {
      bodyChars[0] = TextLength.of(body);
    }
    // 2 × length > body ⟺ length > ⌊body / 2⌋
    return TextLength.exceeds(e, bodyChars[0] / 2);
  }

  /** Whether an element is in the page's body (and not in a part already cut out). */
  private static boolean inBody(Element e, Element body) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a == body) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(Element e, Set<Element> containers, Element body) {
    for (Element a = e; a != null; a = a.parent()) {
      if (containers.contains(a)) {
        return true;
      }
      if (a == body) {
        return false;
      }
    }
    return false;
  }

  /**
   * Drops neutral lines other than headings (dates, bylines, labels) before the first content, and
   * all neutral lines after the last.
   */
  private static void trim(List<Integer> chosen, List<TextBlock> blocks, Judgement[] judged) {
    closingSections(chosen, blocks);
    int first = 0;
    while (first < chosen.size() && judged[chosen.get(first)] != Judgement.CONTENT) {
      first++;
    }
    for (int k = first - 1; k >= 0; k--) {
      if (!blocks.get(chosen.get(k)).heading()) {
        chosen.remove(k);
      }
    }
    while (!chosen.isEmpty()
        && judged[chosen.get(chosen.size() - 1)] == Judgement.NEUTRAL
        && !tableCell(blocks.get(chosen.get(chosen.size() - 1)).owner())) {
      chosen.remove(chosen.size() - 1);
    }
  }

  /**
   * Headings that open what follows an article rather than a part of it: the author's or reviewer's
   * note, a disclaimer, related reading, the comments.
   */
  private static final Pattern CLOSING_HEADING =
      Pattern.compile(
          "(?i)^(about the (author|authors|reviewer|writer|contributor)s?|author bio|meet the author"
              + "|disclaimer:?|medical disclaimer|related( articles| posts| stories| reading| content)?"
              + "|you (may|might) also (like|enjoy)|more from .{1,40}|read (next|more|this next)"
              + "|recommended( for you| reading| articles)?|further reading on .{1,40}"
              + "|(leave|post) a (reply|comment)|\\d* ?comments?|popular (posts|articles|stories)"
              + "|latest (posts|articles|news|stories)|share this( article| post| story)?:?"
              + "|über (den|die) autor(in)?|weitere artikel|das könnte sie auch interessieren"
              + "|zum weiterlesen|weiterlesen|lesen sie (auch|mehr).{0,40}"
              + "|auch interessant:?|lust auf mehr\\??|entdecke weitere .{1,40}"
              + "|à lire aussi|à lire également|lire aussi|sur le même sujet|dans la même rubrique"
              + "|te puede interesar|lee también|noticias relacionadas|más noticias"
              + "|leggi anche|articoli correlati|potrebbe interessarti"
              + "|lees ook|czytaj (też|także)|zobacz (też|także))$");

  /**
   * Cuts the chosen blocks at a closing heading ("About the author", "Related articles"), or a
   * short line that reads as one, that follows most of the text, with everything after it.
   */
  private static void closingSections(List<Integer> chosen, List<TextBlock> blocks) {
    int total = 0;
    for (int i : chosen) {
      total += blocks.get(i).text().length();
    }
    int before = 0;
    for (int k = 0; k < chosen.size(); k++) {
      TextBlock b = blocks.get(chosen.get(k));
      if ((b.heading() || b.text().length() <= 40)
          && before >= CLOSING_AFTER * total
          && CLOSING_HEADING.matcher(b.text().strip()).matches()) {
        chosen.subList(k, chosen.size()).clear();
        return;
      }
      before += b.text().length();
    }
  }

  /** A closing heading counts only after this share of the chosen text. */
  private static final double CLOSING_AFTER = 0.5;

  /** The text of an element cut into blocks at block boundaries and double line breaks. */
  private static List<TextBlock> blocks(Element root) {
    List<TextBlock> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] linkChars = {0};
    int[] inLink = {0};
    // 0: text last; 1: an inline element closed after it; 2: and another opened since.
    int[] boundary = {0};
    List<Element> open = new ArrayList<>();
    open.add(root);
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String whole = t.getWholeText();
              // Source line breaks are plain white space; only <br> breaks a line.
              String s = Spaces.collapse(whole);
              if (!s.isEmpty()) {
                boolean spaced =
                    Spaces.isSpace(whole.charAt(0))
                        || (boundary[0] == 2 && separateFields(current, s));
                current.append(spaced && !current.isEmpty() ? " " : "").append(s);
                boundary[0] = 0;
                if (Spaces.isSpace(whole.charAt(whole.length() - 1))) {
                  current.append(' ');
                }
                if (inLink[0] > 0) {
                  linkChars[0] += s.length();
                }
              } else if (!whole.isEmpty()) {
                current.append(' ');
              }
            } else if (node instanceof Element e && node != root) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                current.append('\n');
              } else if (BLOCKS.contains(tag)) {
                flush(out, current, linkChars, open.get(open.size() - 1));
                open.add(e);
              } else {
                inLink[0] += tag.equals("a") ? 1 : 0;
                boundary[0] = boundary[0] == 1 ? 2 : boundary[0];
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && node != root) {
              if (BLOCKS.contains(e.normalName())) {
                flush(out, current, linkChars, e);
                open.remove(open.size() - 1);
              } else {
                inLink[0] -= e.normalName().equals("a") ? 1 : 0;
                boundary[0] = boundary[0] == 0 ? 1 : boundary[0];
              }
            }
          }
        },
        root);
    flush(out, current, linkChars, root);
    return out;
  }

  /**
   * Whether text that starts right after one inline element closed and another opened is a field of
   * its own: a number after a word or a number ("November" "02" "2023" "21:06", the spans of a live
   * blog's date that the site lays out apart). A suffix after a number ("1" "st") and text inside
   * one element ("CO<sub>2</sub>") stay joined.
   */
  private static boolean separateFields(StringBuilder before, String text) {
    if (before.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return false;
    }
    return Character.isLetterOrDigit(before.charAt(before.length() - 1));
  }

  private static void flush(
      List<TextBlock> out, StringBuilder current, int[] linkChars, Element owner) {
    if (current.isEmpty()) {
      return;
    }
    // Two line breaks with only spaces between: most blocks have no line break at all.
    String[] parts =
        current.indexOf("\n") < 0 ? new String[] {current.toString()} : LINE_BREAKS.split(current);
    int total = 0;
    for (String part : parts) {
      total += part.length();
    }
    boolean heading = HEADINGS.contains(owner.normalName());
    for (String part : parts) {
      String text = Spaces.collapse(part);
      if (text.isEmpty()) {
        continue;
      }
      int links =
          parts.length == 1
              ? linkChars[0]
              : (int) Math.round((double) linkChars[0] * part.length() / Math.max(1, total));
      out.add(new TextBlock(text, Math.min(links, text.length()), owner, heading));
    }
    current.setLength(0);
    linkChars[0] = 0;
  }
}
