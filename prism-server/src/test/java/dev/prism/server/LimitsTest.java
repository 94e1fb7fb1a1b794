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
    // A zero limit, and a resume of three hundred bullets: its check takes far longer than the
    // moment between handing it to a worker and asking for the result. (A small resume could be
    // checked in that moment when the machine preempts the HTTP thread, and pass. It stays under
    // the ten-page limit: three thousand bullets were refused as too long, so fast that the
    // refusal sometimes came back before the limit was asked and the answer was a 422.)
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withCheckTimeout(Duration.ZERO);
    String big = TestNode.RESUME + "\nProjects\n"
        + "- Built a payments service in Go on PostgreSQL serving 12K requests per second\n".repeat(300);
    try (TestNode node = new TestNode(c)) {
      TestNode.Res r = node.json("/api/v1/checks", Map.of("text", big));
      ApiTest.assertProblem(r, 503, null);
      assertThat(r.header("Retry-After")).isNotNull();
      assertThat(node.get("/healthz").status()).isEqualTo(200);
      assertThat(node.metrics()).contains("outcome=\"timeout\"");
    }
  }
}
