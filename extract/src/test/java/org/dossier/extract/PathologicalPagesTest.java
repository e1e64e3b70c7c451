package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages built to hurt an extractor (one giant block, very deep nesting, nothing but scripts) give a
 * result with diagnostics, never an exception. Their speed is measured by {@code dossier bench
 * extract}, not here.
 */
class PathologicalPagesTest {
  private static Article extract(String html) {
    return Pages.extract("https://bad.example/page", html);
  }

  @Test
  void oneGiantDivIsReadAsOneBlock() {
    String sentence = "The river rose by two metres overnight, the water authority said. ";
    Article a = extract("<html><body><div>" + sentence.repeat(30_000) + "</div></body></html>");
    assertEquals(1, a.paragraphs().size());
    assertTrue(a.text().startsWith("The river rose"), a.text().substring(0, 40));
    assertEquals("en", a.language());
  }

  @Test
  void deepNestingGivesTheTextInside() {
    String open = "<div>".repeat(20_000);
    String close = "</div>".repeat(20_000);
    Article a =
        extract(
            "<html><body>"
                + open
                + "<p>Buried deep, this paragraph is still the only text on the page, and it is"
                + " long enough to count as a paragraph of content.</p>"
                + close
                + "</body></html>");
    assertTrue(a.text().contains("Buried deep"), a.text());
  }

  @Test
  void aPageOfScriptsHasNoBodyAndSaysSo() {
    Article a =
        extract("<html><body>" + "<script>var x = 1;</script>".repeat(50_000) + "</body></html>");
    assertTrue(a.paragraphs().isEmpty());
    assertFalse(a.isArticle());
    assertTrue(
        a.diagnostics().stream().anyMatch(d -> d.code().equals("no-body")),
        a.diagnostics().toString());
  }

  @Test
  void aCdataSectionLeftOpenInTheBodyDoesNotTurnThePageIntoItsMarkup() {
    // A forum template opened "<![CDATA[" in its body and never closed it: browsers end it at the
    // next ">", as a bogus comment, and show the page.
    String paragraph =
        "<p>The harbour authority said on Tuesday that the old pier would reopen in May, after two"
            + " years of repairs paid for by the town and the fishermen's guild.</p>";
    Article a =
        extract(
            "<html><head><title>Pier to reopen</title></head><body>\n<![CDATA[\n"
                + "<nav class=\"menu-linkRow u-ripple\"><a href=\"/\">Home</a></nav>"
                + "<article><h1>Pier to reopen</h1>"
                + paragraph.repeat(3)
                + "</article></body></html>");
    assertTrue(a.text().startsWith("The harbour authority said"), a.text());
    assertFalse(a.text().contains("class="), a.text());
    assertFalse(a.text().contains("CDATA"), a.text());
  }

  @Test
  void aClosedCdataSectionInAScriptStaysTheScripts() {
    String page = "<script>//<![CDATA[\nvar x = '<p>not text</p>';\n//]]></script><p>Visible.</p>";
    assertEquals(
        "<script>//<! CDATA[\nvar x = '<p>not text</p>';\n//]]></script><p>Visible.</p>",
        HtmlExtractor.cdataAsBrowsersReadIt(page));
    assertEquals("no markup", HtmlExtractor.cdataAsBrowsersReadIt("no markup"));
  }

  @Test
  void aScriptWrittenAsIfItClosedItselfKeepsItsCodeOutOfTheText() {
    String paragraph =
        "<p>The harbour authority said on Tuesday that the old pier would reopen in May, after two"
            + " years of repairs paid for by the town and the fishermen's guild.</p>";
    Article a =
        extract(
            "<html><head><title>Pier to reopen</title></head><body><article><h1>Pier to reopen</h1>"
                + paragraph
                + "<script type=\"text/javascript\"/>\n(function() { var settings ="
                + " {\"thankYouCopy\": \"Thanks! Your first email is on its way, and the next one"
                + " will follow within the week.\", \"buttonText\": \"Sign up\"}; })();\n</script>"
                + paragraph.repeat(2)
                + "<script src=\"/late.js\"/><p>The guild said the pier would host a market on"
                + " Saturdays once it reopens, with stalls for the catch and the town's bakers.</p>"
                + "</article></body></html>");
    assertTrue(a.text().startsWith("The harbour authority said"), a.text());
    assertFalse(a.text().contains("function"), a.text());
    assertFalse(a.text().contains("Thanks!"), a.text());
    // No closing tag after it: a browser would hide the rest of the page; the text stays.
    assertTrue(a.text().contains("host a market on Saturdays"), a.text());
  }

  @Test
  void aForumThreadsOpeningPostIsItsBodyAndTheRepliesItsComments() {
    // Every post of a thread stands in comment markup: the opening post is the body, no longer an
    // empty page skipped for it.
    String opening =
        "The harbour council changed the ferry timetable again without telling anyone, and the"
            + " early boat now leaves twenty minutes before the first bus arrives at the pier.";
    Article a =
        extract(
            "<html><head><title>Ferry timetable changed again</title></head><body>"
                + "<div class=\"comments\">"
                + "<div class=\"comment\" id=\"comment-1\"><span class=\"author\">Maren"
                + " Olsen</span><div class=\"comment-content\"><p>"
                + opening
                + "</p><p>Has anyone written to them?</p></div>"
                + "<div class=\"children\"><div class=\"comment\" id=\"comment-2\">"
                + "<span class=\"author\">Per Lund</span><div class=\"comment-content\"><p>I"
                + " wrote last week and got no answer.</p></div>"
                + "<div class=\"children\"><div class=\"comment\" id=\"comment-3\">"
                + "<span class=\"author\">Maren Olsen</span><div class=\"comment-content\">"
                + "<p>Thank you, I will write too.</p></div></div></div></div></div></div>"
                + "</div></body></html>");
    assertEquals(opening + "\n\nHas anyone written to them?", a.text());
    assertEquals(java.util.List.of("Maren Olsen"), a.byline());
    assertEquals(2, a.comments().size(), a.comments().toString());
    assertEquals(null, a.comments().get(0).parent(), "a reply to the opening post is top-level");
    assertEquals("comment-2", a.comments().get(1).parent());
  }
}
