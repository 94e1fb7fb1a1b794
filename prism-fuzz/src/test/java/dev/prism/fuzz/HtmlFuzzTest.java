package dev.prism.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** A few seconds of fuzzing in `./mvnw verify` (one target per JVM, as Jazzer requires). */
class HtmlFuzzTest {
  @FuzzTest(maxDuration = "3s")
  void html(byte[] data) {
    Target.HTML.run(data);
  }
}
