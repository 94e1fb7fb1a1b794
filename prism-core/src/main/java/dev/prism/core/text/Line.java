package dev.prism.core.text;

import dev.prism.core.model.LineHint;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the extracted text with its list glyph (if any) taken off. {@code contentStart} and
 * {@code contentEnd} are offsets into the whole text and bound {@code content}.
 */
record Line(
    int start,
    int contentStart,
    int contentEnd,
    String content,
    boolean bullet,
    boolean hintHeading,
    boolean rule) {

  // A list marker: a glyph, or a number such as "1." or "2)". Dashes and asterisks need a space
  // after them so that "-5%" or "*nix" stay text.
  private static final Pattern GLYPH =
      Pattern.compile(
          "^(?:[•●○◦▪▫■□◆◇►▶▸➢➤➔→✓✔✗·‣⁃∙⦿⦾◉]\\s*|[-*+–—]\\s+|\\d{1,2}[.)]\\s+|\\(\\d{1,2}\\)\\s+)");
  private static final Pattern RULE = Pattern.compile("^\\s*(?:[-=_*~]\\s*){3,}$");

  boolean blank() {
    return content.isEmpty();
  }

  Span contentSpan() {
    return Span.between(contentStart, contentEnd);
  }

  int words() {
    return content.isEmpty() ? 0 : Whitespace.splitLength(content);
  }

  static List<Line> split(String text, List<LineHint> hints) {
    Map<Integer, LineHint> byOffset = Segmenter.hintsByOffset(hints);
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      lines.add(of(text, start, end, byOffset.get(start)));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return lines;
  }

  private static Line of(String text, int start, int end, LineHint hint) {
    int cs = start;
    int ce = end;
    while (cs < ce && isSpace(text.charAt(cs))) {
      cs++;
    }
    while (ce > cs && isSpace(text.charAt(ce - 1))) {
      ce--;
    }
    String raw = text.substring(cs, ce);
    boolean rule = !raw.isEmpty() && RULE.matcher(raw).matches();
    boolean bullet = hint != null && hint.bullet();
    if (!rule) {
      Matcher g = GLYPH.matcher(raw);
      // The pattern is anchored at the start: lookingAt finds what find would, without trying
      // every later position.
      if (g.lookingAt() && g.end() < raw.length()) {
        bullet = true;
        cs += g.end();
      }
    }
    String content = text.substring(cs, ce);
    boolean heading = hint != null && hint.heading() && !content.isEmpty();
    return new Line(start, cs, ce, content, bullet && !heading, heading, rule);
  }

  /** White space including the no-break and zero-width kinds PDFs and word processors emit. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff' || c == '\u2007' || c == '\u202f';
  }
}
