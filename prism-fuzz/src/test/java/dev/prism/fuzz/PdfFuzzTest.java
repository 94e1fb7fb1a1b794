package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class PdfFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void pdf(byte[] data) {
    Target.PDF.run(data);
  }
}
