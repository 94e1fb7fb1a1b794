package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings of the attacker's and operator's review (issue 15), one test each. */
class HardeningTest extends OneNodeTest {
  static final String GUIDE = "/api/v1/articles/backend-engineer-resume/comments";

  static String origin() {
    return node.base;
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
  }

  @Test
  void aHostHeaderThatNamesAnotherSiteIsRefused() {
    // DNS rebinding: a page on evil.example makes its name resolve to 127.0.0.1 and calls the API.
    Raw.Response evil = Raw.send(node.server.port(), "GET /api/v1/roles HTTP/1.1\r\nHost: evil.example:"
        + node.server.port() + "\r\nConnection: close\r\n\r\n", 10_000);
    assertThat(evil.status()).isEqualTo(421);
    assertThat(evil.header("Content-Type")).startsWith("application/problem+json");
    Raw.Response local = Raw.send(node.server.port(), "GET /api/v1/roles HTTP/1.1\r\nHost: localhost:"
        + node.server.port() + "\r\nConnection: close\r\n\r\n", 10_000);
    assertThat(local.status()).isEqualTo(200);

    ServerConfig named = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .withAllowedHosts(Set.of("prism.example.org"));
    try (TestNode n = new TestNode(named)) {
      assertThat(Raw.send(n.server.port(), "GET /api/v1/roles HTTP/1.1\r\nHost: prism.example.org\r\nConnection: close\r\n\r\n",
          10_000).status()).isEqualTo(200);
      assertThat(Raw.send(n.server.port(), "GET /api/v1/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
          10_000).status()).isEqualTo(421);
      // Probes name the pod by its address: health and readiness answer whatever the Host.
      assertThat(Raw.send(n.server.port(), "GET /healthz HTTP/1.1\r\nHost: 10.1.2.3:8080\r\nConnection: close\r\n\r\n",
          10_000).status()).isEqualTo(200);
    }
  }

