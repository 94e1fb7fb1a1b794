package dev.prism.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** A real server on a random loopback port, and a small HTTP client for it. */
final class TestNode implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ADMIN = "test-admin-token";
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  final PrismServer server;
  final String base;

  /**
   * One fixed instant for tests that count requests: the rate-limit window cannot roll over
   * mid-test, whatever the time of day.
   */
  static final java.time.Clock FIXED = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T12:00:30Z"), java.time.ZoneOffset.UTC);

  TestNode(ServerConfig config) {
    this(config, java.time.Clock.systemUTC());
  }

  TestNode(ServerConfig config, java.time.Clock clock) {
    this.server = PrismServer.start(config, clock);
    this.base = "http://127.0.0.1:" + server.port();
  }

  /** A node on its own in-memory H2 database, generous rate limits unless changed. */
  static TestNode h2() {
    return new TestNode(config("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
  }

  static ServerConfig config(String jdbcUrl) {
    return ServerConfig.defaults().withPort(0).withDatabase(jdbcUrl).withAdminToken(ADMIN).withRateLimits(10_000, 10_000)
        .withReviewsPerHour(10_000).withTrustedProxies(Set.of()).withManagementPort(0);
  }

  /** A response with its body as text. */
  record Res(int status, String body, HttpResponse<String> raw) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String type() {
      return header("Content-Type");
    }
  }

  /** The Prometheus text from the management port. */
  String metrics() {
    Raw.Response r = Raw.send(server.managementPort(), "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", 10_000);
    if (r.status() != 200) {
      throw new AssertionError("metrics: " + r.status());
    }
    return r.body();
  }

  Res get(String path, String... headers) {
    return send(builder(path, headers).GET().build());
  }

  Res delete(String path, String... headers) {
    return send(builder(path, headers).DELETE().build());
  }

  Res post(String path, String contentType, String body, String... headers) {
    return post(path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  Res post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b = builder(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  /** A POST whose answer is a file: its status must be 200, and its body comes back as bytes. */
  byte[] postForBytes(String path, String contentType, byte[] body) {
    HttpRequest r = builder(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    try {
      HttpResponse<byte[]> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofByteArray());
      if (res.statusCode() != 200) {
        throw new AssertionError("POST " + path + ": " + res.statusCode() + " " + new String(res.body(), StandardCharsets.UTF_8));
      }
      return res.body();
    } catch (IOException e) {
      throw new AssertionError("POST " + path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A POST whose body is streamed with chunked transfer encoding, so the server sees no length up front. */
  Res postStream(String path, String contentType, byte[] body) {
    return send(builder(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build());
  }

  Res json(String path, Object body, String... headers) {
    try {
      return post(path, "application/json", JSON.writeValueAsString(body), headers);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  Res patch(String path, String body, String... headers) {
    return send(builder(path, headers).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A multipart body with one file part, built by hand so tests can also break it on purpose. */
  static byte[] multipart(String boundary, String fileName, byte[] content) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"level\"\r\n\r\nsenior\r\n--" + boundary + "--\r\n";
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[h.length + content.length + t.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(content, 0, out, h.length, content.length);
    System.arraycopy(t, 0, out, h.length + content.length, t.length);
    return out;
  }

  private HttpRequest.Builder builder(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private static Res send(HttpRequest r) {
    try {
      HttpResponse<String> res = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Res(res.statusCode(), res.body(), res);
    } catch (IOException e) {
      throw new AssertionError(r.method() + " " + r.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  static final String RESUME = """
      Jane Doe
      jane.doe@example.com | +1 555 0100 | Berlin

      Experience
      Senior Backend Engineer, Acme Payments, Berlin, 2019 - Present
      - Designed an event-driven order service on Kafka and PostgreSQL handling 12K req/s across 3 regions
      - Cut p99 checkout latency from 420 ms to 95 ms by adding Redis caching and query indexes
      - Responsible for backend tasks and helped with some bugs

      Backend Engineer, Shoply, 2016 - 2019
      - Worked on various APIs
      - Built a REST API in Java and Spring serving 2M users with 99.95% availability

      Skills
      Languages: Java, Go
      Storage: PostgreSQL, Redis, Kafka

      Education
      BSc Computer Science, TU Berlin, 2012 - 2016
      """;
}
