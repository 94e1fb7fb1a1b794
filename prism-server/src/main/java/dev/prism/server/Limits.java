package dev.prism.server;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Who a request comes from, and whether that client has used up its minute. The address is the
 * socket's peer, unless that peer is a configured proxy: only then is {@code X-Forwarded-For}
 * believed, read from the right so a client cannot forge its way past the proxy.
 */
final class Limits {
  /**
   * Separate budgets, so posting comments does not eat into checks and the reverse. EDIT is the
   * re-check of an edited text as the person types: it never reads a file, costs about what a text
   * check costs, and comes several times a second, so it gets {@link #EDITS_PER_CHECK} times the
   * check budget.
   */
  enum Scope { CHECK, EDIT, POST }

  static final int EDITS_PER_CHECK = 5;

  private final RateLimiter limiter;
  private final ServerConfig config;

  Limits(RateLimiter limiter, ServerConfig config) {
    this.limiter = limiter;
    this.config = config;
  }

  void check(Context ctx, Scope scope) {
    int perMinute = switch (scope) {
      case CHECK -> config.checksPerMinute();
      case EDIT -> config.checksPerMinute() * EDITS_PER_CHECK;
      case POST -> config.postsPerMinute();
    };
    long wait = limiter.acquire(scope.name().toLowerCase(java.util.Locale.ROOT), clientIp(ctx), perMinute);
    if (wait > 0) {
      throw new ApiProblem(429, "rate-limited", "Too many requests",
          "this client may make " + perMinute + " such requests a minute; try again in " + wait + " s", null, wait);
    }
  }

  String clientIp(Context ctx) {
    return clientIp(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"), config.trustedProxies());
  }

  static String clientIp(String peer, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null || !trusted.contains(peer)) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].trim();
      if (!hop.isEmpty() && !trusted.contains(hop)) {
        return hop;
      }
    }
    return peer;
  }
}
