package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An article's text cut into segments for the article page: plain text, and the entities, times and
 * quotes its annotation found, so the template can mark them (escaped like any other text).
 */
final class Highlights {
  private Highlights() {}

  /** A piece of the text: its kind ({@code text}, {@code person}, {@code time}, {@code quote}…). */
  record Segment(String kind, String text, String title) {}

  /** The annotated text in segments; the whole text as one when it has no annotation. */
  @SuppressWarnings("unchecked")
  static List<Segment> of(Map<String, Object> article) {
    Object ann = article.get("annotation");
    String body = (String) article.get("text");
    if (!(ann instanceof Map<?, ?> a)) {
      return List.of(new Segment("text", body, null));
    }
    String text = (String) a.get("text");
    int length = text.length();
    String[] kind = new String[length];
    String[] title = new String[length];
    for (Object q : (List<Object>) a.get("quotes")) {
      var quote = (org.dossier.model.Quote) q;
      mark(
          kind,
          title,
          quote.content().start(),
          quote.content().end(),
          "quote",
          quote.speakerResolved() == null ? "quote" : "quote: " + quote.speakerResolved());
    }
    for (Object t : (List<Object>) a.get("times")) {
      var time = (org.dossier.model.TimeMention) t;
      mark(kind, title, time.start(), time.end(), "time", time.value());
    }
    for (Object e : (List<Object>) a.get("entities")) {
      var m = (org.dossier.model.EntityMention) e;
      mark(kind, title, m.start(), m.end(), m.type(), m.canonical());
    }
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < length) {
      int j = i + 1;
      while (j < length && same(kind[j], kind[i]) && same(title[j], title[i])) {
        j++;
      }
      out.add(new Segment(kind[i] == null ? "text" : kind[i], text.substring(i, j), title[i]));
      i = j;
    }
    return out;
  }

  private static void mark(String[] kind, String[] title, int start, int end, String k, String t) {
    for (int i = Math.max(0, start); i < Math.min(end, kind.length); i++) {
      kind[i] = k;
      title[i] = t;
    }
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
