package dev.prism.core.level;

import dev.prism.core.role.Level;
import java.util.List;
import java.util.Objects;

/**
 * The level a resume reads as, with the evidence for it.
 *
 * @param years years of experience from the dates of experience entries, overlaps counted once;
 *     null when no entry has dates
 */
public record LevelEstimate(Level level, Double years, List<String> evidence) {
  public LevelEstimate {
    Objects.requireNonNull(level, "level");
    evidence = List.copyOf(evidence);
  }
}
