package dev.prism.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a list on one thread per processor, handing out one item at a time. A parallel stream
 * splits the list into a few large chunks up front; with two cores and files that differ tenfold in
 * cost, one thread could sit idle while the other finished a chunk of a hundred PDFs.
 */
final class InParallel {
  private InParallel() {}

  /** The results in the order of {@code items}; the first exception thrown by {@code f} is rethrown. */
  static <T, R> List<R> map(List<T> items, Function<T, R> f) {
    List<R> results = new ArrayList<>(items.size());
    forEachInOrder(items, f, results::add);
    return results;
  }

  /**
   * Gives each result to {@code inOrder} as soon as it and every result before it are ready, in the
   * order of {@code items}, one call at a time. Only results that finished ahead of an earlier,
   * slower one wait in memory, so a directory of thousands of resumes streams out as it is checked.
   * The first exception thrown by {@code f} or {@code inOrder} stops the work and is rethrown.
   */
  static <T, R> void forEachInOrder(List<T> items, Function<T, R> f, Consumer<R> inOrder) {
    Object[] ready = new Object[items.size()];
    int[] nextOut = {0}; // guarded by ready
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < ready.length; i = next.getAndIncrement()) {
        try {
          R result = f.apply(items.get(i));
          synchronized (ready) {
            ready[i] = result == null ? NULL : result;
            while (nextOut[0] < ready.length && ready[nextOut[0]] != null && failure.get() == null) {
              @SuppressWarnings("unchecked")
              R r = ready[nextOut[0]] == NULL ? null : (R) ready[nextOut[0]];
              ready[nextOut[0]++] = null;
              inOrder.accept(r);
            }
          }
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
          next.set(ready.length); // stop handing out work
        }
      }
    };
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread helper = new Thread(work, "prism-check-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    work.run(); // the calling thread takes its share too
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while checking files", e);
      }
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
  }

  /** Stands for a null result while it waits its turn (an empty slot means "not ready yet"). */
  private static final Object NULL = new Object();
}
