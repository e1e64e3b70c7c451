package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.engine.ProgressListener;

/** A one-line progress bar on standard error, redrawn at most ten times a second. */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void progress(long done, long total, long stored) {
    long now = System.nanoTime();
    if (now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    drawn = true;
    int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
    double rate = done / Math.max(1e-9, (now - start) / 1e9);
    err.printf(
        "\r[%s%s] %d/%d  %.1f/s  stored %d ",
        "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, rate, stored);
    err.flush();
  }

  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
      err.flush();
    }
  }
}
