package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class DocxFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void docx(byte[] data) {
    Target.DOCX.run(data);
  }
}
