package org.dossier.ingest;

import java.io.IOException;

/** Thrown when an input is larger than the configured cap; nothing of it is kept. */
public final class InputTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Names the input and the cap it exceeded. */
  public InputTooLargeException(String input, long cap) {
    super(input + ": larger than the size cap of " + cap + " bytes");
  }
}
