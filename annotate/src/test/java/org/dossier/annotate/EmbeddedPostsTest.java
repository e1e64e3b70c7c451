package org.dossier.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.junit.jupiter.api.Test;

/** Posts on X that a page embeds, annotated as a whole text: each is its account's statement. */
class EmbeddedPostsTest {
  private static final LocalDate DATE = LocalDate.of(2026, 3, 12);

  private static Annotation annotate(String text) {
    return Annotator.shared().annotate(text, DATE);
  }

  private static Quote post(Annotation a, String content) {
    return a.quotes().stream()
        .filter(q -> q.content().text().equals(content))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no statement '" + content + "' in " + a.quotes()));
  }

  @Test
  void anEmbeddedPostIsItsAccountsStatementOnX() {
    Annotation a =
        annotate(
            "Viewers react to the ferry advert\n\nThe new Kallvik Ferries advert went out on"
                + " Sunday, and viewers were quick to share their views.\n\nI think every advert"
                + " should have a ferry in it now pic.twitter.com/Ab12Cd34\n\n— Lena Holt (@lholt)"
                + " March 8, 2026\n\nOthers were less kind.\n\nwho approved this\n\n— ferry fan"
                + " 99 (@ferryfan99) March 8, 2026");
    Quote first = post(a, "I think every advert should have a ferry in it now");
    assertEquals(QuoteKind.DIRECT, first.kind());
    assertEquals("x", first.platform());
    assertEquals("Lena Holt", first.speaker().text());
    assertEquals("Lena Holt", first.speakerResolved());
    assertEquals("—", first.cue().text());
    // An account that is no name the text knows still speaks under the name it posts as.
    assertEquals("ferry fan 99", post(a, "who approved this").speakerResolved());
    // The statement inside the post is the account's too.
    Quote inside =
        a.quotes().stream()
            .filter(q -> q.cue() != null && q.cue().text().equals("think"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(a.quotes().toString()));
    assertEquals("Lena Holt", inside.speakerResolved());
  }

  @Test
  void aPostOfSomeoneTheTextNamesIsTheirs() {
    Annotation a =
        annotate(
            "Mayor on the ferry strike\n\nMayor Alan Brightwater wrote on Tuesday that the"
                + " strike had to end.\n\nThe ferry is the island's lifeline. Both sides must"
                + " talk today.\n\n— Alan Brightwater (@abrightwater) March 10, 2026");
    Quote post = post(a, "The ferry is the island's lifeline. Both sides must talk today.");
    assertEquals("Alan Brightwater", post.speakerResolved());
    assertEquals("x", post.platform());
  }

  @Test
  void aSignatureWithoutAHandleOrWordsAboveItIsNoPost() {
    List<Quote> quotes =
        annotate(
                "Ferry news\n\nThe ferry will run again on Monday.\n\n— Reuters, March 10,"
                    + " 2026\n\npic.twitter.com/Zz99Yy88\n\n— Kallvik Ferries (@kallvikferries)"
                    + " March 10, 2026")
            .quotes();
    assertTrue(quotes.stream().noneMatch(q -> "x".equals(q.platform())), quotes.toString());
  }
}
