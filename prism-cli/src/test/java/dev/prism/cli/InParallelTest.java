package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InParallelTest {
  @Test
  void keepsTheOrderOfTheInput() {
    List<Integer> items = IntStream.range(0, 500).boxed().toList();
    // Uneven work, so that the threads finish items out of order.
    List<String> out = InParallel.map(items, i -> {
      long spin = (i % 7) * 20_000L;
      long x = 0;
      for (long k = 0; k < spin; k++) {
        x += k;
      }
      return i + ":" + (x >= 0);
    });
    assertThat(out).hasSize(500);
    for (int i = 0; i < 500; i++) {
      assertThat(out.get(i)).isEqualTo(i + ":true");
    }
  }

  @Test
  void emptyAndSingleInputs() {
    assertThat(InParallel.map(List.<Integer>of(), i -> i)).isEmpty();
    assertThat(InParallel.map(List.of(3), i -> i * 2)).containsExactly(6);
  }

  @Test
  void rethrowsWhatTheFunctionThrows() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    assertThatThrownBy(() -> InParallel.map(items, i -> {
      if (i == 42) {
        throw new IllegalArgumentException("item 42");
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 42");
  }

  @Test
  void streamsResultsInOrderBeforeTheLastIsDone() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    java.util.concurrent.CountDownLatch firstSeen = new java.util.concurrent.CountDownLatch(1);
    List<String> seen = new java.util.ArrayList<>();
    InParallel.forEachInOrder(items, i -> {
      if (i == 49) {
        try {
          // Waits for the consumer to have had item 0: only a streaming map lets it.
          return firstSeen.await(30, java.util.concurrent.TimeUnit.SECONDS) ? "49 after 0" : "49 before 0";
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return i % 5 == 0 ? null : String.valueOf(i);
    }, r -> {
      seen.add(r);
      firstSeen.countDown();
    });
    assertThat(seen).hasSize(50);
    assertThat(seen.get(0)).isNull();
    assertThat(seen.get(1)).isEqualTo("1");
    assertThat(seen.get(48)).isEqualTo("48");
    assertThat(seen.get(49)).isEqualTo("49 after 0");
  }
}
