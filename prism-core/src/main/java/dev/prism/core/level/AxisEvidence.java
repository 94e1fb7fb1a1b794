package dev.prism.core.level;

import dev.prism.core.model.Span;
import dev.prism.core.role.Level;
import dev.prism.core.role.LevelAxis;
import java.util.List;
import java.util.Objects;

/**
 * What a resume shows along one axis of the matrix: the level it reaches there (two lines and two
 * different words at that level or above) and the spans that show it, highest level first.
 *
 * @param level the level reached; junior when nothing above it is shown twice
 * @param shown the evidence found, at every level, highest first
 */
public record AxisEvidence(LevelAxis axis, Level level, List<Shown> shown) {
  public AxisEvidence {
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(level, "level");
    shown = List.copyOf(shown);
  }

  /** Evidence shown at {@code at} or above. */
  public List<Shown> atLeast(Level at) {
    return shown.stream().filter(s -> s.level().ordinal() >= at.ordinal()).toList();
  }

  /**
   * One piece of evidence: the words that matched, the level they belong to, and where.
   *
   * @param line the whole line (bullet, title or summary line) the words are in, as a span
   */
  public record Shown(String words, Level level, Span span, Span line) {
    public Shown {
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(line, "line");
    }
  }
}
