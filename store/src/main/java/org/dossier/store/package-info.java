/**
 * The store: where articles, their captures, comments and links live. Entry point: {@link
 * org.dossier.store.ArticleStore#open}; the embedded default is one SQLite file in a data folder.
 */
package org.dossier.store;
