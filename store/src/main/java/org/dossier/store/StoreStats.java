package org.dossier.store;

/**
 * Counts of what a store holds.
 *
 * @param articles stored articles, all versions
 * @param outlets distinct outlets
 * @param comments reader comments
 * @param captures raw captures kept
 * @param exactLinks exact-duplicate links
 * @param nearLinks near-duplicate links
 * @param versionLinks version links
 */
public record StoreStats(
    long articles,
    long outlets,
    long comments,
    long captures,
    long exactLinks,
    long nearLinks,
    long versionLinks) {}
