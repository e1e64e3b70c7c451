package org.dossier.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one task per item on a fixed pool and returns the results in item order. */
final class Parallel {
  private Parallel() {}

  /** A task that reads files and may fail with an {@link IOException}. */
  interface Task<T, R> {
    R apply(T item) throws IOException;
  }

  static <T, R> List<R> map(List<T> items, int threads, Task<T, R> task) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> task.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(cause.getMessage(), cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
