package org.dossier.ingest;

import java.time.Duration;

/**
 * Limits and permissions for reading sources.
 *
 * @param maxBytes the largest single input (file, page, feed, WARC record, decompressed) accepted
 * @param connectTimeout how long to wait for an HTTP connection
 * @param requestTimeout how long one HTTP exchange may take
 * @param maxRedirects how many redirects one fetch may follow
 * @param perHostDelay the least time between two requests to the same host
 * @param allowPrivateNetwork whether loopback, private and link-local addresses may be fetched
 * @param fetchLinkedPages whether feed entries without full text fetch the page they link to
 * @param userAgent the User-Agent header and the robots.txt agent name
 */
public record IngestOptions(
    long maxBytes,
    Duration connectTimeout,
    Duration requestTimeout,
    int maxRedirects,
    Duration perHostDelay,
    boolean allowPrivateNetwork,
    boolean fetchLinkedPages,
    String userAgent) {

  /** The defaults: 10 MiB per input, 10 s to connect, 30 s per request, 5 redirects, 1 s delay. */
  public static final IngestOptions DEFAULTS =
      new IngestOptions(
          10L * 1024 * 1024,
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          5,
          Duration.ofSeconds(1),
          false,
          true,
          "Dossier/0.1 (news research; respects robots.txt)");

  /** Validates the limits. */
  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
    }
    if (perHostDelay.isNegative()) {
      throw new IllegalArgumentException("perHostDelay must not be negative: " + perHostDelay);
    }
  }

  /** These options with another size cap. */
  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(
        bytes,
        connectTimeout,
        requestTimeout,
        maxRedirects,
        perHostDelay,
        allowPrivateNetwork,
        fetchLinkedPages,
        userAgent);
  }

  /** These options with private-network fetching allowed or refused. */
  public IngestOptions withAllowPrivateNetwork(boolean allow) {
    return new IngestOptions(
        maxBytes,
        connectTimeout,
        requestTimeout,
        maxRedirects,
        perHostDelay,
        allow,
        fetchLinkedPages,
        userAgent);
  }

  /** These options with another per-host delay. */
  public IngestOptions withPerHostDelay(Duration delay) {
    return new IngestOptions(
        maxBytes,
        connectTimeout,
        requestTimeout,
        maxRedirects,
        delay,
        allowPrivateNetwork,
        fetchLinkedPages,
        userAgent);
  }

  /** These options with fetching of feed entries' linked pages on or off. */
  public IngestOptions withFetchLinkedPages(boolean fetch) {
    return new IngestOptions(
        maxBytes,
        connectTimeout,
        requestTimeout,
        maxRedirects,
        perHostDelay,
        allowPrivateNetwork,
        fetch,
        userAgent);
  }
}
