package dev.prism.core.model;

import java.util.Objects;

/** A value read from the resume together with where it stands in the text. */
public record Field(String value, Span span) {
  public Field {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
  }
}
