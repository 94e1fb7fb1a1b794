package dev.prism.core.level;

import dev.prism.core.role.Level;

/**
 * The signals a level estimate is weighed from, kept so that the weighing can be cross-checked
 * (the evaluation re-weighs them leaving each resume out in turn).
 *
 * @param evidence the level the matrix's axes show, as the mean of the two highest axes (0 junior
 *     to 3 staff), or −1 when the resume has no line to read evidence from
 * @param title the most recent title's level, or null when it has no level word
 * @param titleStrength 1 for a title word, less for a numbered grade; 0 without a title
 * @param years the level the matrix gives the professional years, or null without years
 * @param staffShown whether an axis other than metrics reaches staff
 * @param leadershipShown whether collaboration reaches senior or above (mentoring, leading a team)
 * @param seniorTitle whether the most recent title has a senior or higher title word (not a grade)
 * @param student whether a student or new graduate (not one working full-time while studying)
 */
public record LevelSignals(
    double evidence, Level title, double titleStrength, Level years, boolean staffShown, boolean leadershipShown, boolean seniorTitle, boolean student) {

  /** How much each kind of evidence weighs where they disagree. */
  public record Weights(double evidence, double title, double years) {
    public Weights {
      if (evidence < 0 || title < 0 || years < 0) {
        throw new IllegalArgumentException("weights must not be negative");
      }
    }
  }
}
