package org.dossier.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

class WarcSourceFuzzTest {
  /**
   * Any bytes named .warc are read or reported through the sink; only I/O on the file may throw.
   */
  @FuzzTest(maxDuration = "120s")
  void readsOrReports(byte[] data) throws IOException {
    Path file = Files.createTempFile("fuzz", ".warc");
    try {
      Files.write(file, data);
      new WarcSource(file, IngestOptions.builder().maxBytes(1 << 20).build()).read(new Collected());
    } catch (IOException expected) {
      // An unreadable archive is a clear error, which is fine.
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
