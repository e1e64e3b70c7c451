package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void showsCountRateAndTimeLeftAndStoredOnlyWhenAsked() {
    StringWriter ingest = new StringWriter();
    new ProgressBar(new PrintWriter(ingest), true, true).progress(50, 200, 7);
    assertTrue(ingest.toString().contains("50/200"), ingest.toString());
    assertTrue(ingest.toString().matches("(?s).*\\d+\\.\\d/s.*"), ingest.toString());
    assertTrue(ingest.toString().contains(" left"), ingest.toString());
    assertTrue(ingest.toString().contains("stored 7"), ingest.toString());

    StringWriter bench = new StringWriter();
    new ProgressBar(new PrintWriter(bench), false, true).progress(50, 200, 0);
    assertTrue(bench.toString().contains("50/200"), bench.toString());
    assertFalse(bench.toString().contains("stored"), bench.toString());
  }

  @Test
  void noTimeLeftOnceDoneAndFinishClearsTheLine() {
    StringWriter out = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(out), false, true);
    bar.progress(10, 10, 0);
    assertFalse(out.toString().contains("left"), out.toString());
    bar.finish();
    assertTrue(out.toString().endsWith("\r"), "the line is blanked and the cursor returned");
  }

  @Test
  void durationsReadAsAPersonWouldSayThem() {
    assertEquals("42 s", ProgressBar.time(42.2));
    assertEquals("3 min 5 s", ProgressBar.time(185));
    assertEquals("1 h 12 min", ProgressBar.time(4320));
  }

  @Test
  void nothingIsDrawnWhenTheOutputIsNotATerminal() {
    // Tests run with their streams redirected to files, as a piped command does.
    assertFalse(ProgressBar.terminal());
    StringWriter out = new StringWriter();
    ProgressBar bar = ProgressBar.onTerminal(new PrintWriter(out), true);
    bar.progress(5, 10, 3);
    bar.finish();
    assertEquals("", out.toString());
    ProgressBar quiet = ProgressBar.silent();
    quiet.progress(5, 10, 3);
    quiet.finish();
  }
}
