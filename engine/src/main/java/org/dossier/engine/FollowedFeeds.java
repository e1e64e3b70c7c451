package org.dossier.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dossier.ingest.HttpFetcher;
import org.dossier.model.Capture;

/**
 * The feeds a data folder follows ({@code DATA/follows.json}), and polling them politely: a
 * conditional GET with the ETag and Last-Modified of the last fetch (through {@link HttpFetcher},
 * so robots.txt, the per-host delay and the address policy hold), and a back-off that doubles after
 * each failure. A feed that changed is saved under {@code DATA/feeds/} for ingestion, which reads
 * its entries (and fetches the pages of summary-only ones) as {@code dossier ingest FEED} does.
 */
public final class FollowedFeeds {
  /** How often a healthy feed is polled. */
  public static final Duration INTERVAL = Duration.ofMinutes(15);

  /** The longest back-off after failures. */
  static final Duration MAX_BACKOFF = Duration.ofHours(24);

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One followed feed and what polling it has learnt.
   *
   * @param url the feed's address
   * @param added when it was followed (ISO 8601 instants, as all times here)
   * @param etag the ETag of the last fetch that changed, or null
   * @param lastModified the Last-Modified of that fetch, or null
   * @param lastPolled when it was last polled, or null
   * @param nextPoll when it is next due
   * @param failures failures in a row (the back-off doubles with each)
   * @param lastError why the last poll failed, or null
   * @param lastChanged when it last had something new, or null
   */
  public record Feed(
      String url,
      String added,
      String etag,
      String lastModified,
      String lastPolled,
      String nextPoll,
      int failures,
      String lastError,
      String lastChanged) {

    /**
     * This feed after a poll at {@code now}: the validators to send next time, when it is next due,
     * its failures in a row and their reason, and when it last changed.
     */
    Feed polled(
        String etag,
        String lastModified,
        Instant now,
        Duration wait,
        int failures,
        String error,
        String changed) {
      return new Feed(
          url,
          added,
          etag,
          lastModified,
          now.toString(),
          now.plus(wait).toString(),
          failures,
          error,
          changed);
    }

    /** Whether it is due for a poll at {@code now}. */
    boolean due(Instant now) {
      return nextPoll == null || !Instant.parse(nextPoll).isAfter(now);
    }
  }

  private final Path data;

  /** The followed feeds of a data folder. */
  public FollowedFeeds(Path data) {
    this.data = data;
  }

  private Path file() {
    return data.resolve("follows.json");
  }

  /** The feeds, in the order they were followed. */
  public synchronized List<Feed> list() throws IOException {
    Path f = file();
    if (!Files.exists(f)) {
      return List.of();
    }
    try {
      return JSON.readValue(f.toFile(), new TypeReference<List<Feed>>() {});
    } catch (IOException e) {
      throw new IOException(
          f + ": the list of followed feeds cannot be read: " + e.getMessage(), e);
    }
  }

  private void save(List<Feed> feeds) throws IOException {
    Files.createDirectories(data);
    Path tmp = data.resolve("follows.json.tmp");
    Files.writeString(tmp, JSON.writeValueAsString(feeds), StandardCharsets.UTF_8);
    Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Follows a feed (http or https); following one twice changes nothing. Returns it. */
  public synchronized Feed follow(String url) throws IOException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(url + ": only http and https feeds can be followed");
    }
    List<Feed> feeds = new ArrayList<>(list());
    for (Feed f : feeds) {
      if (f.url().equals(uri.toString())) {
        return f;
      }
    }
    String now = Instant.now().toString();
    Feed feed = new Feed(uri.toString(), now, null, null, null, now, 0, null, null);
    feeds.add(feed);
    save(feeds);
    return feed;
  }

  /** Stops following a feed; returns whether it was followed. */
  public synchronized boolean unfollow(String url) throws IOException {
    List<Feed> feeds = new ArrayList<>(list());
    boolean removed = feeds.removeIf(f -> f.url().equals(url.strip()));
    if (removed) {
      save(feeds);
    }
    return removed;
  }

  /**
   * Polls every feed that is due: a feed that changed is written under {@code DATA/feeds/} and its
   * path returned, for ingestion; one that did not (304) or failed is rescheduled.
   */
  public List<Path> pollDue(HttpFetcher fetcher, Instant now) throws IOException {
    List<Feed> feeds;
    synchronized (this) {
      feeds = new ArrayList<>(list());
    }
    List<Path> changed = new ArrayList<>();
    List<Feed> updated = new ArrayList<>();
    for (Feed f : feeds) {
      if (!f.due(now)) {
        updated.add(f);
        continue;
      }
      try {
        Capture c = fetcher.fetchIfChanged(URI.create(f.url()), f.etag(), f.lastModified());
        if (c == null) {
          updated.add(
              f.polled(f.etag(), f.lastModified(), now, INTERVAL, 0, null, f.lastChanged()));
          continue;
        }
        Path dir = Files.createDirectories(data.resolve("feeds"));
        Path saved = dir.resolve(name(f.url()) + ".xml");
        Files.write(saved, c.content());
        changed.add(saved);
        updated.add(
            f.polled(
                c.header("etag"),
                c.header("last-modified"),
                now,
                INTERVAL,
                0,
                null,
                now.toString()));
      } catch (IOException | RuntimeException e) {
        int failures = f.failures() + 1;
        Duration wait = INTERVAL.multipliedBy(1L << Math.min(failures, 10));
        if (wait.compareTo(MAX_BACKOFF) > 0) {
          wait = MAX_BACKOFF;
        }
        updated.add(
            f.polled(
                f.etag(), f.lastModified(), now, wait, failures, e.getMessage(), f.lastChanged()));
      }
    }
    synchronized (this) {
      // Feeds followed or unfollowed while polling are kept as the list now says.
      List<Feed> current = new ArrayList<>(list());
      List<Feed> merged = new ArrayList<>();
      for (Feed f : current) {
        Feed polled = updated.stream().filter(u -> u.url().equals(f.url())).findFirst().orElse(f);
        merged.add(polled);
      }
      save(merged);
    }
    return changed;
  }

  private static String name(String url) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
