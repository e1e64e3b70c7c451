package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PastedDateEvaluationTest {

  @Test
  void aDateOfCoarserPrecisionIsOffOnlyOutsideItsSpan() {
    LocalDate known = LocalDate.of(2016, 9, 28);
    assertEquals(
        0, PastedDateEvaluation.daysOff(new PublishDate("2016", DatePrecision.YEAR, "x"), known));
    assertEquals(
        0,
        PastedDateEvaluation.daysOff(new PublishDate("2016-09", DatePrecision.MONTH, "x"), known));
    assertEquals(
        1,
        PastedDateEvaluation.daysOff(new PublishDate("2016-09-27", DatePrecision.DAY, "x"), known));
    assertEquals(
        28,
        PastedDateEvaluation.daysOff(new PublishDate("2016-08", DatePrecision.MONTH, "x"), known));
  }

  @Test
  void eachTextIsDatedFromItsWordsAloneAndScoredAgainstItsKnownDay(@TempDir Path dir)
      throws IOException {
    Path text = Files.createDirectories(dir.resolve("dev/text"));
    // A file name with a date: the evaluation must not let the extractor read it.
    Files.writeString(
        text.resolve("outlet_2016-09-28_ferry.txt"),
        "Ferry returns\n\nThe ferry sailed again on Wednesday, September 28, 2016, the firm said.");
    Files.writeString(
        text.resolve("outlet_2016-09-30_bakery.txt"),
        "Bakery closes\n\nThe bakery, founded on May 2, 1961, closed yesterday.");
    Files.writeString(
        dir.resolve("metadata.tsv"),
        "filename\tpublication_date\noutlet_2016-09-28_ferry\t2016-09-28\n"
            + "outlet_2016-09-30_bakery\t2016-09-30\n");
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Score> scores = PastedDateEvaluation.forDataset(dir).run("dev", 0, rows::add);
    assertEquals(1.0, Figures.of(scores, "texts dated"));
    assertEquals(1.0, Figures.of(scores, "dated texts: right at their precision"));
    assertEquals(0.5, Figures.of(scores, "texts dated right, of all texts"));
    // In name order: the bakery's founding day dates nothing, the ferry's weekday date does.
    assertEquals(null, rows.get(1).get("inferred"), rows.toString());
    assertEquals("2016-09-28", rows.get(0).get("inferred"), rows.toString());
  }
}
