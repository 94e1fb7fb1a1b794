package dev.prism.ingest.docx;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.ingest.DocxReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;

/**
 * Reads one part of a Word document (the body, a header, a footer) into lines in reading order:
 * paragraphs and tables as they come, the text boxes anchored in a paragraph before its own text,
 * and content controls and custom XML read in place, as though the wrapper were not there (Word
 * templates wrap the name, the contact line and whole sections in them). Layout tables become
 * lines by {@link Rows}. Everything nests to {@link DocxReader#MAX_DEPTH} and no further.
 */
final class Walk {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final QName PARAGRAPH = new QName(W, "p");
  private static final QName TABLE = new QName(W, "tbl");
  static final QName CONTROL = new QName(W, "sdt");
  private static final QName CONTROL_PROPERTIES = new QName(W, "sdtPr");
  private static final QName CONTROL_CONTENT = new QName(W, "sdtContent");
  private static final QName SHOWING_PLACEHOLDER = new QName(W, "showingPlcHdr");
  static final QName VAL = new QName(W, "val");
  static final QName CUSTOM_XML = new QName(W, "customXml");
  static final QName LINK_ID = new QName(R, "id");

  /** A link target met in the part, and whether it came before any line naming a section. */
  record Link(String url, boolean top) {}

  final StyleSheet sheet;
  /** The part whose relationships a link's id names. */
  private final POIXMLDocumentPart part;
  /** The width the text runs in, in EMU, against which a box or a cell is narrow. */
  private final double textWidth;
  /** Characters read in this part and all it nests, against {@link DocxReader#MAX_CHARS}. */
  private final Chars chars;

  /** A table was read. */
  boolean tables;
  /** A text box held text. */
  boolean boxText;
  /** A content control was met. */
  boolean controls;
  /** A content control still showed its template's prompt, which was left out. */
  boolean placeholders;
  final List<Link> links = new ArrayList<>();
  /** Some paragraph with text was read. */
  private boolean anyText;
  /** Some line naming a section ("Experience", "Contact") was read. */
  private boolean sectionSeen;
  private Map<String, String> linkTargets;
  /** Sidebar boxes met before any text, waiting to follow the first paragraph with text. */
  private final List<List<DocLine>> waiting = new ArrayList<>();
  /** How many boxes the walk is inside: their text is no place for waiting sidebars. */
  private int inBox;

  /** The count of characters read, shared by every part of one document. */
  static final class Chars {
    private int count;

    void add(int n) throws UnreadableInputException {
      count += n;
      if (count > DocxReader.MAX_CHARS) {
        throw new UnreadableInputException(Problem.CORRUPT, "the DOCX holds far more text than a resume; check it is the right file");
      }
    }
  }

  Walk(StyleSheet sheet, POIXMLDocumentPart part, double textWidth, Chars chars) {
    this.sheet = sheet;
    this.part = part;
    this.textWidth = textWidth;
    this.chars = chars;
  }

  /** The lines of a body, header or footer element. */
  List<DocLine> read(XmlObject container) throws UnreadableInputException {
    List<DocLine> out = new ArrayList<>();
    blocks(container, out, 0);
    flushWaiting(out);
    return out;
  }

