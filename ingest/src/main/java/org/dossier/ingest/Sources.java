package org.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a user typed (a path or a URL) into a {@link Source}; the one entry point of this
 * module.
 */
public final class Sources {
  private final IngestOptions options;
  private final HttpFetcher fetcher;

  /** Sources that share one fetcher, so robots.txt and per-host delays hold across all of them. */
  public Sources(IngestOptions options) {
    this.options = options;
    this.fetcher = new HttpFetcher(options);
  }

  /**
   * The source a user named: an http(s) URL, or a file or folder path.
   *
   * @throws IOException when a path does not exist or cannot be listed
   */
  public Source resolve(String argument) throws IOException {
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return new UrlSource(new URI(argument.strip()), options, fetcher);
      } catch (URISyntaxException e) {
        throw new IOException(argument + ": not a valid URL: " + e.getReason(), e);
      }
    }
    if (lower.startsWith("file:")) {
      try {
        return new FileSource(Path.of(new URI(argument)), argument, options, fetcher);
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IOException(argument + ": not a valid file URL", e);
      }
    }
    return new FileSource(Path.of(argument), argument, options, fetcher);
  }

  /** The fetcher these sources share, for callers that fetch a single page themselves. */
  public HttpFetcher fetcher() {
    return fetcher;
  }

  /** Opens a stream of bytes from the start. */
  @FunctionalInterface
  public interface Opener {
    java.io.InputStream open() throws IOException;
  }

  /**
   * A WARC or WARC.gz archive read from a stream, such as a Hadoop file system's (the Spark job's
   * inputs): read as a WARC file is, damaged records skipped with their reason.
   *
   * @param name the archive as messages name it
   * @param size its length in bytes, or -1 when unknown
   */
  public static Source warc(String name, Opener opener, long size, IngestOptions options) {
    return new WarcSource(name, opener, size, options);
  }
}
