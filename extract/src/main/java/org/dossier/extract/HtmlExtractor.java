package org.dossier.extract;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Capture;
import org.dossier.model.Comment;
import org.dossier.model.ContentHash;
import org.dossier.model.Diagnostic;
import org.dossier.model.MediaTypes;
import org.dossier.model.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts an article from an HTML page or fragment with jsoup. */
final class HtmlExtractor implements Extractor {
  /** Fewer words than this and the page is reported as probably not an article. */
  static final int MIN_ARTICLE_WORDS = 50;

  private static final String CDATA = "<![CDATA[";

  /**
   * The page with each {@code <![CDATA[} made the bogus comment a browser makes of it in HTML (it
   * ends at the next {@code >}). jsoup reads it as a CDATA section instead, running to the next
   * {@code ]]>}: a forum page that opens one in its body and never closes it came out as its own
   * markup, tens of thousands of characters of class names. Inside a script or a style the change
   * is to text no extractor reads.
   */
  static String cdataAsBrowsersReadIt(String html) {
    // "<! CDATA[": no comment, doctype or CDATA section, so a bogus comment. The JDK's indexOf is
    // vectorised where String.replace searches a page with characters beyond Latin-1 one character
    // at a time (most pages, for their curly quotes), so a page without one is not copied, and a
    // page with one is copied once, in its own width.
    int at = html.indexOf(CDATA);
    if (at < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    int from = 0;
    for (; at >= 0; at = html.indexOf(CDATA, from)) {
      out.append(html, from, at).append("<! CDATA[");
      from = at + CDATA.length();
    }
    return out.append(html, from, html.length()).toString();
  }

  @Override
  public Article extract(Capture capture) {
    String input = capture.source().toString();
    String declared = MediaTypes.charset(capture.header("content-type"));
    Decoded decoded = TextDecoding.decode(capture.content(), declared, true, input);
    List<Diagnostic> diagnostics = new ArrayList<>(decoded.diagnostics());
    if (decoded.text() == null) {
      return MediaTypeExtractor.failed(capture, diagnostics);
    }
    Document doc =
        Jsoup.parse(
            SelfClosedScripts.asBrowsersReadThem(cdataAsBrowsersReadIt(decoded.text())), input);
    PageElements elements = PageElements.of(doc);
    PageIndex index = PageIndex.of(doc, elements, capture);
    PageMetadata meta = PageMetadata.read(index);
    List<Comment> comments = HtmlComments.extract(elements);
    ArticleSignals.Page signals = ArticleSignals.read(doc, elements, meta);
    MainContent.Body found =
        MainContent.paragraphs(
            doc, elements, meta.title(), meta.published() != null || !meta.byline().isEmpty());
    // A photo's caption or credit on a line of its own among the paragraphs ("Photo by Solen
    // Feyissa on Unsplash", "Augusta National/Getty Images") is not the story's text.
    List<String> paragraphs =
        found.paragraphs().stream().filter(p -> !TextCredits.isPageCaption(p)).toList();
    // The paragraphs is_article judges the page's prose by: the body's, without the article's own
    // lists of links; whatever else stands in for the body below, as it stands.
    List<String> shape = found.shape();
    String text = String.join("\n\n", paragraphs);
    List<String> byline = meta.byline();
    boolean listed = false;
    if (words(text, 1) == 0 && !comments.isEmpty()) {
      // A forum thread: every post stands in the comment thread, and nothing else is left. Its
      // opening post is the page's body, its writer the byline; the replies stay comments.
      Comment opening = comments.get(0);
      paragraphs = List.of(opening.text().split("\n\n"));
      shape = paragraphs;
      text = opening.text();
      if (byline.isEmpty() && opening.author() != null) {
        byline = List.of(opening.author());
      }
      List<Comment> replies = new ArrayList<>();
      for (Comment c : comments.subList(1, comments.size())) {
        String parent = opening.id().equals(c.parent()) ? null : c.parent();
        replies.add(new Comment(c.id(), c.author(), c.published(), c.text(), parent));
      }
      comments = replies;
    } else if (!found.listing().isEmpty()) {
      // A front page, a shop's list, search results: no text of its own, every line a link to
      // another page. What it lists is what a reader sees of it.
      paragraphs = found.listing();
      shape = paragraphs;
      text = String.join("\n\n", paragraphs);
      listed = true;
    }
    if (words(text, 1) == 0) {
      // A page a script renders, a video's page: its markup holds no text, its metadata may.
      MetadataBody.Found stated = MetadataBody.of(index);
      if (stated != null) {
        paragraphs = stated.paragraphs();
        shape = paragraphs;
        text = String.join("\n\n", paragraphs);
        diagnostics.add(
            Diagnostic.warning(
                "body-from-metadata",
                input + ": no body text in the markup; the body is " + stated.origin()));
      }
    }
    if (meta.unshownPublished() != null) {
      diagnostics.add(
          Diagnostic.info(
              "published-as-shown",
              input
                  + ": the page shows its update of "
                  + meta.published().day()
                  + ", not the publish date its metadata states, "
                  + meta.unshownPublished().value()));
    }
    // Only "none" and "fewer than MIN_ARTICLE_WORDS" are asked of it.
    int words = words(text, MIN_ARTICLE_WORDS);
    if (words == 0) {
      diagnostics.add(Diagnostic.error("no-body", input + ": no body text found"));
    } else if (listed) {
      diagnostics.add(
          Diagnostic.warning(
              Article.NOT_ARTICLE,
              input
                  + ": probably not an article: no text of its own; the body is the lines the page"
                  + " lists"));
    } else if (words < MIN_ARTICLE_WORDS) {
      diagnostics.add(
          Diagnostic.warning(
              Article.NOT_ARTICLE,
              input + ": only " + words + " words of body text; probably not an article"));
    } else {
      String why =
          ArticleSignals.notAnArticle(
              signals, shape, meta.published() != null, !meta.byline().isEmpty());
      if (why != null) {
        diagnostics.add(
            Diagnostic.warning(Article.NOT_ARTICLE, input + ": probably not an article: " + why));
      }
    }
    String title = meta.title();
    List<String> texts = new ArrayList<>(paragraphs);
    texts.add(title);
    texts.addAll(byline);
    if (Mojibake.found(texts)) {
      // Checked on what was extracted, not the whole markup: a few kilobytes instead of hundreds.
      title = Mojibake.decodedAgain(title);
      byline = byline.stream().map(Mojibake::decodedAgain).toList();
      paragraphs = paragraphs.stream().map(Mojibake::decodedAgain).toList();
      comments =
          comments.stream()
              .map(
                  c ->
                      new Comment(
                          c.id(),
                          Mojibake.decodedAgain(c.author()),
                          c.published(),
                          Mojibake.decodedAgain(c.text()),
                          c.parent()))
              .toList();
      text = String.join("\n\n", paragraphs);
      diagnostics.add(
          Diagnostic.warning(
              "double-encoded",
              input
                  + ": UTF-8 text that had been read as windows-1252 once before; decoded again"));
    }
    String identity = meta.canonicalUrl() != null ? meta.canonicalUrl() : input;
    return new Article(
        ContentHash.articleId(identity, title, text),
        capture.source(),
        meta.canonicalUrl(),
        meta.outlet(),
        title,
        byline,
        meta.published(),
        meta.modified(),
        LanguageDetection.of(text, meta.language()),
        paragraphs,
        comments,
        diagnostics);
  }

  /** How many words paragraphs have together ({@link #words(String, int)}). */
  static int words(List<String> paragraphs) {
    return words(paragraphs, Integer.MAX_VALUE);
  }

  /** How many words paragraphs have together, counted no further than {@code atMost}. */
  static int words(List<String> paragraphs, int atMost) {
    int n = 0;
    for (String p : paragraphs) {
      if (n >= atMost) {
        break;
      }
      n += words(p, atMost - n);
    }
    return n;
  }

  /**
   * How many words a text has (runs between white space, counted without building them), no further
   * than {@code atMost}: where only a threshold matters, a long body is not read to its end.
   */
  static int words(String text, int atMost) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Spaces.isSpace(text.charAt(i));
      if (!space && !inWord) {
        if (n == atMost) {
          break;
        }
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
