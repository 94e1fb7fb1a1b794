package dev.prism.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of the text as the reader saw it.
 *
 * @param span the line in the text, without its line break
 * @param cells the runs of the line between layout gaps, in order, inside {@code span}: a PDF's
 *     segments (text a wide gap or a tab stop sets apart), a DOCX tab stop or table cell, a LaTeX
 *     macro's arguments. Empty when the line is one run.
 * @param style how the line is set, relative to the document's body text
 * @param marks what the line is, where the reader knows it (a styled heading, a list item)
 * @param box where the line stands on its page; null for formats without pages
 */
public record LayoutLine(Span span, List<Span> cells, Style style, Set<Mark> marks, Box box) {
  public LayoutLine {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(style, "style");
    cells = List.copyOf(cells);
    marks = marks.isEmpty() ? Set.of() : Set.copyOf(marks);
    int last = span.offset();
    for (Span c : cells) {
      if (c.offset() < last || c.end() > span.end()) {
        throw new IllegalArgumentException("cells must lie in order inside their line");
      }
      last = c.end();
    }
  }

  /** A line the reader knows only the look of. */
  public static LayoutLine of(Span span, Style style, Set<Mark> marks) {
    return new LayoutLine(span, List.of(), style, marks, null);
  }

  public boolean has(Mark mark) {
    return marks.contains(mark);
  }
}
