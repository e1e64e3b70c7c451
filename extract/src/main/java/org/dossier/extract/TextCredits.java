package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.PublishDate;
import org.dossier.model.TextDates;

/**
 * What pasted text says about itself outside its story: the byline ("By NAME | OUTLET"), the outlet
 * in a dateline ("PARIS (AP) —", "(Reuters) -") or a footer ("© 2026 OUTLET", "Published by
 * OUTLET"), and the photo captions and credits pasted among the paragraphs ("… Photo: NAME",
 * "NAME/Getty Images", "Image: … / NAME for OUTLET", "(Reporting by …; Editing by …)"), and a line
 * near the top that is a date alone ("January 12, 2007", "Published: Monday 3 March 2025, 10:42
 * GMT", "Updated 2025-03-04"). Captions, credits and date lines are taken out of the body, so that
 * they feed neither quotes nor the timeline.
 */
final class TextCredits {

  /** A paragraph this long or longer is body text, whatever it ends with. */
  private static final int MAX_CAPTION_CHARS = 300;

  /** A capitalised word of a name: "Olsen", "O’Neill", "Dubois-Lambert", "St.". */
  static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";

  private static final String NAME = NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,4}";

  /** "By NAME | OUTLET", "By NAME, NAME • OUTLET", "By NAME" alone on its line. */
  private static final Pattern BYLINE =
      Pattern.compile("^(?:By|BY|Von|Par|Por)\\s+(.{2,120}?)(?:\\s*[|•·/—–]\\s*(.{2,60}))?\\s*$");

  /** A dateline at a paragraph's start, with the outlet in brackets as group {@code outlet}. */
  static final Pattern DATELINE = TextDates.DATELINE;

  /** Words in a dateline's brackets that are not an outlet. */
  private static final Pattern NOT_OUTLET =
      Pattern.compile("(?i)^(updated|corrected|reuters graphic|video|photos?|file|pictured)$");

  /** An outlet and a place under a byline, each a capitalised name: "BBC News, Oslo". */
  private static final Pattern AFFILIATION = Pattern.compile("(" + NAME + "),\\s+" + NAME);

  /** "© 2026 OUTLET", "Copyright 2026 OUTLET", "Published (on DATE) by OUTLET" as a footer line. */
  private static final Pattern FOOTER =
      Pattern.compile(
          "^(?:(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s+)?(.{2,60}?)\\.?(?:\\s+All rights reserved\\.?)?"
              + "|(?:First\\s+)?[Pp]ublished\\b.{0,40}?\\bby\\s+(.{2,60}?)\\.?)\\s*$");

  /** A caption that ends in a credit: "… Photo: NAME", "… (Photo by NAME)", "Image: … / NAME". */
  private static final Pattern CREDIT_END =
      Pattern.compile(
          "(?i)(?:^|[.!?()\\s])(?:photo(?:graph)?s?|image|picture|pictured|illustration|video|credit|"
              + "foto|bild)\\s*(?:by\\s+|:\\s*)[^.!?]{2,80}\\)?\\s*$");

  /** "NAME/Getty Images", "… / NAME for OUTLET", "(AP Photo/NAME)". */
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile(
          "(?:/\\s*(?:Getty Images|AFP|AP|Reuters|Shutterstock|EPA|Alamy|PA(?: Wire)?|Bloomberg|"
              + "Associated Press|NurPhoto|SIPA|Zuma(?: Press)?|Rex Features|Pool)\\b"
              + "|\\bAP Photo\\b"
              + "|/\\s*"
              + NAME
              + "\\s+for\\s+"
              + NAME
              + ")[^.!?]{0,40}\\)?\\s*$");

  /** "(Reporting by NAME; Editing by NAME)" and its kin, a wire story's last line. */
  private static final Pattern WIRE_CREDIT =
      Pattern.compile(
          "(?i)^\\(?\\s*(?:reporting|writing|additional reporting|editing|compiled)\\s+by\\b.{2,200}\\)?\\s*$");

  private TextCredits() {}

  /**
   * The credits of a text and its paragraphs without them.
   *
   * @param paragraphs the body left: captions, credits, byline and footer lines taken out
   * @param byline the byline text, or null
   * @param outlet the outlet named by the byline, a dateline or a footer, or null
   * @param captions the captions and credits in text order
   */
  record Found(
      List<String> paragraphs,
      String byline,
      String outlet,
      List<String> captions,
      PublishDate published,
      PublishDate modified) {}

  /** A date line is no longer than this. */
  private static final int MAX_DATE_LINE_CHARS = 80;

  /** Words a date line may hold besides its date: its label, weekdays, a clock and its zone. */
  private static final Set<String> DATE_LINE_WORDS =
      TextDates.withWeekdays(
          "published",
          "posted",
          "updated",
          "last",
          "first",
          "on",
          "at",
          "am",
          "pm",
          "a",
          "m",
          "p",
          "the",
          "of",
          "um",
          "uhr",
          "le",
          "à",
          "de",
          "el",
          "del",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonntag",
          "veröffentlicht",
          "aktualisiert",
          "publié",
          "publicado",
          "gmt",
          "utc",
          "bst",
          "cet",
          "cest",
          "mez",
          "mesz",
          "est",
          "edt",
          "cst",
          "cdt",
          "mst",
          "mdt",
          "pst",
          "pdt",
          "et",
          "pt",
          "ist",
          "aest",
          "aedt",
          "st",
          "nd",
          "rd",
          "th");

  /** The label of a date line that gives the time of its last change, not of its publishing. */
  private static final Pattern UPDATED_LABEL =
      Pattern.compile("(?i)^(?:last\\s+)?(?:updated|aktualisiert)\\b");

  /** Reads the credits of paragraphs given in text order. */
  static Found of(List<String> paragraphs) {
    List<String> body = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    String byline = null;
    String outlet = null;
    PublishDate published = null;
    PublishDate modified = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i).strip();
      if (body.size() <= 1 && i <= 3) {
        PublishDate dated = dateLine(p);
        if (dated != null) {
          if (UPDATED_LABEL.matcher(p).find()) {
            modified = modified == null ? dated : modified;
          } else if (published == null) {
            published = dated;
          }
          continue;
        }
      }
      Matcher m = BYLINE.matcher(p);
      if (byline == null && body.size() <= 1 && byline(m)) {
        byline = m.group(1).strip();
        if (m.group(2) != null) {
          outlet = clean(m.group(2));
        }
        // The line under a byline that names its outlet and place: "BBC News, Oslo".
        if (i + 1 < paragraphs.size()) {
          Matcher a = AFFILIATION.matcher(paragraphs.get(i + 1).strip());
          if (a.matches()) {
            if (outlet == null) {
              outlet = a.group(1);
            }
            i++;
          }
        }
        continue;
      }
      m = FOOTER.matcher(p);
      if (i >= paragraphs.size() - 2 && i > 0 && m.matches()) {
        String named = m.group(1) != null ? m.group(1) : m.group(2);
        if (outlet == null && named != null && !named.isBlank()) {
          outlet = clean(named);
        }
        captions.add(p);
        continue;
      }
      if (isCaption(p)) {
        captions.add(p);
        continue;
      }
      if (outlet == null && body.size() <= 1) {
        m = DATELINE.matcher(p);
        String named = m.find() ? m.group("outlet") : null;
        if (named != null && !NOT_OUTLET.matcher(named.strip()).matches()) {
          outlet = clean(named);
        }
      }
      body.add(paragraphs.get(i));
    }
    return new Found(body, byline, outlet, captions, published, modified);
  }

  /**
   * The date of a paragraph that is a date alone, with at most a label, a weekday and a clock, or
   * null. Its origin is {@code text}, as a page's visible date line.
   */
  static PublishDate dateLine(String paragraph) {
    if (paragraph.length() > MAX_DATE_LINE_CHARS || paragraph.indexOf('\n') >= 0) {
      return null;
    }
    PublishDate date = DateParsing.parse(paragraph, "text");
    if (date == null) {
      return null;
    }
    for (String word : paragraph.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (!word.isEmpty() && !DATE_LINE_WORDS.contains(word) && !DateParsing.isMonth(word)) {
        return null;
      }
    }
    return date;
  }

  /** Whether a paragraph is a photo caption or credit line rather than body text. */
  static boolean isCaption(String paragraph) {
    return caption(paragraph, CREDIT_END);
  }

  /**
   * A short paragraph whose end is a credit as {@code credit} finds it, an agency's or a wire's.
   */
  private static boolean caption(String paragraph, Pattern credit) {
    String p = paragraph.strip();
    if (p.isEmpty() || p.length() > MAX_CAPTION_CHARS) {
      return false;
    }
    return credit.matcher(p).find()
        || AGENCY_CREDIT.matcher(p).find()
        || WIRE_CREDIT.matcher(p).matches();
  }

  /**
   * A credit on a page's own line, as {@link #CREDIT_END} but stricter, since a page's paragraphs
   * also hold code and tables: the credit's word capitalised, and at the line's start or after a
   * sentence or a bracket ("Photo by Solen Feyissa on Unsplash", "… in Oslo. Photo: Ola Berg"), not
   * "image: postgres:18" of a configuration nor "Cost per Credit: $472".
   */
  private static final Pattern PAGE_CREDIT =
      Pattern.compile(
          "(?:^|[.!?(]\\s*)(?:Photo(?:graph)?s?|PHOTO|Image|Picture|Pictured|Illustration|Credit"
              + "|Foto|Bild)\\s*(?:by\\s+|:\\s*)[^.!?]{2,80}\\)?\\s*$");

  /**
   * Whether a paragraph of a page is a photo's caption or credit, or a wire story's credit line
   * ({@link #isCaption}, with {@link #PAGE_CREDIT} for the credit at its end).
   */
  static boolean isPageCaption(String paragraph) {
    return mayBeCredit(paragraph) && caption(paragraph, PAGE_CREDIT);
  }

  /**
   * Words one of which every credit {@link #isPageCaption} finds holds: {@link #PAGE_CREDIT}'s,
   * {@link #AGENCY_CREDIT}'s slash or "AP Photo", {@link #WIRE_CREDIT}'s "by". Looking for them is
   * many times cheaper than trying the patterns at every character of every paragraph of a page.
   */
  private static final String[] CREDIT_WORDS = {
    "Photo",
    "PHOTO",
    "Image",
    "Picture",
    "Illustration",
    "Credit",
    "Foto",
    "Bild",
    "/",
    "by",
    "By",
    "BY",
    "bY"
  };

  private static boolean mayBeCredit(String paragraph) {
    for (String w : CREDIT_WORDS) {
      if (paragraph.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line is a byline: "By Ingrid Halvorsen", "By Maren Olsen | Coastal Herald". */
  static boolean byline(String line) {
    return byline(BYLINE.matcher(line.strip()));
  }

  private static boolean byline(Matcher m) {
    return m.matches() && looksLikeNames(m.group(1));
  }

  /** A byline names people: short, capitalised words, no sentence inside. */
  private static boolean looksLikeNames(String s) {
    String t = s.strip();
    return t.length() <= 120
        && !t.contains(". ")
        && t.split("\\s+").length <= 12
        && Character.isUpperCase(t.codePointAt(0));
  }

  private static String clean(String outlet) {
    String o = outlet.strip().replaceAll("[.,;:]+$", "").strip();
    return o.isEmpty() ? null : o;
  }
}
