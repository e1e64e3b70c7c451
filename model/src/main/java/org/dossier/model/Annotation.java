package org.dossier.model;

import java.util.List;

/**
 * What the annotator found in one text. Offsets in the mentions count characters of {@code text}.
 *
 * @param version the annotator's version, so a newer annotator can redo older annotations
 * @param text the text the offsets refer to
 * @param documentDate the date relative expressions were resolved against (ISO 8601), or null
 * @param documentDateInferred true when that date was inferred from the text
 * @param entities named-entity mentions in text order
 * @param times temporal expressions in text order
 * @param quotes attributed statements in text order
 * @param omittedChars characters at the end of the article left out of the annotation because the
 *     text was longer than the annotator's budget (0 when it was annotated whole); {@code text} is
 *     the annotated part
 * @param sentences the text's sentences in order, as the annotator split them (empty in annotations
 *     stored before annotator version 4, whose readers split the text themselves)
 */
public record Annotation(
    int version,
    String text,
    String documentDate,
    boolean documentDateInferred,
    List<EntityMention> entities,
    List<TimeMention> times,
    List<Quote> quotes,
    int omittedChars,
    List<Sentence> sentences) {

  /** Copies the lists, so an annotation cannot change after it is made. */
  public Annotation {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
    if (omittedChars < 0) {
      throw new IllegalArgumentException("omittedChars must not be negative, was " + omittedChars);
    }
  }

  /** An annotation of a whole text. */
  public Annotation(
      int version,
      String text,
      String documentDate,
      boolean documentDateInferred,
      List<EntityMention> entities,
      List<TimeMention> times,
      List<Quote> quotes) {
    this(version, text, documentDate, documentDateInferred, entities, times, quotes, 0, List.of());
  }
}
