package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Clients that send part of a body and stall (slowloris) must not take the request threads: the
 * node keeps answering, and each stalled request ends with 408 once its body time is up.
 */
class SlowBodyTest {
  @Test
  void seventyStalledBodiesLeaveTheNodeAnsweringAndEndIn408() throws Exception {
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withBodyTimeout(Duration.ofSeconds(3));
    List<Socket> stalled = new ArrayList<>();
    try (TestNode node = new TestNode(c)) {
      for (int i = 0; i < 70; i++) {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", node.server.port()), 5_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100000\r\n\r\n{\"text\": \"" + "x".repeat(1000)).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalled.add(s);
      }
      Thread.sleep(500);
      // Before the fix every request thread sat in a blocking read: this waited for 30 s.
      Raw.Response health = Raw.send(node.server.port(), "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 2_000);
      assertThat(health.status()).isEqualTo(200);
      assertThat(node.json("/api/v1/bullets", java.util.Map.of("bullets", List.of("Cut p99 latency by 40%"))).status()).isEqualTo(200);

      stalled.get(0).setSoTimeout(15_000);
      Raw.Response timedOut = Raw.read(stalled.get(0).getInputStream());
      assertThat(timedOut.status()).isEqualTo(408);
      assertThat(timedOut.header("Content-Type")).startsWith("application/problem+json");
      for (Socket s : stalled) {
        s.close();
      }
    } finally {
      for (Socket s : stalled) {
        s.close();
      }
    }
  }
}
