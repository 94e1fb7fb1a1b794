package dev.prism.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reports people chose to save. The id and the deletion token are 128 random bits each; only a
 * SHA-256 of the token is kept, so a copy of the database cannot be used to delete reports.
 */
final class SavedReports {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;
  private final Clock clock;
  private final Duration retention;

  SavedReports(Database db, Clock clock, Duration retention) {
    this.db = db;
    this.clock = clock;
    this.retention = retention;
  }

  /** Deletes the reports older than the retention period; any node may run it at any time. */
  int purgeExpired() {
    return db.update("DELETE FROM saved_report WHERE created_at < ?", clock.millis() - retention.toMillis());
  }

  /** What the saver gets back: the id to share and the token to delete with. */
  record Saved(String id, String deleteToken) {}

  Saved save(String reportJson) {
    String id = randomId();
    String token = randomId();
    db.update("INSERT INTO saved_report (id, token_hash, report, created_at) VALUES (?, ?, ?, ?)",
        id, hash(token), reportJson, clock.millis());
    return new Saved(id, token);
  }

  Optional<String> find(String id) {
    if (!wellFormed(id)) {
      return Optional.empty();
    }
    // Past its retention a report is gone, whether or not a node has purged it yet.
    List<String> rows = db.query("SELECT report FROM saved_report WHERE id = ? AND created_at >= ?", rs -> rs.getString(1), id,
        clock.millis() - retention.toMillis());
    return rows.stream().findFirst();
  }

  /** Outcome of a deletion attempt. */
  enum Deletion { DELETED, NOT_FOUND, WRONG_TOKEN }

  Deletion delete(String id, String token) {
    if (!wellFormed(id)) {
      return Deletion.NOT_FOUND;
    }
    List<String> hashes = db.query("SELECT token_hash FROM saved_report WHERE id = ?", rs -> rs.getString(1), id);
    if (hashes.isEmpty()) {
      return Deletion.NOT_FOUND;
    }
    byte[] given = hash(token == null ? "" : token).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(given, hashes.get(0).getBytes(StandardCharsets.US_ASCII))) {
      return Deletion.WRONG_TOKEN;
    }
    db.update("DELETE FROM saved_report WHERE id = ?", id);
    return Deletion.DELETED;
  }

  static boolean wellFormed(String id) {
    return id != null && id.matches("[A-Za-z0-9_-]{22}");
  }

  static String randomId() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hash(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
