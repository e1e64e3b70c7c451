package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dossier.engine.IngestRun;
import org.dossier.engine.ProgressListener;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.store.StoreLocation;
import org.dossier.store.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk over a shared PostgreSQL store: it shows what another machine stored, its dossiers at
 * once and its search within seconds, though its own data folder never saw an ingest.
 */
class SharedStoreDeskTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static void ingest(StoreLocation where, Path input) throws Exception {
    IngestRun.run(
        where,
        List.of(input.toString()),
        new IngestRun.Settings(
            IngestOptions.builder().fetchLinkedPages(false).build(),
            Extractor.standard(),
            2,
            64,
            true,
            true),
        ProgressListener.NONE);
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void theDeskShowsWhatAnotherMachineStored() throws Exception {
    String store = TestPostgres.freshStore("desk");
    StoreLocation elsewhere = new StoreLocation(dir.resolve("newsroom-pc"), store);
    ingest(elsewhere, TestData.ROOT.resolve("demo/pages"));
    try (DossierServer server =
        DossierServer.start(
            new DossierServer.Options(
                dir.resolve("desk"),
                "127.0.0.1",
                0,
                null,
                1_000_000,
                false,
                Duration.ofMinutes(1),
                store))) {
      String base = "http://127.0.0.1:" + server.port();
      JsonNode stories = get(base + "/api/stories").get("stories");
      assertEquals(2, stories.size(), stories.toString());
      assertTrue(get(base + "/api/search?q=Okafor").get("total").asInt() >= 8);
      assertEquals(0, get(base + "/api/search?q=spokeswoman").get("total").asInt());

      // Another machine stores a follow-up (the only page with "spokeswoman"); the desk's search
      // finds it within seconds.
      ingest(elsewhere, TestData.ROOT.resolve("demo/archive/harbortimes.warc.gz"));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      int found = 0;
      while (System.nanoTime() < deadline) {
        found = get(base + "/api/search?q=spokeswoman").get("total").asInt();
        if (found > 0) {
          break;
        }
        Thread.sleep(250);
      }
      assertTrue(found > 0, "the follow-up is searchable on the desk");
    }
  }
}
