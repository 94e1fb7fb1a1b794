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

  /** Whether the glyph is white space only: see {@link #blank}. */
  boolean space() {
    return blank(text);
  }

  /**
   * {@code text.isBlank()}. Asked of every glyph by nearly every pass of the layout, and nearly
   * every glyph is one character: that one is tested alone.
   */
  static boolean blank(String text) {
    return text.length() == 1 ? Character.isWhitespace(text.charAt(0)) : text.isBlank();
  }
}
