package org.dossier.cli;

import static org.dossier.cli.CliTest.JSON;
import static org.dossier.cli.CliTest.ROOT;
import static org.dossier.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.dossier.server.DossierServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While {@code dossier serve} runs and ingests a job of its own, a CLI ingest into the same folder
 * waits its turn and completes, and readers are answered throughout.
 */
class IngestWhileServingTest {
  @TempDir Path dir;

  @Test
  void theCliIngestsWhileTheServerIngestsAndServes() throws Exception {
    assertEquals(
        0,
        run("--data", dir.toString(), "ingest", "-q", ROOT.resolve("demo/feeds").toString())
            .code());
    HttpClient http = HttpClient.newHttpClient();
    try (DossierServer server =
        DossierServer.start(new DossierServer.Options(dir, "127.0.0.1", 0, null, 10_000_000))) {
      String base = "http://127.0.0.1:" + server.port();
      // The server ingests an uploaded page as a job of its own...
      String boundary = "----dossier-test";
      byte[] page =
          java.nio.file.Files.readAllBytes(ROOT.resolve("demo/pages/pulse-okafor-verrault.html"));
      java.io.ByteArrayOutputStream form = new java.io.ByteArrayOutputStream();
      form.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"files\";"
                  + " filename=\"pulse.html\"\r\nContent-Type: text/html\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      form.writeBytes(page);
      form.writeBytes(
          ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      HttpResponse<String> job =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/ingest?answer=json"))
                  .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                  .POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(202, job.statusCode(), job.body());
      String jobId = JSON.readTree(job.body()).get("id").asText();
      // ... while the CLI ingests into the same folder.
      CompletableFuture<CliTest.Run> cli =
          CompletableFuture.supplyAsync(
              () ->
                  run(
                      "--data",
                      dir.toString(),
                      "ingest",
                      "-q",
                      PastedCorpusTest.CORPUS.toString()));
      // Readers are answered while the CLI writes.
      int answered = 0;
      while (!cli.isDone()) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/stories")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        answered++;
        Thread.sleep(100);
      }
      CliTest.Run done = cli.get();
      String state = "";
      for (int i = 0; i < 600 && !state.equals("done") && !state.equals("failed"); i++) {
        state =
            JSON.readTree(
                    http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + jobId)).build(),
                            HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("state")
                .asText();
        Thread.sleep(100);
      }
      assertEquals("done", state, "the server's job");
      assertEquals(0, done.code(), done.err() + done.out());
      assertTrue(answered > 0);
      JsonNode stories =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/stories?limit=200")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      int articles = 0;
      for (JsonNode s : stories.get("stories")) {
        articles += s.get("articles").asInt();
      }
      JsonNode all = JSON.readTree(run("--data", dir.toString(), "articles", "--json").out());
      assertEquals(all.size(), articles, "every article, the CLI's too, is in exactly one story");
      JsonNode found =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(URI.create(base + "/api/search?q=Kittiwake")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertTrue(
          found.get("total").asInt() >= 5, "the server's search sees the CLI's articles: " + found);
    }
  }
}
