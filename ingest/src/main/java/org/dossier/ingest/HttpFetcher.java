package org.dossier.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * Fetches web pages and feeds politely and safely: timeouts, a size cap, a redirect limit with
 * every hop checked again, robots.txt, a per-host delay, and no private-network targets unless
 * allowed.
 */
public final class HttpFetcher {
  private static final long ROBOTS_MAX_BYTES = 512 * 1024;

  private final IngestOptions options;
  private final AddressPolicy policy;
  private final HttpClient client;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Instant> nextVisit = new ConcurrentHashMap<>();

  /** A fetcher with the given limits; it holds one HTTP client for its whole life. */
  public HttpFetcher(IngestOptions options) {
    this.options = options;
    this.policy = new AddressPolicy(options.allowPrivateNetwork());
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * Fetches one URL, following redirects up to the limit.
   *
   * @throws IOException naming the URL and the reason (refused, robots.txt, HTTP status, timeout,
   *     too large, unreachable)
   */
  public Capture fetch(URI uri) throws IOException {
    return fetch(uri, Map.of());
  }

  /**
   * Fetches one URL only if it changed since a previous fetch: a conditional GET with the ETag and
   * Last-Modified that fetch answered with (either may be null).
   *
   * @return the capture, or null when the server answers 304 Not Modified
   */
  public Capture fetchIfChanged(URI uri, String etag, String lastModified) throws IOException {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    if (etag != null && !etag.isBlank()) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      headers.put("If-Modified-Since", lastModified);
    }
    return fetch(uri, headers);
  }

  private Capture fetch(URI uri, Map<String, String> extra) throws IOException {
    URI current = uri;
    for (int hop = 0; ; hop++) {
      policy.check(current);
      BaseRobotRules rules = robotsFor(current);
      if (!rules.isAllowed(current.toString())) {
        throw new IOException(current + ": refused by the site's robots.txt");
      }
      waitForTurn(current, rules);
      HttpResponse<InputStream> response = send(current, extra);
      int status = response.statusCode();
      if (status == 304 && !extra.isEmpty()) {
        response.body().close();
        return null;
      }
      if (status >= 300 && status < 400 && status != 304) {
        response.body().close();
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null) {
          throw new IOException(current + ": HTTP " + status + " redirect without a Location");
        }
        if (hop >= options.maxRedirects()) {
          throw new IOException(uri + ": more than " + options.maxRedirects() + " redirects");
        }
        current = current.resolve(location.strip());
        continue;
      }
      if (status < 200 || status >= 300) {
        response.body().close();
        throw new IOException(current + ": HTTP " + status);
      }
      return capture(current, response);
    }
  }

  private Capture capture(URI uri, HttpResponse<InputStream> response) throws IOException {
    long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > options.maxBytes()) {
      response.body().close();
      throw new InputTooLargeException(uri.toString(), options.maxBytes());
    }
    byte[] bytes;
    try (InputStream in = response.body()) {
      bytes = BoundedRead.readAll(in, options.maxBytes(), uri.toString());
    }
    String contentType = response.headers().firstValue("content-type").orElse("");
    String media = MediaTypes.essence(contentType);
    if (media.isEmpty() || MediaTypes.isHtml(contentType)) {
      media = MediaTypes.HTML;
    }
    Map<String, List<String>> headers = response.headers().map();
    return new Capture(bytes, media, uri, Instant.now(), headers, Map.of());
  }

  private HttpResponse<InputStream> send(URI uri) throws IOException {
    return send(uri, Map.of());
  }

  private HttpResponse<InputStream> send(URI uri, Map<String, String> extra) throws IOException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
    extra.forEach(builder::header);
    HttpRequest request =
        builder
            .timeout(options.requestTimeout())
            .header("User-Agent", options.userAgent())
            .header(
                "Accept",
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new IOException(uri + ": unreachable: connection timed out", e);
    } catch (HttpTimeoutException e) {
      throw new IOException(
          uri + ": timed out after " + options.requestTimeout().toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new IOException(uri + ": unreachable: connection refused", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(uri + ": interrupted", e);
    } catch (IOException e) {
      throw new IOException(uri + ": unreachable: " + Reasons.of(e), e);
    }
  }

  private BaseRobotRules robotsFor(URI uri) throws IOException {
    String origin = origin(uri);
    BaseRobotRules cached = robots.get(origin);
    if (cached != null) {
      return cached;
    }
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robotsUri = URI.create(origin + "/robots.txt");
    BaseRobotRules rules;
    HttpResponse<InputStream> response = send(robotsUri);
    int status = response.statusCode();
    try (InputStream in = response.body()) {
      if (status >= 200 && status < 300) {
        byte[] body = BoundedRead.readAll(in, ROBOTS_MAX_BYTES, robotsUri.toString());
        rules =
            parser.parseContent(
                robotsUri.toString(),
                body,
                response.headers().firstValue("content-type").orElse("text/plain"),
                List.of(agentName()));
      } else {
        // 3xx and 4xx: no usable robots.txt, everything allowed; 5xx: the site is unwell, nothing
        // is.
        rules = parser.failedFetch(status >= 300 && status < 500 ? 404 : status);
      }
    } catch (InputTooLargeException e) {
      rules = parser.failedFetch(404);
    }
    robots.put(origin, rules);
    return rules;
  }

  private void waitForTurn(URI uri, BaseRobotRules rules) throws IOException {
    Duration delay = options.perHostDelay();
    if (rules.getCrawlDelay() > 0) {
      Duration asked = Duration.ofMillis(Math.min(rules.getCrawlDelay(), 30_000));
      delay = asked.compareTo(delay) > 0 ? asked : delay;
    }
    String origin = origin(uri);
    Duration wait;
    synchronized (nextVisit) {
      Instant now = Instant.now();
      Instant allowed = nextVisit.getOrDefault(origin, now);
      Instant start = allowed.isAfter(now) ? allowed : now;
      nextVisit.put(origin, start.plus(delay));
      wait = Duration.between(now, start);
    }
    if (!wait.isZero() && !wait.isNegative()) {
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(uri + ": interrupted", e);
      }
    }
  }

  private String agentName() {
    String agent = options.userAgent();
    int slash = agent.indexOf('/');
    return (slash < 0 ? agent : agent.substring(0, slash)).toLowerCase(Locale.ROOT);
  }

  private static String origin(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme().toLowerCase(Locale.ROOT)
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + port;
  }
}
