package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Comment;
import org.dossier.model.PublishDate;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reader comments in the common markups (WordPress comment lists, rendered Disqus and generic
 * {@code comment} containers) with their reply structure; the comment section is removed from the
 * page so it never leaks into the body.
 */
final class HtmlComments {
  /**
   * Comment elements: WordPress's and Disqus's classes and ids, an element with a comment's data
   * id, and an {@code <article>} with a comment class behind a short prefix ("js-comment"; a long
   * one, "testimonials-comments-comment", names a shop's reviews, which pages show as their
   * content).
   */
  private static final String ITEM =
      "li.comment, article.comment, div.comment, li[id^=comment-], div[id^=comment-],"
          + " article[id^=comment-], .comment-item, li.post[id^=post-], article[data-comment-id],"
          + " li[data-comment-id], article[class~=(?:^|\\s)[a-z]{1,4}-comment(?:\\s|$)]";

  /**
   * Ids that share the "comment-" prefix with comments' own ids but name a form or a box around
   * comments: "comment-reply-form-139793" (a reply form), "comment-form", "comment-list".
   */
  private static final java.util.regex.Pattern NOT_COMMENT_ID =
      java.util.regex.Pattern.compile(
          "(?i)comments?-(?:reply|respond|form|list|wrap|wrapper|area|section|count|title)\\b.*");

  /**
   * Ids of a comment's parts: "comment-body-854318" (its text), "comment-author-…". Such a part is
   * the comment only where no comment element holds it (a {@code <dt>} for the author and a {@code
   * <dd>} for the text).
   */
  private static final java.util.regex.Pattern PART_ID =
      java.util.regex.Pattern.compile(
          "(?i)comments?-(?:body|text|content|meta|author|date|time|avatar|actions|header|footer)"
              + "\\b.*");

