package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Capture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a real HTTP server on the loopback interface. */
class HttpFetcherTest {
  private HttpServer server;
  private String base;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/robots.txt",
        ex -> respond(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
    server.createContext(
        "/page",
        ex -> {
          hits.incrementAndGet();
          respond(ex, 200, "text/html; charset=utf-8", "<html><body><p>Hello</p></body></html>");
        });
    server.createContext("/private/page", ex -> respond(ex, 200, "text/html", "<p>secret</p>"));
    server.createContext(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          respond(ex, 302, "text/html", "");
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", "/page");
          respond(ex, 301, "text/html", "");
        });
    server.createContext("/big", ex -> respond(ex, 200, "text/html", "x".repeat(100_000)));
    server.createContext("/gone", ex -> respond(ex, 404, "text/html", "nope"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void respond(
      com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private HttpFetcher fetcher(boolean allowPrivate) {
    return new HttpFetcher(
        IngestOptions.builder()
            .allowPrivateNetwork(allowPrivate)
            .perHostDelay(Duration.ZERO)
            .maxBytes(50_000)
            .build());
  }

  @Test
  void fetchesAPageWithItsHeadersWhenPrivateTargetsAreAllowed() throws IOException {
    Capture c = fetcher(true).fetch(URI.create(base + "/page"));
    assertEquals("text/html", c.mediaType());
    assertEquals("text/html; charset=utf-8", c.header("Content-Type"));
    assertTrue(new String(c.content(), StandardCharsets.UTF_8).contains("Hello"));
  }

  @Test
  void loopbackIsRefusedByDefaultWithoutSendingARequest() {
    IOException e =
        assertThrows(IOException.class, () -> fetcher(false).fetch(URI.create(base + "/page")));
    assertTrue(
        e.getMessage().contains("refused") && e.getMessage().contains("--allow-private-network"),
        e.getMessage());
    assertEquals(0, hits.get());
  }

  @Test
  void cloudMetadataAndPrivateRangesAreRefused() {
    for (String target :
        new String[] {
          "http://169.254.169.254/latest/meta-data/",
          "http://10.0.0.1/",
          "http://192.168.1.1/",
          "http://[::1]/",
          "http://0.0.0.0/"
        }) {
      IOException e =
          assertThrows(IOException.class, () -> fetcher(false).fetch(URI.create(target)), target);
      assertTrue(e.getMessage().contains("refused"), e.getMessage());
    }
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    IOException e =
        assertThrows(
            IOException.class, () -> fetcher(true).fetch(URI.create("file:///etc/passwd")));
    assertTrue(e.getMessage().contains("only http and https"), e.getMessage());
  }

  @Test
  void robotsTxtIsRespected() {
    IOException e =
        assertThrows(
            IOException.class, () -> fetcher(true).fetch(URI.create(base + "/private/page")));
    assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
  }

  @Test
  void redirectsAreFollowedUpToTheLimit() throws IOException {
    assertEquals(
        base + "/page", fetcher(true).fetch(URI.create(base + "/moved")).source().toString());
    IOException e =
        assertThrows(IOException.class, () -> fetcher(true).fetch(URI.create(base + "/loop")));
    assertTrue(e.getMessage().contains("more than 5 redirects"), e.getMessage());
  }

  @Test
  void responsesOverTheCapAndHttpErrorsAreClearErrors() {
    IOException big =
        assertThrows(IOException.class, () -> fetcher(true).fetch(URI.create(base + "/big")));
    assertTrue(big.getMessage().contains("larger than the size cap"), big.getMessage());
    IOException gone =
        assertThrows(IOException.class, () -> fetcher(true).fetch(URI.create(base + "/gone")));
    assertEquals(base + "/gone: HTTP 404", gone.getMessage());
  }

  @Test
  void anUnreachableHostIsNamed() {
    int closedPort;
    try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    IOException e =
        assertThrows(
            IOException.class,
            () -> fetcher(true).fetch(URI.create("http://127.0.0.1:" + closedPort + "/x")));
    assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
  }

  @Test
  void thePerHostDelaySpacesRequests() throws IOException {
    HttpFetcher slow =
        new HttpFetcher(
            IngestOptions.builder()
                .allowPrivateNetwork(true)
                .perHostDelay(Duration.ofMillis(300))
                .build());
    long start = System.nanoTime();
    slow.fetch(URI.create(base + "/page"));
    slow.fetch(URI.create(base + "/page"));
    assertTrue(System.nanoTime() - start >= 300_000_000L, "the second request waited for its turn");
  }

  @Test
  void aFeedUrlBecomesItsEntries() throws IOException {
    server.createContext(
        "/feed.xml",
        ex ->
            respond(
                ex,
                200,
                "application/rss+xml",
                "<rss><channel><title>Loop News</title><item><title>Entry</title><link>"
                    + base
                    + "/page</link></item></channel></rss>"));
    Collected out = new Collected();
    new Sources(
            IngestOptions.builder().allowPrivateNetwork(true).perHostDelay(Duration.ZERO).build())
        .resolve(base + "/feed.xml")
        .read(out);
    assertEquals(1, out.captures.size(), out.skips.toString());
    assertEquals(base + "/page", out.captures.get(0).source().toString());
    assertEquals("Entry", out.captures.get(0).hint().get("title"));
    assertEquals("Loop News", out.captures.get(0).hint().get("outlet"));
  }
}
