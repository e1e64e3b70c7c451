package org.dossier.model;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Raw bytes as they were captured from a file, a feed entry, a WARC record or a URL, before any
 * extraction.
 *
 * @param content the bytes as read (already un-gzipped when the container was gzip)
 * @param mediaType the media type as known, such as {@code text/html}; never null
 * @param source where the bytes came from: a file URI, an HTTP URL, or a WARC record URI
 * @param captured when the bytes were captured (WARC date, HTTP date, file time or now)
 * @param headers HTTP or WARC headers where known, names lower-cased; empty otherwise
 * @param hint a preceding stage's metadata, such as a feed entry's title or date; may be empty
 */
public record Capture(
    byte[] content,
    String mediaType,
    URI source,
    Instant captured,
    Map<String, List<String>> headers,
    Map<String, String> hint) {

  /** Validates the capture and copies its collections so that it cannot change later. */
  public Capture {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(captured, "captured");
    if (mediaType == null || mediaType.isBlank()) {
      throw new IllegalArgumentException("media type is blank for capture of " + source);
    }
    headers = headers == null ? Map.of() : copyHeaders(headers);
    hint = hint == null ? Map.of() : Map.copyOf(hint);
  }

  /** A capture with no headers and no hints. */
  public static Capture of(byte[] content, String mediaType, URI source, Instant captured) {
    return new Capture(content, mediaType, source, captured, Map.of(), Map.of());
  }

  /** The first value of a header, looked up case-insensitively, or null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The same capture with one more hint, such as the title a feed gave for it. */
  public Capture withHint(String key, String value) {
    if (value == null) {
      return this;
    }
    Map<String, String> more = new LinkedHashMap<>(hint);
    more.put(key, value);
    return new Capture(content, mediaType, source, captured, headers, more);
  }

  private static Map<String, List<String>> copyHeaders(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (k, v) ->
            copy.merge(
                k.toLowerCase(java.util.Locale.ROOT),
                List.copyOf(v),
                (a, b) -> {
                  List<String> all = new java.util.ArrayList<>(a);
                  all.addAll(b);
                  return List.copyOf(all);
                }));
    return Map.copyOf(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Capture c
        && java.util.Arrays.equals(content, c.content)
        && mediaType.equals(c.mediaType)
        && source.equals(c.source)
        && captured.equals(c.captured)
        && headers.equals(c.headers)
        && hint.equals(c.hint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(java.util.Arrays.hashCode(content), mediaType, source, captured);
  }

  @Override
  public String toString() {
    return "Capture[" + source + ", " + mediaType + ", " + content.length + " bytes]";
  }
}
