package org.dossier.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.1 document of the JSON API, made from the routes the server registers. */
final class OpenApi {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  private OpenApi() {}

  static Map<String, Object> document(List<Route> routes) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        Map.of(
            "title", "Dossier story desk API",
            "version", "1",
            "description",
                "Stories, dossiers, articles, quotes, entities, search, exports and ingestion jobs"
                    + " over one data folder. Errors are JSON: {\"status\": N, \"error\": \"what was"
                    + " wrong\"}. docs/api.md describes every field."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      if (!r.api() && !r.path().equals("/openapi.json")) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      List<Map<String, Object>> params = new ArrayList<>();
      Matcher m = PARAMETER.matcher(r.path());
      while (m.find()) {
        params.add(
            Map.of(
                "name",
                m.group(1),
                "in",
                "path",
                "required",
                true,
                "schema",
                Map.of("type", "string")));
      }
      for (String q : r.parameters()) {
        params.add(
            Map.of(
                "name",
                q,
                "in",
                "query",
                "required",
                false,
                "schema",
                Map.of("type", q.equals("offset") || q.equals("limit") ? "integer" : "string")));
      }
      if (!params.isEmpty()) {
        op.put("parameters", params);
      }
      if (r.method().equals("POST")) {
        op.put(
            "requestBody",
            Map.of(
                "content",
                Map.of(
                    "multipart/form-data",
                    Map.of(
                        "schema",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of(
                                "files",
                                Map.of(
                                    "type",
                                    "array",
                                    "items",
                                    Map.of("type", "string", "format", "binary")),
                                "urls",
                                Map.of("type", "string")))),
                    "application/json",
                    Map.of(
                        "schema",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of(
                                "urls",
                                Map.of("type", "array", "items", Map.of("type", "string"))))))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put(
          r.method().equals("POST") ? "202" : "200",
          Map.of("description", "OK", "content", Map.of(r.produces(), Map.of("schema", Map.of()))));
      responses.put("400", error("a parameter was wrong; the message says which"));
      if (r.path().contains("{")) {
        responses.put("404", error("no such resource"));
      }
      op.put("responses", responses);
      item.put(r.method().toLowerCase(Locale.ROOT), op);
    }
    doc.put("paths", paths);
    doc.put(
        "components",
        Map.of(
            "schemas",
            Map.of(
                "Error",
                Map.of(
                    "type", "object",
                    "required", List.of("status", "error"),
                    "properties",
                        Map.of(
                            "status", Map.of("type", "integer"),
                            "error", Map.of("type", "string"))))));
    return doc;
  }

  private static Map<String, Object> error(String description) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }

  private static String operationId(Route r) {
    StringBuilder b = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
    for (String part : r.path().split("[/{}.]+")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }
}
