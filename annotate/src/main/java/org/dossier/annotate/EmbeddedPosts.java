package org.dossier.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;

/**
 * Posts a page embeds: an embedded post on X reaches the article's text as the post's words in a
 * paragraph of their own and, below them, the line X's embed code prints, "— Rachel Holt (@rholt)
 * November 2, 2023". The words are that account's statement, first made on X: a direct statement
 * with the account's name as speaker, the dash as cue and {@code x} as platform. Before, such posts
 * (a rabbi's post on a swearing-in, a page of readers' posts on an advert) were no one's words.
 */
final class EmbeddedPosts {
  private EmbeddedPosts() {}

  /** The line below an embedded post on X: a dash, the name, the handle in brackets, the date. */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "(?m)^[ \\t]*(?<dash>—|–|--)[ \\t]*(?<name>[^\\n(]{1,80}?)[ \\t]*\\(@\\w{1,30}\\)"
              + "[ \\t]*(?<date>[^\\n]{0,40}?\\b(?:19|20)\\d\\d\\b[^\\n]{0,20})$");

  /** Links X adds at the end of a post's words: a picture's, a shortened one. */
  private static final Pattern TRAILING_LINKS =
      Pattern.compile("(?:\\s*(?:pic\\.twitter\\.com/\\S+|https?://t\\.co/\\S+))+\\s*$");

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** The statements of a text, with each embedded post on X as its account's statement. */
  static List<Quote> apply(String text, List<Quote> quotes, List<EntityMention> entities) {
    if (!text.contains("(@")) {
      return quotes;
    }
    List<Quote> posts = new ArrayList<>();
    Matcher m = SIGNATURE.matcher(text);
    while (m.find()) {
      Quote post = post(text, m, entities);
      if (post != null) {
        posts.add(post);
      }
    }
    if (posts.isEmpty()) {
      return quotes;
    }
    return OwnWords.replacing(quotes, posts);
  }

  /** The post above a signature line, or null when no paragraph of words stands right above it. */
  private static Quote post(String text, Matcher m, List<EntityMention> entities) {
    int end = Turns.trimmedEnd(text, 0, m.start());
    if (end == 0) {
      return null;
    }
    int start = text.lastIndexOf("\n\n", end - 1);
    start = start < 0 ? 0 : start + 2;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    Matcher links = TRAILING_LINKS.matcher(text).region(start, end);
    if (links.find()) {
      end = links.start();
    }
    // A post of a picture alone leaves no words; two signatures in a row are two such posts.
    if (end <= start
        || !LETTER.matcher(text).region(start, end).find()
        || SIGNATURE.matcher(text.substring(start, end)).find()) {
      return null;
    }
    Span name = new Span(m.group("name"), m.start("name"), m.end("name"));
    Span dash = new Span(m.group("dash"), m.start("dash"), m.end("dash"));
    return new Quote(
        QuoteKind.DIRECT,
        new Span(text.substring(start, end), start, end),
        dash,
        name,
        account(name, entities),
        "x");
  }

  /**
   * Who posted: the person or organisation of the text's names the name is ({@link Turns#speaker}),
   * else the name the account posts under.
   */
  private static String account(Span name, List<EntityMention> entities) {
    String named = Turns.speaker(name, entities);
    return named != null ? named : name.text().strip();
  }
}
