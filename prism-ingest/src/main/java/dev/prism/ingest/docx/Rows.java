package dev.prism.ingest.docx;

import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a row of a layout table reads. Resumes use tables to set parts of one line apart ("Backend
 * Engineer | 2019 – 2023", "Acme Corp | Berlin", "Phone: | +1 555 0100"), to keep a column of
 * dates or of section labels beside the content, and to build sidebars. A row whose cells each
 * hold one short line is one line with a cell per table cell; where one cell holds more (a dates
 * cell beside a job's title, employer and bullets), the first lines make that line and the rest of
 * each cell follows; a first cell that only names a section ("EXPERIENCE" in a label column) is a
 * line of its own above it. Rows of long cells, or of two cells holding several lines each
 * (columns), are read cell by cell, and a narrow column of several lines there is a sidebar.
 */
final class Rows {
  /** A line up to this long can be a part of a row's line: a title, a date range, an employer, a place. */
  static final int SHORT = 80;
  private static final int SHORT_WORDS = 12;
  /** A box at most this share of the text's width is narrow beside the text... */
  static final double SIDEBAR_SHARE = 0.4;
  /** ...and a column narrower than this share of a column beside it is narrow beside it... */
  static final double NARROWER = 0.75;
  /** ...and either is a sidebar when it holds at least this many lines. */
  static final int SIDEBAR_LINES = 4;

  /** A table cell's lines, and its width in twips (0 when the document does not give it in twips). */
  record Cell(List<DocLine> lines, double width) {
    int filled() {
      int n = 0;
      for (DocLine l : lines) {
        n += l.blank() ? 0 : 1;
      }
      return n;
    }

    DocLine first() {
      for (DocLine l : lines) {
        if (!l.blank()) {
          return l;
        }
      }
      return null;
    }

    /** The lines after the first that holds text. */
    List<DocLine> rest() {
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).blank()) {
          return lines.subList(i + 1, lines.size());
        }
      }
      return List.of();
    }
  }

  private Rows() {}

  /**
   * Adds a row's lines to {@code out}; {@code top} when no text came before the row, where a
   * sidebar column yields the lead to the name beside it (see {@link #nameFirst}).
   */
  static void place(List<Cell> row, List<DocLine> out, boolean top) {
    List<Cell> filled = row.stream().filter(c -> c.filled() > 0).toList();
    if (filled.size() >= 2 && filled.get(0).filled() == 1 && namesSection(filled.get(0).first())) {
      out.add(filled.get(0).first());
      filled = filled.subList(1, filled.size());
    }
    if (filled.size() >= 2 && joinable(filled)) {
      out.add(joined(filled));
      for (Cell c : filled) {
        Walk.addAll(out, c.rest());
      }
      return;
    }
    List<Cell> sidebars = sidebars(filled);
    List<List<DocLine>> columns = new ArrayList<>();
    for (Cell c : filled) {
      boolean sidebar = sidebars.stream().anyMatch(s -> s == c);
      columns.add(sidebar ? sidebar(c.lines()) : c.lines());
    }
    for (List<DocLine> column : top ? nameFirst(columns) : columns) {
      Walk.addAll(out, column);
    }
  }

  /** The lines marked as a sidebar's. */
  static List<DocLine> sidebar(List<DocLine> lines) {
    return lines.stream().map(l -> l.blank() ? l : l.marked(Mark.SIDEBAR)).toList();
  }

  /**
   * Columns at the top of a document in the order they are read, save that when the first is a
   * sidebar that does not start with a name and a later column does, that column's name line
   * comes first: the name leads a resume whichever side its sidebar stands on.
   */
  static List<List<DocLine>> nameFirst(List<List<DocLine>> columns) {
    if (columns.size() < 2 || columns.get(0).isEmpty() || !firstLine(columns.get(0)).has(Mark.SIDEBAR)
        || namedBy(firstLine(columns.get(0)))) {
      return columns;
    }
    for (int i = 1; i < columns.size(); i++) {
      List<DocLine> c = columns.get(i);
      DocLine name = firstLine(c);
      if (name != null && namedBy(name)) {
        List<List<DocLine>> out = new ArrayList<>();
        out.add(List.of(name));
        for (int j = 0; j < columns.size(); j++) {
          out.add(j == i ? c.subList(c.indexOf(name) + 1, c.size()) : columns.get(j));
        }
        return out;
      }
    }
    return columns;
  }

  private static DocLine firstLine(List<DocLine> lines) {
    return lines.stream().filter(l -> !l.blank()).findFirst().orElse(null);
  }

  private static boolean namedBy(DocLine l) {
    return l != null && (l.role() == DocLine.Role.TITLE || Names.nameLike(Names.firstPart(l.text())));
  }

  /**
   * A heading, or a section's standard wording: "EXPERIENCE" in a label column. A label with a
   * colon ("Languages:") heads its value in the next cell, and a qualified wording ("Programming
   * Languages") is a skill group's label, not a section.
   */
  private static boolean namesSection(DocLine l) {
    return l.has(Mark.HEADING)
        || !l.text().endsWith(":") && DocxText.namesSection(l.text());
  }

  /**
   * The first lines of the cells make one line when each is short and plain text (no heading, list
   * item or title), and at most one cell goes on past its first line.
   */
  private static boolean joinable(List<Cell> cells) {
    int longer = 0;
    for (Cell c : cells) {
      DocLine f = c.first();
      if (f.text().length() > SHORT || f.text().split("\\s+").length > SHORT_WORDS || f.has(Mark.HEADING)
          || f.has(Mark.LIST_ITEM) || f.role() != DocLine.Role.TEXT) {
        return false;
      }
      longer += c.filled() > 1 ? 1 : 0;
    }
    return longer <= 1;
  }

  /** The cells' first lines as one line, each a cell of it (or its own cells, where it has tab stops). */
  private static DocLine joined(List<Cell> cells) {
    StringBuilder text = new StringBuilder();
    List<Span> spans = new ArrayList<>();
    List<RunStyle.Weighted> looks = new ArrayList<>();
    Set<Mark> marks = EnumSet.noneOf(Mark.class);
    for (Cell c : cells) {
      DocLine f = c.first();
      if (text.length() > 0) {
        text.append("  ");
      }
      int base = text.length();
      if (f.cells().isEmpty()) {
        spans.add(new Span(base, f.text().length()));
      } else {
        for (Span s : f.cells()) {
          spans.add(new Span(base + s.offset(), s.length()));
        }
      }
      text.append(f.text());
      looks.add(new RunStyle.Weighted(f.look(), f.text().replace(" ", "").length()));
      marks.addAll(f.marks());
    }
    return new DocLine(text.toString(), spans, RunStyle.of(looks, cells.get(0).first().look()), marks, DocLine.Role.TEXT);
  }

  /**
   * The cells of a row read as columns that are sidebars: narrower than {@link #NARROWER} of a cell
   * beside them, and both holding {@link #SIDEBAR_LINES} lines or more.
   */
  private static List<Cell> sidebars(List<Cell> filled) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : filled) {
      if (c.width() > 0 && c.filled() >= SIDEBAR_LINES
          && filled.stream().anyMatch(o -> c.width() < NARROWER * o.width() && o.filled() >= SIDEBAR_LINES)) {
        out.add(c);
      }
    }
    return out;
  }
}
