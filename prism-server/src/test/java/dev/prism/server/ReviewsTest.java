package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reviews: strict stars, text required, one per client and subject, moderated like comments. */
class ReviewsTest {
  static TestNode node(int reviewsPerHour) {
    return new TestNode(TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .withTrustedProxies(Set.of("127.0.0.1")).withReviewsPerHour(reviewsPerHour));
  }

  static TestNode.Res review(TestNode n, String client, Map<String, Object> body) {
    return n.json("/api/v1/reviews", body, "X-Forwarded-For", client);
  }

  @Test
  void starsAreAWholeNumberFromOneToFiveAndTextIsRequired() {
    try (TestNode n = node(100)) {
      // 4294967301 is 2^32 + 5: read as an int it was stored as 5.
      assertProblem(review(n, "198.51.100.1", Map.of("stars", 4294967301L, "body", "ok")), 400, "stars");
      assertProblem(review(n, "198.51.100.1", Map.of("stars", 4.0, "body", "ok")), 400, "stars");
      assertProblem(review(n, "198.51.100.1", Map.of("stars", 0, "body", "ok")), 400, "stars");
      assertProblem(review(n, "198.51.100.1", Map.of("body", "no stars given")), 400, "stars");
      assertProblem(review(n, "198.51.100.1", Map.of("stars", 4)), 400, "body");
      assertProblem(review(n, "198.51.100.1", Map.of("stars", 4, "body", "   ")), 400, "body");
      assertThat(review(n, "198.51.100.1", Map.of("stars", 4, "body", "Useful rewrites")).status()).isEqualTo(201);
      assertThat(n.get("/api/v1/reviews").json().path("display").asText()).isEqualTo("4.0 · 1 review");
    }
  }

  @Test
  void oneReviewPerClientAndSubject() {
    try (TestNode n = node(100)) {
      assertThat(review(n, "198.51.100.2", Map.of("stars", 5, "body", "Great")).status()).isEqualTo(201);
      assertProblem(review(n, "198.51.100.2", Map.of("stars", 1, "body", "Changed my mind")), 409, null);
      assertThat(review(n, "198.51.100.3", Map.of("stars", 3, "body", "Fine")).status()).isEqualTo(201);
      // A guide is a subject of its own.
      assertThat(review(n, "198.51.100.2", Map.of("stars", 4, "body", "Good guide", "guide", "backend-engineer-resume"))
          .status()).isEqualTo(201);
      assertProblem(review(n, "198.51.100.2", Map.of("stars", 4, "body", "Again", "guide", "backend-engineer-resume")), 409, null);
      assertProblem(review(n, "198.51.100.4", Map.of("stars", 4, "body", "?", "guide", "no-such-guide")), 404, null);
      assertThat(n.get("/api/v1/reviews").json().path("count").asInt()).isEqualTo(2);
      JsonNode guide = n.get("/api/v1/reviews?guide=backend-engineer-resume").json();
      assertThat(guide.path("count").asInt()).isEqualTo(1);
      assertThat(guide.path("reviews").get(0).path("body").asText()).isEqualTo("Good guide");
    }
  }

  @Test
  void moderatorsHideAndDeleteReviews() {
    try (TestNode n = node(100)) {
      long spam = review(n, "198.51.100.5", Map.of("stars", 1, "body", "buy followers at spam.example")).json().path("id").asLong();
      review(n, "198.51.100.6", Map.of("stars", 5, "body", "Helpful"));
      String path = "/api/v1/reviews/" + spam;
      assertProblem(n.patch(path, "{\"hidden\":true}"), 401, null);
      assertProblem(n.patch(path, "{\"hidden\":true}", "Authorization", "Bearer nope"), 403, null);
      assertThat(n.patch(path, "{\"hidden\":true}", "Authorization", "Bearer " + TestNode.ADMIN).status()).isEqualTo(204);
      JsonNode visible = n.get("/api/v1/reviews").json();
      assertThat(visible.path("count").asInt()).isEqualTo(1);
      assertThat(visible.toString()).doesNotContain("spam.example");
      assertThat(n.get("/api/v1/reviews", "Authorization", "Bearer " + TestNode.ADMIN).body()).contains("spam.example");
      assertThat(n.delete(path, "Authorization", "Bearer " + TestNode.ADMIN).status()).isEqualTo(204);
      assertProblem(n.delete(path, "Authorization", "Bearer " + TestNode.ADMIN), 404, null);
    }
  }

  @Test
  void reviewsHaveARateLimitOfTheirOwn() {
    try (TestNode n = node(2)) {
      review(n, "198.51.100.8", Map.of("stars", 5, "body", "One"));
      review(n, "198.51.100.8", Map.of("stars", 5, "body", "Two", "guide", "backend-engineer-resume"));
      TestNode.Res third = review(n, "198.51.100.8", Map.of("stars", 5, "body", "Three"));
      assertProblem(third, 429, null);
      assertThat(third.header("Retry-After")).isNotNull();
      // Comments keep their own budget.
      assertThat(n.json("/api/v1/articles/backend-engineer-resume/comments", Map.of("body", "still fine"), "X-Forwarded-For",
          "198.51.100.8").status()).isEqualTo(201);
    }
  }
}
