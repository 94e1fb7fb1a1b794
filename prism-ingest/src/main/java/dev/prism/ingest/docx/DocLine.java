package dev.prism.ingest.docx;

import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A line of a Word document as the walk meets it, before its place in the text is settled: the
 * walk reads table cells apart and may join them, and header lines may go in above it.
 *
 * @param text the line, tabs turned into two spaces; empty for a blank line
 * @param cells the runs of the line between tab stops or table cells, as offsets into {@code text};
 *     empty when the line is one run
 * @param look how most of the line is set
 * @param marks what the document's structure says the line is
 * @param role what the line's paragraph style makes it to the contact block
 * @param level the outline level of the heading style its paragraph is in (0 for "Heading 1"), -1
 *     when none or unknown
 */
record DocLine(String text, List<Span> cells, RunStyle look, Set<Mark> marks, Role role, int level) {
  /** What a paragraph style makes a line, beyond a heading or a list item. */
  enum Role {
    TEXT,
    /** The first line of a paragraph in the Title style, where templates put the person's name. */
    TITLE,
    /** A line of a paragraph in the Subtitle style, where templates put the headline. */
    SUBTITLE,
    /** A line of a paragraph in a heading style ("Heading 1"), which may set the name large. */
    HEADING_STYLE
  }

  static final DocLine BLANK = new DocLine("", List.of(), RunStyle.NONE, Set.of(), Role.TEXT);

  /** A line that is no heading of a known level. */
  DocLine(String text, List<Span> cells, RunStyle look, Set<Mark> marks, Role role) {
    this(text, cells, look, marks, role, -1);
  }

  DocLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(look, "look");
    Objects.requireNonNull(role, "role");
    cells = List.copyOf(cells);
    marks = marks.isEmpty() ? Set.of() : Set.copyOf(marks);
    for (Span c : cells) {
      if (c.end() > text.length()) {
        throw new IllegalArgumentException("a cell lies outside its line");
      }
    }
  }

  boolean blank() {
    return text.isEmpty();
  }

  boolean has(Mark mark) {
    return marks.contains(mark);
  }

  /** The same line with one more mark. */
  DocLine marked(Mark mark) {
    Set<Mark> m = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    m.add(mark);
    return new DocLine(text, cells, look, m, role, level);
  }

  /** The same line without a mark. */
  DocLine unmarked(Mark mark) {
    Set<Mark> m = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    m.remove(mark);
    return new DocLine(text, cells, look, m, role, level);
  }
}
