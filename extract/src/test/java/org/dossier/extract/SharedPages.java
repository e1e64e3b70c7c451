package org.dossier.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;

/** Real pages from the shared data sets beside the project; a test skips when they are absent. */
final class SharedPages {
  private SharedPages() {}

  /** The first {@code limit} WCXB dev article pages, decoded as UTF-8, in file name order. */
  static List<String> wcxbArticles(int limit) throws IOException {
    Path html = Path.of("../../shared/datasets/wcxb-dev-articles/html");
    Assumptions.assumeTrue(Files.isDirectory(html), "no shared datasets beside the project");
    try (Stream<Path> files = Files.list(html)) {
      return files
          .filter(p -> p.toString().endsWith(".html.gz"))
          .sorted()
          .limit(limit)
          .map(SharedPages::read)
          .toList();
    }
  }

  private static String read(Path page) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(page + ": " + e.getMessage(), e);
    }
  }
}
