package org.dossier.store;

/**
 * A story as listed: its size and its span in time.
 *
 * @param id the story's id
 * @param articles how many articles it holds
 * @param outlets how many outlets reported it
 * @param firstPublished its earliest article's publish date, or null
 * @param lastPublished its latest article's publish date, or null
 * @param title the title of its earliest article
 */
public record StorySummary(
    String id,
    int articles,
    int outlets,
    String firstPublished,
    String lastPublished,
    String title) {}
