package org.dossier.server;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Annotation;
import org.dossier.model.EntityMention;
import org.dossier.model.Quote;
import org.dossier.model.TimeMention;

/**
 * An article's text cut into segments for the article page: plain text, and the entities, times and
 * quotes its annotation found, so the template can mark them (escaped like any other text).
 */
final class Highlights {
  private Highlights() {}

  /** A piece of the text: its kind ({@code text}, {@code person}, {@code time}, {@code quote}…). */
  record Segment(String kind, String text, String title) {}

  /** The annotated text in segments; the body as one segment when there is no annotation. */
  static List<Segment> of(String body, Annotation annotation) {
    if (annotation == null) {
      return List.of(new Segment("text", body, null));
    }
    String text = annotation.text();
    int length = text.length();
    String[] kind = new String[length];
    String[] title = new String[length];
    for (Quote q : annotation.quotes()) {
      mark(
          kind,
          title,
          q.content().start(),
          q.content().end(),
          "quote",
          q.speakerResolved() == null ? "quote" : "quote: " + q.speakerResolved());
    }
    for (TimeMention t : annotation.times()) {
      mark(kind, title, t.start(), t.end(), "time", t.value());
    }
    for (EntityMention m : annotation.entities()) {
      mark(kind, title, m.start(), m.end(), m.type().toString(), m.canonical());
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
