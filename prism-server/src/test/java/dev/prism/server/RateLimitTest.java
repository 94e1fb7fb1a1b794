package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  @Test
  void tooManyRequestsFromOneClientIs429WithRetryAfter() {
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withRateLimits(3, 2);
    try (TestNode node = new TestNode(c, TestNode.FIXED)) {
      for (int i = 0; i < 3; i++) {
        assertThat(node.json("/api/v1/bullets", Map.of("bullets", java.util.List.of("Built an API"))).status()).isEqualTo(200);
      }
      TestNode.Res limited = node.json("/api/v1/bullets", Map.of("bullets", java.util.List.of("Built an API")));
      ApiTest.assertProblem(limited, 429, null);
      assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
      // Comments have their own budget.
      assertThat(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "one")).status()).isEqualTo(201);
      assertThat(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "two")).status()).isEqualTo(201);
      ApiTest.assertProblem(node.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "three")), 429, null);
      // Reading is never limited.
      assertThat(node.get("/api/v1/articles/backend-engineer-resume/comments").status()).isEqualTo(200);
    }
  }

  @Test
  void forwardedForIsBelievedOnlyFromATrustedProxy() {
    assertThat(Limits.clientIp("10.0.0.9", "1.2.3.4", Set.of())).isEqualTo("10.0.0.9");
    assertThat(Limits.clientIp("10.0.0.9", "1.2.3.4", Set.of("10.0.0.9"))).isEqualTo("1.2.3.4");
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy appends the real one.
    assertThat(Limits.clientIp("10.0.0.9", "6.6.6.6, 1.2.3.4", Set.of("10.0.0.9"))).isEqualTo("1.2.3.4");
    assertThat(Limits.clientIp("10.0.0.9", "1.2.3.4, 10.0.0.8", Set.of("10.0.0.9", "10.0.0.8"))).isEqualTo("1.2.3.4");
  }

  @Test
  void clientsBehindAProxyAreCountedApart() {
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withRateLimits(1, 1)
        .withTrustedProxies(Set.of("127.0.0.1"));
    try (TestNode node = new TestNode(c, TestNode.FIXED)) {
      Map<String, Object> body = Map.of("bullets", java.util.List.of("Built an API"));
      assertThat(node.json("/api/v1/bullets", body, "X-Forwarded-For", "1.1.1.1").status()).isEqualTo(200);
      assertThat(node.json("/api/v1/bullets", body, "X-Forwarded-For", "2.2.2.2").status()).isEqualTo(200);
      assertThat(node.json("/api/v1/bullets", body, "X-Forwarded-For", "1.1.1.1").status()).isEqualTo(429);
    }
  }
}
