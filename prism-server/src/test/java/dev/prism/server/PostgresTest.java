package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two server nodes on one real PostgreSQL agree on everything they store. */
class PostgresTest {
  @Test
  void twoNodesShareReportsCommentsReviewsAndRateLimits() throws Exception {
    ServerConfig c = TestNode.config(EmbeddedPg.newDatabase()).withRateLimits(3, 100).withTrustedProxies(java.util.Set.of("127.0.0.1"));
    try (TestNode a = new TestNode(c, TestNode.FIXED); TestNode b = new TestNode(c, TestNode.FIXED)) {
      assertThat(a.get("/readyz").status()).isEqualTo(200);

      // A report saved on one node is read and deleted on the other.
      JsonNode saved = a.json("/api/v1/checks", Map.of("text", TestNode.RESUME, "save", true)).json();
      String id = saved.path("id").asText();
      assertThat(b.get("/api/v1/checks/" + id).json().path("score").asInt()).isEqualTo(saved.path("score").asInt());
      assertThat(b.delete("/api/v1/checks/" + id, "X-Delete-Token", saved.path("deleteToken").asText()).status()).isEqualTo(204);
      assertThat(a.get("/api/v1/checks/" + id).status()).isEqualTo(404);

      // A comment posted on one node shows, escaped, on the other's page; moderation on either applies to both.
      String hostile = "<script>alert(1)</script>";
      long cid = a.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", hostile)).json().path("id").asLong();
      assertThat(b.get("/guides/backend-engineer-resume").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(hostile);
      assertThat(b.patch("/api/v1/articles/backend-engineer-resume/comments/" + cid, "{\"hidden\":true}",
          "Authorization", "Bearer " + TestNode.ADMIN).status()).isEqualTo(204);
      assertThat(a.get("/api/v1/articles/backend-engineer-resume/comments").json().path("comments").size()).isZero();

      // Reviews: the same average and count from both.
      a.json("/api/v1/reviews", Map.of("stars", 5, "body", "Clear"), "X-Forwarded-For", "192.0.2.10");
      b.json("/api/v1/reviews", Map.of("stars", 4, "body", "SQL'; -- stays text"), "X-Forwarded-For", "192.0.2.11");
      // One review per client holds across nodes: the database's unique index decides.
      assertThat(b.json("/api/v1/reviews", Map.of("stars", 1, "body", "again"), "X-Forwarded-For", "192.0.2.10").status()).isEqualTo(409);
      assertThat(a.get("/api/v1/reviews").json().path("display").asText()).isEqualTo("4.5 · 2 reviews");
      assertThat(b.get("/api/v1/reviews").json().path("display").asText()).isEqualTo("4.5 · 2 reviews");

      // The check that saved above used one of three; two more across both nodes, then both refuse.
      Map<String, Object> bullet = Map.of("bullets", List.of("Built an API"));
      assertThat(a.json("/api/v1/bullets", bullet).status()).isEqualTo(200);
      assertThat(b.json("/api/v1/bullets", bullet).status()).isEqualTo(200);
      assertThat(a.json("/api/v1/bullets", bullet).status()).isEqualTo(429);
      TestNode.Res limited = b.json("/api/v1/bullets", bullet);
      ApiTest.assertProblem(limited, 429, null);
      assertThat(limited.header("Retry-After")).isNotNull();
    }
  }
}
