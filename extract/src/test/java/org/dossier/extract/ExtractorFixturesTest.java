package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.Comment;
import org.dossier.model.Diagnostic;
import org.dossier.model.MediaTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture under {@code src/test/resources/extract/<case>/}: an {@code input.*} page and
 * an {@code expected.json} beside it that names the fields to check (absent fields are not
 * checked).
 */
class ExtractorFixturesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FIXTURES = Path.of("src/test/resources/extract");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsWhatTheFixtureExpects(String name) throws IOException {
    Path dir = FIXTURES.resolve(name);
    Path input;
    try (Stream<Path> files = Files.list(dir)) {
      input =
          files
              .filter(p -> p.getFileName().toString().startsWith("input."))
              .findFirst()
              .orElseThrow();
    }
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    String file = input.getFileName().toString();
    String media =
        file.endsWith(".txt")
            ? MediaTypes.TEXT
            : file.endsWith(".json") ? MediaTypes.NEWS_PLEASE : MediaTypes.HTML;
    Map<String, List<String>> headers =
        expected.has("content_type")
            ? Map.of("content-type", List.of(expected.get("content_type").asText()))
            : Map.of();
    Capture capture =
        new Capture(
            Files.readAllBytes(input),
            media,
            URI.create("file:///fixtures/" + name + "/" + file),
            Instant.EPOCH,
            headers,
            Map.of());

    Article a = Extractor.standard().extract(capture);

    String where = name + ": " + a;
    checkText(expected, "title", a.title(), where);
    checkText(expected, "outlet", a.outlet(), where);
    checkText(expected, "canonical_url", a.canonicalUrl(), where);
    checkText(expected, "language", a.language(), where);
    checkText(expected, "published", a.published() == null ? null : a.published().value(), where);
    checkText(
        expected, "published_origin", a.published() == null ? null : a.published().origin(), where);
    checkText(
        expected,
        "published_precision",
        a.published() == null ? null : a.published().precision().name(),
        where);
    checkText(expected, "modified", a.modified() == null ? null : a.modified().value(), where);
    checkText(
        expected, "modified_origin", a.modified() == null ? null : a.modified().origin(), where);
    if (expected.has("byline")) {
      assertEquals(strings(expected.get("byline")), a.byline(), where);
    }
    if (expected.has("paragraphs")) {
      assertEquals(
          expected.get("paragraphs").asInt(), a.paragraphs().size(), name + ": " + a.paragraphs());
    }
    for (String s : strings(expected.path("text_contains"))) {
      assertTrue(a.text().contains(s), name + ": body lacks '" + s + "': " + a.text());
    }
    for (String s : strings(expected.path("text_excludes"))) {
      assertFalse(a.text().contains(s), name + ": body has boilerplate '" + s + "': " + a.text());
    }
    if (expected.has("is_article")) {
      assertEquals(expected.get("is_article").asBoolean(), a.isArticle(), where);
    }
    if (expected.has("diagnostics")) {
      assertEquals(List.of(), a.diagnostics(), where);
    }
    if (expected.has("diagnostic_codes")) {
      assertEquals(
          strings(expected.get("diagnostic_codes")),
          a.diagnostics().stream().map(Diagnostic::code).toList(),
          where);
    }
    if (expected.has("message_contains")) {
      String wanted = expected.get("message_contains").asText();
      assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains(wanted)), where);
      assertTrue(
          a.diagnostics().get(0).message().startsWith(capture.source().toString()),
          "names the input: " + where);
    }
    if (expected.has("comments")) {
      List<Comment> want = new ArrayList<>();
      for (JsonNode c : expected.get("comments")) {
        want.add(
            new Comment(
                c.get("id").asText(),
                text(c, "author"),
                text(c, "published"),
                c.get("text").asText(),
                text(c, "parent")));
      }
      assertEquals(want, a.comments(), name);
    }
  }

  private static void checkText(JsonNode expected, String field, String actual, String where) {
    if (expected.has(field)) {
      assertEquals(text(expected, field), actual, field + " of " + where);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
