/**
 * Extraction: a pure function from a {@link org.dossier.model.Capture} to an {@link
 * org.dossier.model.Article}. Entry point: {@link org.dossier.extract.Extractor#standard()}.
 */
package org.dossier.extract;
