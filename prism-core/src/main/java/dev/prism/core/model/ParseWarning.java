package dev.prism.core.model;

import java.util.Objects;

/**
 * Something an applicant-tracking system would stumble on. {@code code} is stable (UPPER_SNAKE);
 * {@code message} says what it means and what to do about it.
 */
public record ParseWarning(String code, String message) {
  public ParseWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException("warning code must be UPPER_SNAKE: " + code);
    }
  }
}
