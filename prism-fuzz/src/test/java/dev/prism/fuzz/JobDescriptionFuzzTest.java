package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class JobDescriptionFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void jobDescription(byte[] data) {
    Target.JOB_DESCRIPTION.run(data);
  }
}
