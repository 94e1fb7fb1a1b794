package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the resume, pointing at the text it concerns.
 *
 * @param penalty points taken off its dimension's 0-100 sub-score (0 for findings that only
 *     explain, such as a weak opener whose cost is already in the bullet's strength)
 */
public record Finding(
    String rule,
    Severity severity,
    Dimension dimension,
    String message,
    Span span,
    List<Suggestion> suggestions,
    double penalty) {
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    suggestions = List.copyOf(suggestions);
    if (penalty < 0) {
      throw new IllegalArgumentException("penalty must not be negative");
    }
  }
}
