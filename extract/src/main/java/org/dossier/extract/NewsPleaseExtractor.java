package org.dossier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.ContentHash;
import org.dossier.model.Diagnostic;

/**
 * Reads a news-please record: {@code title}, {@code maintext} (or {@code text}), {@code authors},
 * {@code date_publish}, {@code url}, {@code source_domain}, {@code language}.
 */
final class NewsPleaseExtractor implements Extractor {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Article extract(Capture capture) {
    String input = capture.source().toString();
    JsonNode record;
    try {
      record = JSON.readTree(capture.content());
    } catch (IOException e) {
      return MediaTypeExtractor.failed(
          capture, "malformed-record", "not valid JSON: " + e.getMessage());
    }
    if (record == null || !record.isObject()) {
      return MediaTypeExtractor.failed(
          capture, "malformed-record", "a news-please record must be a JSON object");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    String body = first(record, "maintext", "text", "description");
    List<String> paragraphs = new ArrayList<>();
    if (body != null) {
      boolean hasBlank = body.contains("\n\n");
      for (String p : body.split(hasBlank ? "\\n\\s*\\n" : "\\n")) {
        String t = p.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) {
          paragraphs.add(t);
        }
      }
    }
    if (paragraphs.isEmpty()) {
      diagnostics.add(Diagnostic.error("no-body", input + ": the record has no maintext or text"));
    }
    String url = first(record, "url");
    String canonical = url != null && url.matches("(?i)https?://\\S+") ? url : null;
    List<String> authors = new ArrayList<>();
    JsonNode a = record.path("authors");
    if (a.isArray()) {
      a.forEach(n -> authors.add(n.asText()));
    } else if (a.isTextual()) {
      authors.add(a.asText());
    }
    String title = first(record, "title");
    String published = first(record, "date_publish", "date_published", "published", "date");
    String language = first(record, "language");
    String outlet = first(record, "source_domain", "outlet", "source");
    String identity = canonical != null ? canonical : input;
    String text = String.join("\n\n", paragraphs);
    return new Article(
        ContentHash.articleId(identity, title, text),
        capture.source(),
        canonical,
        outlet != null ? outlet : host(canonical),
        title,
        Bylines.clean(authors),
        DateParsing.parse(published, "record"),
        DateParsing.parse(first(record, "date_modify", "date_modified", "modified"), "record"),
        LanguageDetection.of(
            text,
            language != null && language.matches("[a-zA-Z]{2,3}")
                ? language.toLowerCase(java.util.Locale.ROOT)
                : null),
        paragraphs,
        List.of(),
        diagnostics);
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    String host = URI.create(url).getHost();
    return host != null && host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String first(JsonNode record, String... keys) {
    for (String k : keys) {
      JsonNode n = record.get(k);
      if (n != null && n.isTextual() && !n.asText().isBlank()) {
        return n.asText().strip();
      }
    }
    return null;
  }
}
