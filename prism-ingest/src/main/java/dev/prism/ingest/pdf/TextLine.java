package dev.prism.ingest.pdf;

/**
 * One line of text in reading order, as the layout found it: its words, where it starts, its
 * dominant font, and whether a list glyph was taken off its front. A wrapped sentence or bullet
 * joined into one line keeps where its first physical line stood and how far apart its physical
 * lines are, so that the gap to its neighbours is measured from its real edges.
 *
 * @param x where the text starts (after any bullet glyph), in points from the left edge
 * @param y the baseline of the last physical line, from the top of the page
 * @param column 0 for the whole width or a left column, 1 for a right column
 * @param top the baseline of the first physical line (equal to {@code y} for a single line)
 * @param italic most of its characters are italic
 * @param lead the distance between consecutive baselines inside a joined line; 0 for one line
 */
record TextLine(
    String text, int page, float x, float right, float y, float size, boolean bold, boolean bullet, int column,
    float top, float lead, boolean italic) {

  /** A single physical line. */
  TextLine(String text, int page, float x, float right, float y, float size, boolean bold, boolean bullet, int column) {
    this(text, page, x, right, y, size, bold, bullet, column, y, 0f, false);
  }

  TextLine(String text, int page, float x, float right, float y, float size, boolean bold, boolean italic, boolean bullet,
      int column) {
    this(text, page, x, right, y, size, bold, bullet, column, y, 0f, italic);
  }

  TextLine withText(String t) {
    return new TextLine(t, page, x, right, y, size, bold, bullet, column, top, lead, italic);
  }

  TextLine asBullet(String t, float textX) {
    return new TextLine(t, page, textX, right, y, size, bold, true, column, top, lead, italic);
  }

  /** This line with {@code next}, the physical line just below it, appended as {@code joined}. */
  TextLine wrappedWith(String joined, TextLine next) {
    // The smallest step seen is the block's own spacing; a larger one would already be a gap.
    float step = next.top - y;
    return new TextLine(joined, next.page, x, next.right, next.y, size, bold, bullet, column, top,
        lead > 0 ? Math.min(lead, step) : step, italic);
  }
}
