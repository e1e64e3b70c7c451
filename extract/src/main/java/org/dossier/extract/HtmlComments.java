package org.dossier.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Comment;
import org.dossier.model.PublishDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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

  private HtmlComments() {}

  /** Extracts the comments of a page and removes the comment section from it. */
  static List<Comment> extract(Document doc) {
    Elements items = doc.select(ITEM);
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
      own.select(ITEM).remove();
      own.select(".children, ul.children, ol.children, .replies, .comment-replies").remove();
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
    doc.select(SECTION).remove();
    return comments;
  }

  private static String text(Element own) {
    Element body =
        own.selectFirst(
            ".comment-content, .comment-body, .comment-text, [itemprop=text], .comment__body, .post-message");
    Element from = body != null ? body : own;
    if (body == null) {
      from.select(
              ".comment-author, .comment-meta, .comment-metadata, .reply, .comment-reply-link, cite, time, .says, footer")
          .remove();
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
    Element a =
        own.selectFirst(
            ".comment-author .fn, .fn, [itemprop=author] [itemprop=name], [itemprop=author], .comment-author, .author, cite, .username");
    if (a == null) {
      return null;
    }
    String name = a.text().replaceAll("(?i)\\s+says:?$", "").strip();
    return name.isEmpty() ? null : name;
  }

  private static String published(Element own) {
    Element t = own.selectFirst("time[datetime]");
    PublishDate d = t == null ? null : DateParsing.parse(t.attr("datetime"), "comment");
    if (d == null) {
      Element meta = own.selectFirst(".comment-date, .comment-metadata, .comment-meta, time");
      d = meta == null ? null : DateParsing.parse(meta.text(), "comment");
    }
    return d == null ? null : d.value();
  }
}
