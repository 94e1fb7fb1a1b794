package dev.prism.core.level;

import dev.prism.core.role.Level;
import dev.prism.core.role.LevelAxis;
import java.util.List;
import java.util.Objects;

/**
 * The level a resume reads as, how sure that is, and the evidence for it.
 *
 * @param years professional years from the timeline (full-time, contract and founder ranges merged;
 *     see {@link Timeline}); null when no such position has dates
 * @param evidence the reasons, in words for people, strongest first
 * @param confidence how far the kinds of evidence agreed
 * @param axes what the resume shows along each axis of the matrix, in the matrix's order
 * @param timeline the classified positions the years come from
 * @param signals what the level was weighed from
 */
public record LevelEstimate(
    Level level,
    Double years,
    List<String> evidence,
    Confidence confidence,
    List<AxisEvidence> axes,
    Timeline timeline,
    LevelSignals signals) {
  public LevelEstimate {
    Objects.requireNonNull(level, "level");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(confidence, "confidence");
    axes = List.copyOf(axes);
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(signals, "signals");
  }

  /** The evidence along one axis. */
  public AxisEvidence axis(LevelAxis a) {
    return axes.stream().filter(x -> x.axis() == a).findFirst().orElseThrow();
  }
}
