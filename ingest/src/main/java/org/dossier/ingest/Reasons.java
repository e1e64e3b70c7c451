package org.dossier.ingest;

import java.io.EOFException;
import java.util.zip.ZipException;

/** Turns the exception that stopped reading an input into one line a user can act on. */
final class Reasons {
  private Reasons() {}

  /** One line that says why an input failed, without a stack trace. */
  static String of(Exception e) {
    if (e instanceof InputTooLargeException) {
      return "larger than the size cap (" + e.getMessage().replaceAll(".*cap of ", "") + ")";
    }
    if (e instanceof EOFException) {
      String detail = e.getMessage();
      return "truncated: the stream ended early" + (detail == null ? "" : " (" + detail + ")");
    }
    if (e instanceof ZipException) {
      return "not valid gzip: " + e.getMessage();
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