  @Test
  void aContentLengthThatIsNotANumberGetsAProblemDocument() {
    Raw.Response r = Raw.send(node.server.port(), "POST /api/v1/checks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}", 10_000);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"status\":400").doesNotContain("<html");
  }

  @Test
  void truncatedOrUnboundedMultipartIsABadRequest() {
    String truncated = "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.txt\"\r\n\r\nJane Doe, Backend Engin";
    assertProblem(node.post("/api/v1/checks", "multipart/form-data; boundary=cut", truncated), 400, "file");
    assertProblem(node.post("/api/v1/checks", "multipart/form-data", "--x\r\n\r\nhello\r\n--x--\r\n"), 400, "file");
  }

  @Test
  void aCrossSiteFormCannotPostCommentsOrSaveChecks() {
    String form = "author=Eve&body=" + "posted from another site".replace(" ", "+");
    TestNode.Res comment = node.post("/guides/backend-engineer-resume/comments", "application/x-www-form-urlencoded", form,
        "Origin", "https://evil.example");
    assertProblem(comment, 403, null);
    byte[] upload = TestNode.multipart("b", "r.txt", TestNode.RESUME.getBytes(StandardCharsets.UTF_8));
    assertProblem(node.post("/api/v1/checks?save=true", "multipart/form-data; boundary=b", upload, "Origin", "https://evil.example"),
        403, null);
    assertProblem(node.post("/api/v1/checks?save=true", "multipart/form-data; boundary=b", upload, "Sec-Fetch-Site", "cross-site"),
        403, null);
    assertThat(node.get(GUIDE).body()).doesNotContain("posted from another site");
    // With the page's no-referrer policy a browser's own form post says Origin: null; Sec-Fetch-Site
    // tells it from a post of unknown origin.
    assertProblem(node.post("/guides/backend-engineer-resume/comments", "application/x-www-form-urlencoded", form, "Origin", "null"),
        403, null);
    assertThat(node.post("/guides/backend-engineer-resume/comments", "application/x-www-form-urlencoded", form, "Origin", "null",
        "Sec-Fetch-Site", "same-origin").status()).isEqualTo(303);
    // The page itself, and clients that send no Origin (curl, scripts), still post.
    assertThat(node.post("/guides/backend-engineer-resume/comments", "application/x-www-form-urlencoded", form, "Origin", origin())
        .status()).isEqualTo(303);
    assertThat(node.post("/api/v1/checks?save=true", "multipart/form-data; boundary=b", upload).status()).isEqualTo(201);
  }

  @Test
  void metricsAreServedOnlyOnTheManagementPort() throws Exception {
    assertProblem(node.get("/metrics"), 404, null);
    int mport;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      mport = free.getLocalPort();
    }
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withManagementPort(mport);
    try (TestNode n = new TestNode(c)) {
      n.get("/healthz");
      Raw.Response m = Raw.send(mport, "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 10_000);
      assertThat(m.status()).isEqualTo(200);
      assertThat(m.body()).contains("http_server_requests_seconds_count");
      assertProblem(n.get("/metrics"), 404, null);
    }
  }

  /** A clock the test moves by hand. */
  static final class Moving extends Clock {
    Instant now = Instant.parse("2026-11-22T12:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void savedReportsExpireAfterTheRetentionPeriod() {
    Moving clock = new Moving();
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withReportRetention(Duration.ofDays(30));
    try (TestNode n = new TestNode(c, clock)) {
      String id = n.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME)).json().path("id").asText();
      clock.now = clock.now.plus(Duration.ofDays(29));
      assertThat(n.get("/api/v1/checks/" + id).status()).isEqualTo(200);
      clock.now = clock.now.plus(Duration.ofDays(2));
      assertProblem(n.get("/api/v1/checks/" + id), 404, null);
      assertThat(n.server.purgeExpired()).isEqualTo(1);
    }
  }

  @Test
  void theEmbeddedDatabaseIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    ServerConfig c = TestNode.config("jdbc:h2:file:" + data.resolve("prism"));
    try (TestNode n = new TestNode(c)) {
      n.json(GUIDE, Map.of("body", "kept on disk"));
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    try (var files = Files.list(data)) {
      assertThat(files.toList()).isNotEmpty().allSatisfy(f ->
          assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------"));
    }
  }

  @Test
  void savedReportsAreNeverCached() {
    TestNode.Res saved = node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME));
    assertThat(saved.header("Cache-Control")).isEqualTo("no-store");
    TestNode.Res got = node.get("/api/v1/checks/" + saved.json().path("id").asText());
    assertThat(got.header("Cache-Control")).isEqualTo("no-store");
    assertThat(node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void theDeletionTokenIsTakenFromTheHeaderOnly() {
    JsonNode saved = node.json("/api/v1/checks?save=true", Map.of("text", TestNode.RESUME)).json();
    String id = saved.path("id").asText();
    String token = saved.path("deleteToken").asText();
    // A token in the URL ends up in proxy logs and browser history.
    assertProblem(node.delete("/api/v1/checks/" + id + "?token=" + token), 400, "token");
    assertThat(node.get("/api/v1/checks/" + id).status()).isEqualTo(200);
    assertThat(node.delete("/api/v1/checks/" + id, "X-Delete-Token", token).status()).isEqualTo(204);
  }

  @Test
  void wrongModeratorTokensAreRateLimited() {
    long id = node.json(GUIDE, Map.of("body", "a comment to moderate")).json().path("id").asLong();
    int limited = 0;
    for (int i = 0; i < 30; i++) {
      int s = node.patch(GUIDE + "/" + id, "{\"hidden\":true}", "Authorization", "Bearer guess-" + i,
          "X-Forwarded-For", "198.51.100.7").status();
      if (s == 429) {
        limited++;
      }
    }
    assertThat(limited).isPositive();
  }

  @Test
  void aVeryLongForwardedForIsNotAnError() {
    ServerConfig c = TestNode.config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").withTrustedProxies(Set.of("127.0.0.1"));
    try (TestNode n = new TestNode(c)) {
      String forged = "203.0.113." + "9".repeat(300);
      assertThat(n.json("/api/v1/bullets", Map.of("bullets", java.util.List.of("Cut latency by 40%")), "X-Forwarded-For", forged)
          .status()).isEqualTo(200);
    }
  }

  @Test
  void commentsRefuseDirectionOverridesAndBorrowedNamesAndCountCharacters() {
    assertProblem(node.json(GUIDE, Map.of("body", "totally safe \u202Eexe.txt")), 400, "body");
    assertProblem(node.json(GUIDE, Map.of("body", "isolate \u2066hidden\u2069")), 400, "body");
    assertProblem(node.json(GUIDE, Map.of("author", "Moderator", "body", "official notice")), 400, "author");
    assertProblem(node.json(GUIDE, Map.of("author", "Prism Team", "body", "official notice")), 400, "author");
    assertProblem(node.json(GUIDE, Map.of("author", "Eve\nAdmin", "body", "two lines of name")), 400, "author");
    // Length is what a person counts: a thousand emoji are a thousand characters.
    String emoji = "\uD83D\uDE80";
    assertThat(node.json(GUIDE, Map.of("author", "Zoë O'Brien-Łukasz", "body", emoji.repeat(1000))).status()).isEqualTo(201);
    assertProblem(node.json(GUIDE, Map.of("body", emoji.repeat(1001))), 400, "body");
  }

  @Test
  void theSiteHasAFavicon() {
    TestNode.Res icon = node.get("/favicon.ico");
    assertThat(icon.status()).isEqualTo(200);
    assertThat(icon.type()).startsWith("image/");
  }
}
