package dev.prism.ingest.pdf;

/**
 * One glyph as PDFBox placed it on the page: top-left based coordinates in points, the font size
 * weight and slant, and the text it maps to (already normalized, possibly several characters for a
 * ligature).
 *
 * @param y the baseline, measured from the top of the page
 */
record Glyph(String text, float x, float y, float width, float height, float size, boolean bold, boolean italic) {
  Glyph(String text, float x, float y, float width, float height, float size, boolean bold) {
    this(text, x, y, width, height, size, bold, false);
  }

  float right() {
    return x + width;
  }

  boolean space() {
    return text.isBlank();
  }
}
