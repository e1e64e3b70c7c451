package org.dossier.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Capture;

/** A sink that keeps what it is given, for assertions. */
final class Collected implements CaptureSink {
  final List<Capture> captures = new ArrayList<>();
  final List<String> skips = new ArrayList<>();

  @Override
  public void capture(Capture capture) {
    captures.add(capture);
  }

  @Override
  public void skip(String input, String reason) {
    skips.add(input + ": " + reason);
  }
}
