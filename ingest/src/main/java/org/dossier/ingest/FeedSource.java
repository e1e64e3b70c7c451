package org.dossier.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * An RSS or Atom feed: each entry becomes a capture of its own full text when the feed carries it,
 * or of the page it links to otherwise.
 */
final class FeedSource implements Source {
  /** Entry content with at least this much text (or two paragraphs) counts as the full article. */
  static final int FULL_TEXT_CHARS = 500;

  private final String name;
  private final URI location;
  private final byte[] bytes;
  private final IngestOptions options;
  private final HttpFetcher fetcher;

  FeedSource(String name, URI location, byte[] bytes, IngestOptions options, HttpFetcher fetcher) {
    this.name = name;
    this.location = location;
    this.bytes = bytes;
    this.options = options;
    this.fetcher = fetcher;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    Feed feed = FeedParser.parse(bytes, name);
    if (feed.entries().isEmpty()) {
      sink.skip(name, "the feed has no entries");
      return;
    }
    Instant now = Instant.now();
    int n = 0;
    for (Feed.Entry entry : feed.entries()) {
      n++;
      String where = name + "#entry-" + n;
      String body = fullText(entry);
      URI link = link(entry.link());
      Capture capture;
      if (body != null) {
        URI source = link != null ? link : URI.create(location + "#entry-" + n);
        capture = Capture.of(body.getBytes(StandardCharsets.UTF_8), MediaTypes.HTML, source, now);
      } else if (link == null) {
        sink.skip(where, "the entry has no full text and no link to fetch");
        continue;
      } else if (!options.fetchLinkedPages()) {
        sink.skip(where, "the entry has only a summary and fetching linked pages is off");
        continue;
      } else {
        try {
          capture = fetcher.fetch(link);
        } catch (IOException e) {
          sink.skip(where + " (" + link + ")", "linked page not fetched: " + e.getMessage());
          continue;
        }
      }
      sink.capture(
          capture
              .withHint("title", entry.title())
              .withHint("published", entry.published())
              .withHint(
                  "byline", entry.authors().isEmpty() ? null : String.join("; ", entry.authors()))
              .withHint("outlet", feed.title())
              .withHint("feed", name));
    }
  }

  /** The entry's full text as HTML, or null when the feed carries only a summary. */
  static String fullText(Feed.Entry entry) {
    if (entry.content() != null && isFullText(entry.content())) {
      return entry.content();
    }
    if (entry.summary() != null && visibleText(entry.summary()).length() >= 2 * FULL_TEXT_CHARS) {
      return entry.summary();
    }
    return null;
  }

  private static boolean isFullText(String html) {
    int paragraphs = html.split("(?i)<p[\\s>]", -1).length - 1;
    return paragraphs >= 2 || visibleText(html).length() >= FULL_TEXT_CHARS;
  }

  private static String visibleText(String html) {
    return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
  }

  private URI link(String href) {
    if (href == null) {
      return null;
    }
    try {
      URI uri = new URI(href.strip());
      return uri.isAbsolute() ? uri : location.resolve(uri);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
