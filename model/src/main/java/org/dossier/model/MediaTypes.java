package org.dossier.model;

import java.util.Locale;

/** The media types that ingestion gives captures and extraction dispatches on. */
public final class MediaTypes {
  private MediaTypes() {}

  /** An HTML page or fragment. */
  public static final String HTML = "text/html";

  /** Plain text: the first line may be the title. */
  public static final String TEXT = "text/plain";

  /** One news-please JSON record (title, maintext or text, authors, date_publish, url, ...). */
  public static final String NEWS_PLEASE = "application/vnd.news-please+json";

  /** The bare media type of a Content-Type value, lower-cased, without parameters. */
  public static String essence(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    String type = semi < 0 ? contentType : contentType.substring(0, semi);
    return type.trim().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type value, or null. */
  public static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String value = p.substring(8).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  /** Whether a Content-Type names HTML or XHTML. */
  public static boolean isHtml(String contentType) {
    String e = essence(contentType);
    return e.equals("text/html") || e.equals("application/xhtml+xml");
  }
}
