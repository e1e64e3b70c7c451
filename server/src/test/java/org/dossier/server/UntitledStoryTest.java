package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story none of whose articles has a title is listed, untitled, from the first request on. */
class UntitledStoryTest {
  @TempDir Path data;
  @TempDir Path pages;

  @Test
  void theStoriesListServesAStoryWithNoTitle() throws Exception {
    String paragraph =
        "<p>The harbour master said the ferry would not sail on Tuesday because of the storm, and"
            + " that the port would reopen once the wind dropped below gale force.</p>";
    Files.writeString(
        pages.resolve("untitled.html"),
        "<!doctype html><html><body><div>" + paragraph.repeat(4) + "</div></body></html>");
    TestData.ingest(data, pages);
    try (DossierServer server =
        DossierServer.start(new DossierServer.Options(data, "127.0.0.1", 0, null, 1_000_000))) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/api/stories"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      JsonNode stories = new ObjectMapper().readTree(r.body()).get("stories");
      assertEquals(1, stories.size(), r.body());
      assertTrue(stories.get(0).get("title").isNull(), r.body());
    }
  }
}