  /** Adds a blank line, unless there is nothing yet or the last line is blank already. */
  static void blank(List<DocLine> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).blank()) {
      out.add(DocLine.BLANK);
    }
  }

  /** Adds lines read apart (a cell, a box), no blank line doubled and none first. */
  static void addAll(List<DocLine> out, List<DocLine> lines) {
    for (DocLine l : lines) {
      if (l.blank()) {
        blank(out);
      } else {
        out.add(l);
      }
    }
  }

  static void checkCancelled() throws UnreadableInputException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInputException(Problem.CORRUPT, "reading the DOCX was cancelled");
    }
  }

  /** Paragraphs and tables of a body, table cell, text box or content control, in document order. */
  private void blocks(XmlObject container, List<DocLine> out, int depth) throws UnreadableInputException {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        // Empty controls add no text, so the length limit never stops a flood of them; cancelling must.
        checkCancelled();
        QName name = c.getName();
        if (PARAGRAPH.equals(name)) {
          if (c.getObject() instanceof CTP p) {
            paragraph(p, out, depth);
          }
        } else if (TABLE.equals(name)) {
          table(c.getObject(), out, depth);
        } else if (depth < DocxReader.MAX_DEPTH) {
          XmlObject content = wrapped(c);
          if (content != null) {
            blocks(content, out, depth + 1);
          }
        }
      }
    }
  }

  /**
   * A layout table, row by row (see {@link Rows}); or, when it is built as columns (one long cell
   * running down beside rows of short ones, as templates build a sidebar), column by column: the
   * rows beside the long cell on its left, the long cell, the rows on its right.
   */
  private void table(XmlObject table, List<DocLine> out, int depth) throws UnreadableInputException {
    if (depth >= DocxReader.MAX_DEPTH) {
      return;
    }
    tables = true;
    Grid grid = Grid.of(table, this, depth + 1);
    int column = grid.longColumn();
    if (column < 0) {
      for (List<Grid.Cell> row : grid.rows) {
        checkCancelled();
        boolean top = !anyText;
        Rows.place(read(row, depth + 1), out, top);
      }
      return;
    }
    // Read in the order the parts are met, so that the first paragraph and the first section are
    // those of the text as it comes out.
    boolean top = !anyText;
    Part before = new Part();
    Part main = new Part();
    Part after = new Part();
    for (List<Grid.Cell> row : grid.rows) {
      checkCancelled();
      before.add(read(row.stream().filter(c -> c.column() < column).toList(), depth + 1));
    }
    // The long cell, and whatever the cells it merges hold (Word keeps their text, though it
    // writes none there itself).
    for (List<Grid.Cell> row : grid.rows) {
      for (Grid.Cell c : row) {
        if (c.column() == column) {
          blocks(c.xml(), main.lines, depth + 1);
          main.width = Math.max(main.width, c.width());
        }
      }
    }
    for (List<Grid.Cell> row : grid.rows) {
      checkCancelled();
      after.add(read(row.stream().filter(c -> c.column() > column).toList(), depth + 1));
    }
    List<List<DocLine>> columns = new ArrayList<>();
    for (Part p : List.of(before, main, after)) {
      boolean sidebar = p.filled() >= Rows.SIDEBAR_LINES && p.width > 0
          && List.of(before, main, after).stream().anyMatch(o -> o != p && p.width < Rows.NARROWER * o.width);
      columns.add(sidebar ? Rows.sidebar(p.lines) : p.lines);
    }
    for (List<DocLine> lines : top ? Rows.nameFirst(columns) : columns) {
      addAll(out, lines);
    }
  }

  /** One column of a table built as columns: its lines, and the width its cells with text take. */
  private static final class Part {
    final List<DocLine> lines = new ArrayList<>();
    double width;

    void add(List<Rows.Cell> row) {
      Rows.place(row, lines, false);
      double w = 0;
      for (Rows.Cell c : row) {
        w += c.filled() > 0 ? c.width() : 0;
      }
      width = Math.max(width, w);
    }

    long filled() {
      return lines.stream().filter(l -> !l.blank()).count();
    }
  }

  private List<Rows.Cell> read(List<Grid.Cell> row, int depth) throws UnreadableInputException {
    List<Rows.Cell> out = new ArrayList<>();
    for (Grid.Cell c : row) {
      List<DocLine> lines = new ArrayList<>();
      blocks(c.xml(), lines, depth);
      out.add(new Rows.Cell(lines, c.width()));
    }
    return out;
  }

  /**
   * The content to read in place of the element at the cursor, when it is a content control or a
   * custom XML element; null for anything else, and for a control still showing its template's
   * prompt ("Type your name here"), which is the template's text, not the person's. A prompt that
   * is a section's heading ("Experience") is the exception: templates leave their headings as
   * prompts, and the heading is what the person sees and meant.
   */
  XmlObject wrapped(XmlCursor c) {
    QName name = c.getName();
    if (CUSTOM_XML.equals(name)) {
      return c.getObject();
    }
    if (!CONTROL.equals(name)) {
      return null;
    }
    controls = true;
    boolean placeholder = showingPlaceholder(c);
    try (XmlCursor content = c.newCursor()) {
      if (!content.toChild(CONTROL_CONTENT)) {
        return null;
      }
      if (placeholder) {
        String prompt = content.getTextValue().strip();
        if (DocxText.namesSection(prompt)) {
          return content.getObject();
        }
        placeholders |= !prompt.isEmpty();
        return null;
      }
      return content.getObject();
    }
  }

  /** Whether the content control at the cursor is marked as showing its placeholder text. */
  static boolean showingPlaceholder(XmlCursor control) {
    try (XmlCursor c = control.newCursor()) {
      if (!c.toChild(CONTROL_PROPERTIES) || !c.toChild(SHOWING_PLACEHOLDER)) {
        return false;
      }
      String on = c.getAttributeText(VAL);
      return on == null || !(on.equals("0") || on.equalsIgnoreCase("false") || on.equalsIgnoreCase("off"));
    }
  }

  /**
   * One paragraph: the text boxes anchored in it first, then its own lines. Word anchors a floating
   * box to a paragraph near where the box was placed, usually level with the box's top edge; and
   * resume templates use boxes for a name banner across the top or a sidebar on the left, both of
   * which a reader meets before the text beside them. Inline boxes are rare in resumes and are
   * treated the same way.
   */
  private void paragraph(CTP p, List<DocLine> out, int depth) throws UnreadableInputException {
    textBoxes(p, out, depth);
    String styleId = sheet.paragraphStyleId(p.getPPr());
    Inline in = Inline.read(this, p, styleId);
    for (String url : in.links()) {
      links.add(new Link(url, !sectionSeen));
    }
    String text = in.text().replace('\u00a0', ' ');
    if (text.isBlank()) {
      blank(out);
      return;
    }
    StyleSheet.Paragraph kind = sheet.paragraph(p.getPPr(), styleId);
    // The first paragraph in a heading style is the name or the document's title, not a section.
    boolean first = !anyText;
    boolean heading = !first && (kind.heading() || label(in, text.strip()));
    boolean bullet = !heading && (kind.list() || in.symbolFirst());
    RunStyle paragraphLook = java.util.Objects.requireNonNullElse(sheet.run(null, styleId), RunStyle.NONE);
    boolean firstLine = true;
    int start = 0;
    int before = out.size();
    for (int i = 0; i <= text.length(); i++) {
      if (i < text.length() && !isBreak(text.charAt(i))) {
        continue;
      }
      // A nested list item is set in by two spaces a level, as a Markdown list nests, so that its
      // text shows which item it hangs under.
      DocLine line = line(text, start, i, in, paragraphLook,
          heading ? Mark.HEADING : bullet ? Mark.LIST_ITEM : null,
          kind.title() && firstLine ? DocLine.Role.TITLE : kind.subtitle() ? DocLine.Role.SUBTITLE
              : kind.heading() ? DocLine.Role.HEADING_STYLE : DocLine.Role.TEXT, kind.level(),
          bullet ? LIST_INDENT * kind.depth() : 0);
      start = i + 1;
      if (line == null) {
        continue;
      }
      chars.add(line.text().length() + 1);
      out.add(line);
      firstLine = false;
      sectionSeen |= DocxText.namesSection(line.text());
    }
    if (kind.rule() && out.size() > before) {
      out.set(out.size() - 1, out.get(out.size() - 1).marked(Mark.RULE));
    }
    anyText = true;
    flushWaiting(out);
  }

  private void flushWaiting(List<DocLine> out) {
    if (inBox > 0) {
      return;
    }
    for (List<DocLine> box : waiting) {
      addAll(out, box);
      sectionSeen |= box.stream().anyMatch(l -> DocxText.namesSection(l.text()));
    }
    waiting.clear();
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** The spaces a nested list item is set in by, per level. */
  private static final int LIST_INDENT = 2;

  /**
   * The line between {@code from} and {@code to} of a paragraph's text, or null when it is blank. A
   * tab pushes dates or a location to a tab stop: each run between tabs is a cell of the line. The
   * text keeps two spaces there, for the reader of the report.
   */
  private static DocLine line(String text, int from, int to, Inline in, RunStyle paragraphLook, Mark mark, DocLine.Role role,
      int level, int indent) {
    List<Span> cells = new ArrayList<>();
    StringBuilder joined = new StringBuilder(" ".repeat(indent));
    List<RunStyle.Weighted> looks = new ArrayList<>();
    int pieceStart = from;
    for (int i = from; i <= to; i++) {
      if (i < to && text.charAt(i) != '\t') {
        continue;
      }
      int a = pieceStart;
      int b = i;
      pieceStart = i + 1;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        continue;
      }
      if (joined.length() > indent) {
        joined.append("  ");
      }
      cells.add(new Span(joined.length(), b - a));
      joined.append(text, a, b);
      in.looks(a, b, looks);
    }
    if (joined.length() == indent) {
      return null;
    }
    if (cells.size() == 1 && mark == null && role == DocLine.Role.TEXT) {
      cells = boldLead(text, from, to, in, cells.get(0));
    }
    return new DocLine(joined.toString(), cells.size() > 1 ? cells : List.of(), RunStyle.of(looks, paragraphLook),
        mark == null ? Set.of() : Set.of(mark), role, level);
  }

  /**
   * "**Globex** Senior Developer Feb 2017 – Jun 2017": a line with no tab that opens with a name in
   * bold and goes on in plain text holding a date range is a header whose change of weight parts two
   * fields, as a tab would: two cells. Any other line keeps its one cell.
   */
  private static List<Span> boldLead(String text, int from, int to, Inline in, Span only) {
    int lead = in.boldLeadEnd(from, to);
    if (lead < 0 || lead >= to) {
      return List.of(only);
    }
    String rest = text.substring(lead, to).strip();
    var range = dev.prism.core.text.DateParser.find(rest, 0).filter(r -> !r.single());
    // A sentence with a bold word first ("**Led** the migration from 2019 to 2021.") is no header:
    // it ends with a full stop, or words in lower case say something before its dates.
    if (range.isEmpty() || rest.endsWith(".") || lowerWordsBefore(rest, range.get().span().offset()) > 1) {
      return List.of(only);
    }
    int a = from;
    while (a < to && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    int nameEnd = lead;
    while (nameEnd > a && Character.isWhitespace(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    int restAt = only.offset() + (lead - a);
    return List.of(new Span(only.offset(), nameEnd - a), new Span(restAt, only.end() - restAt));
  }

  /** How many words of four letters or more before {@code end} open in lower case. */
  private static int lowerWordsBefore(String s, int end) {
    int n = 0;
    for (String w : s.substring(0, end).split("\\s+")) {
      n += w.length() > 3 && Character.isLowerCase(w.codePointAt(0)) ? 1 : 0;
    }
    return n;
  }

  /**
   * A short paragraph typed in bold capitals ("WORK HISTORY"), or in bold small capitals: how Word
   * resumes without heading styles mark their sections.
   */
  private static boolean label(Inline in, String text) {
    if (text.length() > 40 || text.split("\\s+").length > 5 || !text.matches(".*\\p{L}.*") || text.matches(".*\\d.*")) {
      return false;
    }
    boolean capitals = text.equals(text.toUpperCase(java.util.Locale.ROOT)) && text.matches(".*\\p{Lu}.*");
    return (capitals || in.all(RunStyle::smallCaps)) && in.all(RunStyle::bold);
  }

  /**
   * The text boxes anchored in a paragraph, each box's paragraphs and tables in turn, read the way
   * body ones are: styles give headings, numbering gives bullets, links are kept. A narrow box of
   * several lines beside the text is a sidebar, and its lines say so. A sidebar met before any text
   * waits until the first paragraph with text has been read: templates anchor their sidebar in the
   * first paragraph, which holds the name, and the name leads the text whichever side the sidebar
   * stands on.
   */
  private void textBoxes(CTP p, List<DocLine> out, int depth) throws UnreadableInputException {
    if (depth >= DocxReader.MAX_DEPTH) {
      return;
    }
    for (Boxes.Box found : Boxes.in(p)) {
      // Empty boxes add no text, so the length limit never stops a flood of them; cancelling must.
      checkCancelled();
      CTTxbxContent box = Boxes.typed(found.content());
      if (box == null) {
        continue;
      }
      boolean textBefore = anyText;
      boolean sectionBefore = sectionSeen;
      List<DocLine> lines = new ArrayList<>();
      inBox++;
      try {
        blocks(box, lines, depth + 1);
      } finally {
        inBox--;
      }
      long filled = lines.stream().filter(l -> !l.blank()).count();
      if (filled == 0) {
        continue;
      }
      boxText = true;
      boolean sidebar = found.width() > 0 && found.width() < Rows.SIDEBAR_SHARE * textWidth && filled >= Rows.SIDEBAR_LINES;
      List<DocLine> read = sidebar ? Rows.sidebar(lines) : lines;
      if (sidebar && !textBefore) {
        // Read, but not yet placed: what it held does not count as met before the first text.
        anyText = false;
        sectionSeen = sectionBefore;
        waiting.add(read);
      } else {
        addAll(out, read);
        if (anyText) {
          flushWaiting(out); // a banner with the name led: the sidebar follows it
        }
      }
    }
  }

  /**
   * The address a link's relationship id names in this part, or null for none or an internal one.
   * Looked up in a map built once per part.
   */
  String linkTarget(String id) {
    if (id == null || part == null) {
      return null;
    }
    if (linkTargets == null) {
      linkTargets = new HashMap<>();
      try {
        for (PackageRelationship r : part.getPackagePart().getRelationships()) {
          if (r.getTargetMode() == TargetMode.EXTERNAL && r.getId() != null && r.getTargetURI() != null) {
            linkTargets.putIfAbsent(r.getId(), r.getTargetURI().toString());
          }
        }
      } catch (RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
        // Relationships that cannot be read name no links; the text is still read.
      }
    }
    return linkTargets.get(id);
  }
}
