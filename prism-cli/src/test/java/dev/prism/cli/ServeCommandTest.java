package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code prism serve} refuses bad options with one line and exit code 2, before binding a port. */
class ServeCommandTest {
  @Test
  void badDatabaseUrlIsAUsageError() {
    CliTest.Run r = CliTest.run("", "serve", "--port", "0", "--db", "mysql://nowhere");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("prism: --db").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void badPortIsAUsageError() {
    CliTest.Run r = CliTest.run("", "serve", "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port");
  }

  @Test
  void helpListsServe() {
    assertThat(CliTest.run("", "--help").out()).contains("serve");
  }

  @Test
  void listensOnLoopbackUnlessTold() {
    // The README promises that nothing leaves the machine: a deployment says --host 0.0.0.0.
    assertThat(CliTest.run("", "serve", "--help").out()).contains("--host", "Default: 127.0.0.1", "--management-port");
  }
}
