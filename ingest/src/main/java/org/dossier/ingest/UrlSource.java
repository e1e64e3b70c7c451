package org.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import org.dossier.model.Capture;

/** A URL given on the command line: a page is one capture, a feed becomes its entries. */
final class UrlSource implements Source {
  private final URI uri;
  private final IngestOptions options;
  private final HttpFetcher fetcher;

  UrlSource(URI uri, IngestOptions options, HttpFetcher fetcher) {
    this.uri = uri;
    this.options = options;
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return uri.toString();
  }

  @Override
  public void read(CaptureSink sink) {
    Capture capture;
    try {
      capture = fetcher.fetch(uri);
    } catch (IOException e) {
      sink.skip(
          name(),
          e.getMessage().startsWith(name())
              ? e.getMessage().substring(name().length() + 2)
              : e.getMessage());
      return;
    }
    if (looksLikeFeed(capture)) {
      try {
        new FeedSource(name(), capture.source(), capture.content(), options, fetcher).read(sink);
      } catch (IOException e) {
        sink.skip(name(), e.getMessage());
      }
    } else {
      sink.capture(capture);
    }
  }

  /** Whether fetched bytes are an RSS or Atom feed, by media type or by their first element. */
  static boolean looksLikeFeed(Capture capture) {
    String media = capture.mediaType();
    if (media.contains("rss") || media.contains("atom")) {
      return true;
    }
    if (!media.contains("xml")) {
      return false;
    }
    int n = Math.min(capture.content().length, 1024);
    String head = new String(capture.content(), 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }
}
