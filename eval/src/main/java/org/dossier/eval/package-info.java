/**
 * Evaluation: scores Dossier's stages against public gold data with each data set's own published
 * metric. Entry point: {@link org.dossier.eval.ExtractionEvaluation#forDataset}.
 */
package org.dossier.eval;
