package org.dossier.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.Capture;
import org.dossier.model.MediaTypes;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC or WARC.gz archive (such as Common Crawl's CC-NEWS): every response record with a
 * successful HTML payload and every HTML resource record becomes a capture.
 *
 * <p>NOTE: a truncated or corrupt archive keeps every record read before the damage; the damage is
 * reported once, with the record number and byte offset, through {@link CaptureSink#skip}.
 */
final class WarcSource implements Source {
  private final String name;
  private final Sources.Opener opener;
  private final long size;
  private final IngestOptions options;

  WarcSource(Path file, IngestOptions options) {
    this(file.toString(), () -> Files.newInputStream(file), -2, options);
  }

  /**
   * An archive read from a stream (a Hadoop file system's, in the Spark job).
   *
   * @param size its length in bytes, or -1 when unknown; -2 reads the length of the file {@code
   *     name}
   */
  WarcSource(String name, Sources.Opener opener, long size, IngestOptions options) {
    this.name = name;
    this.opener = opener;
    this.size = size;
    this.options = options;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    try (WarcReader reader = new WarcReader(opener.open())) {
      reader.setLenient(true);
      // An uncompressed archive cut short inside a record that is not a page (whose body is never
      // read) ends without an error from the reader; its end lies past the file's. A gzip archive
      // cut short fails to inflate and is reported below.
      long length =
          reader.compression() == org.netpreserve.jwarc.WarcCompression.NONE
              ? (size == -2 ? Files.size(Path.of(name)) : size)
              : -1;
      long record = 0;
      while (true) {
        long offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.skip(
              name() + "#record-" + (record + 1),
              "corrupt or truncated WARC at byte "
                  + offset
                  + " after "
                  + record
                  + " records: "
                  + Reasons.of(e)
                  + "; the records before it were kept");
          return;
        }
        if (next.isEmpty()) {
          if (length >= 0 && reader.position() > length) {
            sink.skip(
                name() + "#record-" + record,
                "truncated WARC: the file ends "
                    + (reader.position() - length)
                    + " bytes before the end its last record declares; the records before it were"
                    + " kept");
          }
          return;
        }
        record++;
        String where = name() + "#record-" + record + "@" + offset;
        try {
          Capture capture = capture(next.get(), offset);
          if (capture != null) {
            sink.capture(capture);
          }
        } catch (IOException | RuntimeException e) {
          sink.skip(where, Reasons.of(e));
          if (e instanceof java.io.EOFException) {
            return;
          }
        }
      }
    } catch (IOException e) {
      throw new IOException(name() + ": not a readable WARC: " + Reasons.of(e), e);
    }
  }

  /** The capture a record holds, or null for records without an HTML page (requests, metadata). */
  private Capture capture(WarcRecord record, long offset) throws IOException {
    if (!(record instanceof WarcCaptureRecord target)) {
      return null;
    }
    InputStream payload;
    String contentType;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      contentType = http.contentType().toString();
      if (!MediaTypes.isHtml(contentType)) {
        return null;
      }
      headers.putAll(http.headers().map());
      payload = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      contentType = resource.contentType().toString();
      if (!MediaTypes.isHtml(contentType)) {
        return null;
      }
      payload = resource.body().stream();
    } else {
      return null;
    }
    headers.put("warc-file", List.of(name));
    headers.put("warc-record-offset", List.of(Long.toString(offset)));
    headers.put("warc-record-id", List.of(record.id().toString()));
    headers.put("content-type", List.of(contentType));
    String uri = target.target();
    byte[] bytes = BoundedRead.readAll(payload, options.maxBytes(), name() + "#" + uri);
    return new Capture(bytes, MediaTypes.HTML, URI.create(uri), record.date(), headers, Map.of());
  }
}
