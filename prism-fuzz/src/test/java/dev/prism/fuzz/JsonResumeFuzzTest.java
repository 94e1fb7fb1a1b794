package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class JsonResumeFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void jsonResume(byte[] data) {
    Target.JSON_RESUME.run(data);
  }
}
