package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The headline is the wording a page's sources agree on, with its own punctuation and case. */
class PageTitlesTest {
  private static String title(String url, String head, String body) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    Capture capture =
        Capture.of(
            html.getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, URI.create(url), Instant.EPOCH);
    return PageTitles.read(PageIndex.of(Jsoup.parse(html, url), capture));
  }

  @Test
  void theVisibleHeadlineWinsWhenTheMetadataStatesItWithTheSiteName() {
    assertEquals(
        "Ferry returns to Vessa after storm",
        title(
            "https://herald.example/ferry",
            "<title>Ferry Returns To Vessa After Storm | Coastal Herald</title>"
                + "<meta property=\"og:site_name\" content=\"Coastal Herald\">",
            "<h1>Ferry returns to Vessa after storm</h1>"));
  }

  @Test
  void theHeadlineAfterARowOfPromotedHeadingsWinsWithTheMetadataThatStatesIt() {
    StringBuilder promos = new StringBuilder();
    for (String promo :
        new String[] {
          "Visit the harbour county this fall",
          "See wild horses on the dunes",
          "See the winter ballet this season",
          "How to unplug after a long day"
        }) {
      promos
          .append("<div class=\"sponsored\"><a href=\"/p\"><h1>")
          .append(promo)
          .append("</h1></a></div>");
    }
    assertEquals(
        "Game notes: Okonkwo leads the Gulls to a late win over Vessa",
        title(
            "https://herald.example/sports/gulls",
            "<title>Game notes: Okonkwo leads the Gulls to a late win over Vessa FC | Coastal"
                + " Herald</title><meta property=\"og:site_name\" content=\"Coastal Herald\">"
                + "<meta property=\"og:title\" content=\"Game notes: Okonkwo leads the Gulls to a"
                + " late win over Vessa\">",
            promos
                + "<article><h1>Game notes: Okonkwo leads the Gulls to a late win over Vessa</h1>"
                + "<p>The Gulls came from behind.</p></article>"));
  }

  @Test
  void aGluedTitleGivesItsFirstPartWhenNothingElseDecides() {
    assertEquals(
        "How meditation changes the brain",
        title(
            "https://paper.example/opinion/meditation",
            "<title>How meditation changes the brain | Opinion | The Paper</title>"
                + "<meta property=\"og:site_name\" content=\"The Paper\">",
            "<p>No heading on this page.</p>"));
  }

  @Test
  void theSiteNameIsCutWhateverSeparatorTheSiteUses() {
    for (String sep : new String[] {"|", "–", "—", "·", "•", "»", "-", "/"}) {
      assertEquals(
          "Harbour traffic fell by a fifth last year",
          title(
              "https://www.portnews.example/harbour",
              "<title>Harbour traffic fell by a fifth last year " + sep + " PortNews</title>",
              ""),
          sep);
    }
  }

  @Test
  void theSiteNameIsCutFromEitherEndWhateverSeparatorTheSiteUses() {
    String site = "<meta property=\"og:site_name\" content=\"Coastal Herald\">";
    for (String sep : new String[] {"|", "–", "—", "·", "•", "»", ":", "-", "/"}) {
      assertEquals(
          "Ferry returns to Vessa",
          title(
              "https://news.example/ferry",
              "<title>Ferry returns to Vessa " + sep + " Coastal Herald</title>" + site,
              ""),
          sep);
      assertEquals(
          "Ferry returns to Vessa",
          title(
              "https://news.example/ferry",
              "<title>Coastal Herald " + sep + " Ferry returns to Vessa</title>" + site,
              ""),
          sep);
    }
  }

  @Test
  void aShortTailOnALongHeadlineGoesWhenNothingNamesTheSite() {
    assertEquals(
        "A long headline about the ferry that returns to Vessa in December",
        title(
            "https://news.example/ferry",
            "<title>A long headline about the ferry that returns to Vessa in December • Herald"
                + "</title>",
            ""));
  }

  @Test
  void theDomainNamesTheSiteWhenThePageDoesNot() {
    assertEquals(
        "Harbour traffic fell by a fifth",
        title(
            "https://www.portnews.example/harbour",
            "<title>Port News: Harbour traffic fell by a fifth</title>"
                + "<meta property=\"og:title\" content=\"Harbour traffic fell by a fifth\">",
            ""));
  }

  @Test
  void aLogoHeadingGivesWayToTheHeadingTheMetadataAgreesWith() {
    assertEquals(
        "Academy earns 19 honours at the design awards",
        title(
            "https://abdz.example/academy-honours",
            "<title>Academy earns 19 honours at the design awards</title>",
            "<h1>abdz—do</h1><h1>Academy earns 19 honours at the design awards</h1>"));
  }

  @Test
  void aShortLabelInAHeadingIsNotTheHeadline() {
    assertEquals(
        "Actuaries choose between consulting and insurance",
        title(
            "https://firm.example/blog/actuaries",
            "<meta property=\"og:title\" content=\"Actuaries choose between consulting and"
                + " insurance\">",
            "<h1>Our Blog</h1><p>Text.</p>"));
  }

  @Test
  void aHeadingTheMetadataWrapsInMoreWordsIsTheTitle() {
    assertEquals(
        "Electric Guitars",
        title(
            "https://shop.example/guitars",
            "<title>Buy Electric Guitars at Thomann</title>",
            "<h1>Electric Guitars</h1>"));
  }

  @Test
  void aHeadlineKeepsItsColonAndCase() {
    assertEquals(
        "Ferry firm: we are sorry",
        title("https://news.example/sorry", "<title>Ferry firm: we are sorry</title>", ""));
    assertEquals(
        "Ferry firm: we are sorry, and we will pay",
        title(
            "https://herald.example/sorry",
            "<meta property=\"og:title\" content=\"Ferry firm: we are sorry, and we will pay\">"
                + "<meta property=\"og:site_name\" content=\"Herald\">",
            "<h1>Ferry firm: we are sorry, and we will pay</h1>"));
  }

  @Test
  void aHeadingAWrongEncodingDamagedGivesWayToTheMetadataThatStatesItWhole() {
    // The page's server wrote question marks for the colon and the apostrophe.
    assertEquals(
        "Ferry Planning: A Beginner's Guide",
        title(
            "https://herald.example/guide",
            "<title>Ferry Planning: A Beginner&#x27;s Guide</title>",
            "<h1>Ferry Planning? A Beginner? Guide</h1>"));
    // A question is no damaged title without its question mark.
    assertEquals(
        "Will the ferry run?",
        title(
            "https://herald.example/run",
            "<title>Will the ferry run</title>",
            "<h1>Will the ferry run?</h1>"));
  }

  @Test
  void aHeadingThatLinksHomeIsTheSitesNameNotThePosts() {
    // An old blog theme puts the blog's name, a link to its home page, in an <h1> above every post.
    assertEquals(
        "Rinderleber mit Apfel und Zwiebel",
        title(
            "https://kochblog.example/rezepte/rinderleber.htm",
            "<title>Rinderleber mit Apfel und Zwiebel | Liebe geht durch den Magen</title>",
            "<h1><a href=\"https://kochblog.example/\">Liebe geht durch den Magen</a></h1>"
                + "<h2>Rinderleber mit Apfel und Zwiebel</h2>"));
    // An archived page links to the archived home page.
    assertEquals(
        "Kinos werden digital",
        title(
            "https://web.archive.org/web/20140226054445/http://talks.example/2013/08/kinos/",
            "<title>Time 4 talks » Blog Archiv » Kinos werden digital</title>",
            "<h1><a href=\"https://web.archive.org/web/20140226054445/http://talks.example/\">"
                + "Time 4 talks</a></h1>"));
    // A headline that links to its own page stays the headline.
    assertEquals(
        "Ferry returns to Vessa after storm",
        title(
            "https://herald.example/2024/ferry",
            "<title>Ferry returns to Vessa after storm | Herald</title>",
            "<h1><a href=\"https://herald.example/2024/ferry\">Ferry returns to Vessa after"
                + " storm</a></h1>"));
  }

  @Test
  void aTitleOutsideTheHeadIsStillThePagesTitle() {
    // A stray no-break space ends the head before the title, which the parser then puts in the
    // body; browsers still show it as the page's title.
    String html =
        "<html><head><meta charset=utf-8>&nbsp;<title>Malaga, die quirlige Metropole</title>"
            + "</head><body><p>Text.</p></body></html>";
    String url = "https://reise.example/malaga";
    Capture capture =
        Capture.of(
            html.getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, URI.create(url), Instant.EPOCH);
    assertEquals(
        "Malaga, die quirlige Metropole",
        PageTitles.read(PageIndex.of(Jsoup.parse(html, url), capture)));
  }

  @Test
  void aTitleThatIsTheSiteNameAloneLeavesTheHeadingToSpeak() {
    assertEquals(
        "Council votes to close the old ferry terminal",
        title(
            "https://herald.example/terminal",
            "<title>Coastal Herald</title><meta property=\"og:site_name\" content=\"Coastal"
                + " Herald\">",
            "<h1>Council votes to close the old ferry terminal</h1>"));
  }

  @Test
  void aHeadingEndingInAHashKeepsIt() {
    assertEquals(
        "Why we moved our services to C#",
        title(
            "https://blog.example/csharp",
            "<title>Why we moved our services to C# | Example Blog</title>",
            "<h1>Why we moved our services to C#</h1>"));
  }

  @Test
  void aHeadingsPermalinkMarkIsNotPartOfTheTitle() {
    assertEquals(
        "Working with forms",
        title(
            "https://docs.example/forms",
            "<title>Working with forms | Example 5.1 documentation</title>",
            "<h1>Working with forms<a class=\"headerlink\" href=\"#forms\">¶</a></h1>"));
  }

  @Test
  void characterReferencesEscapedTwiceInAHeadingReadAsMeant() {
    assertEquals(
        "Tools for 2026: Python, SQL & AI",
        title(
            "https://tools.example/data",
            "<title>Tools for 2026: Python, SQL &amp;#x26; AI</title>",
            "<h1>Tools for 2026: Python, SQL &amp;#x26; AI</h1>"));
  }

  @Test
  void aKickerAboveTheHeadlineIsNotPartOfIt() {
    // Marked as a kicker, with nothing else on the page to decide.
    assertEquals(
        "Ferry operator cuts winter crossings to Vessa",
        title(
            "https://herald.example/ferry-cuts",
            "",
            "<h1><span class=\"dachzeile\">After the storm</span> "
                + "<span class=\"headline\">Ferry operator cuts winter crossings to Vessa</span></h1>"));
    // A kicker in <small>, and the metadata states the headline alone.
    assertEquals(
        "New government faces a hard first year",
        title(
            "https://policy.example/government",
            "<meta property=\"og:title\" content=\"New government faces a hard first year\">",
            "<h1><small>Tunisia</small><br> New government faces a hard first year</h1>"));
    // A date above the headline, and the mark between them.
    assertEquals(
        "Minister opens the new harbour office",
        title(
            "https://gov.example/harbour",
            "",
            "<h1><span class=\"supertitle\"><time datetime=\"2022-02-01\">1 February 2022</time>"
                + "</span> – Minister opens the new harbour office</h1>"));
    // A forum's label before the thread's title.
    assertEquals(
        "Which camera for a first trip to Iceland?",
        title(
            "https://forum.example/threads/iceland",
            "",
            "<h1><span class=\"label label--green\">Question</span>"
                + "<span class=\"label-append\">&nbsp;</span>Which camera for a first trip to"
                + " Iceland?</h1>"));
  }

  @Test
  void aHeadingThatStartsWithAnElementOfItsOwnWordsKeepsIt() {
    assertEquals(
        "How to grow lemons from seed",
        title(
            "https://garden.example/lemons", "", "<h1><em>How to</em> grow lemons from seed</h1>"));
    // The metadata states the kicker with the headline: the heading whole wins.
    assertEquals(
        "Analysis: Why the ferry lost money",
        title(
            "https://herald.example/ferry-money",
            "<meta property=\"og:title\" content=\"Analysis: Why the ferry lost money\">",
            "<h1><span class=\"kicker\">Analysis:</span> Why the ferry lost money</h1>"));
  }

  @Test
  void aHeadingsButtonsAndHiddenControlsAreNotPartOfTheTitle() {
    assertEquals(
        "Managing access with roles",
        title(
            "https://docs.example/iam",
            "",
            "<h1>Managing access with roles<div hidden><span>Stay organized with"
                + " collections</span></div><button>Copy link</button></h1>"));
  }

  @Test
  void aSectionGluedOnAHeadingWithABarIsNotPartOfTheHeadline() {
    assertEquals(
        "How meditation changes the brain",
        title(
            "https://paper.example/opinion/meditation",
            "",
            "<h1>How meditation changes the brain | Opinion</h1>"));
    // Too short a first part to be a headline: the heading stays whole.
    assertEquals(
        "Ferries | Winter timetable and fares",
        title("https://ferry.example/winter", "", "<h1>Ferries | Winter timetable and fares</h1>"));
  }

  @Test
  void aMarkedKickerAsLongAsTheHeadlineIsNotPartOfIt() {
    // The <title> states the kicker with the headline, Open Graph the headline first.
    assertEquals(
        "Arms maker hacked",
        title(
            "https://news.example/arms-maker",
            "<title>Leaked files online: Arms maker hacked | News Example</title>"
                + "<meta property=\"og:title\" content=\"Arms maker hacked - Leaked files online\">",
            "<h1><span class=\"dachzeile\">Leaked files online</span> "
                + "<span class=\"headline\">Arms maker hacked</span></h1>"));
  }

  @Test
  void aSubtitleAtTheEndOfTheHeadingIsNotPartOfTheHeadline() {
    assertEquals(
        "Fish cakes, hot and fresh",
        title(
            "https://food.example/fish-cakes",
            "<meta property=\"og:title\" content=\"Fish cakes, hot and fresh\">",
            "<h1><span>Fish cakes, hot and fresh</span> <small class=\"article-subtitle\">"
                + "Welcome to the flavour capital of the north</small></h1>"));
    // A topic line after the headline, screen readers' marks around it.
    assertEquals(
        "Energy, transport and a greener economy",
        title(
            "https://ministry.example/energy",
            "",
            "<h1><span>Energy, transport and a greener economy</span> <span class=\"aural\">:"
                + " </span><small class=\"c-topline\"><span class=\"aural\">, Topic:</span>"
                + " <span>Research</span></small></h1>"));
    // The metadata states the heading with its subtitle: the subtitle is part of the title.
    assertEquals(
        "What tutoring is Choosing a good tutor",
        title(
            "https://college.example/tutoring",
            "<meta property=\"og:title\" content=\"What tutoring is - Choosing a good tutor\">",
            "<h1><span class=\"entry-title-primary\">What tutoring is</span> "
                + "<span class=\"entry-subtitle\">Choosing a good tutor</span></h1>"));
  }

  @Test
  void aTitleCutShortByAnUnescapedQuotationMarkIsReadWhole() {
    assertEquals(
        "Senator calls the governor \"unfit\"",
        title(
            "https://diario.example/senator",
            "<meta property=\"og:title\" content=\"Senator calls the governor \"unfit\"\">"
                + "<meta name=\"twitter:title\" content=\"Senator calls the governor \"unfit\"\">"
                + "<title>Senator calls the governor \"unfit\"</title>",
            "<h1><a href=\"/\"><img alt=\"Diario\" src=\"logo.svg\"></a></h1>"));
    // A site's name after "«" is no quote: the shorter title stays.
    assertEquals(
        "Over! It is all over! The minister gives up",
        title(
            "https://blog.example/over",
            "<meta property=\"og:title\" content=\"Over! It is all over! The minister gives up\">"
                + "<title>Over! It is all over! The minister gives up « BLOG</title>",
            ""));
  }

  @Test
  void theHeadingThatHoldsTheTitleWithItsKickerIsNotABodyLine() {
    org.dossier.model.Article a =
        Pages.extract(
            "https://news.example/arms-maker",
            "<html><head><title>Arms maker hacked</title></head><body><article><h1><span"
                + " class=\"dachzeile\">Leaked files online</span> <span>Arms maker hacked</span>"
                + "</h1><p>Internal papers of the arms maker were posted online on Tuesday, the"
                + " company said, after a group of hackers broke into its network last month.</p>"
                + "<h2>What was taken, and when the arms maker found out</h2><p>The papers include"
                + " plans of two plants and the names of suppliers in four countries.</p>"
                + "</article></body></html>");
    assertEquals("Arms maker hacked", a.title());
    assertEquals(
        List.of(
            "Internal papers of the arms maker were posted online on Tuesday, the company said,"
                + " after a group of hackers broke into its network last month.",
            "What was taken, and when the arms maker found out",
            "The papers include plans of two plants and the names of suppliers in four countries."),
        a.paragraphs());
  }

  @Test
  void aBlogsArchiveBetweenItsNameAndThePostsIsCut() {
    assertEquals(
        "Podcasts in Plex einbinden",
        title(
            "https://disfunctions.example/2014/05/podcasts-in-plex/",
            "<title>Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden</title>",
            "<h1>Disfunctions.de</h1><h2>Das Blog der gnadenlosen Fehlfunktionen!</h2>"));
  }

  @Test
  void aSectionsOneWordIsNoArticlesHeadline() {
    assertEquals(
        "Local elections in North Macedonia",
        title(
            "https://foundation.example/en/detail/-/content/local-elections",
            "<title>Foundation - detail</title><meta property=\"og:site_name\" content=\"Foundation\">"
                + "<meta property=\"og:type\" content=\"article\">"
                + "<meta property=\"og:title\" content=\"Local elections in North Macedonia\">",
            "<h1>detail</h1><h1>Local elections in North Macedonia</h1><p>A landslide ...</p>"));
  }

  @Test
  void aSectionsFrontPageKeepsItsOneWordName() {
    // No article node, type or date: a section's front page, named by its one word.
    assertEquals(
        "Science",
        title(
            "https://magazine.example/category/science/",
            "<title>Science | Magazine</title><meta property=\"og:site_name\" content=\"Magazine\">"
                + "<meta property=\"og:title\" content=\"Science News: Health, Robotics, Space\">",
            "<h1>Science</h1>"));
  }

  @Test
  void aBrokenJsonLdBlocksHeadlineStillVotes() {
    // The headline and <title> agree against a section label in an <h1> that the site's tagline
    // happens to hold; the JSON-LD breaks after its headline, at an image's unescaped HTML.
    assertEquals(
        "Pour le néolibéralisme, la retraite est un archaïsme",
        title(
            "https://aoc.example/opinion/retraite",
            "<title>Pour le néolibéralisme, la retraite est un archaïsme | AOC media - Analyse"
                + " Opinion Critique</title>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Pour le néolibéralisme, la retraite est un archaïsme\","
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"<img width=\"300\">\"}}"
                + "</script>",
            "<h1>Opinion</h1>"));
  }

  @Test
  void aSiteNameSpelledOutInWordsIsCutFromTheTitle() {
    // gregoryszorc.example names the blog "Gregory Szorc's Digital Home"; the post's heading is an
    // <h2>, which does not vote.
    assertEquals(
        "Mercurial's Journey to and Reflections on Python 3",
        title(
            "https://gregoryszorc.example/blog/2020/01/13/mercurial-python3/",
            "<title>Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on"
                + " Python 3</title>",
            "<h2>Mercurial's Journey to and Reflections on Python 3</h2>"));
  }
}
