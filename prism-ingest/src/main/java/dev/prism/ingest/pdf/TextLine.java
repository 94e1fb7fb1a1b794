package dev.prism.ingest.pdf;

/**
 * One line of text in reading order, as the layout found it: its words, where it starts, its
 * dominant font, and whether a list glyph was taken off its front.
 *
 * @param x where the text starts (after any bullet glyph), in points from the left edge
 * @param y the baseline, from the top of the page
 * @param column 0 for the whole width or a left column, 1 for a right column
 */
record TextLine(
    String text, int page, float x, float right, float y, float size, boolean bold, boolean bullet, int column) {

  TextLine withText(String t) {
    return new TextLine(t, page, x, right, y, size, bold, bullet, column);
  }

  TextLine asBullet(String t, float textX) {
    return new TextLine(t, page, textX, right, y, size, bold, true, column);
  }
}