  /**
   * Whether an element the selectors took for a comment is a form, a box of comments, hidden UI, or
   * a part of a comment that another comment element holds.
   */
  private static boolean notAComment(Element e) {
    if (NOT_COMMENT_ID.matcher(e.id()).matches()
        || e.attr("style")
            .replace(" ", "")
            .toLowerCase(java.util.Locale.ROOT)
            .contains("display:none")) {
      return true;
    }
    if (!PART_ID.matcher(e.id()).matches()) {
      return false;
    }
    for (Element up = e.parent(); up != null; up = up.parent()) {
      if (up.is(ITEMS) && !PART_ID.matcher(up.id()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final String SECTION =
      "#comments, .comments-area, .comment-list, .commentlist, #disqus_thread, .comments, section.comments,"
          + " #respond, .comment-respond";

  /**
   * Whether an element can be one of {@link #SECTION}: one of its ids, or a class with "comment" in
   * it, in any case. A cheap test before the selectors, which read the class attribute once per
   * class they name.
   */
  private static boolean maySection(Element e) {
    String id = e.id();
    return id.equals("comments")
        || id.equals("disqus_thread")
        || id.equals("respond")
        || MainContent.mentions(e.className(), "comment");
  }

  private static final Evaluator ITEMS = QueryParser.parse(ITEM);
  private static final Evaluator SECTIONS = QueryParser.parse(SECTION);
  private static final Evaluator NESTED =
      QueryParser.parse(".children, ul.children, ol.children, .replies, .comment-replies");
  private static final Evaluator TEXT =
      QueryParser.parse(
          ".comment-content, .comment-body, .comment-text, .comment_text, [itemprop=text],"
              + " .comment__body, .post-message");
  private static final Evaluator NOT_TEXT =
      QueryParser.parse(
          ".comment-author, .comment_author, .comment-meta, .comment-metadata, .comment-date,"
              + " .comment_date, .comment-time, .reply, .comment-reply-link, cite, time, .says,"
              + " footer");
  private static final Evaluator SIGNATURE =
      QueryParser.parse(
          ".comment-meta, .comment-metadata, .comment-date, .comment_date, .comment-time, .reply,"
              + " .comment-reply-link, cite, time, .says, footer");
  private static final Evaluator AUTHOR =
      QueryParser.parse(
          ".comment-author .fn, .fn, [itemprop=author] [itemprop=name], [itemprop=author],"
              + " .comment-author, .comment_author, .author, cite, .username");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator DATE_LINE =
      QueryParser.parse(
          ".comment-date, .comment_date, .comment-time, .comment-metadata, .comment-meta, time");

  private HtmlComments() {}

  /**
   * Elements whose class or id could make them a comment or a comment section: a cheap string test
   * that spares running the selectors over every element of a large page.
   */
  private static List<Element> candidates(PageElements elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements.all()) {
      if (commentName(HtmlAttributes.className(e)) || commentName(HtmlAttributes.id(e))) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean commentName(String name) {
    return !name.isEmpty()
        && (name.contains("omment")
            || name.contains("post")
            || name.contains("respond")
            || name.contains("disqus"));
  }

  /** Extracts the comments of a page and removes the comment section from it. */
  static List<Comment> extract(PageElements elements) {
    List<Element> candidates = candidates(elements);
    Elements items = new Elements();
    for (Element e : candidates) {
      if (e.is(ITEMS) && !notAComment(e)) {
        items.add(e);
      }
    }
    Map<Element, String> ids = new IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    List<Comment> comments = new ArrayList<>();
    List<Read> read = new ArrayList<>();
    int n = 0;
    boolean held = false; // whether any comment element held text, read or not
    for (Element item : items) {
      String id = item.id().isBlank() ? "c" + (++n) : item.id();
      while (!taken.add(id)) {
        id = id + "-" + (++n);
      }
      ids.put(item, id);
    }
    for (Element item : items) {
      Element own = item.clone();
      for (Element nested : own.select(ITEMS)) {
        if (nested != own && !PART_ID.matcher(nested.id()).matches()) {
          nested.remove(); // a reply of its own, a form or hidden UI; a part of this comment stays
        }
      }
      own.select(NESTED).remove();
      String author = author(own);
      List<String> dates = dateTexts(own);
      String text = text(own);
      if (text.isBlank()) {
        held |= !own.text().isBlank();
        continue;
      }
      String parent = null;
      for (Element a = item.parent(); a != null; a = a.parent()) {
        if (ids.containsKey(a)) {
          parent = ids.get(a);
          break;
        }
      }
      read.add(new Read(ids.get(item), author, dates, text, parent));
    }
    // The comments of one page are dated by one template: a date that can only be day first
    // ("25/06/2024") orders the others ("05/06/2024").
    Boolean dayFirst =
        DateParsing.dayFirst(read.stream().flatMap(r -> r.dates().stream()).toList());
    for (Read r : read) {
      comments.add(
          new Comment(r.id(), r.author(), published(r.dates(), dayFirst), r.text(), r.parent()));
    }
    if (!comments.isEmpty() || held) {
      items.remove(); // comments never leak into the body, even those whose text was not read
    }
    for (Element e : candidates) {
      if (e.parent() != null && maySection(e) && e.is(SECTIONS)) {
        e.remove();
      }
    }
    return comments;
  }

  private static String text(Element own) {
    Element body = own.selectFirst(TEXT);
    if (body == null) {
      String text = paragraphs(own.clone(), NOT_TEXT);
      // Some themes put the whole comment inside its author box: its paragraphs, without the
      // signature and the reply link.
      return text.isBlank() ? paragraphs(own.clone(), SIGNATURE) : text;
    }
    return paragraphs(body, null);
  }

  /** The text of an element's paragraphs (or its whole text), without what {@code drop} selects. */
  private static String paragraphs(Element from, Evaluator drop) {
    if (drop != null) {
      from.select(drop).remove();
    }
    List<String> parts = new ArrayList<>();
    Elements paragraphs = from.select("p");
    if (paragraphs.isEmpty()) {
      parts.add(from.text());
    } else {
      paragraphs.forEach(p -> parts.add(p.text()));
    }
    return String.join(
        "\n\n", parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  private static String author(Element own) {
    Element a = own.selectFirst(AUTHOR);
    if (a == null) {
      return null;
    }
    // A page that escaped its own markup shows "<span>Donald Elam</span>" as text.
    String name = a.text().replaceAll("<[^>]{1,40}>", "").replaceAll("(?i)\\s+says:?$", "").strip();
    return name.isEmpty() ? null : name;
  }

  /** A comment as read from its element, its date not yet read. */
  private record Read(String id, String author, List<String> dates, String text, String parent) {}

  /**
   * Where a comment states its date, in the order they are tried: its {@code time} element's {@code
   * datetime}, then its date line's text.
   */
  private static List<String> dateTexts(Element own) {
    List<String> out = new ArrayList<>(2);
    Element t = own.selectFirst(TIME);
    if (t != null) {
      out.add(t.attr("datetime"));
    }
    Element meta = own.selectFirst(DATE_LINE);
    if (meta != null) {
      out.add(meta.text());
    }
    return out;
  }

  /** The first date a comment states, a numeric one in the page's order when it is known. */
  private static String published(List<String> dates, Boolean dayFirst) {
    for (String raw : dates) {
      PublishDate d = DateParsing.parse(raw, "comment", dayFirst);
      if (d != null) {
        return d.value();
      }
    }
    return null;
  }
}
