package dev.prism.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stores against both databases, through the same migrations. */
class StorageTest {
  static Stream<String> databases() throws Exception {
    return Stream.of("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", EmbeddedPg.newDatabase());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void savedReportsKeepOnlyATokenHash(String url) {
    try (Database db = Database.open(url, null, null)) {
      SavedReports reports = new SavedReports(db, Clock.systemUTC(), java.time.Duration.ofDays(30));
      String big = "{\"text\":\"" + "é".repeat(300_000) + "\"}";
      SavedReports.Saved s = reports.save(big);
      assertThat(reports.find(s.id())).contains(big);
      String stored = db.query("SELECT token_hash FROM saved_report WHERE id = ?", rs -> rs.getString(1), s.id()).get(0);
      assertThat(stored).isNotEqualTo(s.deleteToken()).hasSize(64);
      assertThat(reports.delete(s.id(), "guess")).isEqualTo(SavedReports.Deletion.WRONG_TOKEN);
      assertThat(reports.delete(s.id(), s.deleteToken())).isEqualTo(SavedReports.Deletion.DELETED);
      assertThat(reports.find(s.id())).isEmpty();
      assertThat(reports.find("../../etc/passwd")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void commentsAndReviewsRoundTripExactly(String url) {
    try (Database db = Database.open(url, null, null)) {
      Community c = new Community(db, Clock.systemUTC());
      String text = "It's <b>fine</b> \"quoted\" \\ back\\slash; DROP TABLE review; -- 🙂";
      Community.Comment saved = c.addComment("guide", "O'Brien", text);
      assertThat(c.comments("guide", false)).extracting(Community.Comment::body).containsExactly(text);
      c.hideComment(saved.id(), true);
      assertThat(c.comments("guide", false)).isEmpty();
      assertThat(c.comments("guide", true)).hasSize(1);
      c.addReview(5, "a", "fine", "", "192.0.2.1");
      c.addReview(4, "b", text, "", "192.0.2.2");
      c.addReview(5, "c", "good", "", "192.0.2.3");
      assertThat(c.summary("").display()).isEqualTo("4.7 · 3 reviews");
      assertThat(c.reviews("", 10, false)).hasSize(3);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rateLimiterCountsEveryConcurrentRequest(String url) throws Exception {
    try (Database db = Database.open(url, null, null)) {
      RateLimiter limiter = new RateLimiter(db, TestNode.FIXED);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          tasks.add(() -> limiter.acquire("check", "9.9.9.9", 25));
        }
        long allowed = 0;
        for (Future<Long> f : pool.invokeAll(tasks)) {
          allowed += f.get() == 0 ? 1 : 0;
        }
        assertThat(allowed).isEqualTo(25L);
        assertThat(limiter.acquire("check", "8.8.8.8", 25)).isZero();
        limiter.purge();
      } finally {
        pool.shutdown();
      }
    }
  }
}
