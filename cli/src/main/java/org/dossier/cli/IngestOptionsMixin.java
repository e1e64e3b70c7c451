package org.dossier.cli;

import java.time.Duration;
import org.dossier.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The options that limit reading sources, shared by ingest, extract and bench. */
final class IngestOptionsMixin {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description =
          "Largest single input in bytes (file, page, feed, WARC record; default 10485760).")
  long maxBytes = IngestOptions.DEFAULTS.maxBytes();

  @Option(
      names = "--allow-private-network",
      description =
          "Allow fetching loopback, private and link-local addresses (refused by default).")
  boolean allowPrivateNetwork;

  @Option(
      names = "--per-host-delay",
      paramLabel = "MS",
      description = "Least time between two requests to one host, in milliseconds (default 1000).")
  long perHostDelayMs = IngestOptions.DEFAULTS.perHostDelay().toMillis();

  @Option(
      names = "--no-fetch-linked",
      description = "Do not fetch the pages that summary-only feed entries link to.")
  boolean noFetchLinked;

  @Option(
      names = "--no-annotate",
      description =
          "Store articles without annotating them (entities, times, quotes): faster; run"
              + " 'dossier reannotate' later.")
  boolean noAnnotate;

  @Option(
      names = "--no-stories",
      description = "Do not assign the new articles to stories; run 'dossier recluster' later.")
  boolean noStories;

  IngestOptions options() {
    return IngestOptions.builder()
        .maxBytes(maxBytes)
        .allowPrivateNetwork(allowPrivateNetwork)
        .perHostDelay(Duration.ofMillis(perHostDelayMs))
        .fetchLinkedPages(!noFetchLinked)
        .build();
  }
}
