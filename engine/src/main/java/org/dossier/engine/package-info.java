/**
 * The engine: runs the per-article stages and writes their results to the store. Entry point:
 * {@link org.dossier.engine.Ingestion}.
 */
package org.dossier.engine;
