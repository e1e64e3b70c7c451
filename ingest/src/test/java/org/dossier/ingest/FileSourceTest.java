package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {
  private static Collected read(Path path, IngestOptions options) throws IOException {
    Collected out = new Collected();
    new Sources(options).resolve(path.toString()).read(out);
    return out;
  }

  @Test
  void walksAFolderRecursivelyInNameOrderByKind(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.writeString(dir.resolve("a.html"), "<p>a</p>");
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("b/c.html.gz")))) {
      gz.write("<p>c</p>".getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("b/deeper/d.txt"), "Title\n\nBody.");
    Files.writeString(dir.resolve(".hidden.html"), "<p>hidden</p>");
    Files.writeString(dir.resolve("notes.docx"), "x");
    Collected out = read(dir, IngestOptions.DEFAULTS);
    List<String> names =
        out.captures.stream().map(c -> dir.toUri().relativize(c.source()).toString()).toList();
    assertEquals(List.of("a.html", "b/c.html.gz", "b/deeper/d.txt"), names);
    assertEquals("<p>c</p>", new String(out.captures.get(1).content(), StandardCharsets.UTF_8));
    assertEquals(MediaTypes.TEXT, out.captures.get(2).mediaType());
    assertEquals(
        List.of(
            dir.resolve("notes.docx")
                + ": not a supported file type (by its extension, and its first bytes are no HTML"
                + " page or feed)"),
        out.skips);
  }

  @Test
  void aFileWhoseNameSaysNothingIsReadByTheMarkupItOpensWith(@TempDir Path dir) throws IOException {
    // A site mirror's names: no extension, a query, a domain; gzip looked through.
    Files.writeString(
        dir.resolve("story.php?id=3"),
        "\uFEFF\n  <!DOCTYPE html><html><body><p>a</p></body></html>");
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("harbour.example.net.gz")))) {
      gz.write(
          "<br /><b>Deprecated</b>: a server's warning\n<!DOCTYPE html><html><p>b</p></html>"
              .getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("latest"), "<?xml version=\"1.0\"?><rss version=\"2.0\">");
    Files.writeString(dir.resolve("budget.csv"), "year,amount\n2026,4.2\n");
    Files.write(dir.resolve("broken.gz"), new byte[] {1, 2, 3});
    Collected out = read(dir, IngestOptions.DEFAULTS);
    List<String> names =
        out.captures.stream().map(c -> dir.toUri().relativize(c.source()).toString()).toList();
    assertEquals(List.of("harbour.example.net.gz", "story.php%3Fid=3"), names);
    assertTrue(out.captures.stream().allMatch(c -> c.mediaType().equals(MediaTypes.HTML)));
    assertEquals(3, out.skips.size(), out.skips.toString());
    assertTrue(out.skips.get(0).startsWith(dir.resolve("broken.gz") + ": not a supported"));
    assertTrue(out.skips.get(1).startsWith(dir.resolve("budget.csv") + ": not a supported"));
    // Read as a feed (one with no items), not passed over for its name.
    assertTrue(out.skips.get(2).startsWith(dir.resolve("latest") + ":"), out.skips.get(2));
    assertFalse(out.skips.get(2).contains("not a supported file type"), out.skips.get(2));
  }

  @Test
  void newsPleaseJsonLinesGiveOneCapturePerRecordAndSkipBadLines(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("records.jsonl");
    Files.writeString(
        file,
        "{\"title\":\"One\",\"maintext\":\"Text one.\",\"url\":\"https://a.example/1\"}\n"
            + "{broken\n\n"
            + "[1,2]\n"
            + "{\"title\":\"Two\",\"maintext\":\"Text two.\"}\n");
    Collected out = read(file, IngestOptions.DEFAULTS);
    assertEquals(2, out.captures.size());
    Capture first = out.captures.get(0);
    assertEquals(MediaTypes.NEWS_PLEASE, first.mediaType());
    assertEquals(file.toUri() + "#line=1", first.source().toString());
    assertEquals(file.toUri() + "#line=5", out.captures.get(1).source().toString());
    assertEquals(2, out.skips.size());
    assertTrue(out.skips.get(0).startsWith(file + ":2: not valid JSON"), out.skips.get(0));
    assertTrue(
        out.skips.get(1).startsWith(file + ":4: a news-please record must be a JSON object"),
        out.skips.get(1));
  }

  @Test
  void aJsonArrayFileGivesOneCapturePerElement(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("records.json");
    Files.writeString(
        file, "[{\"title\":\"One\",\"text\":\"x\"},{\"title\":\"Two\",\"text\":\"y\"}]");
    assertEquals(2, read(file, IngestOptions.DEFAULTS).captures.size());
  }

  @Test
  void jsonThatIsNotNewsPleaseRecordsIsSkippedAsAWholeFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("event_mentions.json");
    Files.writeString(file, "[{\"mention_id\":\"a\",\"doc_id\":\"1\"},{\"mention_id\":\"b\"}]");
    Collected out = read(file, IngestOptions.DEFAULTS);
    assertEquals(0, out.captures.size());
    assertEquals(
        List.of(file + ": not news-please records: no element has a title, maintext, text or url"),
        out.skips);
  }

  @Test
  void inputsOverTheCapAreSkippedWithTheCapNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("big.html"), "<p>" + "x".repeat(5000) + "</p>");
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.html.gz")))) {
      gz.write(new byte[200_000]);
    }
    Files.writeString(dir.resolve("small.html"), "<p>ok</p>");
    Collected out = read(dir, IngestOptions.builder().maxBytes(4096).build());
    assertEquals(1, out.captures.size());
    assertEquals(2, out.skips.size());
    assertTrue(
        out.skips.stream().allMatch(s -> s.endsWith("larger than the size cap (4096 bytes)")),
        out.skips.toString());
  }

  @Test
  void aTruncatedGzipFileIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path whole = dir.resolve("whole.gz.tmp");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(whole))) {
      gz.write(("<p>" + "words ".repeat(2000) + "</p>").getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    Files.write(dir.resolve("a-cut.html.gz"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Files.writeString(dir.resolve("b-fine.html"), "<p>fine</p>");
    Collected out = read(dir, IngestOptions.DEFAULTS);
    assertEquals(1, out.captures.size());
    assertTrue(out.skips.get(0).contains("a-cut.html.gz: truncated"), out.skips.toString());
  }

  @Test
  void aMissingPathIsAnErrorThatNamesIt(@TempDir Path dir) {
    IOException e =
        assertThrows(
            IOException.class,
            () -> new Sources(IngestOptions.DEFAULTS).resolve(dir.resolve("nope").toString()));
    assertEquals(dir.resolve("nope") + ": no such file or folder", e.getMessage());
  }
}
