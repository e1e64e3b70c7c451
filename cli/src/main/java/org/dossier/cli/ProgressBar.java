package org.dossier.cli;

import java.io.PrintWriter;
import org.dossier.engine.ProgressListener;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second; a bar that is not
 * on a terminal draws nothing, so callers never check.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long lastDraw;
  private final boolean showStored;
  private final boolean active;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean showStored, boolean active) {
    this.err = err;
    this.showStored = showStored;
    this.active = active;
  }

  /**
   * A bar on standard error that draws when it is a terminal, and nothing when it is not (piped or
   * redirected).
   */
  static ProgressBar onTerminal(PrintWriter err, boolean showStored) {
    return new ProgressBar(err, showStored, terminal());
  }

  /** A bar that draws nothing ({@code ingest --quiet}). */
  static ProgressBar silent() {
    return new ProgressBar(null, false, false);
  }

  /**
   * Whether the process runs on a terminal. From Java 22 {@code System.console()} returns a console
   * even when the streams are redirected, and {@code Console.isTerminal()} (read by reflection: the
   * project targets Java 17) tells the two apart.
   */
  static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 17 to 21: a console exists only on a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public void progress(long done, long total, long stored) {
    long now = System.nanoTime();
    if (!active || now - lastDraw < 100_000_000L) {
      return;
    }
    lastDraw = now;
    drawn = true;
    int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
    double seconds = (now - start) / 1e9;
    double rate = done / Math.max(1e-9, seconds);
    String left =
        done <= 0 || total <= done
            ? ""
            : String.format("  %s left", time(seconds * (total - done) / done));
    err.printf(
        "\r[%s%s] %d/%d  %.1f/s%s%s ",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        total,
        rate,
        left,
        showStored ? "  stored " + stored : "");
    err.flush();
  }

  /** A duration for the bar: "42 s", "3 min 5 s", "1 h 12 min". */
  static String time(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + (s % 3600 / 60) + " min";
  }

  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 90) + "\r");
      err.flush();
    }
  }
}
