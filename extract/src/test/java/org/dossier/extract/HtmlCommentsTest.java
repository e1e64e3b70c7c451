package org.dossier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Comment;
import org.junit.jupiter.api.Test;

/** Reader comments in markups seen on real pages, written for the project. */
class HtmlCommentsTest {
  private static final String ARTICLE =
      "<html><head><title>Seeds for spring</title></head><body><article><h1>Seeds for spring</h1>"
          + "<p>"
          + "The almanac's seed list for the coming spring covers beans, peas and squash, with notes"
          + " on when to sow each in the northern states and how deep to plant them. ".repeat(3)
          + "</p></article>";

  private static List<String> texts(Article a) {
    return a.comments().stream().map(Comment::text).toList();
  }

  @Test
  void aCommentsTextBoxWithAnIdOfItsOwnIsPartOfTheCommentNotAnother() {
    // WordPress themes give the text box an id of the comment's own pattern: "comment-body-N".
    String page =
        ARTICLE
            + "<ol class=\"commentlist\"><li class=\"comment\" id=\"comment-11\">"
            + "<span class=\"comment_date\">July 25, 2019</span>"
            + "<span class=\"comment_author\">Rob</span>"
            + "<div class=\"comment_text\" id=\"comment-body-11\"><p>We loved the bean tips.</p></div>"
            + "<ul class=\"children\"><li class=\"comment\" id=\"comment-12\">"
            + "<span class=\"comment_date\">July 26, 2019</span>"
            + "<div class=\"comment_text\" id=\"comment-body-12\"><p>Glad they helped!</p></div>"
            + "</li></ul></li></ol></body></html>";
    Article a = Pages.extract("https://garden.example/seeds", page);
    assertEquals(List.of("We loved the bean tips.", "Glad they helped!"), texts(a));
    assertEquals("comment-11", a.comments().get(1).parent());
    assertEquals("2019-07-25", a.comments().get(0).published());
  }

  @Test
  void aNumericDateThatCouldBeEitherIsReadInTheOrderTheOtherCommentsShow() {
    String comment =
        "<li class=\"comment\" id=\"comment-%d\"><span class=\"comment_date\">%s</span>"
            + "<div class=\"comment_text\"><p>%s</p></div></li>";
    String page =
        ARTICLE
            + "<ol class=\"commentlist\">"
            + String.format(comment, 1, "05/06/2024", "The beans came up in a week.")
            + String.format(comment, 2, "25/06/2024", "Mine took two.")
            + "</ol></body></html>";
    Article a = Pages.extract("https://garden.example/beans", page);
    assertEquals(
        List.of("2024-06-05", "2024-06-25"),
        a.comments().stream().map(c -> c.published()).toList());
    // Alone, "05/06/2024" is May or June as the reader's country has it: no date.
    String alone =
        ARTICLE
            + "<ol class=\"commentlist\">"
            + String.format(comment, 1, "05/06/2024", "The beans came up in a week.")
            + "</ol></body></html>";
    assertNull(Pages.extract("https://garden.example/beans", alone).comments().get(0).published());
  }

  @Test
  void aHiddenReplyFormIsNoCommentAndACommentMarkedByItsDataIdIsOne() {
    String comment =
        "<div class=\"comment-wrapper\"><article class=\"js-comment comment-form-styled\""
            + " data-comment-id=\"%d\"><div class=\"comment-header\"><span"
            + " class=\"comment-author\">%s</span><button class=\"comment-reply-link\""
            + " data-comment-id=\"%d\">Reply</button></div><div class=\"comment-body\">%s</div>"
            + "<div class=\"comment-reply-form-wrapper\" id=\"comment-reply-form-%d\""
            + " style=\"display: none;\"><h4>Reply to comment</h4><button>×</button></div>"
            + "</article></div>";
    String page =
        ARTICLE
            + "<div class=\"comments\">"
            + String.format(
                comment, 7, "&lt;span&gt;Donald Elam&lt;/span&gt;", 7, "Love this seed list!", 7)
            + String.format(comment, 8, "Arohi Singh", 8, "Squash did well for me.", 8)
                .replace(" data-comment-id=\"8\"", "") // an older page of the same site
            + "</div></body></html>";
    Article a = Pages.extract("https://garden.example/seeds", page);
    assertEquals(List.of("Love this seed list!", "Squash did well for me."), texts(a));
    assertEquals("Donald Elam", a.comments().get(0).author());
  }

  @Test
  void aCommentsTextBoxOutsideAnyCommentElementIsTheComment() {
    // An author in a <dt>, the text in the <dd> after it: the text box is all there is.
    String page =
        ARTICLE
            + "<dl class=\"comments\"><dt class=\"comment\"><span"
            + " class=\"comment_author\">Leo</span></dt><dd><div class=\"format_text\""
            + " id=\"comment-body-5\"><p>Where is the squash?</p></div></dd></dl></body></html>";
    Article a = Pages.extract("https://garden.example/seeds", page);
    assertEquals(List.of("Where is the squash?"), texts(a));
  }

  @Test
  void aCommentFormIsNoComment() {
    String page =
        ARTICLE
            + "<ol class=\"commentlist\"><li class=\"comment\" id=\"comment-3\"><div"
            + " class=\"comment-body\"><p>Peas first, always.</p></div></li></ol>"
            + "<div id=\"comment-form-identity\"><p>Fill in your details below or click an icon to"
            + " log in:</p></div></body></html>";
    Article a = Pages.extract("https://garden.example/seeds", page);
    assertEquals(List.of("Peas first, always."), texts(a));
  }
}
