package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * While the database is down, requests that need it fail with 503 problem documents, {@code
 * /readyz} says so, and checks that store nothing still work; once it is back, the node serves
 * again without a restart.
 */
class DatabaseOutageTest {
  @Test
  void aNodeAnswers503DuringAnOutageAndRecoversWithoutARestart() throws Exception {
    String url = EmbeddedPg.newDatabase();
    URI pg = URI.create(url.substring("jdbc:".length()));
    try (CutProxy proxy = new CutProxy(pg.getPort())) {
      String viaProxy = url.replace(":" + pg.getPort() + "/", ":" + proxy.port() + "/");
      // Rate limits off: every request below needs the database only for what it stores.
      try (TestNode node = new TestNode(TestNode.config(viaProxy).withRateLimits(0, 0))) {
        assertThat(node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME)).status()).isEqualTo(201);

        proxy.cut();
        assertProblem(node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME)), 503, null);
        TestNode.Res comment = node.json(HardeningTest.GUIDE, Map.of("body", "during the outage"));
        assertProblem(comment, 503, null);
        assertThat(comment.header("Retry-After")).isNotNull();
        assertThat(node.get("/readyz").status()).isEqualTo(503);
        assertThat(node.get("/healthz").status()).isEqualTo(200);
        assertThat(node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).status()).isEqualTo(200);

        proxy.restore();
        int ready = 0;
        for (int i = 0; i < 60 && ready != 200; i++) {
          ready = node.get("/readyz").status();
          if (ready != 200) {
            Thread.sleep(500);
          }
        }
        assertThat(ready).isEqualTo(200);
        assertThat(node.json(HardeningTest.GUIDE, Map.of("body", "after the outage")).status()).isEqualTo(201);
        assertThat(node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME)).status()).isEqualTo(201);
      }
    }
  }
}
