package dev.prism.core.model;

/**
 * A stretch of the extracted resume text.
 *
 * <p>Every span in Prism is a pair of UTF-16 code-unit offsets into the one text a reader produced
 * ({@link Extraction#text()}), the same units {@link String#substring(int, int)} uses. A span never
 * points outside that text.
 */
public record Span(int offset, int length) {
  public static final Span EMPTY = new Span(0, 0);

  public Span {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("span must not be negative: " + offset + "+" + length);
    }
  }

  public int end() {
    return offset + length;
  }

  public static Span between(int start, int end) {
    return new Span(start, end - start);
  }

  /** The smallest span that covers both. */
  public Span union(Span other) {
    return between(Math.min(offset, other.offset), Math.max(end(), other.end()));
  }

  public boolean contains(Span other) {
    return other.offset >= offset && other.end() <= end();
  }

  public String of(String text) {
    return text.substring(offset, end());
  }
}
