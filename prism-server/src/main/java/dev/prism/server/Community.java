package dev.prism.server;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Comments under guides and reviews of Prism. Text is stored exactly as given and escaped by every
 * page that shows it; nothing here interprets markup.
 */
final class Community {
  static final int MAX_BODY = 1000;
  static final int MAX_AUTHOR = 80;

  private final Database db;
  private final Clock clock;

  Community(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** A comment as shown. */
  record Comment(long id, String slug, String author, String body, long createdAt, boolean hidden) {
    Comment {
      Objects.requireNonNull(slug, "slug");
      Objects.requireNonNull(author, "author");
      Objects.requireNonNull(body, "body");
    }
  }

  /** A review as shown; {@code subject} is "" for Prism itself, else a guide's slug. */
  record Review(long id, int stars, String author, String body, long createdAt, String subject, boolean hidden) {
    Review {
      if (stars < 1 || stars > 5) {
        throw new IllegalArgumentException("stars must be 1..5");
      }
      Objects.requireNonNull(subject, "subject");
    }
  }

  /** The same client reviewed the same subject before. */
  static final class AlreadyReviewed extends RuntimeException {
    AlreadyReviewed() {
      super(null, null, false, false);
    }
  }

  /** Average stars (one decimal) and count. */
  record Summary(double average, int count) {
    /** As shown on the page: "4.8 · 127 reviews". */
    String display() {
      return count == 0 ? "No reviews yet" : String.format(java.util.Locale.ROOT, "%.1f · %d review%s", average, count, count == 1 ? "" : "s");
    }
  }

  Comment addComment(String slug, String author, String body) {
    long now = clock.millis();
    long id = db.insert("INSERT INTO guide_comment (slug, author, body, created_at, hidden) VALUES (?, ?, ?, ?, FALSE)",
        slug, author, body, now);
    return new Comment(id, slug, author, body, now, false);
  }

  /** Visible comments of one guide, oldest first; moderators also see hidden ones. */
  List<Comment> comments(String slug, boolean includeHidden) {
    return db.query("SELECT id, slug, author, body, created_at, hidden FROM guide_comment WHERE slug = ?"
        + (includeHidden ? "" : " AND hidden = FALSE") + " ORDER BY created_at, id", Community::comment, slug);
  }

  boolean hideComment(long id, boolean hidden) {
    return db.update("UPDATE guide_comment SET hidden = ? WHERE id = ?", hidden, id) == 1;
  }

  boolean deleteComment(long id) {
    return db.update("DELETE FROM guide_comment WHERE id = ?", id) == 1;
  }

  /**
   * Stores a review; throws {@link AlreadyReviewed} when this client has one for this subject.
   * The unique index decides, so two nodes racing on the same client still keep one.
   */
  Review addReview(int stars, String author, String body, String subject, String client) {
    long now = clock.millis();
    long id;
    try {
      id = db.insert("INSERT INTO review (stars, author, body, created_at, subject, client_hash) VALUES (?, ?, ?, ?, ?, ?)",
          stars, author, body, now, subject, SavedReports.hash("review-client:" + client));
    } catch (Database.StorageException e) {
      if (e.duplicateKey()) {
        throw new AlreadyReviewed();
      }
      throw e;
    }
    return new Review(id, stars, author, body, now, subject, false);
  }

  /** The newest reviews of one subject; moderators also see hidden ones. */
  List<Review> reviews(String subject, int limit, boolean includeHidden) {
    return db.query("SELECT id, stars, author, body, created_at, subject, hidden FROM review WHERE subject = ?"
        + (includeHidden ? "" : " AND hidden = FALSE") + " ORDER BY created_at DESC, id DESC", Community::review, subject)
        .stream().limit(limit).toList();
  }

  boolean hideReview(long id, boolean hidden) {
    return db.update("UPDATE review SET hidden = ? WHERE id = ?", hidden, id) == 1;
  }

  boolean deleteReview(long id) {
    return db.update("DELETE FROM review WHERE id = ?", id) == 1;
  }

  /** Average and count of the visible reviews of one subject. */
  Summary summary(String subject) {
    return db.query("SELECT COUNT(*), COALESCE(SUM(stars), 0) FROM review WHERE subject = ? AND hidden = FALSE", rs -> {
      int n = rs.getInt(1);
      long sum = rs.getLong(2);
      return new Summary(n == 0 ? 0 : Math.round(sum * 10.0 / n) / 10.0, n);
    }, subject).get(0);
  }

  private static Comment comment(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Comment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getBoolean(6));
  }

  private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Review(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
        rs.getBoolean(7));
  }
}
