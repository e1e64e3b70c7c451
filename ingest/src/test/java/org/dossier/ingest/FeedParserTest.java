package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
  private static Feed parse(String xml) throws IOException {
    return FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "test.rss");
  }

  @Test
  void readsRss2WithFullContentAndCreator() throws IOException {
    Feed feed =
        parse(
            """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>StyleWire</title><link>https://stylewire.example/</link>
            <item><title>One</title><link>https://stylewire.example/1</link>
              <pubDate>Thu, 19 Nov 2026 08:15:00 +0000</pubDate><dc:creator>Jules Ferrand</dc:creator>
              <description>Short.</description>
              <content:encoded><![CDATA[<p>Full <b>text</b>.</p>]]></content:encoded></item>
            </channel></rss>
            """);
    assertEquals("StyleWire", feed.title());
    Feed.Entry e = feed.entries().get(0);
    assertEquals("One", e.title());
    assertEquals("https://stylewire.example/1", e.link());
    assertEquals("Thu, 19 Nov 2026 08:15:00 +0000", e.published());
    assertEquals(List.of("Jules Ferrand"), e.authors());
    assertEquals("<p>Full <b>text</b>.</p>", e.content());
    assertEquals("Short.", e.summary());
  }

  @Test
  void readsAtomWithAlternateLinkAuthorNameAndXhtmlContent() throws IOException {
    Feed feed =
        parse(
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbor Times</title>
            <entry><title>Two</title>
              <link rel="self" href="https://h.example/feed/2"/>
              <link rel="alternate" href="https://h.example/2"/>
              <id>tag:h.example,2026:2</id><published>2026-11-18T14:05:00-05:00</published>
              <author><name>Priya Natarajan</name></author>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A &amp; B</p></div></content>
            </entry></feed>
            """);
    Feed.Entry e = feed.entries().get(0);
    assertEquals("https://h.example/2", e.link());
    assertEquals(List.of("Priya Natarajan"), e.authors());
    assertEquals("2026-11-18T14:05:00-05:00", e.published());
    assertEquals("<div><p>A &amp; B</p></div>", e.content());
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
        <rss version="2.0"><channel><title>t</title>
        <item><title>&xxe;</title><link>https://a.example/</link></item></channel></rss>
        """
            .formatted(secret.toUri());
    IOException e = assertThrows(IOException.class, () -> parse(xxe));
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
    assertTrue(e.getMessage().contains("malformed feed"), e.getMessage());
  }

  @Test
  void entityExpansionBombIsRefusedQuickly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String bomb = dtd + "<rss><channel><item><title>&a9;</title></item></channel></rss>";
    long start = System.nanoTime();
    assertThrows(IOException.class, () -> parse(bomb));
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "the bomb must not be expanded");
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    IOException e =
        assertThrows(IOException.class, () -> parse("<rss><channel>\n<item><title>x</item>"));
    assertTrue(
        e.getMessage().matches("(?s)malformed feed at line 2, column \\d+: .*"), e.getMessage());
  }

  @Test
  void aBadByteDoesNotLoseTheFeedAndTheDeclaredEncodingIsHonoured() throws IOException {
    byte[] bad =
        "<?xml version=\"1.0\"?><rss><channel><item><title>Caf\u00ff</title></item></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("Caf\ufffd", FeedParser.parse(bad, "bad.rss").entries().get(0).title());
    byte[] latin =
        "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><item><title>Caf\u00e9 \u2013 Cr\u00e8me</title></item></channel></rss>"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    assertEquals(
        "Caf\u00e9 \u2013 Cr\u00e8me",
        FeedParser.parse(latin, "latin.rss").entries().get(0).title());
  }

  @Test
  void aDocumentThatIsNotAFeedIsNamedAsSuch() {
    IOException e = assertThrows(IOException.class, () -> parse("<urlset><url/></urlset>"));
    assertEquals("not an RSS or Atom feed: the root element is <urlset>", e.getMessage());
  }

  @Test
  void summaryOnlyEntriesAreNotTakenAsFullText() {
    Feed.Entry summary =
        new Feed.Entry("t", "https://a.example/", null, null, List.of(), null, "Short summary.");
    assertNull(FeedSource.fullText(summary));
    Feed.Entry full =
        new Feed.Entry(
            "t", "https://a.example/", null, null, List.of(), "<p>One.</p><p>Two.</p>", null);
    assertEquals("<p>One.</p><p>Two.</p>", FeedSource.fullText(full));
  }
}
