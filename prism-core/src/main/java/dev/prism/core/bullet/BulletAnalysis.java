package dev.prism.core.bullet;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What Prism makes of one bullet.
 *
 * @param strength 0 to 100
 * @param reasons what raised or lowered the strength, in words for the person, most important first
 * @param suggestion a stronger version that keeps every fact and marks what the person must supply
 *     in [brackets]; null when the bullet is already strong
 * @param weakPhrase the weak lead phrase or word, as a span relative to the bullet text, if any
 * @param dimensions the role dimensions the bullet gives evidence for
 * @param technologies canonical names of technologies the bullet names
 */
public record BulletAnalysis(
    String text,
    int strength,
    BulletLabel label,
    List<String> reasons,
    String suggestion,
    Features features,
    Span weakPhrase,
    Set<Dimension> dimensions,
    List<String> technologies) {

  public BulletAnalysis {
    Objects.requireNonNull(text, "text");
    if (strength < 0 || strength > 100) {
      throw new IllegalArgumentException("strength out of range: " + strength);
    }
    reasons = List.copyOf(reasons);
    dimensions = Set.copyOf(dimensions);
    technologies = List.copyOf(technologies);
  }

  /** The signals the strength is computed from. */
  public record Features(
      Opener opener,
      int words,
      boolean resultMetric,
      boolean beforeAfter,
      boolean outcomeClause,
      boolean method,
      boolean scope,
      boolean leadership,
      boolean activityCount,
      boolean firstPerson,
      boolean passive,
      int weakPhrases,
      int technologies) {}

  /** The kind of verb the bullet opens with. */
  public enum Opener {
    STRONG,
    NEUTRAL,
    WEAK,
    NONE
  }
}
