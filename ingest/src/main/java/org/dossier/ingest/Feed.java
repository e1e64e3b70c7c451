package org.dossier.ingest;

import java.util.List;

/**
 * An RSS or Atom feed as parsed: the channel's title and link, and its entries.
 *
 * @param title the channel or feed title, usually the outlet's name, or null
 * @param link the channel's web page, or null
 * @param entries the items or entries in document order
 */
record Feed(String title, String link, List<Entry> entries) {

  /**
   * One RSS item or Atom entry.
   *
   * @param title the entry's title, or null
   * @param link the page the entry links to, or null
   * @param id the guid or Atom id, or null
   * @param published the publication date as written, or null
   * @param authors author names as written
   * @param content full content as HTML (content:encoded or Atom content), or null
   * @param summary the description or Atom summary as HTML, or null
   */
  record Entry(
      String title,
      String link,
      String id,
      String published,
      List<String> authors,
      String content,
      String summary) {}
}
