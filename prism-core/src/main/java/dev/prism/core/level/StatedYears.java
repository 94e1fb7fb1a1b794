package dev.prism.core.level;

import dev.prism.core.model.Span;
import java.util.Objects;

/**
 * A figure of experience the resume states about itself ("6+ years of experience"), with where.
 *
 * @param atLeast whether it was written as a minimum ("6+", "over six")
 */
public record StatedYears(double years, boolean atLeast, String text, Span span) {
  public StatedYears {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (years < 0 || years > 60) {
      throw new IllegalArgumentException("stated years out of range: " + years);
    }
  }
}
