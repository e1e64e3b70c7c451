package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcSourceTest {
  static final Path ROOT = Path.of(System.getProperty("dossier.root", ".."));
  static final Path DEMO_WARC = ROOT.resolve("demo/archive/harbortimes.warc.gz");

  @Test
  void readsHtmlResponsesAndIgnoresRequestsMetadataAndErrors() throws IOException {
    Collected out = new Collected();
    new WarcSource(DEMO_WARC, IngestOptions.DEFAULTS).read(out);
    assertEquals(3, out.captures.size(), "two versions of one page and a follow-up; not the 404");
    assertEquals(
        "https://harbortimes.example/entertainment/okafor-signs-with-maison-verrault",
        out.captures.get(0).source().toString());
    assertEquals("2026-11-18T19:10:00Z", out.captures.get(0).captured().toString());
    assertEquals("text/html; charset=utf-8", out.captures.get(0).header("content-type"));
    assertArrayEquals(
        Files.readAllBytes(ROOT.resolve("demo/pages/harbortimes-okafor-verrault.html")),
        out.captures.get(0).content(),
        "the archived page is the page in demo/pages byte for byte");
    assertEquals(out.skips, java.util.List.of());
  }

  @Test
  void aTruncatedArchiveKeepsTheRecordsBeforeTheDamageAndSaysWhere(@TempDir Path dir)
      throws IOException {
    byte[] whole = Files.readAllBytes(DEMO_WARC);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length * 3 / 4));
    Collected out = new Collected();
    new WarcSource(cut, IngestOptions.DEFAULTS).read(out);
    assertTrue(out.captures.size() >= 1 && out.captures.size() < 3, "kept " + out.captures.size());
    assertEquals(1, out.skips.size(), out.skips.toString());
    assertTrue(out.skips.get(0).startsWith(cut + "#record-"), out.skips.get(0));
    assertTrue(
        out.skips.get(0).contains("truncated") || out.skips.get(0).contains("corrupt"),
        out.skips.get(0));
  }

  @Test
  void anUncompressedArchiveCutInsideItsLastRecordSaysSo(@TempDir Path dir) throws IOException {
    byte[] whole;
    try (java.io.InputStream in =
        new java.util.zip.GZIPInputStream(Files.newInputStream(DEMO_WARC))) {
      whole = in.readAllBytes();
    }
    Collected all = new Collected();
    Path complete = dir.resolve("whole.warc");
    Files.write(complete, whole);
    new WarcSource(complete, IngestOptions.DEFAULTS).read(all);
    assertTrue(all.skips.isEmpty(), all.skips.toString());
    // The last record is a 404 response, not a page: its body is never read.
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(whole, whole.length - 20));
    Collected out = new Collected();
    new WarcSource(cut, IngestOptions.DEFAULTS).read(out);
    assertEquals(all.captures.size(), out.captures.size(), "the pages before it are kept");
    assertEquals(1, out.skips.size(), out.skips.toString());
    assertTrue(out.skips.get(0).startsWith(cut + "#record-"), out.skips.get(0));
    assertTrue(out.skips.get(0).contains("truncated WARC"), out.skips.get(0));
  }

  @Test
  void garbageWithAWarcNameIsReportedNotThrownAsACrash(@TempDir Path dir) throws IOException {
    Path junk = dir.resolve("junk.warc");
    Files.writeString(junk, "this is not a WARC file at all\r\n\r\n");
    Collected out = new Collected();
    new WarcSource(junk, IngestOptions.DEFAULTS).read(out);
    assertEquals(0, out.captures.size());
    assertEquals(1, out.skips.size(), out.skips.toString());
    assertTrue(
        !out.skips.get(0).contains("null"), "no placeholder in the message: " + out.skips.get(0));
  }

  @Test
  void aRecordLargerThanTheCapIsSkippedAndTheRestRead() throws IOException {
    Collected out = new Collected();
    new WarcSource(DEMO_WARC, IngestOptions.builder().maxBytes(3000).build()).read(out);
    assertTrue(
        out.skips.stream().allMatch(s -> s.contains("larger than the size cap")),
        out.skips.toString());
    assertEquals(3, out.captures.size() + out.skips.size());
  }
}
