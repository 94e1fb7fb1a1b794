package dev.prism.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One position, project, degree or similar item within a section. Header fields the resume did not
 * give are null. {@code lines} keeps non-bullet description text.
 */
public record Entry(
    Field title,
    Field organization,
    Field location,
    DateRange dates,
    List<Bullet> bullets,
    List<Field> lines,
    Span span) {
  public Entry {
    bullets = List.copyOf(bullets);
    lines = List.copyOf(lines);
    Objects.requireNonNull(span, "span");
  }
}
