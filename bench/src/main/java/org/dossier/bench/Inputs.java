package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The files a benchmark reads: those under the given files and folders that end as asked. */
final class Inputs {
  private Inputs() {}

  /**
   * Every regular file under the roots whose lower-case name ends with one of the suffixes, in name
   * order per root.
   *
   * @throws IOException naming a root that does not exist, or when no file matches
   */
  static List<Path> files(List<Path> roots, String... suffixes) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new IOException(root + ": no such file or folder");
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile)
            .filter(f -> endsWith(f, suffixes))
            .sorted()
            .forEach(out::add);
      }
    }
    if (out.isEmpty()) {
      throw new IOException(roots + ": no " + String.join(", ", suffixes) + " files to measure");
    }
    return out;
  }

  private static boolean endsWith(Path f, String... suffixes) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String s : suffixes) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
