package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class TextFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void text(byte[] data) {
    Target.TEXT.run(data);
  }
}
