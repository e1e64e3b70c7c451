package org.dossier.model;

/**
 * A mention of a named entity in an annotated text.
 *
 * @param text the mention as written ("Ms Okafor")
 * @param type person, organisation, location or other
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param canonical the fullest name the same text uses for the entity ("Adaeze Okafor")
 */
public record EntityMention(String text, EntityType type, int start, int end, String canonical) {}
