package dev.prism.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
    Object[] out = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
        try {
          out[i] = f.apply(items.get(i));
        } catch (RuntimeException | Error e) {
          failure.compareAndSet(null, e);
          next.set(out.length); // stop handing out work
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
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Arrays.asList(out);
    return results;
  }
}
