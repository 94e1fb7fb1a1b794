package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-check time limit: past it the client gets an answer, and the node keeps serving. */
class LimitsTest {
  @Test
  void aCheckPastTheTimeLimitIs503AndTheNodeStaysUp() {
    // A zero limit: no check can finish before its deadline, whatever the machine's speed.
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withCheckTimeout(Duration.ZERO);
    try (TestNode node = new TestNode(c)) {
      TestNode.Res r = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME));
      ApiTest.assertProblem(r, 503, null);
      assertThat(r.header("Retry-After")).isNotNull();
      assertThat(node.get("/healthz").status()).isEqualTo(200);
      assertThat(node.get("/metrics").body()).contains("outcome=\"timeout\"");
    }
  }
}
