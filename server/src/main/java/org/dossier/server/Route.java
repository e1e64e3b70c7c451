package org.dossier.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the server: what the OpenAPI document says of it and the handler that serves it. The
 * server registers its routes from the same list the document is made from, so the two cannot
 * drift.
 *
 * @param method {@code GET}, {@code POST} or {@code DELETE}
 * @param path Javalin's path syntax, with {@code {name}} parameters
 * @param summary one line for the API document
 * @param parameters the query parameters it reads
 * @param produces the media type it answers with
 * @param handler what serves it
 */
record Route(
    String method,
    String path,
    String summary,
    List<String> parameters,
    String produces,
    Handler handler) {

  /** Whether this is a route of the JSON API (documented in /openapi.json). */
  boolean api() {
    return path.startsWith("/api/");
  }
}
