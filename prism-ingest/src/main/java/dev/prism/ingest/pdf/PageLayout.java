package dev.prism.ingest.pdf;

import dev.prism.core.lexicon.FieldLabelWords;
import dev.prism.core.lexicon.Glyphs;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.text.DateParser;
import dev.prism.core.text.Headings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Puts one page's glyphs in reading order. Glyphs become rows (shared baseline), rows become
 * segments (runs of text without a wide gap), and a vertical gutter that no segment crosses
 * splits the page into columns. A real second column is read as its own block; a narrow label
 * rail on the left is read row by row, each label before the text beside it; a right-hand strip
 * of dates that only ever sits beside a left-hand line is no column at all.
 */
final class PageLayout {

  /** A page's lines in reading order, how its columns were read, and the gutter parting them (0 for none). */
  record Result(List<TextLine> lines, Kind kind, float gutter) {}

  enum Kind {
    SINGLE,
    COLUMNS,
    RAIL
  }

  // List glyphs (glyphs.txt). An icon (the private-use character the glyph collector writes for one)
  // is no list glyph here: icon fonts put them before headings and contact items as often as before
  // items. Symbol fonts' bullets are private-use characters too: addLine tells them by what follows.
  private static final String BULLETS = Glyphs.bullets() + Glyphs.spacedBullets();

  private static final class Seg {
    final List<Glyph> glyphs;
    final float x0;
    final float x1;
    final float y;
    /** The baseline of the cell's last line: {@link #y} but for a cell that took in its wraps. */
    final float bottom;
    final int row;
    String text;

    /** {@code upper} with {@code lower}, the wrapped rest of its cell, read after it on its line. */
    Seg(Seg upper, Seg lower) {
      List<Glyph> all = new ArrayList<>(upper.glyphs);
      all.addAll(lower.glyphs);
      this.glyphs = all;
      this.row = upper.row;
      this.x0 = upper.x0;
      this.x1 = Math.max(upper.x1, lower.x1);
      this.y = upper.y;
      this.bottom = lower.bottom;
      // A compound broken at its hyphen ("Full-" over "time") is one word again.
      boolean compound = upper.text.length() > 1 && upper.text.endsWith("-")
          && Character.isLetter(upper.text.charAt(upper.text.length() - 2));
      this.text = upper.text + (compound ? "" : " ") + lower.text;
    }

    Seg(List<Glyph> glyphs, int row) {
      this.glyphs = glyphs;
      this.row = row;
      this.x0 = glyphs.get(0).x();
      float r = 0;
      float base = 0;
      for (Glyph g : glyphs) {
        r = Math.max(r, g.right());
        base += g.y();
      }
      this.x1 = r;
      this.y = base / glyphs.size();
      this.bottom = y;
    }

    /** The median glyph size, asked for many times by the passes: computed once. */
    private float size = -1;

    float size() {
      if (size < 0) {
        size = medianSize();
      }
      return size;
    }

    private float medianSize() {
      float[] sizes = new float[glyphs.size()];
      for (int i = 0; i < sizes.length; i++) {
        sizes[i] = glyphs.get(i).size();
      }
      Arrays.sort(sizes);
      return sizes[sizes.length / 2];
    }

    // What the column tests ask of the run's text: the page is classified at more than one
    // gutter, over mostly the same runs, so each answer is worked out once (-1: not yet).
    private int dateLike = -1;
    private int datePiece = -1;
    private int contact = -1;
    private int heading = -1;
    private int words = -1;
    private int strippedWords = -1;

    /** {@link PageLayout#dateLike} of the text. */
    boolean dateLike() {
      if (dateLike < 0) {
        dateLike = PageLayout.dateLike(text) ? 1 : 0;
      }
      return dateLike == 1;
    }

    /** {@link PageLayout#datePiece} of the text. */
    boolean datePiece() {
      if (datePiece < 0) {
        datePiece = PageLayout.datePiece(text) ? 1 : 0;
      }
      return datePiece == 1;
    }

    /** Whether the text holds a phone number, an email or a web address. */
    boolean contact() {
      if (contact < 0) {
        contact = mayHoldContact(text) && CONTACT_VALUE.matcher(text).find() ? 1 : 0;
      }
      return contact == 1;
    }

    /** 1 for a list's heading ("Languages"), 2 for a section's or the contact's, 0 for no heading. */
    int heading() {
      if (heading < 0) {
        heading = Headings.isList(text) ? 1 : Headings.isStandard(text) || Headings.isContact(text) ? 2 : 0;
      }
      return heading;
    }

    /** The text's words, parted at single spaces as the column tests count them. */
    int words() {
      if (words < 0) {
        words = text.split(" ").length;
      }
      return words;
    }

    /** {@link #words} of the text stripped. */
    int strippedWords() {
      if (strippedWords < 0) {
        strippedWords = text.strip().split(" ").length;
      }
      return strippedWords;
    }

    // Whether most glyphs are italic, bold (-1: not yet): asked of a run by several passes and
    // again for its line, each time a walk over its glyphs.
    private int italic = -1;
    private int bold = -1;

    boolean italic() {
      if (italic < 0) {
        italic = most(Glyph::italic);
      }
      return italic == 1;
    }

    boolean bold() {
      if (bold < 0) {
        bold = most(Glyph::bold);
      }
      return bold == 1;
    }

    /** 1 when more than half the glyphs are so, else 0. */
    private int most(java.util.function.Predicate<Glyph> so) {
      int n = 0;
      for (Glyph g : glyphs) {
        if (so.test(g)) {
          n++;
        }
      }
      return n * 2 > glyphs.size() ? 1 : 0;
    }
  }

  private PageLayout() {}

  static Result layout(List<Glyph> glyphs, float pageWidth, int page) {
    return layout(glyphs, pageWidth, page, null);
  }

  /**
   * The page's lines; {@code previous} is how the page before was read (null for the first), since
   * a template sets its pages alike: a rail of dates read so on one page is a rail on the next at
   * the same gutter, where that page's strip alone reads as no rail (an award's name wrapped over
   * three rows beside nothing).
   */
  static Result layout(List<Glyph> glyphs, float pageWidth, int page, Result previous) {
    if (glyphs.isEmpty()) {
      return new Result(List.of(), Kind.SINGLE, 0);
    }
    List<List<Seg>> segmented = wrappedCells(rows(glyphs));
    float width = pageWidth > 0 ? pageWidth
        : (float) segmented.stream().flatMap(List::stream).mapToDouble(s -> s.x1).max().orElse(600);
    float found = gutter(segmented, width, -1);
    Cut cut = clearerGutter(segmented, width, found > 0 ? found : railBesideProse(segmented, width));
    float gutter = cut.gutter();
    Kind kind = Kind.SINGLE;
    List<List<Seg>> rows = segmented;
    if (gutter > 0) {
      List<List<Seg>> split = cut.split();
      kind = cut.kind();
      if (kind == Kind.COLUMNS && previous != null && previous.kind() == Kind.RAIL
          && Math.abs(previous.gutter() - gutter) <= SAME_GUTTER && datesBesideText(split, gutter)) {
        kind = Kind.RAIL;
      }
      if (kind == Kind.RAIL) {
        // Beside a rail, a narrower gap at the gutter still parts a label from its text
        // ("2014–Present" right-aligned in the rail, the job's description beside it).
        rows = splitAt(segmented, gutter, RAIL_GAP, columnEdge(split, gutter));
      } else if (kind != Kind.SINGLE) {
        rows = split;
      }
    }
    List<TextLine> out = new ArrayList<>();
    if (kind == Kind.SINGLE) {
      int from = 0;
      for (int i = 0; i < rows.size(); i++) {
        int[] block = sideBySide(rows, i, width);
        if (block == null) {
          continue;
        }
        for (List<Seg> row : localColumns(rows.subList(from, i))) {
          addLine(out, row, page, 0);
        }
        List<List<Seg>> right = new ArrayList<>();
        for (List<Seg> row : rows.subList(i, block[0])) {
          List<Seg> l = row.stream().filter(sg -> sg.x1 <= block[1]).toList();
          List<Seg> r = row.stream().filter(sg -> sg.x0 >= block[1]).toList();
          if (!l.isEmpty()) {
            addLine(out, l, page, 0);
          }
          if (!r.isEmpty()) {
            right.add(r);
          }
        }
        for (List<Seg> row : right) {
          addLine(out, row, page, 1);
        }
        from = block[0];
        i = block[0] - 1;
      }
      for (List<Seg> row : localColumns(rows.subList(from, rows.size()))) {
        addLine(out, row, page, 0);
      }
      return new Result(out, kind, gutter);
    }
    // Rows that cross the gutter (a name banner, a footer) are read whole; the runs of rows
    // between them are read column by column (or, for a rail, row by row, label first).
    List<List<Seg>> left = new ArrayList<>();
    List<List<Seg>> right = new ArrayList<>();
    for (List<Seg> row : rows) {
      boolean crosses = row.stream().anyMatch(s -> s.x0 < gutter && s.x1 > gutter);
      if (crosses) {
        flush(out, left, right, page, kind);
        addLine(out, row, page, 0);
        continue;
      }
      List<Seg> l = row.stream().filter(s -> s.x1 <= gutter).toList();
      List<Seg> r = row.stream().filter(s -> s.x0 >= gutter).toList();
      if (!l.isEmpty()) {
        left.add(l);
      }
      if (!r.isEmpty()) {
        right.add(r);
      }
    }
    flush(out, left, right, page, kind);
    if (kind == Kind.COLUMNS) {
      headingLast(out);
    }
    return new Result(out, kind, gutter);
  }

  /**
   * Two sections set side by side on part of a one-column page: a row holds a section's heading
   * at the left and another's in the same type further right ("Work Experience" … "Skills"), and
   * each column's text runs down below its own heading, while the rest of the page is set across
   * the whole measure. From that row the rows no run crosses at the right heading's left edge are
   * read column by column, the left one first, up to a row that crosses it, a right-hand run past
   * a gap of more than three lines below the right column's last, or, once the right column's text
   * has ended, a section heading at the left margin. Returns {end row (exclusive), the split's x},
   * or null where row {@code i} opens no such block.
   */
  private static int[] sideBySide(List<List<Seg>> rows, int i, float width) {
    List<Seg> row = rows.get(i);
    if (row.size() < 2) {
      return null;
    }
    Seg left = row.get(0);
    Seg right = row.get(row.size() - 1);
    if (right.x0 < 0.3f * width || right.x0 - left.x1 < 2 * left.size() || !sectionHeading(left) || !sectionHeading(right)
        || Math.abs(left.size() - right.size()) > 0.15f * left.size() || left.bold() != right.bold()) {
      return null;
    }
    // The column's text may start a little left of its heading (a heading set in a bar, indented),
    // or well left of it where the column is set flush right, heading and items alike: there it
    // starts where the clear band between the two columns ends.
    int split = flushRightColumn(rows, i, left, right, width);
    // Headings set apart from the text (bold, or larger than most of the page's runs), and nothing
    // of their row across the split, where it would fall in neither column.
    if (!left.bold() && left.size() < 1.1f * medianSize(rows) || row.stream().anyMatch(sg -> sg.x0 < split && sg.x1 > split)) {
      return null;
    }
    // The right column runs down from its heading, line after line: a right-hand run further
    // below, past a gap of more than three lines, is another thing (a header's place and dates),
    // unless it is the column's next section heading, set as its first one is.
    int end = i + 1;
    int lastRight = i;
    int rightRows = 0;
    float lastY = right.y;
    while (end < rows.size() && rows.get(end).stream().noneMatch(sg -> sg.x0 < split && sg.x1 > split)) {
      Seg r = rows.get(end).stream().filter(sg -> sg.x0 >= split).findFirst().orElse(null);
      if (r != null) {
        if (r.y - lastY > 3 * Math.max(r.size(), right.size() * 0.8f)
            && !(sectionHeading(r) && Math.abs(r.size() - right.size()) <= 0.15f * right.size())) {
          break;
        }
        lastRight = end;
        lastY = r.y;
        rightRows++;
      }
      end++;
    }
    // Two rows of the right column's own, at the least: a heading with one line beside a section
    // is a line that happens to stand level with it.
    if (rightRows < 2) {
      return null;
    }
    // Once the right column has ended, the left one goes on to its next section's heading.
    for (int k = lastRight + 1; k < end; k++) {
      if (sectionHeading(rows.get(k).get(0))) {
        return new int[] {k, split};
      }
    }
    return new int[] {end, split};
  }

  /** How many rows under a side-by-side heading row show where a flush-right column's text starts. */
  private static final int FLUSH_RIGHT_ROWS = 12;

  /**
   * Where the right column beside row {@code i}'s headings starts: half a type size left of its
   * heading, or, where the heading is set flush right at the page's right edge and the rows below
   * run across that x (a sidebar of skills right-aligned under its heading, each item starting
   * wherever its width puts it), the right end of the clear band, a gutter two type sizes wide at
   * least, that the next rows leave between the left column's text and the right column's items.
   */
  private static int flushRightColumn(List<List<Seg>> rows, int i, Seg left, Seg right, float width) {
    int split = (int) Math.floor(right.x0 - 0.5f * right.size());
    int to = Math.min(rows.size(), i + 1 + FLUSH_RIGHT_ROWS);
    float edge = 0;
    for (List<Seg> row : rows.subList(i + 1, to)) {
      for (Seg sg : row) {
        edge = Math.max(edge, sg.x1);
      }
    }
    boolean flushRight = Math.abs(right.x1 - edge) <= 1.5f && rows.subList(i + 1, to).stream()
        .anyMatch(row -> row.stream().anyMatch(sg -> sg.x0 < split && sg.x1 > split));
    if (!flushRight) {
      return split;
    }
    int w = (int) Math.ceil(width) + 2;
    int[] inked = rowsInked(rows.subList(i + 1, to), w);
    int band = 0;
    for (int x = Math.min(w - 1, split); x > left.x1; x--) {
      if (inked[x] > 0) {
        band = 0;
        continue;
      }
      if (++band >= 2 * right.size()) {
        // The band's right end: the first inked point right of x.
        int end = x;
        while (end < w && inked[end] == 0) {
          end++;
        }
        return end - 1;
      }
    }
    return split;
  }

