/**
 * Ingestion: turns what a user points Dossier at (files, folders, JSON Lines, RSS/Atom feeds, WARC
 * archives, URLs) into {@link org.dossier.model.Capture}s. Entry point: {@link
 * org.dossier.ingest.Sources}.
 */
package org.dossier.ingest;
