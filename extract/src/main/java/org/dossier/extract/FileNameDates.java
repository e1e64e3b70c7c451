package org.dossier.extract;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Capture;
import org.dossier.model.DatePrecision;
import org.dossier.model.PublishDate;

/**
 * The publish date a saved file's name or folders give, for a text or page that states none: {@code
 * breitbart_2015-11-11_o-malley.txt}, {@code 20240506-report.html}, {@code
 * archive/2019/03/21/story.txt}. Only a whole date is taken (a year or a month alone is as often a
 * collection's name as a day's), and never one after the file was last written.
 */
final class FileNameDates {
  private FileNameDates() {}

  /** The origin of such a date. */
  static final String ORIGIN = "file-name";

  /** A date in a name: the same separator (or none) between year, month and day. */
  private static final Pattern IN_NAME =
      Pattern.compile(
          "(?<![0-9])((?:19|20)\\d{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?![0-9])");

  /** A date as folders: {@code 2019/03/21/}. */
  private static final Pattern IN_FOLDERS =
      Pattern.compile("/((?:19|20)\\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/");

  /** The earliest year taken: before it, a number in a name is rarely a day of news. */
  private static final int FIRST_YEAR = 1990;

  /**
   * The date a captured file's path gives, or null when its source is not a file, its path gives no
   * whole date, or that date is later than the file's capture day.
   */
  static PublishDate of(Capture capture) {
    URI source = capture.source();
    if (!"file".equalsIgnoreCase(source.getScheme()) || source.getPath() == null) {
      return null;
    }
    String path = source.getPath(); // any text: a record's file: address is not checked
    LocalDate day = inName(path.substring(path.lastIndexOf('/') + 1));
    if (day == null) {
      Matcher m = IN_FOLDERS.matcher(path);
      day = m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }
    LocalDate captured = capture.captured().atOffset(ZoneOffset.UTC).toLocalDate();
    if (day == null || day.getYear() < FIRST_YEAR || day.isAfter(captured)) {
      return null;
    }
    return new PublishDate(day.toString(), DatePrecision.DAY, ORIGIN);
  }

  /** The first whole date in a file name, or null. */
  static LocalDate inName(String fileName) {
    Matcher m = IN_NAME.matcher(fileName);
    while (m.find()) {
      LocalDate d = date(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null; // 2015-02-30
    }
  }
}
