package org.dossier.model;

import java.util.Objects;

/**
 * Something a stage noticed about dirty input, attached to its result instead of thrown.
 *
 * @param severity how much the problem matters to the result
 * @param code a stable, machine-readable identifier such as {@code charset-mismatch}
 * @param message one human sentence that names the input and the problem
 */
public record Diagnostic(Severity severity, String code, String message) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** Informational: the result is complete. */
    INFO,
    /** The result was salvaged but may be incomplete or imprecise. */
    WARNING,
    /** No usable result could be produced. */
    ERROR
  }

  /** Validates that every field is present. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("diagnostic code is blank (message: " + message + ")");
    }
    Objects.requireNonNull(message, "message");
  }

  /** An informational diagnostic. */
  public static Diagnostic info(String code, String message) {
    return new Diagnostic(Severity.INFO, code, message);
  }

  /** A warning: the result was salvaged. */
  public static Diagnostic warning(String code, String message) {
    return new Diagnostic(Severity.WARNING, code, message);
  }

  /** An error: no usable result. */
  public static Diagnostic error(String code, String message) {
    return new Diagnostic(Severity.ERROR, code, message);
  }
}
