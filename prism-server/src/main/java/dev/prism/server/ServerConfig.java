package dev.prism.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a server node is told at start-up. Nodes share nothing but the database, so two nodes
 * given the same {@code jdbcUrl} behave as one service.
 *
 * @param port TCP port; 0 picks a free one
 * @param host address to bind, e.g. "0.0.0.0" or "127.0.0.1"
 * @param jdbcUrl the database; H2 (embedded) or PostgreSQL
 * @param dbUser database user, or null when the URL carries it
 * @param dbPassword database password, or null
 * @param adminToken the moderator's bearer token; null disables moderation
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-For} is believed
 * @param checksPerMinute per-client limit on checks, bullets and parses; 0 turns it off
 * @param postsPerMinute per-client limit on comments and reviews; 0 turns it off
 * @param checkTimeout how long one check may run before the client gets an answer anyway
 * @param workers threads that run checks (CPU bound, so about one per core)
 * @param queue checks allowed to wait for a worker before new ones are refused with 503
 * @param httpThreads Jetty's request threads
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
    Duration checkTimeout,
    int workers,
    int queue,
    int httpThreads) {

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(checkTimeout, "checkTimeout");
    trustedProxies = Set.copyOf(trustedProxies);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    if (checksPerMinute < 0 || postsPerMinute < 0) {
      throw new IllegalArgumentException("rate limits must not be negative");
    }
    if (workers < 1 || queue < 0 || httpThreads < 4) {
      throw new IllegalArgumentException("workers >= 1, queue >= 0, httpThreads >= 4");
    }
    if (adminToken != null && adminToken.isBlank()) {
      adminToken = null;
    }
  }

  /** Defaults for one node on this machine, with an H2 file database in the user's data directory. */
  public static ServerConfig defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerConfig(8080, "0.0.0.0", defaultH2Url(System.getenv()), null, null, null, Set.of(), 120, 10,
        Duration.ofSeconds(5), cores, 256, 64);
  }

  /**
   * Overrides from the environment: {@code PRISM_ADMIN_TOKEN}, {@code PRISM_TRUSTED_PROXIES}
   * (comma separated), {@code PRISM_CHECKS_PER_MINUTE}, {@code PRISM_POSTS_PER_MINUTE},
   * {@code PRISM_DB_USER}, {@code PRISM_DB_PASSWORD}, {@code PRISM_HTTP_THREADS}.
   */
  public ServerConfig withEnvironment(Map<String, String> env) {
    ServerConfig c = this;
    String proxies = env.get("PRISM_TRUSTED_PROXIES");
    return new ServerConfig(c.port, c.host, c.jdbcUrl, env.getOrDefault("PRISM_DB_USER", c.dbUser),
        env.getOrDefault("PRISM_DB_PASSWORD", c.dbPassword), env.getOrDefault("PRISM_ADMIN_TOKEN", c.adminToken),
        proxies == null ? c.trustedProxies : Set.of(proxies.trim().split("\\s*,\\s*")),
        intEnv(env, "PRISM_CHECKS_PER_MINUTE", c.checksPerMinute), intEnv(env, "PRISM_POSTS_PER_MINUTE", c.postsPerMinute),
        c.checkTimeout, c.workers, c.queue, intEnv(env, "PRISM_HTTP_THREADS", c.httpThreads));
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(p, host, jdbcUrl, dbUser, dbPassword, adminToken, trustedProxies, checksPerMinute,
        postsPerMinute, checkTimeout, workers, queue, httpThreads);
  }

  public ServerConfig withDatabase(String url) {
    return new ServerConfig(port, host, url, dbUser, dbPassword, adminToken, trustedProxies, checksPerMinute,
        postsPerMinute, checkTimeout, workers, queue, httpThreads);
  }

  public ServerConfig withAdminToken(String token) {
    return new ServerConfig(port, host, jdbcUrl, dbUser, dbPassword, token, trustedProxies, checksPerMinute,
        postsPerMinute, checkTimeout, workers, queue, httpThreads);
  }

  public ServerConfig withRateLimits(int checks, int posts) {
    return new ServerConfig(port, host, jdbcUrl, dbUser, dbPassword, adminToken, trustedProxies, checks, posts,
        checkTimeout, workers, queue, httpThreads);
  }

  public ServerConfig withTrustedProxies(Set<String> proxies) {
    return new ServerConfig(port, host, jdbcUrl, dbUser, dbPassword, adminToken, proxies, checksPerMinute,
        postsPerMinute, checkTimeout, workers, queue, httpThreads);
  }

  public ServerConfig withCheckTimeout(Duration d) {
    return new ServerConfig(port, host, jdbcUrl, dbUser, dbPassword, adminToken, trustedProxies, checksPerMinute,
        postsPerMinute, d, workers, queue, httpThreads);
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
