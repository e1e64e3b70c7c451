package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over the demo corpus, on a real server on loopback. */
class ServerApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path data;
  static DossierServer server;
  static String base;
  static String story;

  @BeforeAll
  static void start() throws Exception {
    TestData.ingest(data, TestData.ROOT.resolve("demo/pages"));
    server = DossierServer.start(new DossierServer.Options(data, "127.0.0.1", 0, null, 1_000_000));
    base = "http://127.0.0.1:" + server.port();
    story = get("/api/stories").body().get("stories").get(0).get("id").asText();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  static Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode body = null;
    if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      body = JSON.readTree(r.body());
    }
    return new Answer(r.statusCode(), body, r);
  }

  @Test
  void theOpenApiDocumentDescribesExactlyTheRegisteredApiRoutes() throws Exception {
    JsonNode doc = get("/openapi.json").body();
    assertEquals("3.1.0", doc.get("openapi").asText());
    TreeSet<String> documented = new TreeSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey()));
    }
    TreeSet<String> registered = new TreeSet<>();
    for (String r : server.registered()) {
      String path = r.substring(r.indexOf(' ') + 1);
      if (path.startsWith("/api/") || path.equals("/openapi.json")) {
        registered.add(r);
      }
    }
    assertEquals(registered, documented);
    // Every documented GET answers (path parameters filled with real ids).
    String article = get("/api/articles").body().get("articles").get(0).get("id").asText();
    for (String route : documented) {
      if (!route.startsWith("GET ")) {
        continue;
      }
      String path =
          route
              .substring(4)
              .replace("/api/stories/{id}", "/api/stories/" + story)
              .replace("/api/articles/{id}", "/api/articles/" + article)
              .replace("/api/jobs/{id}", "/api/jobs/none");
      if (path.equals("/api/entities")) {
        path += "?name=Okafor";
      }
      Answer a = get(path);
      int expected = path.equals("/api/jobs/none") ? 404 : 200;
      assertEquals(expected, a.status(), path + ": " + a.raw().body());
    }
  }

  @Test
  void storiesPageAndFilter() throws Exception {
    JsonNode all = get("/api/stories").body();
    assertEquals(2, all.get("total").asInt());
    JsonNode one = get("/api/stories?limit=1&offset=1").body();
    assertEquals(1, one.get("stories").size());
    JsonNode early = get("/api/stories?to=2025-12-31").body();
    assertEquals(1, early.get("total").asInt(), early.toString());
    JsonNode harbor = get("/api/stories?outlet=Harbor%20Times").body();
    assertEquals(1, harbor.get("total").asInt(), harbor.toString());
    JsonNode dossier = get("/api/stories/" + story).body();
    assertTrue(dossier.get("quotes").size() > 0);
    assertTrue(dossier.has("first_published") || dossier.has("articles"));
  }

  @Test
  void quotesEntitiesAndSearch() throws Exception {
    JsonNode quotes = get("/api/quotes?speaker=Amara%20Okafor").body().get("quotes");
    assertTrue(quotes.size() >= 3, quotes.toString());
    for (JsonNode q : quotes) {
      assertEquals("Amara Okafor", q.get("speaker").asText());
    }
    JsonNode entities = get("/api/entities?name=Lindqvist").body().get("entities");
    assertTrue(entities.toString().contains("Lindquist"), entities.toString());
    JsonNode search = get("/api/search?q=%22global+ambassador%22&outlet=Harbor+Times").body();
    assertTrue(search.get("total").asInt() >= 1);
    assertTrue(search.get("facets").has("outlet"));
  }

  @Test
  void errorsAreJsonThatSaysWhatWasWrongNeverAStackTrace() throws Exception {
    Answer bad = get("/api/search?q=title:(");
    assertEquals(400, bad.status());
    assertTrue(bad.body().get("error").asText().contains("cannot be read"));
    Answer limit = get("/api/stories?limit=5000");
    assertEquals(400, limit.status());
    assertTrue(limit.body().get("error").asText().contains("limit must be between 1 and 200"));
    Answer date = get("/api/articles?from=yesterday");
    assertEquals(400, date.status());
    Answer missing = get("/api/stories/snothing");
    assertEquals(404, missing.status());
    for (Answer a : List.of(bad, limit, date, missing)) {
      assertFalse(a.raw().body().contains("at org."), a.raw().body());
      assertFalse(a.raw().body().contains("Exception"), a.raw().body());
    }
    Answer format = get("/api/export?format=xml");
    assertEquals(400, format.status());
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (String path : List.of("/", "/api/stories", "/stories/" + story, "/nowhere")) {
      HttpResponse<String> r = get(path).raw();
      assertEquals(
          DossierServer.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
    }
  }

  @Test
  void exportsAreDownloads() throws Exception {
    HttpResponse<String> md = get("/api/export?format=md&story=" + story).raw();
    assertEquals(200, md.statusCode());
    assertTrue(md.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    assertTrue(md.body().startsWith("# "), md.body());
    JsonNode json = JSON.readTree(get("/api/export?format=json").raw().body());
    assertEquals("dossier-export", json.get("format").asText());
    assertEquals(2, json.get("stories").size());
  }

  @Test
  void uploadsOfUnknownTypesAndEmptyRequestsAreRefused() throws Exception {
    String boundary = "----dossier";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"x.exe\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nMZ\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/ingest?answer=json"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, r.statusCode(), r.body());
    assertTrue(r.body().contains("not a type Dossier reads"), r.body());
    HttpResponse<String> none =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"urls\": [\"file:///etc/passwd\"]}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, none.statusCode(), none.body());
  }

  @Test
  void aServerReachableFromOtherMachinesNeedsAToken() throws Exception {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DossierServer.Options(data, "0.0.0.0", 0, null, 1000));
    try (DossierServer guarded =
        DossierServer.start(
            new DossierServer.Options(data, "127.0.0.1", 0, "a-token-of-sixteen-chars", 1000))) {
      String url = "http://127.0.0.1:" + guarded.port() + "/api/stories";
      HttpResponse<String> refused =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, refused.statusCode());
      HttpResponse<String> allowed =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer a-token-of-sixteen-chars")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, allowed.statusCode());
    }
  }

  @Test
  void aQueuedJobCanBeCancelledAndNeverRuns(@TempDir Path own) throws Exception {
    try (DossierServer alone =
        DossierServer.start(new DossierServer.Options(own, "127.0.0.1", 0, null, 10_000_000))) {
      String at = "http://127.0.0.1:" + alone.port();
      String first = upload(at, "demo/archive/harbortimes.warc.gz", "harbortimes.warc.gz");
      String second = upload(at, "demo/pages/pulse-okafor-verrault.html", "pulse.html");
      HttpResponse<String> cancelled =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(at + "/api/jobs/" + second)).DELETE().build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, cancelled.statusCode(), cancelled.body());
      assertTrue(JSON.readTree(cancelled.body()).get("cancelled").asBoolean(), cancelled.body());
      String state = "";
      for (int i = 0; i < 600 && !state.equals("done") && !state.equals("failed"); i++) {
        state = job(at, first).get("state").asText();
        Thread.sleep(100);
      }
      assertEquals("done", state);
      JsonNode after = job(at, second);
      assertEquals("cancelled", after.get("state").asText(), after.toString());
      assertEquals(0, after.get("stored").asInt());
    }
  }

  private static JsonNode job(String at, String id) throws Exception {
    return JSON.readTree(
        HTTP.send(
                HttpRequest.newBuilder(URI.create(at + "/api/jobs/" + id)).build(),
                HttpResponse.BodyHandlers.ofString())
            .body());
  }

  private static String upload(String at, String file, String name) throws Exception {
    String boundary = "----dossier-upload";
    byte[] bytes = java.nio.file.Files.readAllBytes(TestData.ROOT.resolve(file));
    java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
    form.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    form.writeBytes(bytes);
    form.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(at + "/api/ingest?answer=json"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(202, r.statusCode(), r.body());
    return JSON.readTree(r.body()).get("id").asText();
  }
}
