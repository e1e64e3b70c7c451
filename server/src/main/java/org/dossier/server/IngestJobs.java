package org.dossier.server;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dossier.engine.IngestReport;
import org.dossier.engine.IngestRun;
import org.dossier.engine.WriterLock;
import org.dossier.extract.Extractor;
import org.dossier.ingest.IngestOptions;
import org.dossier.store.StoreLocation;

/**
 * Ingestion jobs the server runs one at a time: uploaded files, URLs and feeds go through the same
 * ingestion as {@code dossier ingest} (size caps, SSRF guard, XXE-safe parsers), then story
 * assignment and the search index. Each job holds the data folder's writer lock while it writes, so
 * a CLI writer waits for it and it waits for a CLI writer.
 */
final class IngestJobs implements AutoCloseable {
  /** A job's state as the API shows it. */
  static final class Job {
    final String id = UUID.randomUUID().toString();
    final Instant created = Instant.now();
    final List<String> inputs;
    volatile String state = "queued";
    volatile long done;
    volatile long total;
    volatile long stored;
    volatile String message;
    volatile Map<String, Object> report;
    volatile Future<?> future;

    Job(List<String> inputs) {
      this.inputs = List.copyOf(inputs);
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      m.put("state", state);
      m.put("created", created.toString());
      m.put("inputs", inputs.size());
      m.put("done", done);
      m.put("total", total);
      m.put("stored", stored);
      m.put("message", message);
      m.put("report", report);
      return m;
    }
  }

  private final StoreLocation where;
  private final IngestOptions options;
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  IngestJobs(StoreLocation where, IngestOptions options) {
    this.where = where;
    this.options = options;
  }

  /** Queues a job over inputs (paths of uploaded files, URLs); returns it at once. */
  synchronized Job submit(List<String> inputs) {
    Job job = new Job(inputs);
    jobs.put(job.id, job);
    job.future = executor.submit(() -> run(job));
    return job;
  }

  synchronized Job get(String id) {
    return jobs.get(id);
  }

  synchronized List<Job> all() {
    return new ArrayList<>(jobs.values());
  }

  /** Cancels a job: a queued one never starts, a running one stops between captures. */
  synchronized boolean cancel(String id) {
    Job job = jobs.get(id);
    if (job == null || job.future == null) {
      return false;
    }
    if (job.state.equals("queued") || job.state.equals("running")) {
      job.future.cancel(true);
      job.state = "cancelled";
      return true;
    }
    return false;
  }

  private void run(Job job) {
    if (job.state.equals("cancelled")) {
      return;
    }
    job.state = "waiting for the writer lock";
    try (WriterLock lock =
        WriterLock.acquire(where, "dossier serve: ingest job " + job.id, m -> job.message = m)) {
      job.state = "running";
      job.message = null;
      IngestRun.Result run =
          IngestRun.run(
              where,
              job.inputs,
              new IngestRun.Settings(
                  options,
                  Extractor.standard(),
                  Math.max(1, Runtime.getRuntime().availableProcessors()),
                  64,
                  true,
                  true),
              (done, total, stored) -> {
                job.done = done;
                job.total = total;
                job.stored = stored;
              });
      if (Thread.currentThread().isInterrupted()) {
        job.state = "cancelled";
        return;
      }
      IngestReport report = run.report();
      job.report = Json.report(report, where.describe());
      job.state = report.aborted() == null ? "done" : "failed";
      job.message = report.aborted();
    } catch (IOException | RuntimeException e) {
      job.state = job.state.equals("cancelled") ? "cancelled" : "failed";
      job.message = e.getMessage();
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
