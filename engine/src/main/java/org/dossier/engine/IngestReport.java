package org.dossier.engine;

import java.time.Duration;
import java.util.List;

/**
 * What one ingestion run did.
 *
 * @param read inputs, feed entries and archive records taken up: {@code stored + unchanged +
 *     skipped.size()}
 * @param stored new articles stored (including new versions and copies)
 * @param unchanged captures or articles that were already stored
 * @param versions stored articles that are a new version of a page already stored
 * @param exactDuplicates stored articles whose text equals an earlier article's
 * @param nearDuplicates stored articles that are a near copy of an earlier article
 * @param skipped inputs that yielded nothing, with why
 * @param elapsed wall-clock time of the run
 * @param aborted why the run stopped early, or null when it ran to the end
 * @param unopened of those read, the skipped before any page came out of them: a path that does not
 *     exist, a malformed feed, a feed entry with only a summary
 * @param unannotated stored articles the annotator failed on, with the reason ({@code dossier
 *     reannotate} tries them again)
 */
public record IngestReport(
    long read,
    long stored,
    long unchanged,
    long versions,
    long exactDuplicates,
    long nearDuplicates,
    List<Skip> skipped,
    Duration elapsed,
    String aborted,
    List<Skip> unannotated,
    long unopened) {

  /** Copies the lists. */
  public IngestReport {
    skipped = List.copyOf(skipped);
    unannotated = List.copyOf(unannotated);
  }

  /**
   * The same report with skips (inputs that could not even be opened) listed before its own, and
   * counted among those read as every skip is.
   */
  public IngestReport withSkipsFirst(List<Skip> first) {
    List<Skip> all = new java.util.ArrayList<>(first);
    all.addAll(skipped);
    return new IngestReport(
        read + first.size(),
        stored,
        unchanged,
        versions,
        exactDuplicates,
        nearDuplicates,
        all,
        elapsed,
        aborted,
        unannotated,
        unopened + first.size());
  }

  /** Whether nothing at all could be read: every input was skipped before a page came out of it. */
  public boolean nothingRead() {
    return read == unopened && !skipped.isEmpty();
  }

  /** One input that yielded nothing, named as a user would recognise it. */
  public record Skip(String input, String reason) {

    /** A skip from an error message, without the input's name when the message starts with it. */
    public static Skip of(String input, String message) {
      String m = message == null ? "unreadable" : message;
      String prefix = input + ": ";
      return new Skip(input, m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    }
  }

  /** Captures per second over the whole run. */
  public double perSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : read / seconds;
  }
}
