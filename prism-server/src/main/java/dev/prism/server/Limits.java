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
   * check budget. REVIEW is counted by the hour.
   */
  enum Scope { CHECK, EDIT, POST, REVIEW }

  static final int EDITS_PER_CHECK = 5;

  /** Wrong moderator tokens one client may send a minute before it must wait. */
  static final int AUTH_FAILURES_PER_MINUTE = 10;

  private final RateLimiter limiter;
  private final ServerConfig config;

  Limits(RateLimiter limiter, ServerConfig config) {
    this.limiter = limiter;
    this.config = config;
  }

  void check(Context ctx, Scope scope) {
    String name = scope.name().toLowerCase(java.util.Locale.ROOT);
    long wait = switch (scope) {
      case CHECK -> limiter.acquire(name, clientIp(ctx), config.checksPerMinute());
      case EDIT -> limiter.acquire(name, clientIp(ctx), config.checksPerMinute() * EDITS_PER_CHECK);
      case POST -> limiter.acquire(name, clientIp(ctx), config.postsPerMinute());
      case REVIEW -> limiter.acquire(name, clientIp(ctx), config.reviewsPerHour(), RateLimiter.HOUR_MS);
    };
    if (wait > 0) {
      String limit = switch (scope) {
        case CHECK -> config.checksPerMinute() + " such requests a minute";
        case EDIT -> config.checksPerMinute() * EDITS_PER_CHECK + " such requests a minute";
        case POST -> config.postsPerMinute() + " such requests a minute";
        case REVIEW -> config.reviewsPerHour() + " reviews an hour";
      };
      throw tooMany("this client may make " + limit + "; try again in " + wait + " s", wait);
    }
  }

  /** Refuses a client that sent too many wrong moderator tokens this minute, before looking at its token. */
  void checkAuthAllowed(Context ctx) {
    long wait = limiter.blocked("auth", clientIp(ctx), AUTH_FAILURES_PER_MINUTE);
    if (wait > 0) {
      throw tooMany("too many wrong tokens from this client; try again in " + wait + " s", wait);
    }
  }

  /** Counts one wrong moderator token. */
  void authFailed(Context ctx) {
    limiter.acquire("auth", clientIp(ctx), AUTH_FAILURES_PER_MINUTE);
  }

  private static ApiProblem tooMany(String detail, long wait) {
    return new ApiProblem(429, "rate-limited", "Too many requests", detail, null, wait);
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
