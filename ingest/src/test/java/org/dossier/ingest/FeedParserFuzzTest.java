package org.dossier.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

class FeedParserFuzzTest {
  @FuzzTest(maxDuration = "120s")
  void parsesOrFailsCleanly(byte[] data) {
    try {
      FeedParser.parse(data, "fuzz");
    } catch (IOException expected) {
      // A clear error is the right answer to a malformed feed.
    }
  }
}
