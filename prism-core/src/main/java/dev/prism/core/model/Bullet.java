package dev.prism.core.model;

import java.util.Objects;

/**
 * One bullet point: a line (or wrapped lines) describing a piece of work. {@code text} is the bullet
 * without its glyph and with wrapped lines joined by single spaces; {@code span} covers the text as it
 * stands in the extraction, glyph excluded.
 */
public record Bullet(String text, Span span) {
  public Bullet {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
