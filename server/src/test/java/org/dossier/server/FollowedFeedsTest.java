package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed feed on a real HTTP server on loopback: the desk polls it, ingests its entries, and
 * asks again with the ETag it got, so an unchanged feed costs a 304 and nothing else.
 */
class FollowedFeedsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String FEED =
      "<?xml version=\"1.0\"?><rss version=\"2.0\""
          + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Harbour"
          + " Wire</title><link>http://127.0.0.1/</link><item><title>Quayside market returns to"
          + " Vessa</title><link>http://127.0.0.1/quayside</link><pubDate>Mon, 16 Nov 2026 09:00:00"
          + " GMT</pubDate><content:encoded><![CDATA[<p>The quayside market of Vessa will open again on"
          + " Saturday, the island council said on Monday, now that the Kittiwake ferry is back in"
          + " service.</p><p>Stallholders said the fourteen months without a car ferry had cost them"
          + " most of their trade, and that the zanzibarine fish stall would be the first to"
          + " open.</p>]]></content:encoded></item></channel></rss>";

  @TempDir Path data;

  @Test
  void aFollowedFeedIsPolledIngestedAndAskedAgainConditionally() throws Exception {
    List<String> asked = new CopyOnWriteArrayList<>();
    HttpServer feeds = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feeds.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
          asked.add(path + " " + etag);
          if (path.equals("/feed.xml")) {
            if ("\"v1\"".equals(etag)) {
              exchange.sendResponseHeaders(304, -1);
            } else {
              byte[] body = FEED.getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
              exchange.getResponseHeaders().add("ETag", "\"v1\"");
              exchange.sendResponseHeaders(200, body.length);
              exchange.getResponseBody().write(body);
            }
          } else {
            exchange.sendResponseHeaders(404, -1);
          }
          exchange.close();
        });
    feeds.start();
    String feedUrl = "http://127.0.0.1:" + feeds.getAddress().getPort() + "/feed.xml";
    HttpClient http = HttpClient.newHttpClient();
    try (DossierServer server =
        DossierServer.start(
            new DossierServer.Options(
                data, "127.0.0.1", 0, null, 1_000_000, true, Duration.ofMillis(300), null))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> followed =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/follows"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"" + feedUrl + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(201, followed.statusCode(), followed.body());
      JsonNode found = null;
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (System.nanoTime() < deadline) {
        found =
            JSON.readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/search?q=zanzibarine"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        if (found.get("total").asInt() > 0) {
          break;
        }
        Thread.sleep(200);
      }
      assertEquals(1, found.get("total").asInt(), found.toString());
      // The next poll is not due for 15 minutes; the feed was asked once, unconditionally.
      assertTrue(asked.contains("/feed.xml null"), asked.toString());
      JsonNode list =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/follows")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      JsonNode feed = list.get("follows").get(0);
      assertEquals("\"v1\"", feed.get("etag").asText());
      assertNotNull(feed.get("last_changed").asText(null));
    }
    org.dossier.engine.FollowedFeeds follows = new org.dossier.engine.FollowedFeeds(data);
    org.dossier.ingest.HttpFetcher fetcher =
        new org.dossier.ingest.HttpFetcher(
            org.dossier.ingest.IngestOptions.builder().allowPrivateNetwork(true).build());
    // Due again an hour later: the ETag goes with the request, and the 304 changes nothing.
    java.time.Instant later = java.time.Instant.now().plus(Duration.ofHours(1));
    assertTrue(follows.pollDue(fetcher, later).isEmpty());
    assertTrue(asked.contains("/feed.xml \"v1\""), asked.toString());
    assertEquals(0, follows.list().get(0).failures());
    // A feed that cannot be reached is rescheduled with a back-off, never dropped.
    feeds.stop(0);
    assertTrue(follows.pollDue(fetcher, later.plus(Duration.ofHours(1))).isEmpty());
    org.dossier.engine.FollowedFeeds.Feed after = follows.list().get(0);
    assertEquals(1, after.failures(), after.toString());
    assertNotNull(after.lastError());
  }
}
