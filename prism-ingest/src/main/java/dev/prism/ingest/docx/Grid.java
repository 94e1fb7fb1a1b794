package dev.prism.ingest.docx;

import dev.prism.ingest.DocxReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * A table's rows and cells where its grid places them: which grid column each cell starts in, how
 * many it spans, and whether it starts or continues a vertical merge. Rows and cells wrapped in
 * content controls (Word's repeating sections) are taken in place.
 */
final class Grid {
  private static final String W = Walk.W;
  private static final QName ROW = new QName(W, "tr");
  private static final QName CELL = new QName(W, "tc");
  private static final QName CELL_PROPERTIES = new QName(W, "tcPr");
  private static final QName CELL_WIDTH = new QName(W, "tcW");
  private static final QName GRID_SPAN = new QName(W, "gridSpan");
  private static final QName V_MERGE = new QName(W, "vMerge");
  private static final QName TABLE_GRID = new QName(W, "tblGrid");
  private static final QName GRID_COLUMN = new QName(W, "gridCol");
  private static final QName WIDTH = new QName(W, "w");
  private static final QName TYPE = new QName(W, "type");
  /** A column layout has at least this many rows beside its long cell. */
  private static final int COLUMN_ROWS = 3;

  enum Merge {
    NONE,
    RESTART,
    CONTINUE
  }

  /** A cell, the grid column it starts in, the columns it spans, and its width in twips (0 when unknown). */
  record Cell(XmlObject xml, int column, int span, Merge merge, double width) {}

  final List<List<Cell>> rows = new ArrayList<>();
  /** The grid's column widths in twips; empty when the table gives none. */
  private final List<Double> columns = new ArrayList<>();

  private Grid() {}

  static Grid of(XmlObject table, Walk walk, int depth) {
    Grid g = new Grid();
    try (XmlCursor c = table.newCursor()) {
      if (c.toChild(TABLE_GRID)) {
        for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
          if (GRID_COLUMN.equals(c.getName())) {
            g.columns.add(number(c.getAttributeText(WIDTH)));
          }
        }
      }
    }
    g.rows(table, walk, depth);
    return g;
  }

  private void rows(XmlObject container, Walk walk, int depth) {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if (ROW.equals(c.getName())) {
          List<Cell> row = new ArrayList<>();
          cells(c.getObject(), row, walk, depth);
          rows.add(row);
        } else if (depth < DocxReader.MAX_DEPTH) {
          XmlObject content = walk.wrapped(c);
          if (content != null) {
            rows(content, walk, depth + 1);
          }
        }
      }
    }
  }

  private void cells(XmlObject row, List<Cell> out, Walk walk, int depth) {
    try (XmlCursor c = row.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if (CELL.equals(c.getName())) {
          int column = out.isEmpty() ? 0 : out.get(out.size() - 1).column() + out.get(out.size() - 1).span();
          out.add(cell(c, column));
        } else if (depth < DocxReader.MAX_DEPTH) {
          XmlObject content = walk.wrapped(c);
          if (content != null) {
            cells(content, out, walk, depth + 1);
          }
        }
      }
    }
  }

  private Cell cell(XmlCursor at, int column) {
    int span = 1;
    Merge merge = Merge.NONE;
    double width = 0;
    try (XmlCursor c = at.newCursor()) {
      if (c.toChild(CELL_PROPERTIES)) {
        try (XmlCursor p = c.newCursor()) {
          if (p.toChild(GRID_SPAN)) {
            span = (int) Math.max(1, Math.min(64, number(p.getAttributeText(Walk.VAL))));
          }
        }
        try (XmlCursor p = c.newCursor()) {
          if (p.toChild(V_MERGE)) {
            merge = "restart".equals(p.getAttributeText(Walk.VAL)) ? Merge.RESTART : Merge.CONTINUE;
          }
        }
        try (XmlCursor p = c.newCursor()) {
          if (p.toChild(CELL_WIDTH)) {
            String type = p.getAttributeText(TYPE);
            width = type == null || type.equals("dxa") ? number(p.getAttributeText(WIDTH)) : 0;
          }
        }
      }
    }
    double fromGrid = width(column, span);
    return new Cell(at.getObject(), column, span, merge, fromGrid > 0 ? fromGrid : width);
  }

  /** The width of grid columns {@code from} to {@code from + span - 1}, or 0 when the grid does not give them. */
  double width(int from, int span) {
    double w = 0;
    for (int i = from; i < from + span; i++) {
      if (i >= columns.size() || columns.get(i) <= 0) {
        return 0;
      }
      w += columns.get(i);
    }
    return w;
  }

  /**
   * The grid column of a cell with text that starts a vertical merge in the first row and runs
   * down through every other row, or -1: a table built as columns, such as a template's sidebar
   * beside one long cell of main content.
   */
  int longColumn() {
    if (rows.size() < COLUMN_ROWS || rows.get(0).isEmpty()) {
      return -1;
    }
    for (Cell top : rows.get(0)) {
      if (top.merge() != Merge.RESTART || blank(top.xml())) {
        continue;
      }
      boolean down = true;
      for (int r = 1; r < rows.size() && down; r++) {
        down = rows.get(r).stream().anyMatch(c -> c.column() == top.column() && c.merge() == Merge.CONTINUE);
      }
      if (down) {
        return top.column();
      }
    }
    return -1;
  }

  private static boolean blank(XmlObject o) {
    try (XmlCursor c = o.newCursor()) {
      return c.getTextValue().isBlank();
    }
  }

  private static double number(String s) {
    if (s == null) {
      return 0;
    }
    try {
      double v = Double.parseDouble(s.strip());
      return Double.isFinite(v) && v > 0 && v < 1e6 ? v : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
