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
 * @param technologyCategories the category of each mention of a technology, in text order, a name
 *     named twice counted twice: what rules weigh a bullet's technologies by, without matching again
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
    List<String> technologies,
    List<String> technologyCategories) {

  public BulletAnalysis {
    Objects.requireNonNull(text, "text");
    if (strength < 0 || strength > 100) {
      throw new IllegalArgumentException("strength out of range: " + strength);
    }
    reasons = List.copyOf(reasons);
    dimensions = Set.copyOf(dimensions);
    technologies = List.copyOf(technologies);
    technologyCategories = List.copyOf(technologyCategories);
  }

  /**
   * The structure the strength is computed from.
   *
   * @param kind whether the line is a bullet at all
   * @param lead how the bullet opens
   * @param resultMetric a figure that measures a result (%, x, ms, $, req/s, time saved)
   * @param beforeAfter a figure from one value to another
   * @param outcomeClause an outcome of any kind: a figure, an effect, adoption
   * @param outcome what kind of outcome the bullet names
   * @param credited the outcome follows from the person's own action and method
   * @param method the technique or technology the work was done with
   * @param activityCount a number that counts activity (bugs, tickets, pages) rather than a result
   */
  public record Features(
      Kind kind,
      Lead lead,
      boolean topic,
      int words,
      boolean resultMetric,
      boolean beforeAfter,
      boolean outcomeClause,
      Outcome outcome,
      boolean credited,
      boolean method,
      boolean scope,
      boolean leadership,
      boolean activityCount,
      boolean firstPerson,
      boolean passive,
      int technologies) {

    /** Whether the opening hides the person's own part (duty, presence, or no verb of theirs). */
    public boolean weakLead() {
      return switch (lead) {
        case PRESENCE, DUTY, SELF, NOUN, OTHER -> true;
        case STRONG, ACTION, MINOR, ROUTINE, PRESENT, GERUND, ROLE -> false;
      };
    }
  }

  /** What kind of line a "bullet" is; only {@link #BULLET} is judged as one in a resume. */
  public enum Kind {
    BULLET,
    /** A list of technologies ("Tech stack: Go, Redis"). */
    TECH_LIST,
    /** A heading or a fragment of a few words. */
    HEADING,
    /** Text run together: words glued by the export, or several lines read as one. */
    GLUED
  }

  /** How a bullet opens. */
  public enum Lead {
    /** A past-tense verb that claims building, owning or changing: "Designed", "Cut". */
    STRONG,
    /** Another past-tense verb: "Extended", "Wired". */
    ACTION,
    /** A smaller act: "Fixed", "Analyzed", "Added". */
    MINOR,
    /** Upkeep or use: "Maintained", "Managed", "Used". */
    ROUTINE,
    /** A verb in the present, as in a job description: "Develop new services". */
    PRESENT,
    /** An ongoing "-ing" duty: "Building data warehouse". */
    GERUND,
    /** A noun for a duty: "Development of", "Maintenance of". */
    NOUN,
    /** A title: "Lead developer of", "Architect of". */
    ROLE,
    /** Being there or helping: "Worked on", "Helped", "Part of". */
    PRESENCE,
    /** A duty or aim: "Responsible for", "Tasked with". */
    DUTY,
    /** About the person rather than the work: learned, won, promoted. */
    SELF,
    /** No verb of the person's: "The platform was built using", "10+ people contributed". */
    OTHER
  }

  /** The kind of outcome a bullet names, the most convincing one when there are several. */
  public enum Outcome {
    /** A measured result or a before and after. */
    MEASURED,
    /** What the work ended or made possible, in words ("retired three logging systems"). */
    EFFECT,
    /** Who uses it: users, teams, production. */
    ADOPTION,
    /** A figure of reach or sales (traffic, engagement, revenue) that one engineer rarely explains. */
    VANITY,
    /** A quality improved with no measure ("improving efficiency"). */
    VAGUE,
    NONE
  }
}