  /** Whether every run is a list glyph alone ("•", "–"). */
  private static boolean listGlyphsOnly(List<String> runs) {
    for (String r : runs) {
      String t = r.strip();
      if (t.length() != 1 || BULLETS.indexOf(t.charAt(0)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A run whose words name a section whole: "Work Experience", "SKILLS" (its look is asked apart). */
  private static boolean sectionHeading(Seg s) {
    return Headings.kindOf(s.text.strip()).isPresent();
  }

  /** The type size most runs of the page are set in: the median of the runs' sizes. */
  private static float medianSize(List<List<Seg>> rows) {
    List<Float> sizes = new ArrayList<>();
    for (List<Seg> row : rows) {
      for (Seg sg : row) {
        sizes.add(sg.size());
      }
    }
    Collections.sort(sizes);
    return sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
  }

  /**
   * A heading that ends the right column, with only the left column's text (or rows across both)
   * read after it on the page, goes last: its entries start on the next page, and read where it
   * stands, the sidebar's text below it ("Interests", "About") would come between it and them.
   */
  private static void headingLast(List<TextLine> out) {
    int last = -1;
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).column() == 1) {
        last = i;
      }
    }
    if (last >= 0 && last < out.size() - 1 && Headings.kindOf(out.get(last).text().strip()).isPresent()) {
      out.add(out.remove(last));
    }
  }

  /**
   * A grid's first cell wrapped onto the row below ("Platform Development" over "Engineer II",
   * the dates in the next cell): the wrapped words go back into their cell, on its first row. A
   * row's first run is such a wrap when it starts where the cell above starts, stays left of the
   * next cell, follows at the line spacing in the same type, and its first word would not have fit
   * on the row above; and a later cell of its row starts at a column the page's other rows share (a grid,
   * not a header whose parts merely sit apart).
   */
  static List<List<Seg>> wrappedCells(List<List<Seg>> rows) {
    List<List<Seg>> out = new ArrayList<>(rows.size());
    for (List<Seg> r : rows) {
      out.add(new ArrayList<>(r));
    }
    // Two columns of running text (a job's bullets in two halves) wrap down each half: no cell.
    java.util.Set<List<Seg>> halves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    int at = 0;
    while (at < out.size()) {
      int end = out.get(at).size() == 2 ? gridEnd(out, at, out.get(at).get(1).x0) : at;
      if (end > at) {
        halves.addAll(out.subList(at, end));
        at = end;
      } else {
        at++;
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      List<Seg> row = out.get(i);
      List<Seg> below = out.get(i + 1);
      if (row.size() < 2 || below.isEmpty() || halves.contains(row)) {
        continue;
      }
      Seg cell = row.get(0);
      float next = row.get(1).x0;
      // A date cut short ("Sep 2023 to", "Jan 2019 to Aug") goes on below, past rows that hold
      // only text right of the cell (a bullet beside its "Aug" taken in already).
      boolean cut = datePending(cell.text);
      int b = i + 1;
      while (cut && b + 1 < out.size() && out.get(b).get(0).x0 >= next - 2f) {
        b++;
      }
      below = out.get(b);
      Seg wrap = below.get(0);
      float size = cell.size();
      // Measured from the cell's last line: a narrow rail wraps a date over three ("Jan" / "2019
      // to" / "Aug 2023"), each taken in turn.
      boolean placed = Math.abs(wrap.x0 - cell.x0) <= 2f && wrap.x1 < next - 2f
          && wrap.y > cell.bottom && wrap.y - cell.bottom <= 1.6f * size
          && Math.abs(wrap.size() - size) <= 0.1f * size && wrap.bold() == cell.bold() && !wrap.text.isBlank()
          && BULLETS.indexOf(wrap.text.charAt(0)) < 0
          // A whole date wraps into nothing: one over another in a rail is a range's two ends. A
          // range's word opening the line below goes on with it ("Sep 2023" over "to Present").
          && (!wholeDate(cell.text) || opensRange(wrap.text))
          // A label that ends with its colon is whole: the line below is the next row's
          // ("Prog. Languages:" over "Concepts:", each beside its values).
          && !cell.text.strip().endsWith(":");
      // The rest of a date cut short wraps however narrow it is.
      boolean pending = cut || opensRange(wrap.text) && dateLike(cell.text);
      if (!placed) {
        continue;
      }
      // The next cell may be glued to this one: a producer that draws no space between cells
      // leaves only a narrow gap ("Engineer (Contract,2021-03 - 2022-01"), and the cell's wrapped
      // words belong before the dates, not after them.
      Seg[] glued = datesTail(cell);
      if (glued != null) {
        cell = glued[0];
      }
      // A table pads its cells: a cell's words stop short of the next cell's by more than a word
      // space and some (RUN_GAP, where a row is cut into runs at all; nearer, the two cells would
      // read as one run), so a word alone on the row below that would have come nearer the next
      // cell wrapped. A row below with cells of its own beside the word ("2." over "3.", each
      // before its item) may be the grid's next row: there the word must not have fit at all. A
      // glued cell shows no padding.
      float room = glued != null ? glued[1].x0 : below.size() == 1 ? next - RUN_GAP * size : next;
      float left = cell.x0;
      if (!pending && cell.x1 + 0.25f * size + firstWordWidth(wrap) <= room
          || row.stream().skip(1).noneMatch(s -> gridColumn(out, left, s.x0))) {
        continue;
      }
      row.set(0, new Seg(cell, wrap));
      if (glued != null) {
        row.add(1, glued[1]);
      }
      below.remove(0);
      if (below.isEmpty()) {
        out.remove(b);
      }
      // A date still cut short may wrap again onto the rows below.
      if (datePending(row.get(0).text)) {
        i--;
      }
    }
    return out;
  }

  /**
   * A run that ends in a whole date range glued to the words before it, cut before the range: the
   * text and the dates; null when the run holds no such range. Glued: no space glyph before the
   * range, only a narrow gap or a comma. A range after a typed space is the same cell's text.
   */
  private static Seg[] datesTail(Seg cell) {
    List<Glyph> gs = cell.glyphs;
    for (int i = 1; i < gs.size(); i++) {
      Glyph g = gs.get(i);
      Glyph prev = gs.get(i - 1);
      if (g.space() || prev.space() || !Character.isLetterOrDigit(g.text().charAt(0))
          || !(g.x() - prev.right() > 0.15f * g.size() || prev.text().equals(","))) {
        continue;
      }
      Seg tail = seg(new ArrayList<>(gs.subList(i, gs.size())), cell.row);
      String t = tail.text.strip();
      for (dev.prism.core.model.DateRange d : dev.prism.core.text.DateParser.all(t, 0)) {
        if (d.span().offset() == 0 && d.span().end() >= t.length() - 1 && !d.single()) {
          Seg head = seg(new ArrayList<>(gs.subList(0, i)), cell.row);
          return head.text.isBlank() ? null : new Seg[] {head, tail};
        }
      }
    }
    return null;
  }

  /** The width of a run's first word. */
  private static float firstWordWidth(Seg s) {
    float end = s.x0;
    float gap = 0.2f * s.size();
    for (Glyph g : s.glyphs) {
      // A space glyph ends the word, or, where a producer draws none, a gap between glyphs.
      if (end > s.x0 && (g.space() || g.x() - end > gap)) {
        break;
      }
      end = Math.max(end, g.right());
    }
    return end - s.x0;
  }

  /** Whether at least two rows of the page start at {@code left} and have a run starting at {@code x}. */
  private static boolean gridColumn(List<List<Seg>> rows, float left, float x) {
    int n = 0;
    for (List<Seg> r : rows) {
      if (Math.abs(r.get(0).x0 - left) <= 2f && r.stream().skip(1).anyMatch(s -> Math.abs(s.x0 - x) <= 1.5f) && ++n >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two columns of running text inside a one-column page: some templates lay a job's bullets out
   * in two, the text flowing down the left half and on in the right. Read row by row, each row
   * would join the two halves' unrelated lines; such a run of rows is read column by column.
   *
   * <p>A run is rows closer than twice their text size whose every run of text lies left of a
   * common split or starts at it, with at least three rows holding both, or two where list glyphs
   * open items in both halves. The left half must fill
   * its width up to the split, as wrapped text does: a table of short labels and their values
   * ("Languages   Go, Java") is read row by row, as it is meant.
   */
  static List<List<Seg>> localColumns(List<List<Seg>> rows) {
    List<List<Seg>> out = new ArrayList<>(rows.size());
    int i = 0;
    while (i < rows.size()) {
      List<Seg> row = rows.get(i);
      int end = row.size() == 2 ? gridEnd(rows, i, row.get(1).x0) : i;
      if (end > i) {
        float split = row.get(1).x0;
        List<List<Seg>> right = new ArrayList<>();
        for (List<Seg> r0 : rows.subList(i, end)) {
          List<Seg> r = cutAtSplit(r0, split);
          List<Seg> l = r.stream().filter(s -> s.x0 < split - GRID_SLACK).toList();
          List<Seg> rr = r.stream().filter(s -> s.x0 >= split - GRID_SLACK).toList();
          if (!l.isEmpty()) {
            out.add(l);
          }
          if (!rr.isEmpty()) {
            right.add(rr);
          }
        }
        out.addAll(right);
        i = end;
      } else {
        out.add(row);
        i++;
      }
    }
    return out;
  }

  /** The end (exclusive) of a two-column run starting at {@code start} and split at {@code split}, or {@code start} if there is none. */
  private static int gridEnd(List<List<Seg>> rows, int start, float split) {
    float left = rows.get(start).get(0).x0;
    // The run opens on a row whose left half is wrapped text, filled up to the split: a header's
    // title beside its dates opens none.
    if (split - left < 40f || rows.get(start).get(0).x1 < split - 0.25f * (split - left)) {
      return start;
    }
    int end = start;
    int both = 0;
    int datedBoth = 0;
    int lastBoth = start;
    float leftFill = 0;
    float rightEnd = 0;
    // List glyphs before items in each half, drawn as runs of their own or opening a run.
    boolean leftMarked = false;
    boolean rightMarked = false;
    // Where the right half's runs that stand apart (not cut from a longer run) start. A cut part
    // that opens with a list glyph needs no edge: an item's hanging glyph stands left of the text.
    List<Float> rightEdges = new ArrayList<>();
    rightEdges.add(split);
    while (end < rows.size()) {
      List<Seg> r = rows.get(end);
      if (end > start) {
        List<Seg> prev = rows.get(end - 1);
        float size = Math.max(prev.get(0).size(), r.get(0).size());
        if (r.get(0).y - prev.get(0).y > 2f * size) {
          break;
        }
      }
      boolean fits = true;
      boolean l = false;
      boolean rt = false;
      StringBuilder rightText = new StringBuilder();
      for (Seg s : cutAtSplit(r, split)) {
        // A list glyph counts where an item of either half opens, not a separator inside a line.
        boolean glyph = isListGlyph(s) && (Math.abs(s.x0 - left) <= GRID_SLACK || Math.abs(s.x0 - split) <= GRID_SLACK);
        // A run cut at the split is two halves only where its right part starts at the right
        // half's edge, as a column's lines do: one line of text that merely crosses the split,
        // under a header whose dates stand at it, starts its right part wherever a word does.
        if (s.x0 >= split - GRID_SLACK) {
          if (r.contains(s)) {
            rightEdges.add(s.x0);
          } else if (!glyph && !onEdge(s.x0, rightEdges)) {
            fits = false;
            break;
          }
          rt = true;
          rightText.append(s.text).append(' ');
          rightEnd = Math.max(rightEnd, s.x1);
          rightMarked |= glyph;
        } else if (s.x1 <= split + 2f && s.x0 >= left - GRID_SLACK) {
          l = true;
          leftFill = Math.max(leftFill, s.x1);
          leftMarked |= glyph;
        } else {
          fits = false;
        }
      }
      if (!fits) {
        break;
      }
      // A right half that is only a date may be a header's dates beside its title rather than a
      // column's line: headers stacked one over the other ("Manager, Globex ⇥ 2019 – 2020" over
      // "Engineer, Globex ⇥ 2018 – 2019") make no run with the one bullet below that breaks at
      // their edge. Such rows count only beside two rows of text in the right half.
      if (l && rt) {
        if (wholeDate(rightText.toString())) {
          datedBoth++;
        } else {
          both++;
        }
        lastBoth = end;
      }
      end++;
    }
    both += both >= 2 ? datedBoth : 0;
    boolean filled = leftFill >= split - 0.2f * (split - left);
    boolean halves = split - left >= 0.3f * (rightEnd - left);
    // Two rows of both halves are a run only where list glyphs mark items in each half: a header's
    // title and dates over its employer and place are two such rows too.
    if (both < (leftMarked && rightMarked ? 2 : 3) || !filled || !halves) {
      return start;
    }
    // The rows right under the last that holds both halves, at the line spacing, are one half's
    // tail: text that flows down the left half and on at the top of the right ends there.
    int last = lastBoth + 1;
    while (last < end && rows.get(last).get(0).y - rows.get(last - 1).get(0).y <= 1.6f * rows.get(last).get(0).size()) {
      last++;
    }
    return last;
  }

  private static boolean onEdge(float x, List<Float> edges) {
    for (float e : edges) {
      if (Math.abs(x - e) <= 0.5f) {
        return true;
      }
    }
    return false;
  }

  /**
   * A run that opens with a list glyph ("·", "• Built ..."), or is one. Dashes are left out: a
   * date range's dash or a separator drawn as a run of its own marks no item.
   */
  private static boolean isListGlyph(Seg s) {
    String t = s.text.strip();
    return !t.isEmpty() && BULLETS.indexOf(t.charAt(0)) >= 0 && Character.getType(t.charAt(0)) != Character.DASH_PUNCTUATION
        && (t.length() == 1 || t.charAt(1) == ' ');
  }

  /**
   * The row with any run that crosses {@code split} cut at the word break standing at it: where
   * the two halves' lines come close, the gap between them is no wider than a word space and one
   * run holds both ("… moved the queue to" and "the new cluster …").
   */
  private static List<Seg> cutAtSplit(List<Seg> row, float split) {
    List<Seg> out = null;
    for (int k = 0; k < row.size(); k++) {
      Seg s = row.get(k);
      int at = s.x0 < split - GRID_SLACK && s.x1 > split + 2f ? breakAt(s, split) : -1;
      if (at > 0 && out == null) {
        out = new ArrayList<>(row.subList(0, k));
      }
      if (at > 0) {
        out.add(seg(new ArrayList<>(s.glyphs.subList(0, at)), s.row));
        out.add(seg(new ArrayList<>(s.glyphs.subList(at, s.glyphs.size())), s.row));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? row : out;
  }

  /** The index of the glyph that starts a word within a list glyph's hang of {@code split}, or -1. */
  private static int breakAt(Seg s, float split) {
    float gap = 0.2f * s.size();
    float inkEnd = Float.NaN;
    boolean spaced = false;
    for (int j = 0; j < s.glyphs.size(); j++) {
      Glyph g = s.glyphs.get(j);
      if (g.space()) {
        spaced = true;
        continue;
      }
      boolean wordStart = !Float.isNaN(inkEnd) && (spaced || g.x() - inkEnd > gap);
      if (wordStart && g.x() >= split - GRID_SLACK && g.x() <= split + 2f) {
        return j;
      }
      inkEnd = g.right();
      spaced = false;
    }
    return -1;
  }

  /** How far a run may start before the split and still be the right half's: a list glyph hangs out. */
  private static final float GRID_SLACK = 6f;

  /**
   * The narrowest word space, in ems, that a gap between two glyphs with no space glyph between
   * them is read as. A justified line may shrink its spaces to two thirds of the font's own, and
   * fonts with narrow spaces (Carlito's is 0.23 em, Lato's 0.19) then leave gaps of 0.13 to 0.15 em
   * between words; kerning inside a word stays well under 0.05 em. The url package's break points
   * leave about 0.115 em (see inAddress).
   */
  private static final float WORD_GAP = 0.12f;

  /** The widest gap, in ems, after which text on a glyph's baseline still goes on its run: a word space and some. */
  private static final float RUN_GAP = 0.6f;

  /** The widest gap after an address's break point that still joins (see inAddress), in ems. */
  private static final float URL_BREAK_GAP = 0.2f;

  /**
   * A rail's labels beside their blocks. A label the rail wraps over several lines ("May 2014–" /
   * "October" / "2014", "Since September" / "2016", "Technical" / "Skills") is gathered first, line
   * by line while each follows closely below the one before and the label so far is no complete
   * date, or the line opens with a range's word ("January 2015" / "to September 2016"); then each label goes
   * right before the first line of text level with its top, so the label and the header it dates
   * or names stay together.
   */
  private static void flushRail(List<TextLine> out, List<List<Seg>> left, List<List<Seg>> right, int page) {
    List<List<Seg>> labels = new ArrayList<>();
    List<Seg> label = null;
    float lastY = 0;
    float size = 0;
    boolean lastLevel = false;
    for (List<Seg> row : left) {
      Seg first = row.get(0);
      String so = label == null ? "" : text(label).strip();
      String next = text(row).strip();
      boolean level = levelWithRow(first, right);
      // A date goes on with more of itself; a wrapped label with more words. A label and the date
      // below it are two things, and so are short labels stacked each level with its own row of
      // the main column ("Front-end" over "Back-end", each beside a line of skills), unless the line
      // below goes on in lower case or completes a heading ("Professional" over "Experience").
      // A date's length in brackets under it ("Aug 2015" over "(5 months)") is the date's own.
      boolean continues = dateish(so)
          ? (!wholeDate(so) || opensRange(next) || duration(next)) && dateish(next)
          : !dateish(next) && (!(lastLevel && level && shortLabel(so) && shortLabel(next))
              || Character.isLowerCase(next.codePointAt(0)) || completesHeading(so, next));
      // A form's label level with a row of its own ("Name and address of employer" under a wrapped
      // "Main activities and" / "responsibilities") is a label of its own.
      continues &= !(level && (FieldLabelWords.isFormLabel(next) || FieldLabelWords.isFormLabel(so))
          && !FieldLabelWords.isFormLabel(so + " " + next));
      // A label the form names whole takes no more words, level with a row of its own or not,
      // unless with them it is a longer label still: the rows under "Name and address of employer"
      // ("Main activities and" / "responsibilities") are the next label's.
      continues &= !(FieldLabelWords.isFormLabel(so) && !FieldLabelWords.isFormLabel(so + " " + next));
      // A contact's label and its value below it ("Email" over the address) are two lines.
      continues &= !contactOverValue(so, next);
      boolean joins = label != null && first.y - lastY <= 1.9f * Math.max(size, first.size()) && !so.isBlank() && continues;
      if (joins) {
        label = new ArrayList<>(label);
        label.addAll(row);
      } else {
        if (label != null) {
          labels.add(label);
        }
        label = new ArrayList<>(row);
      }
      lastY = first.y;
      size = first.size();
      lastLevel = level;
    }
    if (label != null) {
      labels.add(label);
    }
    // Each label goes before the row it is anchored to: the first row level with its top, or, for
    // a label drawn centred beside a block of rows, the block's first row.
    List<List<List<Seg>>> before = new ArrayList<>();
    for (int i = 0; i <= right.size(); i++) {
      before.add(new ArrayList<>());
    }
    int anchor = 0;
    int[] anchors = new int[labels.size()];
    for (int k = 0; k < labels.size(); k++) {
      List<Seg> l = labels.get(k);
      float top = l.get(0).y;
      // Level with a row: baselines within 2 points, or lower by as much as the label's type is
      // larger (a large label aligned with a row's top or middle sits lower on the page).
      float labelSize = l.get(0).size();
      while (anchor < right.size()
          && right.get(anchor).get(0).y < top - 2f - Math.max(0f, labelSize - right.get(anchor).get(0).size())) {
        anchor++;
      }
      anchors[k] = anchor;
    }
    for (int k = 0; k < labels.size(); k++) {
      int start = centredBlockStart(labels.get(k), right, anchors[k]);
      // Labels stacked beside one block, one per row ("Front-end", "Back-end" beside two lines of
      // skills), each name their own row: none of them is centred beside the block.
      boolean stacked = false;
      int end = start == anchors[k] ? -1 : blockEnd(right, anchors[k]);
      for (int j = 0; j < labels.size() && start != anchors[k]; j++) {
        stacked |= j != k && anchors[j] >= start && anchors[j] <= end;
      }
      before.get(stacked ? anchors[k] : start).add(labels.get(k));
    }
    // A contact's label whose value stands right below it in the rail ("Email" over the address,
    // as a sidebar sets it) keeps its own line, whatever text of the main column is level with it.
    Set<List<Seg>> valueBelow = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int k = 0; k + 1 < labels.size(); k++) {
      List<Seg> l = labels.get(k);
      List<Seg> next = labels.get(k + 1);
      if (closeRows(List.of(l.get(l.size() - 1)), next) && contactOverValue(text(l), text(next))) {
        valueBelow.add(l);
      }
    }
    // A rail of a form's entry labels: there a field's one-word label ("Company") is one too.
    boolean form = entryLabels(labels) >= MIN_FORM_LABELS;
    // The column's right edge as its rows show it, and as the rows but the widest show it: a
    // value's line is filled to the edge the other rows share, not to one it sets itself.
    float edge = 0;
    float nextEdge = 0;
    int widest = -1;
    for (int i = 0; i < right.size(); i++) {
      float x1 = right.get(i).get(right.get(i).size() - 1).x1;
      if (x1 > edge) {
        nextEdge = edge;
        edge = x1;
        widest = i;
      } else {
        nextEdge = Math.max(nextEdge, x1);
      }
    }
    for (int i = 0; i < right.size(); i++) {
      List<List<Seg>> labelsHere = before.get(i);
      int last = labelsHere.size() - 1;
      boolean beside = last >= 0 && !valueBelow.contains(labelsHere.get(last)) && formLabel(labelsHere.get(last), right.get(i), form);
      for (int k = 0; k <= last; k++) {
        if (k == last && beside) {
          // The value the column wrapped onto rows of its own goes on in its cell.
          Seg value = right.get(i).get(0);
          Seg lastLine = value;
          float othersEdge = i == widest ? nextEdge : edge;
          while (i + 1 < right.size() && before.get(i + 1).isEmpty() && wrapsBelow(value, lastLine, right.get(i + 1), othersEdge)) {
            lastLine = right.get(++i).get(0);
            value = new Seg(value, lastLine);
          }
          addBeside(out, labelsHere.get(k), List.of(value), page);
        } else {
          addLabel(out, labelsHere.get(k), page);
        }
      }
      if (!beside) {
        addLine(out, right.get(i), page, 0);
      }
    }
    for (List<Seg> l : before.get(right.size())) {
      addLabel(out, l, page);
    }
    left.clear();
    right.clear();
  }

  /**
   * Some templates centre a section's label vertically beside its block ("Skills" level with the
   * middle of five skill lines) instead of aligning it with the block's top. Such a label belongs
   * before the block's first row, or the rows above it would be read into the section before. A
   * block is a run of rows closer than twice the text size; a date is never moved, since a rail's
   * dates sit level with the header they date.
   */
  static int centredBlockStart(List<Seg> label, List<List<Seg>> right, int anchor) {
    if (anchor == 0 || anchor >= right.size() || dateish(text(label).strip())) {
      return anchor;
    }
    // The block never reaches back over a section's heading: a label beside the section's first
    // entry ("Globex" centred beside a job's header and description) names the entry, and read
    // before the heading it would fall into the section above.
    int start = anchor;
    while (start > 0 && closeRows(right.get(start - 1), right.get(start))
        && !(right.get(start - 1).size() == 1 && sectionHeading(right.get(start - 1).get(0)))) {
      start--;
    }
    if (start == anchor) {
      return anchor;
    }
    int end = blockEnd(right, anchor);
    float blockMiddle = (right.get(start).get(0).y + right.get(end).get(0).y) / 2;
    float labelMiddle = (label.get(0).y + label.get(label.size() - 1).y) / 2;
    float line = Math.max(right.get(anchor).get(0).size(), 1f) * 1.5f;
    return end - start >= 2 && Math.abs(blockMiddle - labelMiddle) <= line ? start : anchor;
  }

  /** The last row of the block of close rows that row {@code at} is in. */
  private static int blockEnd(List<List<Seg>> right, int at) {
    int end = at;
    while (end + 1 < right.size() && closeRows(right.get(end), right.get(end + 1))) {
      end++;
    }
    return end;
  }

  private static boolean closeRows(List<Seg> upper, List<Seg> lower) {
    float size = Math.max(upper.get(0).size(), lower.get(0).size());
    return lower.get(0).y - upper.get(0).y < 2f * size;
  }

  /**
   * A form-like CV's label ("Occupation or position held", "Name and address of employer") level
   * with the first row of its value, one run of text: the two are one line, the label its first
   * cell, as the source's table row or macro has them. A row of cells of its own ("City ⇥
   * Lisbon" beside a rail heading "LOCATION") is no form's value. In a rail of a form's labels
   * ({@code form}), a field's one-word label ("Company" beside "Position held") is one as well.
   */
  private static boolean formLabel(List<Seg> label, List<Seg> row, boolean form) {
    String t = text(label).strip();
    return row.size() == 1 && Math.abs(label.get(0).y - row.get(0).y) <= 2f
        && (FieldLabelWords.isFormLabel(t) || form && FieldLabelWords.named(t) != null);
  }

  /**
   * Whether {@code row} is the wrapped rest of {@code value}, a form's value beside its label
   * ("Employer ⇥ Globex srl, Viale Verdi 11, 00185 Roma –" over "Globex GmbH, Berlin"): one run
   * that starts where the value starts, just below its last line ({@code lastLine}) in the same
   * type, where that line ran so near the column's {@code edge} (as the other rows show it) that
   * the run's first word would not have fit on it, and not past it.
   */
  private static boolean wrapsBelow(Seg value, Seg lastLine, List<Seg> row, float edge) {
    if (row.size() != 1) {
      return false;
    }
    Seg wrap = row.get(0);
    float size = value.size();
    String t = wrap.text.strip();
    return Math.abs(wrap.x0 - value.x0) <= 2f && wrap.y > lastLine.y && wrap.y - lastLine.y <= 1.6f * size
        && Math.abs(wrap.size() - size) <= 0.1f * size && wrap.bold() == value.bold() && !t.isEmpty()
        && BULLETS.indexOf(t.charAt(0)) < 0 && !wholeDate(t)
        && lastLine.x1 + 0.25f * size + firstWordWidth(wrap) > edge && lastLine.x1 <= edge + 2f;
  }

  /** The label and the row beside it as one line: the label's wrapped lines joined, then a cell gap, then the row. */
  private static void addBeside(List<TextLine> out, List<Seg> label, List<Seg> row, int page) {
    List<TextLine> parts = new ArrayList<>();
    addLabel(parts, label, page);
    addLine(parts, row, page, 0);
    if (parts.size() != 2) {
      out.addAll(parts);
      return;
    }
    TextLine l = parts.get(0);
    TextLine r = parts.get(1);
    out.add(new TextLine(l.text() + "  " + r.text(), page, l.x(), r.right(), Math.max(l.y(), r.y()), r.size(), r.bold(),
        false, 0, Math.min(l.top(), r.top()), Math.max(l.lead(), r.lead()), r.italic()));
  }

  /** A rail label gathered from several lines, as one line: its runs joined by single spaces. */
  private static void addLabel(List<TextLine> out, List<Seg> label, int page) {
    if (label.size() == 1) {
      addLine(out, label, page, 0);
      return;
    }
    int from = out.size();
    addLine(out, label.subList(0, 1), page, 0);
    for (Seg s : label.subList(1, label.size())) {
      List<TextLine> piece = new ArrayList<>();
      addLine(piece, List.of(s), page, 0);
      if (out.size() > from && !piece.isEmpty()) {
        TextLine head = out.get(out.size() - 1);
        out.set(out.size() - 1, head.wrappedWith(head.text() + " " + piece.get(0).text(), piece.get(0)));
      } else {
        out.addAll(piece);
      }
    }
  }

  /**
   * Part of a date: a digit, a dash at its end after words ("May 2014–", "2014"), or words a date
   * is written with and nothing else ("October", "Since September", "to September 2016",
   * "Avril-Août" over its year). A dash
   * alone is a list item's glyph hanging in the rail.
   */
  private static final java.util.regex.Pattern DURATION = dev.prism.core.lexicon.Lexicon.pattern("duration");

  /** Whether the text is a length of time and nothing more: "(5 months)", "1 yr 3 mos". */
  private static boolean duration(String s) {
    String t = s.strip();
    return HAS_DIGIT.matcher(t).matches() && DURATION.matcher(t).matches();
  }

  /**
   * Whether the text is a date or a piece of one and nothing else: every word a date's ("Sep",
   * "2023", "to Present", "(16") or a duration ("(5 months)"). "AWS SAA 2021" holds a year and more.
   */
  private static boolean datePiece(String s) {
    String t = s.strip();
    return duration(t) || onlyDateWords(t);
  }

  static boolean dateish(String s) {
    if (HAS_DIGIT.matcher(s).matches()) {
      return true;
    }
    // "May 2014 –" goes on below; a dash alone is a list's glyph, no part of a date.
    String t = s.strip();
    if (t.endsWith("-") || t.endsWith("–") || t.endsWith("—")) {
      return t.length() > 1;
    }
    return onlyDateWords(t);
  }

  /**
   * Whether the text holds words and every one is a date's: a month, digits, an open end, a
   * range's word ("to Present", "(16"). Months joined by a dash are date words each ("Avril-Août"
   * over its year, "Jun–Sep").
   */
  private static boolean onlyDateWords(String t) {
    int dated = 0;
    for (String w : WORD_OR_DASH.split(t)) {
      if (!w.isEmpty() && !dev.prism.core.text.DateParser.isDateWord(w)) {
        return false;
      }
      dated += w.isEmpty() ? 0 : 1;
    }
    return dated > 0;
  }

  private static final java.util.regex.Pattern WORD_OR_DASH = java.util.regex.Pattern.compile("[\\s\u2013\u2014-]+");

  /** The most words of a rail's label that names one row ("Front-end", "Databases"). */
  private static final int SHORT_LABEL_WORDS = 3;

  private static boolean shortLabel(String s) {
    return WHITESPACE.split(s.strip()).length <= SHORT_LABEL_WORDS;
  }

  /** Whether a rail's line stands level with a row of the main column: baselines within 2 points. */
  private static boolean levelWithRow(Seg label, List<List<Seg>> right) {
    for (List<Seg> row : right) {
      if (Math.abs(row.get(0).y - label.y) <= 2f) {
        return true;
      }
    }
    return false;
  }

  /** Whether a rail's label and the line below it make a section's heading together ("Work" over "Experience"). */
  private static boolean completesHeading(String label, String next) {
    String both = label + " " + next;
    return Headings.isStandard(both) || Headings.isContact(both);
  }

  /**
   * Whether a cell ends in the middle of a date: on a range's word or dash, or on a month with no
   * year after it ("Sep 2023 to", "Jan 2019 to Aug"), and holds a date before that.
   */
  private static boolean datePending(String s) {
    String[] words = WHITESPACE.split(s.strip());
    String last = words[words.length - 1];
    return words.length > 1 && (DateParser.isRangeWord(last) || DateParser.isMonth(last))
        && dateLike(s.substring(0, s.lastIndexOf(last)));
  }

  /** Whether a rail's line opens with a range's word or dash: "to September 2016" goes on the date above. */
  private static boolean opensRange(String s) {
    String[] words = WHITESPACE.split(s.strip());
    return words.length > 1 && dev.prism.core.text.DateParser.isRangeWord(words[0]);
  }

  private static String text(List<Seg> segs) {
    StringBuilder b = new StringBuilder();
    for (Seg s : segs) {
      b.append(s.text).append(' ');
    }
    return b.toString();
  }

  private static void flush(List<TextLine> out, List<List<Seg>> left, List<List<Seg>> right, int page, Kind kind) {
    if (kind == Kind.RAIL) {
      flushRail(out, left, right, page);
      return;
    }
    boolean rightFirst = kind == Kind.COLUMNS && page == 0 && nameOnTheRight(left, right);
    List<List<Seg>> rest = right;
    if (rightFirst && Headings.isStandard(text(right.get(right.size() - 1)).strip())) {
      // The main column ends in a heading: its entries start on the next page, and the sidebar
      // comes between its name band (the rows above the sidebar's first) and that heading.
      float leftTop = left.get(0).get(0).y;
      int band = 0;
      while (band < right.size() && right.get(band).get(0).y < leftTop - 1f) {
        band++;
      }
      for (List<Seg> row : localColumns(right.subList(0, band))) {
        addLine(out, row, page, 1);
      }
      rest = right.subList(band, right.size());
      rightFirst = false;
    }
    if (!rightFirst) {
      for (List<Seg> row : localColumns(left)) {
        addLine(out, row, page, 0);
      }
    }
    for (List<Seg> row : localColumns(rest)) {
      addLine(out, row, page, kind == Kind.COLUMNS ? 1 : 0);
    }
    if (rightFirst) {
      for (List<Seg> row : localColumns(left)) {
        addLine(out, row, page, 0);
      }
    }
    left.clear();
    right.clear();
  }

  /**
   * A left sidebar read first puts its "Contact" or "Skills" heading where a reader (and the
   * segmenter) expects the person's name. When the right column opens with text far larger than
   * anything in the left one, that text is the name and the right column is the main one, so it is
   * read first.
   */
  private static boolean nameOnTheRight(List<List<Seg>> left, List<List<Seg>> right) {
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    float leftMax = 0;
    for (List<Seg> row : left) {
      for (Seg s : row) {
        leftMax = Math.max(leftMax, s.size());
      }
    }
    float rightTop = 0;
    for (int i = 0; i < Math.min(3, right.size()); i++) {
      for (Seg s : right.get(i)) {
        rightTop = Math.max(rightTop, s.size());
      }
    }
    return rightTop >= 1.5f * leftMax;
  }

  /** Groups glyphs sharing a baseline, then cuts each row at wide gaps into segments. */
  private static List<List<Seg>> rows(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(PageLayout::byBaselineThenX);
    List<List<Seg>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    float rowY = Float.NaN;
    float rowSize = 0;
    // The row's baseline is the one most of its glyphs sit on, not its first glyph's: a word of
    // another column set a little higher may open the row, and measured from it, a list glyph
    // drawn half a point below the row's text would fall out of the row and follow the text.
    float baseY = Float.NaN;
    int baseCount = 0;
    int rowCount = 0;
    for (Glyph g : sorted) {
      // A baseline shared within 0.3 em; a much smaller glyph (a superscript) may sit higher. A
      // wider tolerance for everything would merge a flush-right date with the line just below it.
      // Glyphs come top down, so a superscript opens the row and the larger text follows: only then
      // is the wider tolerance due. Smaller text below larger text is the next line (a contact line
      // set close under a huge name), however near.
      float big = Math.max(rowSize, g.size());
      boolean superscript = rowSize < 0.8f * g.size();
      float tol = Math.max(1f, (superscript ? 0.55f : 0.3f) * big);
      // A run goes on in its row: a heading's large initial that the wider tolerance put in the
      // row above ("E" beside a line of the next column) keeps the smaller capitals right after
      // it on its baseline ("DUCATION"), which that tolerance would not reach. Text farther
      // along that baseline (an address level with a large name) is judged on its own.
      Glyph last = row.isEmpty() ? null : row.get(row.size() - 1);
      boolean sameBaseline = last != null && Math.abs(g.y() - last.y()) <= 0.05f
          && g.x() >= last.x() && g.x() - last.right() <= RUN_GAP * big;
      if (!row.isEmpty() && g.y() - rowY > tol && !sameBaseline) {
        rows.add(segments(row, rows.size()));
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowY = g.y();
        rowSize = g.size();
        baseY = g.y();
        baseCount = 0;
        rowCount = 0;
      }
      if (Math.abs(g.y() - baseY) > 0.05f) {
        baseY = g.y();
        baseCount = 0;
      }
      if (++baseCount > rowCount) {
        rowCount = baseCount;
        rowY = baseY;
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(segments(row, rows.size()));
    }
    rows.removeIf(List::isEmpty);
    return rows;
  }

  private static int byBaselineThenX(Glyph a, Glyph b) {
    int c = Float.compare(a.y(), b.y());
    return c != 0 ? c : Float.compare(a.x(), b.x());
  }

  /** The order of {@code Comparator.comparingDouble(Glyph::x)}, without widening each x to a double. */
  private static int byX(Glyph a, Glyph b) {
    return Float.compare(a.x(), b.x());
  }

  private static List<Seg> segments(List<Glyph> row, int index) {
    row.sort(PageLayout::byX);
    composeAccents(row);
    dropCoveredSpaces(row);
    dropNoteMarks(row);
    dropLeaders(row);
    // Letter-spaced text ("J O R D A N   R E Y E S") has word gaps past the usual cut; the cut
    // moves up by the row's typical gap between letters.
    float[] gaps = new float[row.size()];
    int n = 0;
    Glyph last = null;
    for (Glyph g : row) {
      if (!g.space()) {
        if (last != null) {
          gaps[n++] = g.x() - last.right();
        }
        last = g;
      }
    }
    Arrays.sort(gaps, 0, n);
    float typical = n == 0 ? 0 : Math.max(0, gaps[n / 2]);
    List<Seg> out = new ArrayList<>();
    List<Glyph> cur = new ArrayList<>();
    // The run so far's letters, kept as glyphs join it: the tests at each word gap asked its size
    // and weight of the whole run, which took time quadratic in the run's length.
    Letters curLetters = new Letters();
    Glyph prev = null;
    boolean spaced = false;
    for (int gi = 0; gi < row.size(); gi++) {
      Glyph g = row.get(gi);
      if (g.space()) {
        if (!cur.isEmpty()) {
          cur.add(g);
        }
        spaced = true;
        continue;
      }
      float size = Math.max(g.size(), prev == null ? 0 : prev.size());
      // Words set in one size, then words set in a clearly other one after a word space: another
      // run. "Combo Tech" set large and the title after it set small are two fields, whatever the
      // gap. Small capitals drawn as capitals of two sizes mix sizes inside each word and cut nothing.
      // So are words in bold capitals set larger than the regular words in small letters after
      // them ("EXPEDIA" at 12 points, "Software Developer" after it at 11): a bold label
      // ("Languages:") or a name in two weights ("MARTA KOWALCZYK", "Marta Kowalczyk") is no such pair.
      if (prev != null && (spaced || g.x() - prev.right() > WORD_GAP * size)) {
        int end = wordEnd(row, gi);
        float before = curLetters.uniformSize();
        float after = uniformSize(row, gi, end);
        float change = Math.abs(before - after) / Math.max(before, after);
        boolean reweighted = before > after && change > 0.05f && curLetters.uniformWeight() == 1
            && uniformWeight(row, gi, end) == 0 && capitals(cur)
            && !capitals(row.subList(gi, end));
        // A bold lead of a few words opening the row, then a sentence in the regular weight
        // ("Computer Engineer II" then "Perform classified tasks related to …"): a role or a
        // name set before what was done there, a field apart as a gap would make it. Emphasis
        // inside a sentence ("Led the **Kafka** move") opens no row, a sentence that goes on
        // from its lead in lower case ("**Globex** is a …") is one run, and a lead that ends in a
        // separator ("Globex ·" before its tagline) has its gap already.
        boolean leadIn = out.isEmpty() && change <= 0.05f && curLetters.uniformWeight() == 1
            && uniformWeight(row, gi, end) == 0 && endsInWord(cur) && words(cur, 0, cur.size()) <= LEAD_WORDS
            && sentenceFrom(row, gi);
        if (before > 0 && after > 0 && ((change > 0.2f || reweighted) || leadIn) && curLetters.count >= 2) {
          out.add(seg(cur, index));
          cur = new ArrayList<>();
          curLetters = new Letters();
          prev = null;
        }
      }
      spaced = false;
      // Text in another size after a gap wider than half the type is another run: a label rail's
      // "Work" beside the job title, a heading beside its first item.
      boolean resized = prev != null && Math.abs(g.size() - prev.size()) > 0.15f * size
          && g.x() - prev.right() > 0.5f * size;
      if (prev != null && (resized || g.x() - prev.right() > Math.max(6f, 1.1f * size + 2.5f * typical))) {
        out.add(seg(cur, index));
        cur = new ArrayList<>();
        curLetters = new Letters();
      }
      cur.add(g);
      curLetters.add(g);
      prev = g;
    }
    if (!cur.isEmpty()) {
      out.add(seg(cur, index));
    }
    out.removeIf(s -> s.text.isBlank());
    for (int i = 0; i < out.size(); i++) {
      Seg[] glued = datesHead(out.get(i));
      if (glued != null) {
        out.set(i, glued[0]);
        out.add(i + 1, glued[1]);
      }
    }
    return out;
  }

  /**
   * A run that opens with a whole date range glued to a capitalised word after it, cut after the
   * range: the dates and the text; null when the run opens with no such range. A template that
   * sets the dates in a box of fixed width lets a long range run over into the field beside it
   * with no space ("2019-presentSenior DevOps Engineer", "Jul’20-Jan’21Teaching Assistant").
   * The mirror of {@link #datesTail}.
   */
  private static Seg[] datesHead(Seg s) {
    List<Glyph> gs = s.glyphs;
    if (gs.isEmpty() || !Character.isLetterOrDigit(gs.get(0).text().charAt(0))) {
      return null;
    }
    boolean digit = false;
    for (int i = 1; i < gs.size(); i++) {
      Glyph g = gs.get(i);
      Glyph prev = gs.get(i - 1);
      digit |= !prev.text().isEmpty() && Character.isDigit(prev.text().charAt(0));
      if (!digit || g.space() || prev.space() || g.text().isEmpty() || !Character.isUpperCase(g.text().charAt(0))
          || !Character.isLetterOrDigit(prev.text().charAt(0))) {
        continue;
      }
      Seg head = seg(new ArrayList<>(gs.subList(0, i)), s.row);
      String t = head.text.strip();
      // Glued as read: where the gap between them made a word space, the line reads right as it is.
      if (!s.text.startsWith(head.text) || s.text.length() <= head.text.length()
          || Character.isWhitespace(s.text.charAt(head.text.length()))) {
        continue;
      }
      for (dev.prism.core.model.DateRange d : DateParser.all(t, 0)) {
        if (d.span().offset() == 0 && d.span().end() == t.length() && !d.single()) {
          return new Seg[] {head, seg(new ArrayList<>(gs.subList(i, gs.size())), s.row)};
        }
      }
    }
    return null;
  }

  /** Where the word starting at {@code from} ends: the next space or gap between glyphs, or the row's end. */
  private static int wordEnd(List<Glyph> row, int from) {
    int i = from + 1;
    while (i < row.size() && !row.get(i).space()
        && row.get(i).x() - row.get(i - 1).right() <= 0.15f * Math.max(row.get(i).size(), row.get(i - 1).size())) {
      i++;
    }
    return i;
  }

  /** The most words a bold lead before a sentence on its row has (see segments). */
  private static final int LEAD_WORDS = 6;

  /** Whether the last glyph of {@code glyphs} that is no space is a letter, a digit or a closing bracket. */
  private static boolean endsInWord(List<Glyph> glyphs) {
    for (int i = glyphs.size() - 1; i >= 0; i--) {
      Glyph g = glyphs.get(i);
      if (!g.space() && !g.text().isBlank()) {
        int c = g.text().codePointAt(g.text().length() - 1);
        return Character.isLetterOrDigit(c) || c == ')';
      }
    }
    return false;
  }

  /** How many words [from, to) holds: runs of glyphs parted by a space glyph or a word's gap. */
  private static int words(List<Glyph> glyphs, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += opensWord(glyphs, from, i) ? 1 : 0;
    }
    return words;
  }

  /** Whether glyph {@code i} opens a word of the run that starts at {@code from}: no space, after a space glyph or a word's gap. */
  private static boolean opensWord(List<Glyph> glyphs, int from, int i) {
    Glyph g = glyphs.get(i);
    Glyph prev = i > from ? glyphs.get(i - 1) : null;
    return !g.space() && !g.text().isEmpty() && (prev == null || prev.space() || g.x() - prev.right() > WORD_GAP * g.size());
  }

  /**
   * Whether the row from {@code from} reads as a sentence: it opens with a capital, runs to five
   * words or more, and two of the words after its first at least open in lower case.
   */
  private static boolean sentenceFrom(List<Glyph> row, int from) {
    int words = 0;
    int lower = 0;
    boolean capital = false;
    for (int i = from; i < row.size(); i++) {
      if (opensWord(row, from, i)) {
        words++;
        char c = row.get(i).text().charAt(0);
        if (words == 1) {
          capital = Character.isUpperCase(c);
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
      }
    }
    return capital && words >= 5 && lower >= 2;
  }

  /** The one size all letters in [from, to) share (within 5%), or 0 when they differ or there are none. */
  private static float uniformSize(List<Glyph> glyphs, int from, int to) {
    float lo = Float.MAX_VALUE;
    float hi = 0;
    for (int i = from; i < to; i++) {
      Glyph g = glyphs.get(i);
      if (!g.text().isEmpty() && Character.isLetter(g.text().charAt(0))) {
        lo = Math.min(lo, g.size());
        hi = Math.max(hi, g.size());
      }
    }
    return hi > 0 && hi - lo <= 0.05f * hi ? (lo + hi) / 2 : 0;
  }

  /** Whether every letter of the glyphs is a capital. */
  private static boolean capitals(List<Glyph> glyphs) {
    for (Glyph g : glyphs) {
      if (!g.text().isEmpty() && Character.isLowerCase(g.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** 1 when every letter in [from, to) is bold, 0 when none is, -1 when they differ or there are none. */
  private static int uniformWeight(List<Glyph> glyphs, int from, int to) {
    int bold = 0;
    int letters = 0;
    for (int i = from; i < to; i++) {
      Glyph g = glyphs.get(i);
      if (!g.text().isEmpty() && Character.isLetter(g.text().charAt(0))) {
        letters++;
        bold += g.bold() ? 1 : 0;
      }
    }
    return letters == 0 || bold > 0 && bold < letters ? -1 : bold > 0 ? 1 : 0;
  }

  /**
   * The letters of a run as its glyphs join it: how many, how many bold, and their smallest and
   * largest size, which answer {@link #uniformSize} and {@link #uniformWeight} of the run.
   */
  static final class Letters {
    int count;
    int bold;
    float lo = Float.MAX_VALUE;
    float hi = 0;

    void add(Glyph g) {
      if (!g.text().isEmpty() && Character.isLetter(g.text().charAt(0))) {
        count++;
        bold += g.bold() ? 1 : 0;
        lo = Math.min(lo, g.size());
        hi = Math.max(hi, g.size());
      }
    }

    /** As {@link #uniformSize} of the glyphs added. */
    float uniformSize() {
      return hi > 0 && hi - lo <= 0.05f * hi ? (lo + hi) / 2 : 0;
    }

    /** As {@link #uniformWeight} of the glyphs added. */
    int uniformWeight() {
      return count == 0 || bold > 0 && bold < count ? -1 : bold > 0 ? 1 : 0;
    }
  }

  /** Spacing accents and the combining marks they stand for. */
  private static final String ACCENTS = "\u00b4\u0060\u02c6\u02dc\u00a8\u00af\u02d8\u02d9\u02da\u02c7\u02dd\u00b8\u02db";
  private static final String MARKS = "\u0301\u0300\u0302\u0303\u0308\u0304\u0306\u0307\u030a\u030c\u030b\u0327\u0328";

  /**
   * TeX's old text fonts (OT1, the default that Jake's and many other resume templates keep) have
   * no accented letters: "ó" is an "o" with an acute accent glyph drawn over it, which reads back
   * as "´o" or "o´" ("Krak´ow"). An accent glyph whose middle lies inside a letter of the same row
   * is that letter's mark: the two become one accented character. An accent with a place of its
   * own ("it´s" typed with a spacing accent) covers no letter and stays.
   */
  private static void composeAccents(List<Glyph> row) {
    for (int i = 0; i < row.size(); i++) {
      Glyph a = row.get(i);
      String t = a.text();
      if (t.length() != 1 || t.charAt(0) > '`' && t.charAt(0) < '\u00a8') {
        continue; // neither a spacing accent nor a combining mark: all lower-case ASCII letters, quickly
      }
      int kind = ACCENTS.indexOf(t.charAt(0));
      boolean combining = t.length() == 1 && t.charAt(0) >= '\u0300' && t.charAt(0) <= '\u036f';
      if (kind < 0 && !combining) {
        continue;
      }
      float middle = a.x() + a.width() / 2;
      // The letter under the accent; where two touch it (a stroke with no advance drawn where an
      // "s" ends and an "l" begins), the one whose centre is nearer, and on a tie the one the mark
      // is drawn from.
      int under = -1;
      for (int j = Math.max(0, i - 2); j <= Math.min(row.size() - 1, i + 2); j++) {
        Glyph letter = row.get(j);
        if (j == i || letter.text().length() != 1 || !Character.isLetter(letter.text().charAt(0))
            || middle < letter.x() || middle > letter.right()) {
          continue;
        }
        if (under < 0 || Math.abs(middle - centre(letter)) <= Math.abs(middle - centre(row.get(under)))) {
          under = j;
        }
      }
      if (under < 0) {
        continue;
      }
      Glyph letter = row.get(under);
      String mark = combining ? t : String.valueOf(MARKS.charAt(kind));
      // TeX puts accents on a dotless i or j ("\\^\\i"); the accented letter has its dot back.
      String base = letter.text().replace('\u0131', 'i').replace('\u0237', 'j');
      // Unicode composes no letter with a stroke: TeX's "ł" and "Ł" are the one case resumes have.
      String composed = mark.equals("\u0337") && (base.equals("l") || base.equals("L"))
          ? (base.equals("l") ? "ł" : "Ł")
          : java.text.Normalizer.normalize(base + mark, java.text.Normalizer.Form.NFC);
      if (composed.length() != 1) {
        continue; // no precomposed letter: leave both as drawn
      }
      row.set(under, new Glyph(composed, letter.x(), letter.y(), letter.width(), letter.height(), letter.size(), letter.bold(),
          letter.italic()));
      row.remove(i);
      i--;
    }
  }

  /**
   * A footnote's mark set after a word ("Acme Corp¹" drawn as a small raised "1") is no part of
   * the word: read as drawn it glues a digit to the name ("Acme Corp1") that no reader sees. A
   * mark is a run of digits or note signs, each clearly smaller than the letter before the run and
   * raised above its baseline, touching it, after a letter set upright. A raised digit after a
   * digit ("10" and a small "6") or after an italic letter, as formulas set their variables
   * ("O(n²)", "x³"), is an exponent and stays, as does a mark that opens a line (the footnote's
   * own text).
   */
  static void dropNoteMarks(List<Glyph> row) {
    // Copied once a mark is found, in one pass, as dropLeaders does: a hostile row of many marks
    // cut out in place would take quadratic time.
    List<Glyph> kept = null;
    int i = 0;
    while (i < row.size()) {
      Glyph word = i > 0 ? row.get(i - 1) : null;
      int end = i;
      if (word != null && word.text().length() == 1 && Character.isLetter(word.text().charAt(0)) && !word.italic()
          && noteMark(row.get(i), word) && row.get(i).x() - word.right() <= 0.3f * word.size()) {
        while (end < row.size() && noteMark(row.get(end), word)) {
          end++;
        }
      }
      if (end > i) {
        if (kept == null) {
          kept = new ArrayList<>(row.subList(0, i));
        }
        i = end;
      } else {
        if (kept != null) {
          kept.add(row.get(i));
        }
        i++;
      }
    }
    if (kept != null) {
      row.clear();
      row.addAll(kept);
    }
  }

  /** The fewest dots in a row, set apart, that make a leader. */
  private static final int LEADER_DOTS = 5;

  /**
   * A leader ("Data Scientist ........ 2024", moderncv's banking style, a \dotfill) is a rule
   * drawn with dots: it fills the gap between two runs and says nothing. Its dots go, leaving the
   * gap, which then parts the runs; left in, they glue to the word before and their even gaps
   * swamp the row's typical gap between letters, so the word spaces before them are lost. A
   * leader's dots stand apart from each other, by half a dot's width at least; dots typed in
   * the text ("....") touch.
   */
  static void dropLeaders(List<Glyph> row) {
    // Copied once a leader is found, in one pass: removing each from the row in place would shift
    // the rest of it once a leader, and a hostile row of short leaders would take quadratic time.
    List<Glyph> kept = null;
    int i = 0;
    while (i < row.size()) {
      int end = i;
      while (end < row.size() && row.get(end).text().equals(".")
          && (end == i || row.get(end).x() - row.get(end - 1).right() >= 0.5f * row.get(end - 1).width())) {
        end++;
      }
      if (end - i >= LEADER_DOTS) {
        if (kept == null) {
          kept = new ArrayList<>(row.subList(0, i));
        }
      } else if (kept != null) {
        kept.addAll(row.subList(i, Math.max(end, i + 1)));
      }
      i = Math.max(end, i + 1);
    }
    if (kept != null) {
      row.clear();
      row.addAll(kept);
    }
  }

  /**
   * A space glyph drawn inside a letter's box on the row is no word break: it belongs to text set
   * elsewhere (a picture's node a few points off the baseline, drawn in a tiny font) that the row
   * gathered, and read as one it cut the name it fell into ("R ui Marques"). A space between words
   * starts where the letter before it ends; one a tenth of an em or more inside it is dropped.
   * Row glyphs come sorted by x, so the letters' right edge so far is all it takes, in one pass.
   */
  static void dropCoveredSpaces(List<Glyph> row) {
    List<Glyph> kept = null;
    float inkRight = Float.NEGATIVE_INFINITY;
    float inkSize = 0;
    for (int i = 0; i < row.size(); i++) {
      Glyph g = row.get(i);
      boolean covered = g.space() && inkRight - g.x() >= 0.1f * inkSize;
      if (covered && kept == null) {
        kept = new ArrayList<>(row.subList(0, i));
      } else if (!covered && kept != null) {
        kept.add(g);
      }
      if (!g.space() && g.right() > inkRight) {
        inkRight = g.right();
        inkSize = g.size();
      }
    }
    if (kept != null) {
      row.clear();
      row.addAll(kept);
    }
  }

  /** Signs a footnote's mark is drawn with besides digits. */
  private static final String NOTE_SIGNS = "*\u2020\u2021";

  private static boolean noteMark(Glyph g, Glyph letter) {
    String t = g.text();
    return t.length() == 1 && (Character.isDigit(t.charAt(0)) || NOTE_SIGNS.indexOf(t.charAt(0)) >= 0)
        && g.size() < 0.8f * letter.size() && letter.y() - g.y() > 0.2f * letter.size();
  }

  private static float centre(Glyph g) {
    return g.x() + g.width() / 2;
  }

  private static Seg seg(List<Glyph> glyphs, int row) {
    while (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).space()) {
      glyphs.remove(glyphs.size() - 1);
    }
    if (glyphs.isEmpty()) {
      Seg s = new Seg(List.of(new Glyph(" ", 0, 0, 0, 0, 1, false)), row);
      s.text = "";
      return s;
    }
    Seg s = new Seg(glyphs, row);
    s.text = words(glyphs);
    return s;
  }

  /**
   * The text of a run of glyphs, with spaces where the gaps say there are word breaks. Letter-spaced
   * text ("J O R D A N  L E E") has wide gaps everywhere, so a break must be clearly wider than the
   * typical gap of its own run.
   */
  static String words(List<Glyph> glyphs) {
    List<Glyph> ink = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      if (!g.space()) {
        ink.add(g);
      }
    }
    float[] gaps = new float[Math.max(0, ink.size() - 1)];
    for (int i = 1; i < ink.size(); i++) {
      gaps[i - 1] = ink.get(i).x() - ink.get(i - 1).right();
    }
    float median = 0;
    if (gaps.length > 0) {
      float[] sorted = gaps.clone();
      Arrays.sort(sorted);
      median = Math.max(0, sorted[sorted.length / 2]);
    }
    StringBuilder b = new StringBuilder();
    Glyph prev = null;
    Glyph space = null;
    int word = 0;
    int inked = 0;
    for (Glyph g : glyphs) {
      if (g.space()) {
        space = g;
        continue;
      }
      if (prev != null) {
        float gap = g.x() - prev.right();
        float size = Math.max(g.size(), prev.size());
        // A space the next glyph is drawn over took no room: Chromium writes one before the hyphen
        // it adds where it breaks a word, at the very same place.
        boolean spaced = space != null && g.x() >= space.x() + 0.5f * space.width();
        // Letters tracked inside a line of untracked text (small capitals letter-spaced by
        // microtype) leave runs of gaps narrower than a word space: no word breaks there. Asked
        // only of a gap wide enough to part words, as most are not.
        if (spaced || gap > median + WORD_GAP * size && !trackedGap(gaps, ink, inked - 1, size)
            && !inAddress(b, word, prev, g, gap / size)) {
          b.append(' ');
          word = b.length();
        }
      }
      b.append(g.text());
      prev = g;
      space = null;
      inked++;
    }
    String text = b.toString();
    // Letter-spaced with explicit spaces between letters: keep only the breaks that are clearly
    // wider than the rest.
    if (spacedLetters(text)) {
      StringBuilder c = new StringBuilder();
      float[] sorted = gaps.clone();
      Arrays.sort(sorted);
      float typical = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
      for (int i = 0; i < ink.size(); i++) {
        if (i > 0 && gaps[i - 1] > typical * 1.5f + 0.05f * ink.get(i).size()) {
          c.append(' ');
        }
        c.append(ink.get(i).text());
      }
      return c.toString();
    }
    return text;
  }

  /**
   * Whether the text is letters set apart by spaces: four words or more, between single spaces,
   * at least eight in ten of them a lone letter. The words are counted by hand as {@code
   * text.split(" ")} parts them (empty ones between spaces count, those at the end do not): it is
   * asked of every run.
   */
  static boolean spacedLetters(String text) {
    int words = 0;
    int singles = 0;
    int pieces = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && text.charAt(i) != ' ') {
        continue;
      }
      pieces++;
      if (i > start) {
        words = pieces;
      }
      if (i - start == 1 && Character.isLetter(text.charAt(start))) {
        singles++;
      }
      start = i + 1;
    }
    return words >= 4 && singles * 10 >= words * 8;
  }

  /** The fewest gaps in a row within tracking's band that are letters tracked apart rather than words. */
  private static final int TRACKED_RUN = 3;
  /** Tracking lies between these, in ems: wider is a word space, narrower is kerning. */
  private static final float TRACKING_MIN = 0.05f;
  private static final float TRACKING_MAX = 0.15f;

  /**
   * Whether gap {@code i} (between ink glyphs i and i + 1) is one of a run of at least {@link
   * #TRACKED_RUN} gaps in a row between letters, all between {@link #TRACKING_MIN} and {@link
   * #TRACKING_MAX} ems: letters tracked apart ("P L A T F O R M" set 0.12 em apart; a kerned pair
   * a little closer), where a word space would stand clearly wider. Marks and single letters
   * parted by word spaces ("C • C++") are no such run.
   */
  private static boolean trackedGap(float[] gaps, List<Glyph> ink, int i, float size) {
    if (i < 0 || i >= gaps.length || !tracking(gaps, ink, i, size)) {
      return false;
    }
    int run = 1;
    for (int j = i - 1; j >= 0 && tracking(gaps, ink, j, size) && run < TRACKED_RUN; j--) {
      run++;
    }
    for (int j = i + 1; j < gaps.length && tracking(gaps, ink, j, size) && run < TRACKED_RUN; j++) {
      run++;
    }
    return run >= TRACKED_RUN;
  }

  private static boolean tracking(float[] gaps, List<Glyph> ink, int j, float size) {
    if (j < 0 || j >= gaps.length || !letter(ink.get(j)) || !letter(ink.get(j + 1))) {
      return false;
    }
    float gap = gaps[j];
    return gap >= TRACKING_MIN * size && gap <= TRACKING_MAX * size;
  }

  private static boolean letter(Glyph g) {
    return !g.text().isEmpty() && Character.isLetterOrDigit(g.text().codePointAt(0));
  }

  /**
   * Whether a small gap after a glyph is a break point inside a web or mail address rather than a
   * word space: LaTeX's url package lets a line break after an address's ":", "/" and "." and may
   * leave a hair of room there (0.12 em seen), about what a tight justified line leaves between
   * words. An address holds no space, so inside one such a gap joins; a full word space still parts,
   * and so does a capital after a stop (the address ended a sentence: host names are written small).
   */
  private static boolean inAddress(StringBuilder text, int wordStart, Glyph before, Glyph after, float gapEms) {
    if (gapEms > URL_BREAK_GAP || before.text().length() != 1 || ":/.@".indexOf(before.text().charAt(0)) < 0
        || before.text().equals(".") && Character.isUpperCase(after.text().codePointAt(0))) {
      return false;
    }
    String w = text.substring(wordStart).toLowerCase(java.util.Locale.ROOT);
    return w.startsWith("http") || w.startsWith("www.") || w.indexOf('@') > 0;
  }

  /**
   * The gutter the page is read at, with its rows split there and how they read (each worked out
   * once): {@code found}, or a band no row at all crosses where the page reads as two columns at
   * that band but not at {@code found}, the right side's text on rows of its own (see apart). The few rows a
   * gutter may let cross make a sparse sidebar (six hobbies, three chips a row) as good as empty,
   * and a band inside it can be wider than the true gutter beside it.
   */
  private static Cut clearerGutter(List<List<Seg>> rows, float width, float found) {
    if (found <= 0) {
      return new Cut(found, rows, Kind.SINGLE);
    }
    List<List<Seg>> split = splitAt(rows, found, WIDE_GAP, 0);
    Kind kind = classify(split, found);
    float clear = kind != Kind.SINGLE ? 0 : gutter(rows, width, 0);
    if (clear <= 0 || clear == found) {
      return new Cut(found, split, kind);
    }
    List<List<Seg>> atClear = splitAt(rows, clear, WIDE_GAP, 0);
    return classify(atClear, clear) == Kind.COLUMNS && apart(atClear, clear) ? new Cut(clear, atClear, Kind.COLUMNS)
        : new Cut(found, split, kind);
  }

  /** A gutter the page was read at, its rows split there and how they read: worked out once for the page. */
  private record Cut(float gutter, List<List<Seg>> split, Kind kind) {}

  /**
   * Whether the text right of {@code gutter} keeps mostly to rows of its own (no more than two of
   * its rows in three shared with text on the left), as a sidebar's lines do beside the main
   * column's, whose baselines rarely meet: on a page of one column, what a clear band leaves on its
   * right (the dates set flush right on each job's line, the last column of a skills grid, the
   * contact beside the name) shares nearly every row with the text on the left.
   */
  private static boolean apart(List<List<Seg>> rows, float gutter) {
    int right = 0;
    int both = 0;
    for (List<Seg> row : rows) {
      boolean l = row.stream().anyMatch(s -> s.x1 <= gutter);
      boolean r = row.stream().anyMatch(s -> s.x0 >= gutter);
      right += r ? 1 : 0;
      both += l && r ? 1 : 0;
    }
    return both * 3 <= right * 2;
  }

  /**
   * The x of a vertical band, somewhere between 15% and 85% of the page width, that (almost) no
   * glyph covers on any row and that has text on both sides; 0 when there is none. Ink, not
   * segments, decides: a narrow gutter can be narrower than the gap that splits segments. At most
   * {@code crossing} rows may cross it; -1 lets one row in twelve (a banner, a footer).
   */
  private static float gutter(List<List<Seg>> rows, float width, int crossing) {
    if (rows.size() < 6) {
      return 0;
    }
    int w = (int) Math.ceil(width) + 2;
    int[] covered = rowsInked(rows.subList(bannerRows(rows, width), rows.size()), w);
    int allowed = crossing >= 0 ? crossing : Math.max(1, rows.size() / 12);
    float g = gutterIn(rows, covered, (int) (width * 0.15f), Math.min(w - 1, (int) (width * 0.85f)), allowed);
    // A rail set close to the page's left edge (moderncv's dates with narrow page margins) leaves
    // its gutter nearer the edge than any column's; it is looked for only where no gutter of
    // columns was found, so a rail beside two columns still parts the columns.
    return g > 0 ? g : gutterIn(rows, covered, (int) (width * 0.10f), (int) (width * 0.15f), allowed);
  }

  /**
   * For each point across a page {@code w} points wide, how many of the rows ink it (a glyph that
   * is no space covers it): what the gutters are looked for in.
   */
  private static int[] rowsInked(List<List<Seg>> rows, int w) {
    Coverage coverage = new Coverage(w);
    for (List<Seg> row : rows) {
      for (Seg s : row) {
        for (Glyph g : s.glyphs) {
          if (!g.space()) {
            coverage.add(Math.max(0, Math.min(w - 1, (int) Math.floor(g.x()))), Math.max(0, Math.min(w, (int) Math.ceil(g.right()))));
          }
        }
      }
      coverage.endRow();
    }
    return coverage.counts();
  }

  /**
   * How many rows cover each point of [0, w), each row counting a point once however many of its
   * spans cover it. A row's spans are merged into runs and each run is counted at its two ends,
   * the counts summed across once at the end: stamping every point of every glyph, as this was
   * done before, cost a point's work per point of ink on every row, for every gutter looked at.
   */
  static final class Coverage {
    private final int[] ends;
    private long[] spans = new long[64];
    private int n;
    private boolean sorted = true;

    Coverage(int w) {
      ends = new int[w + 1];
    }

    /** A span [a, b) of the current row, 0 <= a and b <= w; an empty one covers nothing. */
    void add(int a, int b) {
      if (b <= a) {
        return;
      }
      if (n == spans.length) {
        spans = Arrays.copyOf(spans, n * 2);
      }
      long span = (long) a << 32 | b;
      // Glyphs come left to right but for a cell that took in its wraps: only then is a sort due.
      sorted &= n == 0 || spans[n - 1] <= span;
      spans[n++] = span;
    }

    /** Counts the current row's spans and starts the next row. */
    void endRow() {
      if (!sorted) {
        Arrays.sort(spans, 0, n);
      }
      int start = -1;
      int end = -1;
      for (int i = 0; i < n; i++) {
        int a = (int) (spans[i] >>> 32);
        int b = (int) spans[i];
        if (start >= 0 && a <= end) {
          end = Math.max(end, b);
          continue;
        }
        if (start >= 0) {
          ends[start]++;
          ends[end]--;
        }
        start = a;
        end = b;
      }
      if (start >= 0) {
        ends[start]++;
        ends[end]--;
      }
      n = 0;
      sorted = true;
    }

    /** For each point, the rows that cover it. */
    int[] counts() {
      int[] covered = new int[ends.length - 1];
      int rows = 0;
      for (int x = 0; x < covered.length; x++) {
        rows += ends[x];
        covered[x] = rows;
      }
      return covered;
    }
  }

  /** The narrowest band clear of text, in points, that parts two columns by itself. */
  private static final int MIN_GUTTER = 5;

  /**
   * A narrower band parts columns where the text right of it is set flush against it, row after
   * row: a template that sets its columns tight (Deedy's ragged sidebar ends 4 pt short of the
   * main column). Word spaces that happen to line up down a few rows have no such edge.
   */
  private static final int NARROW_GUTTER = 4;
  private static final int FLUSH_ROWS = 8;

  /** How many rows have a segment that starts within a point of {@code x}. */
  private static int flushAt(List<List<Seg>> rows, int x) {
    int n = 0;
    for (List<Seg> row : rows) {
      for (Seg s : row) {
        if (Math.abs(s.x0 - x) <= 1) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * The narrowest band, in points, that wins over a wider one for being clear: a column's gutter.
   * Narrower bands lie between the items of a list set in columns, where the widest decides.
   */
  private static final int CLEAR_GUTTER = 20;

  /** The most words of a place or a date set flush right beside a header. */
  private static final int MAX_STRIP_WORDS = 4;

  /** The fewest rows that cross any point of {@code band} ({start, width}). */
  private static int least(int[] covered, int[] band) {
    int min = Integer.MAX_VALUE;
    for (int x = band[0]; x < band[0] + band[1]; x++) {
      min = Math.min(min, covered[x]);
    }
    return min;
  }

  /** The gutter in the stretch from {@code from} to {@code to}: the widest band clear of text with text on both sides, or 0. */
  private static float gutterIn(List<List<Seg>> rows, int[] covered, int from, int to, int allowed) {
    List<int[]> bands = new ArrayList<>();
    int runStart = -1;
    for (int x = from; x <= to + 1; x++) {
      boolean clear = x <= to && covered[x] <= allowed;
      if (clear && runStart < 0) {
        runStart = x;
      } else if (!clear && runStart >= 0) {
        if (x - runStart >= MIN_GUTTER || x - runStart >= NARROW_GUTTER && flushAt(rows, x) >= FLUSH_ROWS) {
          bands.add(new int[] {runStart, x - runStart});
        }
        runStart = -1;
      }
    }
    // The widest band that separates text wins; a wide band beyond the end of most lines does not.
    // Of bands nearly as wide as that one, and wide enough for columns' gutters
    // ({@value #CLEAR_GUTTER} pt), one no row crosses wins over one some rows cross: a
    // sidebar, a rail of dates and the main text side by side leave two gutters, and the main
    // text's headings, set from the rail's edge, cross the one between rail and text.
    bands.sort((a, b) -> Integer.compare(b[1], a[1]));
    int[] best = null;
    int bestCrossed = Integer.MAX_VALUE;
    int widest = 0;
    for (int[] band : bands) {
      if (best != null && (band[1] * 4 < widest * 3 || band[1] < CLEAR_GUTTER)) {
        break;
      }
      int crossed = least(covered, band);
      if (crossed < bestCrossed && textOnBothSides(rows, leastCrossed(covered, band[0], band[1]))) {
        widest = best == null ? band[1] : widest;
        best = band;
        bestCrossed = crossed;
      }
    }
    if (best != null) {
      return leastCrossed(covered, best[0], best[1]);
    }
    // No band's middle has text on both sides: a column that holds only a few rows on this page
    // (its heading; its entries on the next) leaves a band as wide as itself, and the gutter is
    // the band's edge.
    for (int[] band : bands) {
      for (float g : new float[] {band[0] + 1, band[0] + band[1] - 1}) {
        if (textOnBothSides(rows, g)) {
          return g;
        }
      }
    }
    return 0;
  }

  /**
   * The gutter of a rail that a block of running text set across the whole measure hides: a
   * moderncv page opens with a summary from margin to margin, then sets each entry's dates in the
   * rail beside it. The paragraph's rows cross any gutter, and five of them are more than a page
   * of fifty rows lets cross. Looked for only where no gutter was found: without the longest run of
   * rows that span the measure (three at least, the paragraph's short last row counted), the page
   * must show a gutter, and the strip left of it must read as a rail of labels and dates. Anything
   * else keeps the page one column.
   */
  private static float railBesideProse(List<List<Seg>> rows, float width) {
    float left = Float.MAX_VALUE;
    float right = 0;
    for (List<Seg> row : rows) {
      left = Math.min(left, row.get(0).x0);
      right = Math.max(right, row.get(row.size() - 1).x1);
    }
    int runStart = -1;
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i <= rows.size(); i++) {
      boolean full = i < rows.size() && rows.get(i).get(0).x0 - left <= 2f
          && right - rows.get(i).get(rows.get(i).size() - 1).x1 <= 0.05f * (right - left);
      if (full && runStart < 0) {
        runStart = i;
      } else if (!full && runStart >= 0) {
        if (i - runStart > bestLength) {
          bestLength = i - runStart;
          bestStart = runStart;
        }
        runStart = -1;
      }
    }
    // The last row of a paragraph ends short of the measure: it goes with the run.
    int end = bestStart + bestLength;
    if (bestLength >= 2 && end < rows.size() && rows.get(end).get(0).x0 - left <= 2f) {
      bestLength++;
    }
    if (bestLength < 3) {
      return 0;
    }
    List<List<Seg>> rest = new ArrayList<>(rows.subList(0, bestStart));
    rest.addAll(rows.subList(bestStart + bestLength, rows.size()));
    float g = gutter(rest, width, -1);
    return g > 0 && classify(splitAt(rest, g, WIDE_GAP, 0), g) == Kind.RAIL ? g : 0;
  }

  /**
   * How many rows open the page in type far larger than its body and set from the page's left
   * margin or centred on it (the person's name and title set across the page above a sidebar and
   * the main column): they cross any gutter, and are no column's. A heading in a column's own
   * margin is no banner.
   */
  private static int bannerRows(List<List<Seg>> rows, float width) {
    // Unboxed: asked for every gutter looked at, over every run of the page.
    int runs = 0;
    for (List<Seg> row : rows) {
      runs += row.size();
    }
    float[] sizes = new float[runs];
    int n = 0;
    float margin = Float.MAX_VALUE;
    for (List<Seg> row : rows) {
      for (Seg s : row) {
        sizes[n++] = s.size();
        margin = Math.min(margin, s.x0);
      }
    }
    Arrays.sort(sizes);
    float body = sizes[sizes.length / 2];
    int banners = 0;
    while (banners < rows.size() - 1 && isBanner(rows.get(banners), body, margin, width)) {
      banners++;
    }
    return banners;
  }

  private static boolean isBanner(List<Seg> row, float body, float margin, float width) {
    float x0 = row.get(0).x0;
    float x1 = row.get(row.size() - 1).x1;
    boolean placed = x0 - margin <= 2f || Math.abs((x0 + x1) / 2 - width / 2) <= width * 0.05f;
    return placed && row.stream().allMatch(s -> s.size() >= BANNER_SIZE * body);
  }

  /** How much larger than the body a banner's type is at least. */
  private static final float BANNER_SIZE = 1.5f;

  /**
   * Whether three rows at least have text left of x, and three right of it. A row with a glyph
   * across x shows neither: the few long lines that run into a band beyond most lines' ends would
   * make it a gutter with a page number as its right column. A list glyph alone is no text: a list
   * set with a wide hanging indent leaves a clear band between its glyphs and its items.
   */
  private static boolean textOnBothSides(List<List<Seg>> rows, float x) {
    int leftRows = 0;
    int rightRows = 0;
    for (List<Seg> r : rows) {
      boolean left = false;
      boolean right = false;
      boolean across = false;
      for (Seg s : r) {
        if (s.x1 <= x) {
          left |= !listGlyphAlone(s);
        } else if (s.x0 >= x) {
          right = true;
        } else {
          for (Glyph g : s.glyphs) {
            if (g.space()) {
              continue;
            }
            across |= g.x() < x && g.right() > x;
            left |= g.right() <= x;
            right |= g.x() >= x;
          }
        }
      }
      if (!across) {
        leftRows += left ? 1 : 0;
        rightRows += right ? 1 : 0;
      }
    }
    return leftRows >= 3 && rightRows >= 3;
  }

  /** Whether a segment is one list glyph and nothing else ("•" set apart from its item). */
  private static boolean listGlyphAlone(Seg s) {
    String t = s.text == null ? "" : s.text.strip();
    return t.codePointCount(0, t.length()) == 1 && BULLETS.indexOf(t) >= 0;
  }

  /**
   * The middle of the stretch of a band crossed by the fewest rows: the few long lines that reach
   * into a wide band must stay whole.
   */
  private static float leastCrossed(int[] covered, int start, int len) {
    int min = least(covered, new int[] {start, len});
    int subStart = start;
    int subLen = 0;
    for (int x = start, run = -1; x <= start + len; x++) {
      boolean low = x < start + len && covered[x] == min;
      if (low && run < 0) {
        run = x;
      } else if (!low && run >= 0) {
        if (x - run > subLen) {
          subLen = x - run;
          subStart = run;
        }
        run = -1;
      }
    }
    return subStart + subLen / 2f;
  }

  /**
   * Whether the segment's ink has a gap around x wider than a word space: the sign of two
   * columns run together, where a word space there is just a line that crosses the gutter. A
   * narrower gap still parts them where no space is typed and the type changes across it (a
   * column's heading in a larger size ending just short of the other column's dates): a word
   * space inside one run of text is typed, or keeps its type on both sides.
   */
  private static boolean wideGapAt(Seg s, float x, float gap) {
    Glyph before = null;
    boolean typedSpace = false;
    for (Glyph g : s.glyphs) {
      if (g.space()) {
        // A space glyph typed after the glyph before the gap (its origin may sit a hair inside
        // that glyph's advance, as producers round positions).
        typedSpace |= before != null && g.x() >= before.right() - 0.5f;
        continue;
      }
      if (g.x() < x && g.right() > x) {
        return false;
      }
      if (g.right() <= x) {
        before = g;
        typedSpace = false;
      } else {
        if (before == null) {
          return false;
        }
        float size = Math.max(g.size(), before.size());
        float width = g.x() - before.right();
        return width >= gap * size
            || !typedSpace && width >= TYPE_CHANGE_GAP * size && !sameType(before, g);
      }
    }
    return false;
  }

  /** Whether two glyphs are set in the same type: size within a twentieth, weight and slant alike. */
  private static boolean sameType(Glyph a, Glyph b) {
    return Math.abs(a.size() - b.size()) <= 0.05f * Math.max(a.size(), b.size()) && a.bold() == b.bold()
        && a.italic() == b.italic();
  }

  private static final float WIDE_GAP = 0.8f;
  private static final float RAIL_GAP = 0.4f;
  /**
   * How wide an untyped gap at the gutter parts a run whose type changes across it, in type sizes:
   * wider than a word space (about a third of the size), narrower than the wide gap.
   */
  private static final float TYPE_CHANGE_GAP = 0.4f;

  /**
   * The rows with each run that crosses the gutter at a gap at least {@code gap} type sizes wide cut
   * in two there. Beside a rail, a section's heading set in the margin right up against the main
   * column (res.cls: "Work Experience" a word space from the employer level with it) is cut too,
   * where the text after the gap starts at the column's left edge ({@code edge}, 0 for none) and
   * the text before it is a heading or a date and nothing else.
   */
  private static List<List<Seg>> splitAt(List<List<Seg>> rows, float gutter, float gap, float edge) {
    List<List<Seg>> out = new ArrayList<>(rows.size());
    for (List<Seg> row : rows) {
      List<Seg> cut = new ArrayList<>(row.size() + 1);
      for (Seg s : row) {
        if (s.x0 >= gutter || s.x1 <= gutter) {
          cut.add(s);
          continue;
        }
        // The pieces are built only for a run that crosses the gutter and may be cut there.
        boolean wide = wideGapAt(s, gutter, gap);
        List<Seg> pieces = wide || edge > 0 ? pieces(s, gutter) : List.of();
        if (wide || labelAtEdge(pieces, edge)) {
          cut.addAll(pieces);
        } else {
          cut.add(s);
        }
      }
      out.add(cut);
    }
    return out;
  }

  /** The run's two sides of the gutter as runs of their own (either may be missing). */
  private static List<Seg> pieces(Seg s, float gutter) {
    List<Glyph> left = new ArrayList<>();
    List<Glyph> right = new ArrayList<>();
    for (Glyph g : s.glyphs) {
      (g.x() + g.width() / 2 < gutter ? left : right).add(g);
    }
    List<Seg> out = new ArrayList<>(2);
    for (List<Glyph> part : List.of(left, right)) {
      if (part.stream().anyMatch(g -> !g.space())) {
        while (part.get(0).space()) {
          part.remove(0);
        }
        Seg piece = seg(part, s.row);
        if (!piece.text.isBlank()) {
          out.add(piece);
        }
      }
    }
    return out;
  }

  /**
   * Whether a run crossing the gutter is a rail's heading or date and the main column's row level
   * with it, parted by no more than a word space: the right piece starts at the column's left edge,
   * after a gap of a word space at least, and the left piece is a heading or a date alone.
   */
  private static boolean labelAtEdge(List<Seg> pieces, float edge) {
    if (edge <= 0 || pieces.size() != 2 || Math.abs(pieces.get(1).x0 - edge) > 1f) {
      return false;
    }
    Seg left = pieces.get(0);
    Seg right = pieces.get(1);
    String label = left.text.strip();
    return right.x0 - left.x1 >= 0.25f * Math.max(left.size(), right.size())
        && (Headings.isStandard(label) || Headings.isContact(label) || wholeDate(label));
  }

  /**
   * The main column's left edge beside a rail: the start most of the runs right of the gutter share
   * (to the nearest point), or 0 where no start is shared by a third of them.
   */
  private static float columnEdge(List<List<Seg>> rows, float gutter) {
    java.util.Map<Integer, Integer> starts = new java.util.HashMap<>();
    int n = 0;
    for (List<Seg> row : rows) {
      for (Seg s : row) {
        if (s.x0 >= gutter) {
          starts.merge(Math.round(s.x0), 1, Integer::sum);
          n++;
          break;
        }
      }
    }
    int best = 0;
    int count = 0;
    for (java.util.Map.Entry<Integer, Integer> e : starts.entrySet()) {
      if (e.getValue() > count || e.getValue() == count && e.getKey() < best) {
        best = e.getKey();
        count = e.getValue();
      }
    }
    return count * 3 >= n && count >= 3 ? best : 0;
  }

  /** Runs of labels a rail beside a long main column has at least, and rows such a run holds on average at most. */
  private static final int MIN_RAIL_RUNS = 4;
  /** A form's labels a rail set flush right holds at least ("Dates", "Occupation or position held", "Email"). */
  private static final int MIN_FORM_LABELS = 3;
  private static final int MAX_RAIL_RUN = 3;

  private static Kind classify(List<List<Seg>> rows, float gutter) {
    int leftOnly = 0;
    int rightOnly = 0;
    int both = 0;
    int rightDates = 0;
    List<Float> rightStarts = new ArrayList<>();
    List<Float> rightEnds = new ArrayList<>();
    List<Float> leftStarts = new ArrayList<>();
    List<Float> leftEnds = new ArrayList<>();
    // The text of each left row in turn: a form's label wrapped over two rows ("Occupation or
    // position" / "held") is counted by its first row.
    List<String> leftTexts = new ArrayList<>();
    int leftDates = 0;
    // Rows of the strip that are dates or pieces of one ("Sep" over "2023" over "(5 months)").
    int leftDateish = 0;
    int leftHeadings = 0;
    // Rows of the strip that hold a heading of any kind, lists' ("Languages") too.
    int leftHeadingRows = 0;
    // A phone number, an email or a web address is a value, never a rail's label: two or more,
    // a third of the strip's rows at least, make it a sidebar of contact details (a rail of dates
    // under an email and a phone stays a rail).
    int leftContacts = 0;
    int leftChars = 0;
    int rightChars = 0;
    // Segments of the right strip that are dates or pieces of one, and rows of the strip alone
    // that are nothing but such a piece ("April 2017" under "June 2015 –", a date cell wrapped).
    int rightPieces = 0;
    int rightOnlyPieces = 0;
    int rightSegs = 0;
    int rightWords = 0;
    int leftRows = 0;
    int leftWords = 0;
    // Runs of consecutive rows with text left of the gutter: a rail's labels come in short runs
    // between rows of the main column's own, a sidebar's lines in long unbroken ones.
    int leftRuns = 0;
    boolean leftBefore = false;
    // Where the first heading stands in the left strip, and what the strip held above it: a
    // person's address and contact set on the left above a rail of headings (moderncv's fancy
    // style) are the page's head, not the rail.
    int firstHeading = -1;
    int leftRowsAbove = 0;
    int leftDatesAbove = 0;
    int bothAbove = 0;
    for (int i = 0; i < rows.size(); i++) {
      List<Seg> row = rows.get(i);
      if (row.stream().anyMatch(s -> s.x0 < gutter && s.x1 > gutter)) {
        leftBefore = false;
        continue;
      }
      boolean l = false;
      boolean r = false;
      for (Seg s : row) {
        if (s.x1 <= gutter) {
          l = true;
          leftStarts.add(s.x0);
          leftEnds.add(s.x1);
          leftTexts.add(s.text);
          leftChars += s.text.length();
          leftWords += s.words();
          // A range of years matches the phone's pattern ("2019 - 2021"): a date is no contact.
          if (s.contact() && !s.dateLike()) {
            leftContacts++;
          }
          if (s.datePiece()) {
            leftDateish++;
          }
          if (s.dateLike()) {
            leftDates++;
          } else if (s.heading() == 1) {
            leftHeadingRows++;
          } else if (s.heading() == 2) {
            leftHeadingRows++;
            leftHeadings++;
            if (firstHeading < 0) {
              firstHeading = i;
              leftRowsAbove = leftRows;
              leftDatesAbove = leftDates;
              bothAbove = both;
            }
          }
        } else {
          r = true;
          rightSegs++;
          rightWords += s.strippedWords();
          rightChars += s.text.length();
          rightStarts.add(s.x0);
          rightEnds.add(s.x1);
          if (s.dateLike()) {
            rightDates++;
          }
          rightPieces += s.datePiece() ? 1 : 0;
        }
      }
      if (r && !l && row.stream().allMatch(Seg::datePiece)) {
        rightOnlyPieces++;
      }
      if (l) {
        leftRows++;
        leftRuns += leftBefore ? 0 : 1;
      }
      leftBefore = l;
      if (l && r) {
        both++;
      } else if (l) {
        leftOnly++;
      } else if (r) {
        rightOnly++;
      }
    }
    int rightRows = rightOnly + both;
    if (leftRows < 3 || rightRows < 3 || listGlyphsOnly(leftTexts)) {
      // A strip of nothing but list glyphs is no column: the items' marks, hung left of their
      // text with a wide gap (a word processor's list on a page with no wider line).
      return Kind.SINGLE;
    }
    // A strip of dates (or locations) flush right: it never stands on a row of its own.
    boolean rightFollowsLeft = rightOnly <= Math.max(1, rightRows / 5);
    // Flush right means the right edges line up; a sidebar list lines up its left edges instead.
    boolean flushRight = aligned(rightEnds) > aligned(rightStarts);
    // So is a strip of places and dates, each a few words set flush right beside a header
    // (Awesome-CV's "Bad Nordstadt an der Ilm" over "Okt 2023 - heute"), whatever words its dates use.
    boolean shortRight = rightWords <= rightSegs * MAX_STRIP_WORDS;
    if (rightFollowsLeft && (rightDates * 2 >= rightRows || (flushRight && (rightChars < leftChars / 3 || shortRight)))) {
      return Kind.SINGLE;
    }
    // The same strip with its dates wrapped in a narrow cell ("June 2015 –" beside the header,
    // "April 2017" on the row below it, alone): the rows it holds alone are the dates' second
    // halves, and every segment of it is a date or a piece of one.
    if (rightOnly - rightOnlyPieces <= Math.max(1, rightRows / 5) && rightOnlyPieces * 2 <= rightRows
        && rightPieces == rightSegs && rightDates * 3 >= rightRows && flushRight) {
      return Kind.SINGLE;
    }
    // Dates in a left strip (moderncv), each beside the entry it dates: read row by row.
    boolean leftFollowsRight = leftOnly <= Math.max(1, leftRows / 5);
    if (leftFollowsRight && leftDates * 2 >= leftRows) {
      return Kind.RAIL;
    }
    // A rail of section headings and dates (a theme that sets "WORK EXPERIENCE" and each job's
    // dates in a left strip beside the entries): most of the strip's rows are headings a resume
    // uses or dates, and the main column holds most of the text. Read row by row, so the headings
    // open their sections, however few rows the main column has.
    // Judged from the first heading down, the strip must be headings and dates all but one row in
    // five (moderncv's fancy: nothing but headings); a sidebar's short lists under its headings
    // ("Education", a degree, its years) are not.
    int railRows = leftRows - leftRowsAbove;
    int railLabels = leftHeadings + leftDates - leftDatesAbove;
    // The headings open their blocks on the blocks' first rows, or the strip holds nothing else
    // (headings and dates, one row aside): a theme may centre each heading on its block, between
    // the block's rows.
    if (leftHeadings >= 2 && (leftRowsAbove == 0 ? railLabels * 2 >= railRows : railLabels * 5 >= railRows * 4)
        && leftChars * 3 < rightChars
        && (labelsOpenBlocks(rows.subList(firstHeading, rows.size()), gutter) * 2 >= both - bothAbove
            || leftHeadingRows + leftDates + 1 >= leftRows)) {
      return Kind.RAIL;
    }
    // A label rail: a few short labels on the left, each beside the block it names, on the
    // block's first row. Short lines of a sidebar's own ("Interests", "Chess") keep their own
    // spacing and share rows with the main column only by chance: that is a sidebar. (A rail's
    // heading or date may stand on a row of its own, a date wrapped over two rows between the
    // main column's; its other labels do not: a strip most of whose rows stand alone, "Passionate"
    // over "Curious" under a heading, is a sidebar's list.)
    boolean contactStrip = leftContacts >= 2 && leftContacts * 3 >= leftRows;
    if (!contactStrip && leftRows * 3 <= rightRows && leftWords <= leftRows * 4 && leftChars * 5 < rightChars
        && leftOnly <= leftHeadings + leftDateish + leftRows / 3 && labelsOpenBlocks(rows, gutter) * 2 >= both) {
      return Kind.RAIL;
    }
    // A rail of labels beside a long main column (moderncv's dates beside each entry and labels
    // beside each line of skills): every label stands beside text of the main column and opens a
    // block there, the labels are short, and they come in short runs between the main column's
    // rows of its own. A sidebar set on the main column's line grid runs on in long runs.
    if (!contactStrip && leftOnly == 0 && leftWords <= leftRows * 3 && leftChars * 5 < rightChars && leftRuns >= MIN_RAIL_RUNS
        && leftRuns * MAX_RAIL_RUN >= leftRows && labelsOpenBlocks(rows, gutter) * 2 >= both) {
      return Kind.RAIL;
    }
    // A rail of labels set flush right against the gutter (Europass: "Work experience",
    // "Dates", "Occupation or position held" beside each value): the labels' right edges line up
    // where a sidebar's left edges do, a form's labels are many among them or the labels stand
    // one or two at a time between rows of the main column's own (moderncv's names of projects
    // beside their descriptions), where a sidebar set flush right runs on with its values (an
    // address, skills); nearly every label stands beside the main column's text and opens a block
    // there, and the main column holds most of the text.
    int flushLeftEnds = aligned(leftEnds);
    boolean flushLeft = flushLeftEnds * 5 >= leftRows * 4 && flushLeftEnds > 2 * aligned(leftStarts);
    int leftFormLabels = flushLeft ? formLabels(leftTexts) : 0;
    // A form's labels are long ("Name and address of employer", "Name and type of organisation
    // providing education and training") and wrap over two rows beside a value of one: beside a
    // page of short values (degrees, dates) they may hold nearly as much text as the main column,
    // and stand alone on as many as half of their rows.
    boolean form = leftFormLabels >= MIN_FORM_LABELS && leftFormLabels * 5 >= leftRows;
    if (!contactStrip && flushLeft && leftOnly * (form ? 2 : 3) <= leftRows
        && (form || leftRuns >= MIN_RAIL_RUNS && leftRuns * 2 >= leftRows)
        && leftChars * (form ? 1 : 3) < rightChars && labelsOpenBlocks(rows, gutter) * 2 >= both) {
      return Kind.RAIL;
    }
    // A rail of dates wrapped over several rows each ("Sep" / "2023" / "to Present" beside a job's
    // header and bullets): nearly every row of the strip is a date or a piece of one, in runs
    // between rows of the main column's own, which holds most of the text. A sidebar holds words.
    if (!contactStrip && leftDateish * 5 >= leftRows * 4 && leftRuns >= MIN_RAIL_RUNS && leftChars * 5 < rightChars
        && leftRows <= rightRows) {
      return Kind.RAIL;
    }
    // moderncv's \cvitem rows (a page of skills: "Languages", "Frameworks", "Databases" each
    // flush right beside its one line of values) come in long runs: labels of a word or two whose
    // right edges line up at the gutter, every one on a row it shares with the main column, whose
    // rows of their own are its headings ("Skills", "Languages"), set larger. A sidebar of short
    // items set flush right beside a main column of jobs leaves that column rows of body text
    // with nothing beside them.
    if (!contactStrip && leftOnly == 0 && leftRows >= MIN_RAIL_RUNS && flushLeftEnds == leftRows
        && flushLeftEnds > 2 * aligned(leftStarts) && leftWords <= leftRows * 2 && leftChars * 3 < rightChars
        && plainRowsOfTheirOwn(rows, gutter) <= Math.max(1, leftRows / 5) && labelsOpenBlocks(rows, gutter) * 2 >= both) {
      return Kind.RAIL;
    }
    if (rightFollowsLeft && leftOnly <= Math.max(1, leftRows / 5)) {
      // Every row has text on both sides: a table-like layout read row by row is closer to the
      // author's intent than two blocks.
      return Kind.RAIL;
    }
    return Kind.COLUMNS;
  }


  /**
   * Whether a rail's text is a contact's label with its value on the line below ("Email" over the
   * address), as a sidebar sets it: the line below is no label, and the two make none together
   * ("Name and address of" over "employer" do).
   */
  private static boolean contactOverValue(String label, String below) {
    return FieldLabelWords.isContactLabel(label) && !FieldLabelWords.isFormLabel(below)
        && !FieldLabelWords.isFormLabel(label + " " + below);
  }

  /**
   * How many of a rail's labels name a field or a detail of a form's entry ("Position held", "Type
   * of business or sector"), or its role or organisation in a word ("Employer", "Institution"):
   * dates, places and contact labels, which any sidebar may hold, say nothing of a form.
   */
  private static int entryLabels(List<List<Seg>> labels) {
    int n = 0;
    for (List<Seg> l : labels) {
      String t = text(l).strip();
      FieldLabelWords.Field f = FieldLabelWords.formField(t);
      FieldLabelWords.Field named = f == null ? FieldLabelWords.named(t) : null;
      if (f != null && f != FieldLabelWords.Field.DATES || FieldLabelWords.isDetail(t)
          || named == FieldLabelWords.Field.TITLE || named == FieldLabelWords.Field.ORGANIZATION) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many of a rail's texts are a form's labels or dates: a label alone or with the text after
   * it ("Name and address of" / "employer"), or an entry's dates set in the label's place.
   */
  private static int formLabels(List<String> texts) {
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String next = i + 1 < texts.size() ? texts.get(i + 1) : null;
      // A contact's label over its value ("Email" over the address) is a sidebar's, not a form's:
      // a form's contact labels stand over each other, their values beside them.
      boolean sidebarLabel = next != null && contactOverValue(t, next);
      if (FieldLabelWords.isFormLabel(t) && !sidebarLabel || dateLike(t)
          || next != null && FieldLabelWords.isFormLabel(t + " " + next)) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many rows hold text left of the gutter set as a rail's label: on the very baseline of the
   * text beside it, or beside the first row of a block on the right (a row with a wider space
   * above it than the column's lines have, or the first). A sidebar's lines keep their own
   * spacing and fall beside any row, near its baseline only by chance.
   */
  private static int labelsOpenBlocks(List<List<Seg>> rows, float gutter) {
    // The right column's own line step: a block opens on a wider one. Measured, not assumed, as
    // documents set with a line height of 1.5 or more step further than a type size per line.
    List<Float> steps = new ArrayList<>();
    float last = Float.NaN;
    for (List<Seg> row : rows) {
      for (Seg s : row) {
        if (s.x0 >= gutter) {
          if (!Float.isNaN(last)) {
            steps.add(s.y - last);
          }
          last = s.y;
          break;
        }
      }
    }
    steps.sort(null);
    float step = steps.isEmpty() ? 0 : steps.get(steps.size() / 2);
    int n = 0;
    float above = Float.NaN;
    for (List<Seg> row : rows) {
      Seg right = null;
      Seg left = null;
      for (Seg s : row) {
        if (s.x0 >= gutter && right == null) {
          right = s;
        } else if (s.x1 <= gutter && left == null) {
          left = s;
        }
      }
      if (right == null) {
        continue;
      }
      if (left != null && (Float.isNaN(above) || right.y - above > Math.max(1.5f * right.size(), 1.3f * step)
          || Math.abs(left.y - right.y) <= 0.6f)) {
        n++;
      }
      above = right.y;
    }
    return n;
  }

  /**
   * A date or a range and nothing else, in any form the date grammar reads ("Jan 2019",
   * "Juin-Août 2013", "2021-10 / 2022-06", "2019 – heute"). A range cut short by the cell's edge
   * ("2019 –", "Sep 2023 to") is not whole: its end is on the line below. Brackets around the
   * whole are no part of it: "(Aug 2013 - Dec 2015)" set beside an employer.
   */
  static boolean wholeDate(String text) {
    String s = text.strip();
    if (s.length() > 2 && (s.charAt(0) == '(' && s.endsWith(")") || s.charAt(0) == '[' && s.endsWith("]"))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.isEmpty() || s.length() > 48 || !Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
      return false;
    }
    List<dev.prism.core.model.DateRange> all = DateParser.all(s, 0);
    return all.size() == 1 && all.get(0).span().offset() == 0 && all.get(0).span().end() == s.length();
  }

  private static final java.util.regex.Pattern SYMBOL_BEFORE_PUNCTUATION =
      java.util.regex.Pattern.compile(" ?\ue000+(?=[.,;:!?)\\]])");
  private static final java.util.regex.Pattern SYMBOL = java.util.regex.Pattern.compile(" ?\ue000+ ?");

  // Compiled once: String.matches and split with a regular expression compile it on every call.
  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern HAS_LETTER = java.util.regex.Pattern.compile(".*\\p{L}.*");
  private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");

  private static final java.util.regex.Pattern CONTACT_VALUE = java.util.regex.Pattern.compile(
      "(?:" + Lexicon.pattern("email").pattern() + ")|(?:" + Lexicon.pattern("phone").pattern() + ")|(?:"
          + Lexicon.pattern("url").pattern() + ")");

  /**
   * Whether {@link #CONTACT_VALUE} may find anything in the text: an email holds an "@", a phone
   * number a digit, a web address a "." or "://". A cheap look first, as it is asked of every run.
   */
  static boolean mayHoldContact(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@' || c == '.' || c == ':' || c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** A year or an open end ("Present", "heute") as a word of its own: looked for, not matched whole. */
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

  /** How far apart two pages' gutters may stand and still be one template's. */
  private static final float SAME_GUTTER = 3;
  /** Rows in a run a rail's label takes with nothing beside it, at most. */
  private static final int MAX_LABEL_ROWS = 4;

  /**
   * Whether the strip left of the gutter dates what stands beside it: two of its rows at least
   * hold a date beside text of the main column, no fewer than stand alone, and the strip's rows
   * with nothing beside them come a few at a time (an award's name wrapped over three rows and its
   * date under it: {@value #MAX_LABEL_ROWS}), where a sidebar's list runs on ("Skills" over a
   * skill a row).
   */
  private static boolean datesBesideText(List<List<Seg>> rows, float gutter) {
    int beside = 0;
    int alone = 0;
    int run = 0;
    for (List<Seg> row : rows) {
      boolean left = row.stream().anyMatch(s -> s.x1 <= gutter);
      boolean right = row.stream().anyMatch(s -> s.x0 >= gutter);
      run = left && !right ? run + 1 : 0;
      if (run > MAX_LABEL_ROWS) {
        return false;
      }
      if (row.stream().anyMatch(s -> s.x1 <= gutter && s.dateLike())) {
        if (right) {
          beside++;
        } else {
          alone++;
        }
      }
    }
    return beside >= 2 && beside >= alone;
  }

  /** Whether the text holds a year, or an open end as a word of its own (see DateParser.mentionsOpenEnd). */
  private static boolean dateLike(String text) {
    // Asked of every run and line: a cheap look for the year's first two digits first.
    boolean century = text.contains("19") || text.contains("20");
    return century && YEAR.matcher(text).find() || DateParser.mentionsOpenEnd(text);
  }

  /**
   * How many rows hold text right of the gutter only, in no larger type than the main column's
   * usual (its median run size, and a tenth more): its body rows with nothing beside them, as
   * opposed to its headings. Rows across the gutter are left out.
   */
  private static long plainRowsOfTheirOwn(List<List<Seg>> rows, float gutter) {
    List<Float> sizes = new ArrayList<>();
    List<Float> ownRows = new ArrayList<>();
    for (List<Seg> row : rows) {
      if (row.stream().anyMatch(s -> s.x0 < gutter && s.x1 > gutter)) {
        continue;
      }
      row.stream().filter(s -> s.x0 >= gutter).forEach(s -> sizes.add(s.size()));
      if (!row.isEmpty() && row.stream().allMatch(s -> s.x0 >= gutter)) {
        ownRows.add((float) row.stream().mapToDouble(Seg::size).max().orElse(0));
      }
    }
    float main = median(sizes);
    return ownRows.stream().filter(z -> z <= 1.1f * main).count();
  }

  /** The median of the values, or 0 for none. */
  private static float median(List<Float> xs) {
    if (xs.isEmpty()) {
      return 0;
    }
    List<Float> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /** How many of the values lie within two points of their median. */
  private static int aligned(List<Float> xs) {
    float median = median(xs);
    return (int) xs.stream().filter(x -> Math.abs(x - median) <= 2f).count();
  }

  private static void addLine(List<TextLine> out, List<Seg> row, int page, int column) {
    if (row.isEmpty()) {
      return;
    }
    // A flush-right date that shares its baseline with the first bullet below a header belongs
    // to that header: it goes on a line of its own, before the bullet. Not so beside an item set
    // in bold in a few words: that is a header set as a list item (a converter that keeps a
    // template's list of entries as a list: "• Globex  Mar 2031 - Present"), and the dates are its own.
    if (row.size() >= 2 && !row.get(0).text.isEmpty() && BULLETS.indexOf(row.get(0).text.charAt(0)) >= 0
        && !boldHeaderItem(row)) {
      List<Seg> dates = row.subList(1, row.size()).stream().filter(s -> wholeDate(s.text)).toList();
      if (!dates.isEmpty()) {
        addLine(out, dates, page, column);
        row = row.stream().filter(s -> !dates.contains(s)).toList();
      }
    }
    row = innerBullets(row);
    // The cells of a header with its dates beside the first bullet of its entry ("2017.03 -
    // 2020.06   ● Built ...", "Senior Developer   2017 - Present   • Built ..."): the header is a
    // line of its own and the bullet one of its own, glyph and all. A few capitalised words after
    // a glyph set close after the dates ("Sep 2021 to Present · Las Vegas, NV") are the header's
    // next field, the glyph its separator: an item stands apart, or says something, in a
    // lower-case word or at some length.
    for (int k = 1; k < row.size(); k++) {
      String seg = row.get(k).text;
      boolean close = row.get(k).x0 - row.get(k - 1).x1 < SEPARATOR_GAP * row.get(k).size();
      if (seg.length() > 2 && BULLETS.indexOf(seg.charAt(0)) >= 0 && !Glyphs.isSpacedBullet(seg.charAt(0))
          && !rangeArrow(seg.substring(0, 1), seg.substring(1)) && (!close || readsAsItem(seg.substring(1)))
          && row.subList(0, k).stream().anyMatch(d -> dateLike(d.text.strip()))) {
        addLine(out, row.subList(0, k), page, column);
        addLine(out, row.subList(k, row.size()), page, column);
        return;
      }
    }
    // A short run in another size opening the row is a line of its own: a label rail's "Work"
    // beside the job title, a company set large beside its title set small. Each keeps its size.
    // Dates set smaller beside a title are its header's dates, not another field's line.
    if (row.size() >= 2 && WHITESPACE.split(row.get(0).text.strip()).length <= 4 && HAS_LETTER.matcher(row.get(0).text).matches()) {
      float rest = 0;
      for (Seg s : row.subList(1, row.size())) {
        rest = Math.max(rest, s.size());
      }
      float head = row.get(0).size();
      boolean smallerDates = rest < head
          && row.subList(1, row.size()).stream().allMatch(s -> wholeDate(s.text));
      if (Math.abs(head - rest) > 0.15f * Math.max(head, rest) && !smallerDates) {
        addLine(out, row.subList(0, 1), page, column);
        addLine(out, row.subList(1, row.size()), page, column);
        return;
      }
    }
    // A section's heading set larger at the end of a row of smaller text ("Phone ⇥ (613) 555-0100
    // ⇥ Work", a theme's contact table whose last row shares the heading's baseline) is a line of
    // its own, after the rest.
    if (row.size() >= 2) {
      Seg last = row.get(row.size() - 1);
      float rest = 0;
      for (Seg s : row.subList(0, row.size() - 1)) {
        rest = Math.max(rest, s.size());
      }
      if (last.size() > HEADING_SCALE * rest && Headings.kindOf(last.text.strip()).isPresent()) {
        addLine(out, row.subList(0, row.size() - 1), page, column);
        addLine(out, row.subList(row.size() - 1, row.size()), page, column);
        return;
      }
    }
    StringBuilder text = new StringBuilder();
    for (Seg s : row) {
      if (text.length() > 0) {
        text.append("  ");
      }
      text.append(s.text);
    }
    Seg first = row.get(0);
    float x = first.x0;
    float right = row.get(row.size() - 1).x1;
    float size = 0;
    int boldChars = 0;
    int italicChars = 0;
    int chars = 0;
    for (Seg s : row) {
      size = Math.max(size, s.size());
      int n = s.glyphs.size();
      chars += n;
      if (s.bold()) {
        boldChars += n;
      }
      if (s.italic()) {
        italicChars += n;
      }
    }
    String t = text.toString();
    boolean bullet = false;
    if (!t.isEmpty() && t.charAt(0) == '\ue000') {
      // A symbol font's list glyph (Word's and LibreOffice's bullet from Symbol or Wingdings, a
      // private-use character) before a line of words opens a list item. An icon before a contact
      // item, a heading, a short label ("San Francisco, CA") or a header's dates opens none, nor
      // does one of several icons on a line (a calendar's before the dates, a pin's before the town).
      // The words must read as a sentence does, two in lower case at least: an address or a
      // degree's name ("Keibelstr. 37, 10178, Berlin", "Bachelor of Computer Engineering") is
      // capitalised, as an icon's label is. A date may stand inside a long sentence ("managed a
      // library of SQL Server 2005 stored procedures for key customers"), not beside a few words.
      String after = t.substring(1);
      String rest = after.strip();
      int words = WHITESPACE.split(rest).length;
      int lower = lowerCaseWords(rest);
      boolean sentence = words >= SENTENCE_WORDS && lower * 2 >= words;
      if (after.indexOf('\ue000') < 0 && lower >= 2 && words >= 4
          && !CONTACT_VALUE.matcher(rest).find() && (sentence || !dateLike(rest)) && Headings.kindOf(rest).isEmpty()) {
        bullet = true;
        Glyph next = firstInkAfterGlyph(row);
        x = next != null ? next.x() : x;
        t = rest;
      }
    }
    if (!t.isEmpty() && BULLETS.indexOf(t.charAt(0)) >= 0) {
      // A list glyph followed by a gap; "-5%" or "*nix" are text.
      char c = t.charAt(0);
      boolean spaced = t.length() > 1 && t.charAt(1) == ' ';
      boolean strongGlyph = !Glyphs.isSpacedBullet(c);
      if (spaced || (strongGlyph && t.length() > 1)) {
        String rest = t.substring(1).stripLeading();
        // "– Present)" under a header that broke inside its bracketed range ("… (Mar 2022"): the
        // dash is the range's, and the line the header's end, no item.
        boolean rangeEnd = !strongGlyph && rest.endsWith(")") && rest.indexOf('(') < 0 && WHITESPACE.split(rest).length <= 3
            && dateLike(rest);
        if (!rest.isEmpty() && !rangeEnd) {
          // A header set as a list item (see the first rule above), with a cell beside it (its
          // dates, its place), is no item: the glyph goes, and the line reads as the header it is.
          bullet = !(boldHeaderItem(row) && cellsBeside(row));
          Glyph next = firstInkAfterGlyph(row);
          x = next != null ? next.x() : x;
          t = rest;
        }
      }
    }
    if (t.indexOf('\ue000') >= 0) {
      // A symbol inside a line (a link or phone icon) is no text: it goes with one of the spaces
      // around it, so that "Here \ue000, see" reads "Here, see" and a run of words keeps single
      // spaces (two mark a gap between segments).
      t = SYMBOL_BEFORE_PUNCTUATION.matcher(t).replaceAll("");
      t = SYMBOL.matcher(t).replaceAll(" ");
    }
    t = t.strip();
    if (t.isEmpty()) {
      return;
    }
    out.add(new TextLine(t, page, x, right, first.y, size, boldChars * 2 > chars, italicChars * 2 > chars, bullet, column));
  }

  /** Whether a row's list glyph stands in a run of its own, the item's words in the next. */
  private static boolean glyphApart(List<Seg> row) {
    return row.size() > 1 && row.get(0).text.strip().length() == 1;
  }

  /** The most words of a header set as a list item, in bold: an employer's or a title's name. */
  private static final int HEADER_ITEM_WORDS = 6;

  /**
   * Whether a row opening with a list glyph holds a few words in bold after it (in the glyph's run
   * or the next, where the glyph stands apart), as a header does.
   */
  private static boolean boldHeaderItem(List<Seg> row) {
    Seg s = row.get(0);
    String rest = s.text.substring(1).strip();
    if (glyphApart(row)) {
      s = row.get(1);
      rest = s.text.strip();
    }
    // A bold label with its colon ("• Data Tools:  Pandas, Spark") opens a line of values, no header.
    return s.bold() && !rest.isEmpty() && !rest.endsWith(":") && !wholeDate(rest)
        && WHITESPACE.split(rest).length <= HEADER_ITEM_WORDS;
  }

  /**
   * Whether the runs after a list item's first words (the glyph's run, or the glyph's and the
   * next where the glyph stands apart) are cells beside it: there is one at least, each of a few
   * words, set two type sizes apart from the run before it. A bold lead-in's sentence ("•
   * Shipped  the billing service …") runs on close after it, at length.
   */
  private static boolean cellsBeside(List<Seg> row) {
    int from = glyphApart(row) ? 2 : 1;
    if (row.size() <= from) {
      return false;
    }
    for (int k = from; k < row.size(); k++) {
      Seg c = row.get(k);
      if (c.x0 - row.get(k - 1).x1 < 2 * c.size() || WHITESPACE.split(c.text.strip()).length > HEADER_ITEM_WORDS) {
        return false;
      }
    }
    return true;
  }

  /** How much larger than the text beside it a section heading closing a row is set. */
  private static final float HEADING_SCALE = 1.15f;

  /** How close after the dates, in multiples of its type size, a glyph stands to be a separator rather than a list's. */
  private static final float SEPARATOR_GAP = 1.5f;

  /** The fewest words after a glyph beside a header's dates that make an item though none is in lower case. */
  private static final int ITEM_WORDS = 4;

  /** Whether the words after a list glyph say something, as an item does, rather than name a field. */
  private static boolean readsAsItem(String after) {
    String rest = after.strip();
    return lowerCaseWords(rest) > 0 || WHITESPACE.split(rest).length >= ITEM_WORDS;
  }

  /** The fewest words of a sentence after a symbol's glyph that may hold a date and still be a list item. */
  private static final int SENTENCE_WORDS = 8;

  /** How many of the words of {@code text} open with a lower-case letter. */
  private static int lowerCaseWords(String text) {
    int n = 0;
    for (String w : WHITESPACE.split(text)) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a list glyph after a date is the range's own arrow ("2010-02 → 2014-06", "2015-01 →
   * nå"): an arrow the lexicon lists between a range's ends, with a date or an open end after it.
   */
  private static boolean rangeArrow(String glyph, String after) {
    String t = after.strip();
    int space = t.indexOf(' ');
    String first = space < 0 ? t : t.substring(0, space);
    return dev.prism.core.text.DateParser.isRangeWord(glyph)
        && (!t.isEmpty() && Character.isDigit(t.charAt(0)) || dev.prism.core.text.DateParser.isOpenEnd(first));
  }

  /**
   * A run that holds dates and then a list glyph with no wide gap between them ("2018-02-01 -
   * 2019-06-30 • Built …", the dates flowing into the first bullet): two runs, parted at the glyph.
   */
  private static List<Seg> innerBullets(List<Seg> row) {
    List<Seg> out = null;
    for (int k = 1; k < row.size(); k++) {
      Seg s = row.get(k);
      int at = -1;
      for (int j = 1; j + 1 < s.glyphs.size() && at < 0; j++) {
        String g = s.glyphs.get(j).text();
        if (g.length() == 1 && BULLETS.indexOf(g.charAt(0)) >= 0 && !Glyphs.isSpacedBullet(g.charAt(0))
            && dateLike(words(s.glyphs.subList(0, j)))
            && !rangeArrow(g, words(s.glyphs.subList(j + 1, s.glyphs.size())))) {
          at = j;
        }
      }
      if (at > 0) {
        if (out == null) {
          out = new ArrayList<>(row.subList(0, k));
        }
        out.add(seg(new ArrayList<>(s.glyphs.subList(0, at)), s.row));
        out.add(seg(new ArrayList<>(s.glyphs.subList(at, s.glyphs.size())), s.row));
      } else if (out != null) {
        out.add(s);
      }
    }
    return out == null ? row : out;
  }

  private static Glyph firstInkAfterGlyph(List<Seg> row) {
    boolean skipped = false;
    for (Seg s : row) {
      for (Glyph g : s.glyphs) {
        if (g.space()) {
          continue;
        }
        if (!skipped) {
          skipped = true;
          continue;
        }
        return g;
      }
    }
    return null;
  }
}
