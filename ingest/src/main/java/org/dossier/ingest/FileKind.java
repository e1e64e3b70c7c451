package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** What a file holds, judged by its name: the extension, with {@code .gz} looked through. */
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

  /** Whether the file is gzip-compressed by its name (WARC handles its own compression). */
  static boolean gzipped(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
