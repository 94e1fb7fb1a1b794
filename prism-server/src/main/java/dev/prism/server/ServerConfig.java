package dev.prism.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a server node is told at start-up. Nodes share nothing but the database, so two nodes
 * given the same {@code jdbcUrl} behave as one service.
 *
 * @param port TCP port; 0 picks a free one
 * @param host address to bind: "127.0.0.1" by default (nothing leaves the machine), "0.0.0.0" for a
 *     deployment behind a load balancer
 * @param jdbcUrl the database; H2 (embedded) or PostgreSQL
 * @param dbUser database user, or null when the URL carries it
 * @param dbPassword database password, or null
 * @param adminToken the moderator's bearer token; null disables moderation
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param checksPerMinute per-client limit on checks, bullets and parses; 0 turns it off
 * @param postsPerMinute per-client limit on comments; 0 turns it off
 * @param reviewsPerHour per-client limit on review posts; 0 turns it off
 * @param checkTimeout how long one check may run before the client gets an answer anyway
 * @param workers threads that run checks (CPU bound, so about one per core)
 * @param queue checks allowed to wait for a worker before new ones are refused with 503
 * @param httpThreads Jetty's request threads
 * @param allowedHosts names the {@code Host} header may carry (without port); "*" allows any; empty
 *     means the loopback names when bound to loopback, else any (see {@link #hostAllowed})
 * @param managementPort port of {@code /metrics} on {@code managementHost}; -1 serves no metrics
 * @param managementHost address the management port binds
 * @param reportRetention how long a saved report is kept before any node deletes it
 * @param bodyTimeout how long a client may take to send a request body before it gets a 408
 */
public record ServerConfig(
    int port,
    String host,
    String jdbcUrl,
    String dbUser,
    String dbPassword,
    String adminToken,
    Set<String> trustedProxies,
    int checksPerMinute,
    int postsPerMinute,
    int reviewsPerHour,
    Duration checkTimeout,
    int workers,
    int queue,
    int httpThreads,
    Set<String> allowedHosts,
    int managementPort,
    String managementHost,
    Duration reportRetention,
    Duration bodyTimeout) {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(checkTimeout, "checkTimeout");
    Objects.requireNonNull(managementHost, "managementHost");
    Objects.requireNonNull(reportRetention, "reportRetention");
    Objects.requireNonNull(bodyTimeout, "bodyTimeout");
    trustedProxies = Set.copyOf(trustedProxies);
    allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (managementPort < -1 || managementPort > 65535) {
      throw new IllegalArgumentException("management port must be 0..65535, or -1 for none");
    }
    if (checksPerMinute < 0 || postsPerMinute < 0 || reviewsPerHour < 0) {
      throw new IllegalArgumentException("rate limits must not be negative");
    }
    if (workers < 1 || queue < 0 || httpThreads < 4) {
      throw new IllegalArgumentException("workers >= 1, queue >= 0, httpThreads >= 4");
    }
    if (reportRetention.isNegative() || reportRetention.isZero()) {
      throw new IllegalArgumentException("report retention must be positive");
    }
    if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
      throw new IllegalArgumentException("body timeout must be positive");
    }
    if (adminToken != null && adminToken.isBlank()) {
      adminToken = null;
    }
  }

  /** Defaults for one node on this machine, with an H2 file database in the user's data directory. */
  public static ServerConfig defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerConfig(8080, "127.0.0.1", defaultH2Url(System.getenv()), null, null, null, Set.of(), 120, 10, 5,
        Duration.ofSeconds(5), cores, 256, 64, Set.of(), -1, "127.0.0.1", Duration.ofDays(30), Duration.ofSeconds(20));
  }

  /**
   * Whether a request's {@code Host} header names this service. A page on another site that makes
   * its own name resolve to 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
   */
  boolean hostAllowed(String hostHeader) {
    Set<String> allowed = allowedHosts.isEmpty() ? (isLoopback(host) ? LOOPBACK_NAMES : Set.of("*")) : allowedHosts;
    if (allowed.contains("*")) {
      return true;
    }
    if (hostHeader == null || hostHeader.isBlank()) {
      return false;
    }
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    // Strip the port: "[::1]:8080", "localhost:8080".
    int colon = h.lastIndexOf(':');
    if (colon > 0 && h.indexOf(']') < colon && (h.startsWith("[") || h.indexOf(':') == colon)) {
      h = h.substring(0, colon);
    }
    return allowed.contains(h);
  }

  static boolean isLoopback(String address) {
    return address.equals("localhost") || address.startsWith("127.") || address.equals("::1") || address.equals("[::1]");
  }

  /**
   * Overrides from the environment: {@code PRISM_ADMIN_TOKEN}, {@code PRISM_TRUSTED_PROXIES} and
   * {@code PRISM_ALLOWED_HOSTS} (comma separated), {@code PRISM_CHECKS_PER_MINUTE},
   * {@code PRISM_POSTS_PER_MINUTE}, {@code PRISM_REVIEWS_PER_HOUR}, {@code PRISM_DB_USER},
   * {@code PRISM_DB_PASSWORD}, {@code PRISM_HTTP_THREADS}, {@code PRISM_MANAGEMENT_PORT}, {@code PRISM_MANAGEMENT_HOST},
   * {@code PRISM_REPORT_RETENTION_DAYS}, {@code PRISM_BODY_TIMEOUT_SECONDS}.
   */
  public ServerConfig withEnvironment(Map<String, String> env) {
    return with(b -> {
      b.dbUser = env.getOrDefault("PRISM_DB_USER", b.dbUser);
      b.dbPassword = env.getOrDefault("PRISM_DB_PASSWORD", b.dbPassword);
      b.adminToken = env.getOrDefault("PRISM_ADMIN_TOKEN", b.adminToken);
      b.trustedProxies = list(env.get("PRISM_TRUSTED_PROXIES"), b.trustedProxies);
      b.allowedHosts = list(env.get("PRISM_ALLOWED_HOSTS"), b.allowedHosts);
      b.checksPerMinute = intEnv(env, "PRISM_CHECKS_PER_MINUTE", b.checksPerMinute);
      b.postsPerMinute = intEnv(env, "PRISM_POSTS_PER_MINUTE", b.postsPerMinute);
      b.reviewsPerHour = intEnv(env, "PRISM_REVIEWS_PER_HOUR", b.reviewsPerHour);
      b.httpThreads = intEnv(env, "PRISM_HTTP_THREADS", b.httpThreads);
      b.managementPort = intEnv(env, "PRISM_MANAGEMENT_PORT", b.managementPort);
      b.managementHost = env.getOrDefault("PRISM_MANAGEMENT_HOST", b.managementHost);
      b.reportRetention = Duration.ofDays(intEnv(env, "PRISM_REPORT_RETENTION_DAYS", (int) b.reportRetention.toDays()));
      b.bodyTimeout = Duration.ofSeconds(intEnv(env, "PRISM_BODY_TIMEOUT_SECONDS", (int) b.bodyTimeout.toSeconds()));
    });
  }

  private static Set<String> list(String value, Set<String> fallback) {
    return value == null ? fallback : Set.of(value.trim().split("\\s*,\\s*"));
  }

  public ServerConfig withPort(int p) {
    return with(b -> b.port = p);
  }

  public ServerConfig withHost(String h) {
    return with(b -> b.host = h);
  }

  public ServerConfig withDatabase(String url) {
    return with(b -> b.jdbcUrl = url);
  }

  public ServerConfig withAdminToken(String token) {
    return with(b -> b.adminToken = token);
  }

  public ServerConfig withRateLimits(int checks, int posts) {
    return with(b -> {
      b.checksPerMinute = checks;
      b.postsPerMinute = posts;
    });
  }

  public ServerConfig withReviewsPerHour(int n) {
    return with(b -> b.reviewsPerHour = n);
  }

  public ServerConfig withTrustedProxies(Set<String> proxies) {
    return with(b -> b.trustedProxies = proxies);
  }

  public ServerConfig withCheckTimeout(Duration d) {
    return with(b -> b.checkTimeout = d);
  }

  public ServerConfig withAllowedHosts(Set<String> hosts) {
    return with(b -> b.allowedHosts = hosts);
  }

  public ServerConfig withManagementPort(int p) {
    return with(b -> b.managementPort = p);
  }

  public ServerConfig withReportRetention(Duration d) {
    return with(b -> b.reportRetention = d);
  }

  public ServerConfig withBodyTimeout(Duration d) {
    return with(b -> b.bodyTimeout = d);
  }

  public ServerConfig withHttpThreads(int n) {
    return with(b -> b.httpThreads = n);
  }

  /** A copy with some settings changed; the compact constructor checks the result. */
  private ServerConfig with(Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }

  private static final class Builder {
    int port;
    String host;
    String jdbcUrl;
    String dbUser;
    String dbPassword;
    String adminToken;
    Set<String> trustedProxies;
    int checksPerMinute;
    int postsPerMinute;
    int reviewsPerHour;
    Duration checkTimeout;
    int workers;
    int queue;
    int httpThreads;
    Set<String> allowedHosts;
    int managementPort;
    String managementHost;
    Duration reportRetention;
    Duration bodyTimeout;

    Builder(ServerConfig c) {
      port = c.port;
      host = c.host;
      jdbcUrl = c.jdbcUrl;
      dbUser = c.dbUser;
      dbPassword = c.dbPassword;
      adminToken = c.adminToken;
      trustedProxies = c.trustedProxies;
      checksPerMinute = c.checksPerMinute;
      postsPerMinute = c.postsPerMinute;
      reviewsPerHour = c.reviewsPerHour;
      checkTimeout = c.checkTimeout;
      workers = c.workers;
      queue = c.queue;
      httpThreads = c.httpThreads;
      allowedHosts = c.allowedHosts;
      managementPort = c.managementPort;
      managementHost = c.managementHost;
      reportRetention = c.reportRetention;
      bodyTimeout = c.bodyTimeout;
    }

    ServerConfig build() {
      return new ServerConfig(port, host, jdbcUrl, dbUser, dbPassword, adminToken, trustedProxies, checksPerMinute,
          postsPerMinute, reviewsPerHour, checkTimeout, workers, queue, httpThreads, allowedHosts, managementPort,
          managementHost, reportRetention, bodyTimeout);
    }
  }

  /** {@code $XDG_DATA_HOME/prism}, else {@code ~/.local/share/prism}, as an H2 file URL. */
  static String defaultH2Url(Map<String, String> env) {
    String xdg = env.get("XDG_DATA_HOME");
    Path dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "prism")
        : Path.of(System.getProperty("user.home"), ".local", "share", "prism");
    return "jdbc:h2:file:" + dir.resolve("prism").toAbsolutePath();
  }

  private static int intEnv(Map<String, String> env, String name, int fallback) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a number: '" + v + "'");
    }
  }
}
