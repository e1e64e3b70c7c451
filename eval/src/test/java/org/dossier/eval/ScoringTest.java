package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringTest {
  @Test
  void bagOfWordsF1CountsLowerCasedWordTokensWithMultiplicity() {
    assertEquals(1.0, BagOfWords.f1("The cat, the CAT.", "the cat the cat"), 1e-9);
    // extracted: the the cat dog (4), gold: the cat (2); overlap 2: P 0.5, R 1.0.
    assertEquals(2 * 0.5 / 1.5, BagOfWords.f1("the the cat dog", "the cat"), 1e-9);
    assertEquals(0.0, BagOfWords.f1("", "gold text"), 1e-9);
    assertEquals(1.0, BagOfWords.f1("", ""), 1e-9);
  }

  @Test
  void countsGivePrecisionRecallAccuracyAndF() {
    Counts c = new Counts();
    c.truePositives = 8;
    c.falsePositives = 2;
    c.falseNegatives = 2;
    c.trueNegatives = 8;
    assertEquals(0.8, c.precision(), 1e-9);
    assertEquals(0.8, c.recall(), 1e-9);
    assertEquals(0.8, c.accuracy(), 1e-9);
    assertEquals(0.8, c.f1(), 1e-9);
  }

  @Test
  void authorsMatchIgnoresCaseOrderAndConjunctions() {
    assertTrue(
        ExtractionEvaluation.authorsMatch(
            List.of("Tom Berg", "Ana Lopez"), "ana lopez and Tom Berg"));
    assertFalse(ExtractionEvaluation.authorsMatch(List.of("Ana Lopez"), "Ana Lopez, Tom Berg"));
    assertFalse(ExtractionEvaluation.authorsMatch(List.of(), "Ana Lopez"));
  }

  @Test
  void aWcxbShapedFolderIsScoredExactly(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("ground-truth"));
    Files.createDirectories(dir.resolve("html"));
    Files.writeString(
        dir.resolve("ground-truth/0001.json"),
        "{\"url\":\"https://x.example/a\",\"ground_truth\":{\"title\":\"Dam repairs begin\",\"author\":\"Ana Lopez\","
            + "\"publish_date\":\"2024-03-05\",\"main_content\":\"alpha beta gamma\"}}");
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/0001.html.gz")))) {
      out.write(
          ("<html><head><title>Dam repairs begin</title><meta name=author content='Ana Lopez'>"
                  + "<meta property='article:published_time' content='2024-03-05'></head>"
                  + "<body><p>alpha beta gamma delta</p></body></html>")
              .getBytes(StandardCharsets.UTF_8));
    }
    List<Score> scores = ExtractionEvaluation.forDataset(dir).run(0, 1);
    assertEquals(2 * 0.75 / 1.75, scores.get(0).value(), 1e-9, "body F1: P 3/4, R 1");
    assertEquals(1.0, scores.get(1).value(), 1e-9, "title exact");
    assertEquals(1.0, scores.get(3).value(), 1e-9, "author");
    assertEquals(1.0, scores.get(4).value(), 1e-9, "date");
  }

  @Test
  void anUnknownFolderIsNamedInTheError(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> ExtractionEvaluation.forDataset(dir));
    assertTrue(
        e.getMessage().startsWith(dir + ": not a known extraction data set"), e.getMessage());
  }
}
