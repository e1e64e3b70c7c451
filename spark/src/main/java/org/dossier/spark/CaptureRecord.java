package org.dossier.spark;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.Capture;

/**
 * One record of an archive as it travels from the reading task to the one that extracts it: a
 * capture's bytes and headers, or the reason a record was skipped.
 */
final class CaptureRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  final byte[] content;
  final String mediaType;
  final String source;
  final long capturedMillis;
  final HashMap<String, ArrayList<String>> headers;
  final String skipInput;
  final String skipReason;

  private CaptureRecord(
      byte[] content,
      String mediaType,
      String source,
      long capturedMillis,
      HashMap<String, ArrayList<String>> headers,
      String skipInput,
      String skipReason) {
    this.content = content;
    this.mediaType = mediaType;
    this.source = source;
    this.capturedMillis = capturedMillis;
    this.headers = headers;
    this.skipInput = skipInput;
    this.skipReason = skipReason;
  }

  static CaptureRecord of(Capture c) {
    HashMap<String, ArrayList<String>> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> e : c.headers().entrySet()) {
      headers.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    return new CaptureRecord(
        c.content(),
        c.mediaType(),
        c.source().toString(),
        c.captured().toEpochMilli(),
        headers,
        null,
        null);
  }

  static CaptureRecord skip(String input, String reason) {
    return new CaptureRecord(null, null, null, 0, null, input, reason);
  }

  boolean isSkip() {
    return skipInput != null;
  }

  Capture capture() {
    return new Capture(
        content,
        mediaType,
        URI.create(source),
        Instant.ofEpochMilli(capturedMillis),
        new HashMap<>(headers),
        Map.of());
  }
}
