package org.dossier.ingest;

import java.time.Duration;
import java.util.Objects;

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
  public static final IngestOptions DEFAULTS = builder().build();

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
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxBytes = maxBytes;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.maxRedirects = maxRedirects;
    b.perHostDelay = perHostDelay;
    b.allowPrivateNetwork = allowPrivateNetwork;
    b.fetchLinkedPages = fetchLinkedPages;
    b.userAgent = userAgent;
    return b;
  }

  /** Builds options; every field starts at its default. */
  public static final class Builder {
    private long maxBytes = 10L * 1024 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int maxRedirects = 5;
    private Duration perHostDelay = Duration.ofSeconds(1);
    private boolean allowPrivateNetwork;
    private boolean fetchLinkedPages = true;
    private String userAgent = "Dossier/0.1 (news research; respects robots.txt)";

    private Builder() {}

    /** The largest single input in bytes. */
    public Builder maxBytes(long bytes) {
      this.maxBytes = bytes;
      return this;
    }

    /** The least time between two requests to one host. */
    public Builder perHostDelay(Duration delay) {
      this.perHostDelay = delay;
      return this;
    }

    /** Whether loopback, private and link-local addresses may be fetched. */
    public Builder allowPrivateNetwork(boolean allow) {
      this.allowPrivateNetwork = allow;
      return this;
    }

    /** Whether summary-only feed entries fetch the page they link to. */
    public Builder fetchLinkedPages(boolean fetch) {
      this.fetchLinkedPages = fetch;
      return this;
    }

    /** How long one HTTP exchange may take. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** The options built. */
    public IngestOptions build() {
      return new IngestOptions(
          maxBytes,
          connectTimeout,
          requestTimeout,
          maxRedirects,
          perHostDelay,
          allowPrivateNetwork,
          fetchLinkedPages,
          userAgent);
    }
  }
}
