/**
 * The values that flow between Dossier's stages: a {@link org.dossier.model.Capture} goes in, an
 * {@link org.dossier.model.Article} comes out, and dirty input is described by {@link
 * org.dossier.model.Diagnostic}s attached to results rather than thrown.
 */
package org.dossier.model;
