/**
 * Annotation: a pure function from an article's text (and its publish date) to entities, normalised
 * time expressions and attributed quotes. Built on Stanford CoreNLP's tokenizer, tagger and
 * three-class NER with SUTime; entity linking and quote attribution are Dossier's own rules.
 */
package org.dossier.annotate;
