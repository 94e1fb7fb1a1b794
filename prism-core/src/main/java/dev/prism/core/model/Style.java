package dev.prism.core.model;

/**
 * How a line is set, as far as the reader can tell.
 *
 * @param size the type size relative to the document's body text (1 is the body size, 1.4 a
 *     heading set 40% larger); 0 when the reader does not know sizes
 * @param bold most of the line is bold
 * @param italic most of the line is italic
 * @param smallCaps the line is set in small capitals (its lower-case letters drawn as small
 *     capitals), which text extraction alone cannot tell from capitals
 */
public record Style(float size, boolean bold, boolean italic, boolean smallCaps) {
  /** Nothing known. */
  public static final Style UNKNOWN = new Style(0, false, false, false);
  /** The body text's size, upright, regular weight. */
  public static final Style BODY = new Style(1, false, false, false);

  public Style {
    if (size < 0 || Float.isNaN(size)) {
      throw new IllegalArgumentException("size must be 0 (unknown) or positive: " + size);
    }
  }

  public boolean sizeKnown() {
    return size > 0;
  }

  /** Set apart from the body text: larger, bold or in small capitals. */
  public boolean distinctive() {
    return size >= 1.08f || bold || smallCaps;
  }
}
