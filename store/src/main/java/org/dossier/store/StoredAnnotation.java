package org.dossier.store;

import java.time.Instant;

/**
 * An article's annotation as the store holds it.
 *
 * @param articleId the annotated article
 * @param version the version of the annotator that wrote it
 * @param annotated when it was written
 * @param json the annotation as JSON (the {@code dossier annotate} fields without {@code source})
 */
public record StoredAnnotation(String articleId, int version, Instant annotated, String json) {}
