package dev.prism.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Per-client fixed-window limits kept in the database, so every node behind a load balancer counts
 * the same requests. One row per client, scope and minute; an UPDATE that increments, or an INSERT
 * when the window is new, both of which H2 and PostgreSQL run atomically per row.
 */
final class RateLimiter {
  private static final long WINDOW_MS = 60_000;
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
    if (perMinute <= 0) {
      return 0;
    }
    long now = clock.millis();
    long window = now - now % WINDOW_MS;
    String bucket = scope + ":" + client;
    int hits = increment(bucket, window);
    if (hits <= perMinute) {
      return 0;
    }
    return Math.max(1, (window + WINDOW_MS - now + 999) / 1000);
  }

  private int increment(String bucket, long window) {
    try (Connection c = db.connection()) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try (PreparedStatement up = Database.prepare(c, "UPDATE rate_window SET hits = hits + 1 WHERE bucket = ? AND window_start = ?", bucket, window)) {
          if (up.executeUpdate() == 0) {
            try (PreparedStatement ins = Database.prepare(c, "INSERT INTO rate_window (bucket, window_start, hits) VALUES (?, ?, 1)", bucket, window)) {
              ins.executeUpdate();
              return 1;
            } catch (SQLException duplicate) {
              // Another node inserted the same window first: count again by updating.
              if (!isDuplicateKey(duplicate)) {
                throw duplicate;
              }
              continue;
            }
          }
        }
        try (PreparedStatement q = Database.prepare(c, "SELECT hits FROM rate_window WHERE bucket = ? AND window_start = ?", bucket, window);
            ResultSet rs = q.executeQuery()) {
          return rs.next() ? rs.getInt(1) : 1;
        }
      }
      return 1;
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
    db.update("DELETE FROM rate_window WHERE window_start < ?", now - 2 * WINDOW_MS);
  }
}
