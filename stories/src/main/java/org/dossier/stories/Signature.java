package org.dossier.stories;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;

/**
 * What an article is compared on: the words of its title and lead, the names it mentions, and its
 * publish day.
 *
 * @param terms word counts of the title (counted twice) and the lead
 * @param entities canonical names of the people, organisations and places it mentions, lower-cased
 * @param day its publish day (the earliest it can be), or null
 * @param embedding the unit-length embedding of its title and lead, or null
 * @param until the latest day it can have been published, or null when {@code day} is
 */
record Signature(
    Map<String, Integer> terms,
    Set<String> entities,
    LocalDate day,
    float[] embedding,
    LocalDate until) {

  /** Makes {@code until} the day when no later bound is known. */
  Signature {
    if (until == null || day == null || until.isBefore(day)) {
      until = day;
    }
  }

  /** Words of the body beyond the title that describe the story; the rest is detail. */
  static final int LEAD_WORDS = 160;

  static Signature of(StoryInput in) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    if (in.alone()) {
      // No words, names or embedding: nothing finds it, and it is like nothing else.
      return new Signature(terms, new TreeSet<>(), in.published(), null, in.publishedUntil());
    }
    if (in.title() != null) {
      for (String w : Terms.words(in.title(), 40)) {
        terms.merge(w, 2, Integer::sum);
      }
    }
    for (String w : Terms.words(in.text(), LEAD_WORDS)) {
      terms.merge(w, 1, Integer::sum);
    }
    Set<String> entities = new TreeSet<>();
    if (in.annotation() != null) {
      for (EntityMention m : in.annotation().entities()) {
        String name = m.canonical() == null ? m.text() : m.canonical();
        if (m.type() != EntityType.OTHER && name.length() > 1) {
          entities.add(name.toLowerCase(Locale.ROOT));
        }
      }
    }
    return new Signature(terms, entities, in.published(), in.embedding(), in.publishedUntil());
  }

  /** The terms as stored in the index: "word:count" separated by spaces. */
  String termsField() {
    StringBuilder b = new StringBuilder();
    terms.forEach((w, c) -> b.append(w).append(':').append(c).append(' '));
    return b.toString().trim();
  }

  static Map<String, Integer> parseTerms(String field) {
    Map<String, Integer> terms = new LinkedHashMap<>();
    if (!field.isEmpty()) {
      for (String part : field.split(" ")) {
        int colon = part.lastIndexOf(':');
        terms.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
      }
    }
    return terms;
  }
}
