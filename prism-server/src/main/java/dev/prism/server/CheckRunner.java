package dev.prism.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs engine work (reading and checking) on a small fixed pool, apart from the HTTP threads: the
 * work is CPU bound, so more threads than cores only add latency, and a bounded queue turns overload
 * into a quick 503 instead of a pile-up. Every task has a deadline; past it the client gets a 503 and
 * the task is interrupted.
 */
final class CheckRunner implements AutoCloseable {
  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  CheckRunner(int workers, int queue, Duration timeout) {
    AtomicInteger n = new AtomicInteger();
    this.pool = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
          Thread t = new Thread(r, "prism-check-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeout = timeout;
  }

  /** Work that may fail with an {@link ApiProblem} or any other exception. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws Exception;
  }

  <T> T run(Work<T> work) throws Exception {
    return run(work, timeout);
  }

  /** As {@link #run(Work)}, with its own deadline: writing a PDF takes longer than a check. */
  <T> T run(Work<T> work, Duration timeout) throws Exception {
    Future<T> f;
    try {
      f = pool.submit((Callable<T>) work::run);
    } catch (RejectedExecutionException e) {
      throw ApiProblem.busy("too many checks are waiting; try again in a moment");
    }
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiProblem(503, "timeout", "The check took too long",
          "the work did not finish within " + timeout.toSeconds() + " s; try a smaller or simpler file", null, 5);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw ApiProblem.busy("the server is shutting down");
    }
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
