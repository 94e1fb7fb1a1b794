package dev.prism.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Per-client fixed-window limits kept in the database, so every node behind a load balancer counts
 * the same requests. One row per client, scope and minute; an UPDATE that increments, or an INSERT
 * when the window is new; both are atomic per row on H2 and PostgreSQL.
 */
final class RateLimiter {
  private static final long WINDOW_MS = 60_000;
  static final long HOUR_MS = 3_600_000;
  private final Database db;
  private final Clock clock;

  RateLimiter(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Counts one request; returns 0 when it may go ahead, else the seconds until the window ends.
   * A limit of 0 means no limit, and costs no database round trip.
   */
  long acquire(String scope, String client, int perMinute) {
    return acquire(scope, client, perMinute, WINDOW_MS);
  }

  /** As {@link #acquire(String, String, int)}, with a window of {@code windowMs} (a minute or an hour). */
  long acquire(String scope, String client, int limit, long windowMs) {
    if (limit <= 0) {
      return 0;
    }
    long now = clock.millis();
    long window = now - now % windowMs;
    int hits = increment(bucket(scope, client), window);
    if (hits <= limit) {
      return 0;
    }
    return Math.max(1, (window + windowMs - now + 999) / 1000);
  }

  /** Seconds until this client may try again, or 0 when it is under the limit; counts nothing. */
  long blocked(String scope, String client, int perMinute) {
    if (perMinute <= 0) {
      return 0;
    }
    long now = clock.millis();
    long window = now - now % WINDOW_MS;
    java.util.List<Integer> hits = db.query("SELECT hits FROM rate_window WHERE bucket = ? AND window_start = ?",
        rs -> rs.getInt(1), bucket(scope, client), window);
    return !hits.isEmpty() && hits.get(0) >= perMinute ? Math.max(1, (window + WINDOW_MS - now + 999) / 1000) : 0;
  }

  /**
   * The row key: scope and client. A client is an address, but one taken from a forwarded header
   * can be any text: a long one is hashed, so it fits the column (it answered 500 before).
   */
  static String bucket(String scope, String client) {
    return scope + ":" + (client.length() <= 64 ? client : "sha256:" + SavedReports.hash(client));
  }

  /**
   * Adds one hit and reads the new count in the same statement, so concurrent requests on any node
   * each see their own count. PostgreSQL says it with RETURNING, H2 with a FINAL TABLE.
   */
  private int increment(String bucket, long window) {
    String update = db.postgres()
        ? "UPDATE rate_window SET hits = hits + 1 WHERE bucket = ? AND window_start = ? RETURNING hits"
        : "SELECT hits FROM FINAL TABLE (UPDATE rate_window SET hits = hits + 1 WHERE bucket = ? AND window_start = ?)";
    try (Connection c = db.connection()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try (PreparedStatement up = Database.prepare(c, update, bucket, window); ResultSet rs = up.executeQuery()) {
          if (rs.next()) {
            return rs.getInt(1);
          }
        }
        try (PreparedStatement ins = Database.prepare(c, "INSERT INTO rate_window (bucket, window_start, hits) VALUES (?, ?, 1)", bucket, window)) {
          ins.executeUpdate();
          return 1;
        } catch (SQLException e) {
          // Another request inserted this window first: go round and increment it instead.
          if (!isDuplicateKey(e)) {
            throw e;
          }
        }
      }
      throw new SQLException("rate_window: could not count a hit for " + bucket, "40001");
    } catch (SQLException e) {
      throw new Database.StorageException(e);
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }

  /** Drops windows that ended; run now and then by one timer per node. */
  void purge() {
    long now = clock.millis();
    // Hour-long windows (reviews) are the longest kept.
    db.update("DELETE FROM rate_window WHERE window_start < ?", now - 2 * HOUR_MS);
  }
}
