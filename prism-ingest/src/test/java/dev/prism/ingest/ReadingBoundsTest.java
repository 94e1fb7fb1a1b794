package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.ingest.pdf.PdfReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading is bounded in CPU and memory: a decompression bomb is refused, and a read that is given
 * up on stops instead of burning a thread in the background.
 */
class ReadingBoundsTest {
  private static ExecutorService callers;

  @BeforeAll
  static void start() {
    callers = Executors.newFixedThreadPool(10);
  }

  @AfterAll
  static void stop() {
    callers.shutdownNow();
  }

  @Test
  void aContentStreamThatInflatesToAGibibyteIsRefusedAsTooMuch() {
    // About a megabyte on disk; a gibibyte once inflated.
    byte[] bomb = Bombs.pdf("\0", 1L << 30);
    assertThat(bomb.length).isLessThan(2 << 20);
    Readers readers = new Readers(List.of(new PdfReader()), Duration.ofSeconds(30));
    UnreadableInputException e = refusal(() -> readers.read("bomb.pdf", bomb));
    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e.getMessage()).contains("MiB");
  }

  @Test
  void tenParallelBombsLeaveNoReaderRunningTwoSecondsAfterTheirDeadline() throws Exception {
    // Under the decoded-bytes cap, but tens of millions of operators: only cancellation stops it.
    byte[] bomb = Bombs.pdf("q Q\n", 60L << 20);
    Duration deadline = Duration.ofSeconds(1);
    Readers readers = new Readers(List.of(new PdfReader()), deadline);
    List<Future<UnreadableInputException>> reads = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      reads.add(callers.submit(() -> refusal(() -> readers.read("bomb.pdf", bomb))));
    }
    for (Future<UnreadableInputException> f : reads) {
      assertThat(f.get().problem()).isEqualTo(Problem.CORRUPT);
    }
    // Every caller has its answer, so every deadline has passed.
    Thread.sleep(2_000);
    assertThat(busyReaders()).isEmpty();
  }

  /** Reader threads that are in a reader's code rather than waiting for work. */
  static List<String> busyReaders() {
    List<String> busy = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      if (e.getKey().getName().startsWith("prism-reader")
          && Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.pdfbox")
              || f.getClassName().startsWith("dev.prism.ingest.pdf"))) {
        busy.add(e.getKey().getName() + " at " + e.getValue()[0]);
      }
    }
    return busy;
  }

  interface Read {
    Object run() throws UnreadableInputException;
  }

  static UnreadableInputException refusal(Read r) {
    try {
      r.run();
    } catch (UnreadableInputException e) {
      return e;
    }
    throw new AssertionError("expected the read to be refused");
  }
}
