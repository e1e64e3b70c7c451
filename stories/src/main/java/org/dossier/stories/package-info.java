/**
 * Stories: groups annotated articles into stories (incrementally, with candidates from a Lucene
 * index) and compiles each story's dossier (timeline, quote ledger, entities with their spellings,
 * conflicts, coverage). Pure functions of their inputs apart from the candidate index, which the
 * caller places.
 */
package org.dossier.stories;
