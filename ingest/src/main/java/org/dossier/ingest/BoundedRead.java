package org.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a stream fully but never more than a cap, so a huge or endless input cannot fill memory.
 */
final class BoundedRead {
  private BoundedRead() {}

  /**
   * Reads everything from {@code in} up to {@code cap} bytes.
   *
   * @throws InputTooLargeException when there is more than {@code cap}
   */
  static byte[] readAll(InputStream in, long cap, String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[16384];
    long total = 0;
    int n;
    while ((n = in.read(buf)) != -1) {
      total += n;
      if (total > cap) {
        throw new InputTooLargeException(input, cap);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }
}
