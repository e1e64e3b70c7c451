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
  private static final String ITEM =
      "li.comment, article.comment, div.comment, li[id^=comment-], div[id^=comment-],"
          + " article[id^=comment-], .comment-item, li.post[id^=post-]";
  private static final String SECTION =
      "#comments, .comments-area, .comment-list, .commentlist, #disqus_thread, .comments, section.comments,"
          + " #respond, .comment-respond";

  private static final Evaluator ITEMS = QueryParser.parse(ITEM);
  private static final Evaluator SECTIONS = QueryParser.parse(SECTION);
  private static final Evaluator NESTED =
      QueryParser.parse(".children, ul.children, ol.children, .replies, .comment-replies");
  private static final Evaluator TEXT =
      QueryParser.parse(
          ".comment-content, .comment-body, .comment-text, [itemprop=text], .comment__body, .post-message");
  private static final Evaluator NOT_TEXT =
      QueryParser.parse(
          ".comment-author, .comment-meta, .comment-metadata, .reply, .comment-reply-link, cite, time, .says, footer");
  private static final Evaluator AUTHOR =
      QueryParser.parse(
          ".comment-author .fn, .fn, [itemprop=author] [itemprop=name], [itemprop=author], .comment-author, .author, cite, .username");
  private static final Evaluator TIME = QueryParser.parse("time[datetime]");
  private static final Evaluator DATE_LINE =
      QueryParser.parse(".comment-date, .comment-metadata, .comment-meta, time");

  private HtmlComments() {}

  /**
   * Elements whose class or id could make them a comment or a comment section: a cheap string test
   * that spares running the selectors over every element of a large page.
   */
  private static List<Element> candidates(PageElements elements) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements.all()) {
      if (commentName(e.className()) || commentName(e.id())) {
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
      if (e.is(ITEMS)) {
        items.add(e);
      }
    }
    Map<Element, String> ids = new IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    List<Comment> comments = new ArrayList<>();
    int n = 0;
    for (Element item : items) {
      String id = item.id().isBlank() ? "c" + (++n) : item.id();
      while (!taken.add(id)) {
        id = id + "-" + (++n);
      }
      ids.put(item, id);
    }
    for (Element item : items) {
      Element own = item.clone();
      own.select(ITEMS).remove();
      own.select(NESTED).remove();
      String author = author(own);
      String published = published(own);
      String text = text(own);
      if (text.isBlank()) {
        continue;
      }
      String parent = null;
      for (Element a = item.parent(); a != null; a = a.parent()) {
        if (ids.containsKey(a)) {
          parent = ids.get(a);
          break;
        }
      }
      comments.add(new Comment(ids.get(item), author, published, text, parent));
    }
    if (!comments.isEmpty()) {
      items.remove();
    }
    for (Element e : candidates) {
      if (e.parent() != null && e.is(SECTIONS)) {
        e.remove();
      }
    }
    return comments;
  }

  private static String text(Element own) {
    Element body = own.selectFirst(TEXT);
    Element from = body != null ? body : own;
    if (body == null) {
      from.select(NOT_TEXT).remove();
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
    String name = a.text().replaceAll("(?i)\\s+says:?$", "").strip();
    return name.isEmpty() ? null : name;
  }

  private static String published(Element own) {
    Element t = own.selectFirst(TIME);
    PublishDate d = t == null ? null : DateParsing.parse(t.attr("datetime"), "comment");
    if (d == null) {
      Element meta = own.selectFirst(DATE_LINE);
      d = meta == null ? null : DateParsing.parse(meta.text(), "comment");
    }
    return d == null ? null : d.value();
  }
}
