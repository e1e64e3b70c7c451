package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The length of an element's text, counted, is the length of the text jsoup builds; a walk that
 * stops at a limit tells "more than" as that length does, and the start it builds is the start of
 * that text.
 */
class TextLengthTest {

  /**
   * Pieces of text for random trees and text nodes: every kind of white space jsoup and Java tell
   * apart, invisible characters, control characters, a surrogate pair and a lone surrogate, words.
   */
  private static final String[] TEXTS = {
    " ",
    "  ",
    "\n",
    "\t",
    "\r\n",
    "\u00a0",
    "\u200b",
    "\u00ad",
    "\u2003",
    "\u3000",
    "\u000b",
    "\u001c",
    "\u0001",
    "\ud83d\ude00",
    "\ud800",
    "a",
    "Word",
    "x y",
    " z ",
    "<![CDATA[ c d ]]>"
  };

  private static void sameOnEveryElement(Document doc, String where) {
    for (Element e : doc.getAllElements()) {
      int length = e.text().length();
      assertEquals(length, TextLength.of(e), () -> where + ": <" + e.normalName() + ">");
      for (int limit : new int[] {length - 1, length, length / 2, length / 3}) {
        assertEquals(
            length > limit,
            TextLength.exceeds(e, limit),
            () -> where + ": <" + e.normalName() + "> over " + limit);
        String head = TextLength.head(e, limit);
        assertTrue(
            e.text().startsWith(head) && head.length() >= Math.min(limit, length),
            () -> where + ": <" + e.normalName() + "> head of " + limit + ": " + head);
      }
    }
  }

  @Test
  void blocksBreaksAndFoldedSpacesCountAsInTheText() {
    Document doc =
        Jsoup.parse(
            "<body><div id=a>  One <b>two</b>\u00a0\u00a0three<br>four</div>five"
                + "<p>six\u00ad\u200bseven</p><span> eight </span><pre>  nine\n  ten </pre>"
                + "<ul><li>eleven</li><li> twelve</li></ul>\u0001thirteen\u0002 \ud83d\ude00</body>");
    sameOnEveryElement(doc, "written");
    assertEquals("One two three four".length(), TextLength.of(doc.getElementById("a")));
  }

  @Test
  void randomTreesAgreeWithTheText() {
    Random random = new Random(11);
    String[] tags = {"div", "p", "span", "b", "a", "br", "pre", "li", "ul", "td", "h2", "code"};
    for (int n = 0; n < 2_000; n++) {
      StringBuilder html = new StringBuilder("<body>");
      int open = 0;
      for (int i = random.nextInt(30); i > 0; i--) {
        int what = random.nextInt(3);
        if (what == 0) {
          String tag = tags[random.nextInt(tags.length)];
          html.append('<').append(tag).append('>');
          open++;
        } else if (what == 1 && open > 0) {
          html.append("</").append(tags[random.nextInt(tags.length)]).append('>');
          open--;
        } else {
          html.append(TEXTS[random.nextInt(TEXTS.length)]);
        }
      }
      String page = html.toString();
      sameOnEveryElement(Jsoup.parse(page), page);
    }
  }

  @Test
  void aTextNodesStrippedLengthIsCountedAsItsTextGivesIt() {
    Random random = new Random(13);
    for (int n = 0; n < 20_000; n++) {
      TextNode node = new TextNode(RandomTexts.of(random, TEXTS, 0, 9));
      assertEquals(
          node.text().strip().length(),
          TextLength.ofTextNode(node.getWholeText()),
          () -> "text: " + node.getWholeText());
    }
  }

  @Test
  void theTestPagesAgree() throws IOException {
    Path root = Path.of("src/test/resources");
    List<Path> pages;
    try (Stream<Path> files = Files.walk(root)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() > 10, "test pages found: " + pages.size());
    for (Path p : pages) {
      // Some pages are in other encodings on purpose: read as UTF-8, with replacements.
      String page = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      sameOnEveryElement(Jsoup.parse(page), p.toString());
    }
  }

  /** The shared WCXB pages (real sites' markup), where the shared folder is present. */
  @Test
  void sharedRealPagesAgree() throws IOException {
    List<String> pages = SharedPages.wcxbArticles(60);
    for (int i = 0; i < pages.size(); i++) {
      sameOnEveryElement(Jsoup.parse(pages.get(i)), "shared page " + (i + 1));
    }
  }
}
