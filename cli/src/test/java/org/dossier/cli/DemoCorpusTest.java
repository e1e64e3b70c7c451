package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo corpus that ships in the jar is the one in demo/, complete. */
class DemoCorpusTest {
  static final Path DEMO = Path.of(System.getProperty("dossier.root", "..")).resolve("demo");

  @Test
  void theIndexListsEveryFileOfTheCorpus() throws IOException {
    List<String> listed =
        Files.readAllLines(DEMO.resolve(".index")).stream()
            .filter(l -> !l.isBlank())
            .sorted()
            .toList();
    try (Stream<Path> walk = Files.walk(DEMO)) {
      List<String> present =
          walk.filter(Files::isRegularFile)
              .map(p -> DEMO.relativize(p).toString())
              .filter(p -> !p.equals(".index"))
              .sorted()
              .toList();
      assertEquals(
          present, listed, "demo/.index must list the corpus: update it when adding a file");
    }
  }

  @Test
  void theJarCarriesTheCorpusByteForByte(@TempDir Path dir) throws IOException {
    Path unpacked = DemoCommand.unpack(dir);
    for (String name : Files.readAllLines(DEMO.resolve(".index"))) {
      if (!name.isBlank()) {
        assertArrayEquals(
            Files.readAllBytes(DEMO.resolve(name)),
            Files.readAllBytes(unpacked.resolve(name)),
            name);
      }
    }
  }
}
