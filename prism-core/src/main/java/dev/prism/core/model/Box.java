package dev.prism.core.model;

/**
 * Where a line of a PDF stands on its page, in points from the top left corner.
 *
 * @param page the page, from 0
 * @param x where the text starts (after any list glyph)
 * @param right where the text ends
 * @param y the baseline of its last physical line
 * @param column 0 for the full width or a left column, 1 for a right column
 */
public record Box(int page, float x, float right, float y, int column) {
  public Box {
    if (page < 0 || column < 0) {
      throw new IllegalArgumentException("page and column must not be negative");
    }
  }
}
