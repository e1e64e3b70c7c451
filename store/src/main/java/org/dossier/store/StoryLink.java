package org.dossier.store;

/**
 * A link between two stories that are chapters of one saga.
 *
 * @param story one story
 * @param other the other
 * @param score how alike they are
 */
public record StoryLink(String story, String other, double score) {}
