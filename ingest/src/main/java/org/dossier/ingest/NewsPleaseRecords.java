package org.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;

/**
 * Splits a news-please JSON file (one record or an array of them) or a JSON Lines file into one
 * capture per record; a malformed line is skipped and the rest read.
 */
final class NewsPleaseRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private NewsPleaseRecords() {}

  static void split(URI file, String input, byte[] bytes, boolean lines, CaptureSink sink)
      throws IOException {
    Instant now = Instant.now();
    if (lines) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      String[] rows = text.split("\r?\n", -1);
      for (int i = 0; i < rows.length; i++) {
        String row = rows[i].strip();
        if (row.isEmpty()) {
          continue;
        }
        String where = input + ":" + (i + 1);
        try {
          JsonNode node = JSON.readTree(row);
          emit(node, withFragment(file, "line=" + (i + 1)), where, now, sink);
        } catch (JsonProcessingException e) {
          sink.skip(where, "not valid JSON: " + e.getOriginalMessage());
        }
      }
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IOException(
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    if (root == null || root.isMissingNode()) {
      throw new IOException("empty JSON file");
    }
    if (root.isArray()) {
      boolean any = false;
      for (JsonNode element : root) {
        any |= isRecord(element);
      }
      if (!any) {
        throw new IOException(
            "not news-please records: no element has a title, maintext, text or url");
      }
      for (int i = 0; i < root.size(); i++) {
        emit(
            root.get(i), withFragment(file, "record=" + (i + 1)), input + "#" + (i + 1), now, sink);
      }
    } else {
      emit(root, file, input, now, sink);
    }
  }

  private static void emit(JsonNode node, URI source, String where, Instant now, CaptureSink sink)
      throws JsonProcessingException {
    if (!node.isObject()) {
      sink.skip(where, "a news-please record must be a JSON object, found " + node.getNodeType());
      return;
    }
    if (!isRecord(node)) {
      sink.skip(where, "not a news-please record: it has no title, maintext, text or url");
      return;
    }
    byte[] record = JSON.writeValueAsBytes(node);
    sink.capture(Capture.of(record, MediaTypes.NEWS_PLEASE, source, now));
  }

  /** Whether a JSON value has any of the fields that make it a news-please record. */
  static boolean isRecord(JsonNode node) {
    return node.isObject()
        && (node.hasNonNull("title")
            || node.hasNonNull("maintext")
            || node.hasNonNull("text")
            || node.hasNonNull("url"));
  }

  private static URI withFragment(URI file, String fragment) {
    return URI.create(file.toString() + "#" + fragment);
  }
}
