package org.dossier.store;

import java.time.Instant;

/**
 * An article's annotation as the store holds it.
 *
 * @param articleId the annotated article
 * @param version the version of the annotator that wrote it
 * @param annotated when it was written
 * @param json the annotation as JSON: the annotation record in snake_case ({@code version}, {@code
 *     text}, {@code document_date}, {@code document_date_inferred}, {@code entities}, {@code
 *     times}, {@code quotes}); the store does not read it
 */
public record StoredAnnotation(String articleId, int version, Instant annotated, String json) {}
