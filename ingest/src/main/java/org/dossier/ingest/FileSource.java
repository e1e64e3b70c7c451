package org.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * A file or a folder read recursively: HTML, plain text, news-please JSON and JSON Lines, feeds and
 * WARC archives, each by its extension, optionally gzip-compressed; a file whose extension says
 * nothing is an HTML page or a feed when its first bytes say so ({@link FileKind#sniff}).
 */
final class FileSource implements Source {
  private final Path root;
  private final String name;
  private final IngestOptions options;
  private final HttpFetcher fetcher;
  private final List<Path> files;

  FileSource(Path root, String name, IngestOptions options, HttpFetcher fetcher)
      throws IOException {
    this.root = root;
    this.name = name;
    this.options = options;
    this.fetcher = fetcher;
    this.files = list(root);
  }

  private static List<Path> list(Path root) throws IOException {
    if (!Files.exists(root)) {
      throw new IOException(root + ": no such file or folder");
    }
    if (!Files.isDirectory(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !root.relativize(p).toString().matches("(.*/)?\\..*"))
          .sorted()
          .toList();
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int size() {
    return files.size();
  }

  @Override
  public void read(CaptureSink sink) {
    for (Path file : files) {
      readFile(file, sink);
    }
  }

  private void readFile(Path file, CaptureSink sink) {
    FileKind kind = FileKind.of(file);
    String input = file.toString();
    try {
      if (kind == FileKind.UNKNOWN) {
        kind = FileKind.sniff(head(file));
      }
      switch (kind) {
        case WARC -> new WarcSource(file, options).read(sink);
        case FEED -> new FeedSource(input, file.toUri(), bytes(file), options, fetcher).read(sink);
        case NEWS_PLEASE_JSON, NEWS_PLEASE_JSONL ->
            NewsPleaseRecords.split(
                file.toUri(), input, bytes(file), kind == FileKind.NEWS_PLEASE_JSONL, sink);
        case HTML -> sink.capture(capture(file, MediaTypes.HTML));
        case TEXT -> sink.capture(capture(file, MediaTypes.TEXT));
        case UNKNOWN ->
            sink.skip(
                input,
                "not a supported file type (by its extension, and its first bytes are no HTML"
                    + " page or feed)");
      }
    } catch (IOException | RuntimeException e) {
      sink.skip(input, Reasons.of(e));
    }
  }

  /** The first bytes of a file, decompressed when its name ends in {@code .gz}. */
  private static byte[] head(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      InputStream in = FileKind.gzipped(file) ? new GZIPInputStream(raw) : raw;
      return in.readNBytes(FileKind.SNIFFED);
    } catch (java.util.zip.ZipException e) {
      return new byte[0]; // named .gz but not gzip: nothing known
    }
  }

  private Capture capture(Path file, String mediaType) throws IOException {
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    return Capture.of(bytes(file), mediaType, file.toUri(), modified);
  }

  private byte[] bytes(Path file) throws IOException {
    if (!FileKind.gzipped(file) && Files.size(file) > options.maxBytes()) {
      throw new InputTooLargeException(file.toString(), options.maxBytes());
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      InputStream in = FileKind.gzipped(file) ? new GZIPInputStream(raw) : raw;
      return BoundedRead.readAll(in, options.maxBytes(), file.toString());
    }
  }
}
