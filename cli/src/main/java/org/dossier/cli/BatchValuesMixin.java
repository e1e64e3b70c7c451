package org.dossier.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dossier.extract.Extractor;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;
import picocli.CommandLine.Option;

/**
 * What the user knows of a whole batch that its pages may not say: {@code --outlet} and {@code
 * --date}, shared by ingest and extract.
 */
final class BatchValuesMixin {
  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description = "The outlet of every article read (replaces what the pages say).")
  String outlet;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "The publish date of every article read (replaces what the pages say).")
  String date;

  /** The standard extractor with the batch's --outlet and --date. */
  Extractor extractor() {
    PublishDate published = null;
    if (date != null) {
      try {
        published = new PublishDate(LocalDate.parse(date).toString(), DatePrecision.DAY, "given");
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + date + "'");
      }
    }
    if (outlet != null && outlet.isBlank()) {
      throw new IllegalArgumentException("--outlet must name an outlet");
    }
    return Extractor.standard().withBatchValues(outlet == null ? null : outlet.strip(), published);
  }
}
