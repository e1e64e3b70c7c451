package org.dossier.eval;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dossier.extract.Extractor;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.PublishDate;

/**
 * How well pasted text is dated when nothing but the text gives a date: each real article of a data
 * set whose publish date is known (PolNeAR's metadata, TimeBank's and AQUAINT's creation times) is
 * extracted as plain text saved under a name that says nothing of its date, as {@code dossier
 * ingest} reads a pasted file, and the date the extractor infers is compared with the known one. A
 * wrong date is worse than none: relative expressions ("yesterday", "last week") resolve against
 * it, and the story's timeline with them.
 */
public final class PastedDateEvaluation {
  /** When every text counts as captured: no inferred date may be later. */
  static final Instant CAPTURED = Instant.parse("2026-12-01T00:00:00Z");

  private final Path dataset;

  private PastedDateEvaluation(Path dataset) {
    this.dataset = dataset;
  }

  /** The evaluation of a PolNeAR folder or of TempEval-3's folder. */
  public static PastedDateEvaluation forDataset(Path dataset) {
    if (!Files.isDirectory(dataset)) {
      throw new IllegalArgumentException("no data set folder: " + dataset);
    }
    return new PastedDateEvaluation(dataset);
  }

  /** A text and the day it was published. */
  record Dated(String name, String text, LocalDate published) {}

  /**
   * The data set's texts of a split: PolNeAR's dev or train, or TBAQ's all, timebank or aquaint.
   */
  List<Dated> texts(String split) throws IOException {
    List<Dated> out = new ArrayList<>();
    if (Files.isDirectory(dataset.resolve("Training/TBAQ-cleaned"))) {
      for (Path f : TimeEvaluation.files(dataset, split)) {
        TimeEvaluation.Document d = TimeEvaluation.read(f);
        if (d.created() != null) {
          out.add(new Dated(d.name(), d.text(), d.created()));
        }
      }
      return out;
    }
    Path dir = dataset.resolve(split).resolve("text");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          dataset + ": neither PolNeAR's " + dir + " nor TempEval-3's Training/TBAQ-cleaned");
    }
    Map<String, LocalDate> dates =
        QuoteEvaluation.publicationDates(dataset.resolve("metadata.tsv"));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      LocalDate published = dates.get(QuoteEvaluation.stem(f));
      if (published != null) {
        out.add(new Dated(QuoteEvaluation.stem(f), Files.readString(f), published));
      }
    }
    return out;
  }

  /**
   * Extracts each text of the split and scores the dates inferred.
   *
   * @param limit the most texts, or 0 for all
   * @param documentLog receives one row per text: its name, the known day, the inferred date and
   *     its precision, and the days between them
   */
  public List<Score> run(String split, int limit, Consumer<Map<String, Object>> documentLog)
      throws IOException {
    List<Dated> texts = texts(split);
    if (limit > 0 && texts.size() > limit) {
      texts = texts.subList(0, limit);
    }
    Extractor extractor = Extractor.standard();
    int dated = 0;
    int right = 0;
    int near = 0;
    int far = 0;
    for (Dated t : texts) {
      Article a =
          extractor.extract(
              Capture.of(
                  t.text().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                  "text/plain",
                  URI.create("file:///pasted/story.txt"),
                  CAPTURED));
      PublishDate p = a.published();
      Long off = null;
      if (p != null) {
        dated++;
        off = daysOff(p, t.published());
        if (off == 0) {
          right++;
        }
        if (off <= 3) {
          near++;
        }
        if (off > 9) {
          far++;
        }
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("document", t.name());
      row.put("published", t.published().toString());
      row.put("inferred", p == null ? null : p.value());
      row.put(
          "precision",
          p == null ? null : p.precision().toString().toLowerCase(java.util.Locale.ROOT));
      row.put("days_off", off);
      documentLog.accept(row);
    }
    int n = texts.size();
    return List.of(
        Score.count("texts dated", dated, n),
        new Score(
            "dated texts: right at their precision",
            dated == 0 ? 0 : (double) right / dated,
            n,
            ""),
        new Score("dated texts: within 3 days", dated == 0 ? 0 : (double) near / dated, n, ""),
        Score.count("texts dated more than 9 days off", far, n),
        new Score("texts dated right, of all texts", n == 0 ? 0 : (double) right / n, n, ""));
  }

  /**
   * Days between an inferred date and the known day: 0 when a date of month or year precision holds
   * that day, else the distance to the nearest day it covers.
   */
  static long daysOff(PublishDate inferred, LocalDate known) {
    LocalDate first = PublishDate.firstDay(inferred.value());
    LocalDate last = PublishDate.lastDay(inferred.value());
    if (known.isBefore(first)) {
      return ChronoUnit.DAYS.between(known, first);
    }
    return known.isAfter(last) ? ChronoUnit.DAYS.between(last, known) : 0;
  }
}
