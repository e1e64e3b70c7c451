package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file holds, judged by its name (the extension, with {@code .gz} looked through), and where
 * the name says nothing, by the markup its first bytes open with ({@link #sniff}).
 */
enum FileKind {
  HTML,
  TEXT,
  NEWS_PLEASE_JSON,
  NEWS_PLEASE_JSONL,
  FEED,
  WARC,
  UNKNOWN;

  /** The kind of a file by its name. */
  static FileKind of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      return WARC;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "html", "htm", "xhtml", "shtml" -> HTML;
      case "txt", "text" -> TEXT;
      case "json" -> NEWS_PLEASE_JSON;
      case "jsonl", "ndjson" -> NEWS_PLEASE_JSONL;
      case "rss", "atom", "xml" -> FEED;
      default -> UNKNOWN;
    };
  }

  /**
   * The kind of a file whose name says nothing ({@link #UNKNOWN}) by its first bytes
   * (decompressed): an HTML page ("index", "story.php?id=3", "site.net.gz" in a mirror) or an RSS
   * or Atom feed, by the markup it opens with; anything else stays unknown, so a folder's
   * spreadsheets and programs are not read as articles.
   */
  static FileKind sniff(byte[] head) {
    String start =
        new String(
                head,
                0,
                Math.min(head.length, SNIFFED),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    int i = 0;
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3; // a UTF-8 byte order mark
    }
    while (i < start.length() && Character.isWhitespace(start.charAt(i))) {
      i++;
    }
    String rest = start.substring(i);
    if (rest.startsWith("<?xml")) {
      return rest.contains("<rss") || rest.contains("<feed") || rest.contains("<rdf:rdf")
          ? FEED
          : rest.contains("<html") ? HTML : UNKNOWN;
    }
    if (rest.startsWith("<rss") || rest.startsWith("<feed")) {
      return FEED;
    }
    // Markup first, and a page's own elements within the first bytes: also a page that opens with
    // its server's warnings ("<br /><b>Deprecated</b>: …") before its doctype.
    if (rest.startsWith("<")
        && (rest.contains("<!doctype html")
            || rest.contains("<html")
            || rest.contains("<head")
            || rest.contains("<body"))) {
      return HTML;
    }
    return UNKNOWN;
  }

  /** How many bytes {@link #sniff} reads. */
  static final int SNIFFED = 16_384;

  /** Whether the file is gzip-compressed by its name (WARC handles its own compression). */
  static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
