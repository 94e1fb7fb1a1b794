package dev.prism.report;

import dev.prism.core.model.Extraction;
import dev.prism.core.model.Span;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Maps spans of the extracted text (UTF-16 offsets, see {@link Span}) to line and column regions of
 * the source file, so that SARIF annotations land on the right lines in code review.
 *
 * <p>For plain text and Markdown the extracted text is the source, so lines match exactly. A reader
 * whose text differs from its source (LaTeX drops macros) can supply the offset mapping with
 * {@link #mapped}; formats without lines (PDF, DOCX) have {@link #NONE}, and their results carry the
 * file but no region.
 */
public interface SourceMap {

  /** The region of the source a span came from, if the source has lines to point at. */
  Optional<Region> region(Span span);

  /** No regions: for sources that are not line-oriented text. */
  SourceMap NONE = span -> Optional.empty();

  /** Formats whose extracted text is the source file's text, line for line. */
  Set<String> TEXT_IS_SOURCE = Set.of("text", "markdown");

  /** The map for an extraction: its text when that is the source, else none. */
  static SourceMap of(Extraction x) {
    return TEXT_IS_SOURCE.contains(x.format()) ? text(x.text()) : NONE;
  }

  /** Regions in {@code source} itself. */
  static SourceMap text(String source) {
    return mapped(source, IntUnaryOperator.identity());
  }

  /**
   * Regions in {@code source}, for a reader that knows which source offset each offset of its
   * extracted text came from. {@code toSource} must be monotonic and stay within the source.
   */
  static SourceMap mapped(String source, IntUnaryOperator toSource) {
    Lines lines = new Lines(source);
    return span -> {
      int start = toSource.applyAsInt(span.offset());
      // The end maps through its last character, so a span never stretches over dropped markup.
      int end = span.length() == 0 ? start : toSource.applyAsInt(span.end() - 1) + 1;
      return Optional.of(new Region(lines.line(start), lines.column(start), lines.line(end), lines.column(end)));
    };
  }

  /**
   * Whole-line regions in {@code source}, for a reader that knows only which source line each part
   * of its text came from (the LaTeX reader): a finding covers the source line its span starts on.
   */
  static SourceMap lines(String source, java.util.function.IntUnaryOperator toSourceLine) {
    String[] sourceLines = source.split("\r\n|\r|\n", -1);
    return span -> {
      int line = Math.max(1, Math.min(sourceLines.length, toSourceLine.applyAsInt(span.offset())));
      return Optional.of(new Region(line, 1, line, sourceLines[line - 1].length() + 1));
    };
  }

  /**
   * A SARIF region: 1-based lines and columns, columns counted in UTF-16 code units (SARIF's default
   * {@code columnKind}); {@code endColumn} is one past the last character.
   */
  record Region(int startLine, int startColumn, int endLine, int endColumn) {
    public Region {
      if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1
          || endLine == startLine && endColumn < startColumn) {
        throw new IllegalArgumentException("not a region: " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
      }
    }
  }

  /** Line starts of a text, for offset to line and column lookups by binary search. */
  final class Lines {
    private final int[] starts;
    private final int length;

    Lines(String text) {
      int[] s = new int[16];
      int n = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        // \r\n, \n and a lone \r each end a line, as editors count them.
        if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      this.starts = Arrays.copyOf(s, n);
      this.length = text.length();
    }

    int line(int offset) {
      int o = Math.max(0, Math.min(offset, length));
      int i = Arrays.binarySearch(starts, o);
      return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
      int o = Math.max(0, Math.min(offset, length));
      return o - starts[line(o) - 1] + 1;
    }
  }
}
