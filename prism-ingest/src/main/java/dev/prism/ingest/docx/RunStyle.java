package dev.prism.ingest.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a stretch of a Word document is set: size in points, weight, slant, and the two kinds of
 * capitals Word draws from lower-case text. For a run it is what {@link StyleSheet} resolves; for
 * a line it is what most of its characters have.
 *
 * @param points the size in points; 0 when nothing in the style chain gives one
 * @param smallCaps {@code w:smallCaps}: lower-case letters drawn as small capitals; the text keeps
 *     the case it was typed in
 * @param caps {@code w:caps}: every letter drawn as a capital; the text is upper-cased to match
 */
record RunStyle(double points, boolean bold, boolean italic, boolean smallCaps, boolean caps) {
  /** Nothing known. */
  static final RunStyle NONE = new RunStyle(0, false, false, false, false);

  /** A stretch of text in one look, {@code chars} characters long (white space not counted). */
  record Weighted(RunStyle look, int chars) {}

  /**
   * The look of most of the characters: the size most of them are set in, and bold, italic or
   * capitals when more than half of them are. {@code fallback} when no part has a character.
   */
  static RunStyle of(List<Weighted> parts, RunStyle fallback) {
    int chars = 0;
    int bold = 0;
    int italic = 0;
    int smallCaps = 0;
    int caps = 0;
    Map<Double, Integer> bySize = new HashMap<>();
    for (Weighted w : parts) {
      int n = w.chars();
      if (n <= 0) {
        continue;
      }
      chars += n;
      RunStyle s = w.look();
      if (s.points() > 0) {
        bySize.merge(s.points(), n, Integer::sum);
      }
      bold += s.bold() ? n : 0;
      italic += s.italic() ? n : 0;
      smallCaps += s.smallCaps() ? n : 0;
      caps += s.caps() ? n : 0;
    }
    if (chars == 0) {
      return fallback;
    }
    // Ties go to the larger size, so that the outcome does not hang on the map's order.
    double size = 0;
    int most = 0;
    for (Map.Entry<Double, Integer> e : bySize.entrySet()) {
      if (e.getValue() > most || e.getValue() == most && e.getKey() > size) {
        size = e.getKey();
        most = e.getValue();
      }
    }
    return new RunStyle(size, bold * 2 > chars, italic * 2 > chars, smallCaps * 2 > chars, caps * 2 > chars);
  }
}
