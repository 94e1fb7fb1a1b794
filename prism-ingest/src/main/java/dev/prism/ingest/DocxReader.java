package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.lexicon.Lexicon;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Layout;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Span;
import dev.prism.core.model.Style;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.text.Headings;
import dev.prism.core.text.Segmenter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IRunBody;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTxbxContent;

/**
 * Word documents (DOCX): paragraphs in body order, headings from paragraph styles, bullets from
 * list numbering, layout tables read cell by cell, text boxes and shapes, header and footer text,
 * and link targets that the visible text hides.
 */
public final class DocxReader implements ResumeReader {
  /** More characters than this is not a resume, whatever the file claims. */
  static final int MAX_CHARS = 1_000_000;

  /**
   * How deep tables, text boxes and content controls may sit inside one another. Real layouts and
   * templates nest a few levels; anything below this bound is left unread rather than followed
   * without end.
   */
  static final int MAX_DEPTH = 8;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final QName PARAGRAPH = new QName(W, "p");
  private static final QName TABLE = new QName(W, "tbl");
  private static final QName ROW = new QName(W, "tr");
  private static final QName CELL = new QName(W, "tc");
  private static final QName RUN = new QName(W, "r");
  private static final QName HYPERLINK = new QName(W, "hyperlink");
  private static final QName LINK_ID = new QName(R, "id");
  private static final QName CONTROL = new QName(W, "sdt");
  private static final QName CONTROL_PROPERTIES = new QName(W, "sdtPr");
  private static final QName CONTROL_CONTENT = new QName(W, "sdtContent");
  private static final QName SHOWING_PLACEHOLDER = new QName(W, "showingPlcHdr");
  private static final QName VAL = new QName(W, "val");
  private static final QName CUSTOM_XML = new QName(W, "customXml");
  /**
   * Elements inside a paragraph whose runs are shown in place: links, simple fields, smart tags,
   * custom XML, inserted or moved-here revisions, and bidirectional wrappers. Deleted and moved-away
   * revisions are not shown and are left out.
   */
  private static final Set<QName> INLINE_WRAPPERS = Set.of(HYPERLINK, new QName(W, "fldSimple"), new QName(W, "smartTag"),
      CUSTOM_XML, new QName(W, "ins"), new QName(W, "moveTo"), new QName(W, "dir"), new QName(W, "bdo"));
  private static final QName TEXT_BOX = new QName(W, "txbxContent");
  private static final QName ALTERNATE = new QName(MC, "AlternateContent");
  private static final QName CHOICE = new QName(MC, "Choice");
  private static final QName FALLBACK = new QName(MC, "Fallback");

  /** Where the name part of a header line ends: a tab, wide spacing, or a separator such as "|". */
  private static final Pattern NAME_PART_END = Pattern.compile("\t|\\s{2,}|\\s*[|•·]\\s*|\\s[-–—]\\s");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");
  private static final Set<String> NAME_PARTICLES = Lexicon.set("names.txt", "particle");
  /** Words of header lines and first lines that have a name's shape but are not names. */
  private static final Set<String> NOT_NAME_WORDS = Lexicon.set("names.txt", "not-name");

  private static final Pattern EMAIL = Lexicon.pattern("email");
  private static final Pattern PHONE = Lexicon.pattern("phone");

  /**
   * POI's process-wide settings, made on the first DOCX read rather than when the reader is
   * registered: setting them loads POI, commons-compress and log4j (well over a hundred classes),
   * which a check of a PDF or a text file never needs.
   */
  private static final class PoiSettings {
    static {
      // POI logs through log4j-api; with no provider it warns once on standard error. Its simple
      // logger at its default level (errors only) keeps that out of the CLI's output.
      if (System.getProperty("log4j2.loggerContextFactory") == null) {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
      }
      // Zip bombs: a resume's document.xml is well under a few MB, and no part compresses 100:1.
      ZipSecureFile.setMinInflateRatio(0.01);
      ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
      ZipSecureFile.setMaxTextSize(5L * MAX_CHARS);
    }

    /** Runs the settings above once, on first use; the JVM guards the class initialisation. */
    static void apply() {}
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public boolean accepts(String fileName, byte[] head) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".docx");
  }

  @Override
  public Extraction read(byte[] bytes) throws UnreadableInputException {
    PoiSettings.apply();
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf && bytes[2] == 0x11 && (bytes[3] & 0xff) == 0xe0) {
      // An OLE2 container: Word encrypts a .docx into one, and old .doc files are one.
      throw new UnreadableInputException(Problem.ENCRYPTED,
          "the file is password-protected or an old Word .doc; save an unprotected .docx and try again");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return read(doc);
    } catch (LinkageError e) {
      // An entry compressed with a method whose codec is not on the class path (Zstandard, XZ):
      // the zip library fails to load it. Word never writes those.
      throw new UnreadableInputException(Problem.CORRUPT,
          "the DOCX is compressed in a way Word does not write; save it again from your editor", e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("node depth")) {
        // XMLBeans refuses XML nested over 1000 elements deep: boxes, tables or content controls
        // stacked inside one another.
        throw new UnreadableInputException(Problem.CORRUPT,
            "the DOCX nests text boxes, tables or content controls far deeper than any resume; flatten the layout"
                + " and save it again", e);
      }
      if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxtextsize") || m.contains("text size")) {
        throw new UnreadableInputException(Problem.CORRUPT,
            "the DOCX expands to far more data than a resume holds (a zip bomb?); save it again from your editor", e);
      }
      throw new UnreadableInputException(Problem.CORRUPT,
          "the DOCX is damaged or not a Word document; save it again from your editor", e);
    }
  }

  private Extraction read(XWPFDocument doc) throws UnreadableInputException {
    Out out = new Out();
    blocks(doc, doc.getDocument().getBody(), doc, out, 0);
    String body = out.text.toString();
    List<ParseWarning> warnings = new ArrayList<>();
    // Header and footer text: kept above the body when it holds contact details the body lacks.
    List<Furniture> furniture = new ArrayList<>();
    for (XWPFHeader h : doc.getHeaderList()) {
      furniture.add(furniture(doc, h));
    }
    for (XWPFFooter f : doc.getFooterList()) {
      furniture.add(furniture(doc, f));
    }
    StringBuilder top = new StringBuilder();
    Set<String> seenFurniture = new LinkedHashSet<>();
    boolean placeholders = out.placeholders;
    for (Furniture f : furniture) {
      placeholders |= f.placeholders();
      for (String line : f.text().split("\\R")) {
        String l = line.strip();
        if (!l.isEmpty() && (EMAIL.matcher(l).find() || PHONE.matcher(l).find()) && !containsAllContact(body, l)
            && seenFurniture.add(l)) {
          top.append(l).append('\n');
        }
      }
    }
    // Header contact and hidden links go right after the name. That is the body's first line,
    // unless the body does not start with a name: then they go on top, led by the name a header
    // starts with, so that the segmenter meets the name first as in any other resume.
    String headerName = headerName(furniture.subList(0, doc.getHeaderList().size()));
    boolean nameInBody = top.length() == 0 && headerName == null || startsWithName(body, out.layout(0, 0), headerName != null);
    boolean nameFromHeader = !nameInBody && headerName != null;
    if (top.length() > 0 || nameFromHeader) {
      // The name is a contact detail too, and a tracking system that skips headers loses it.
      warnings.add(Warnings.contactInHeaderFooter());
    }
    if (sectionColumns(doc)) {
      warnings.add(Warnings.twoColumns());
    }
    if (out.tables) {
      warnings.add(Warnings.tableLayout());
    }
    // Only boxes in the body: a header's box is header text, which the contact check above covers.
    if (out.boxText) {
      warnings.add(Warnings.textBoxes());
    }
    if (placeholders) {
      warnings.add(Warnings.templatePlaceholder());
    }
    String hidden = out.hiddenLinks(body);
    int firstBreak = body.indexOf('\n');
    int insertAt = !nameInBody ? 0 : firstBreak < 0 ? body.length() : firstBreak + 1;
    StringBuilder insert = new StringBuilder();
    // A header line that carries the name and contact details together is already on top.
    if (nameFromHeader && !top.toString().startsWith(headerName)) {
      insert.append(headerName).append('\n');
    }
    insert.append(top).append(hidden.isEmpty() ? "" : hidden + "\n");
    String text = body.substring(0, insertAt) + (insertAt > 0 && firstBreak < 0 && insert.length() > 0 ? "\n" : "") + insert
        + body.substring(insertAt);
    int shift = text.length() - body.length();
    if (text.isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    Extraction e = new Extraction(text, format(), 1, out.layout(insertAt, shift), warnings);
    return e.withEstimatedPages();
  }

  private static final QName COLUMNS_NUM = new QName(W, "num");
  private static final QName COLUMN = new QName(W, "col");

  /**
   * Whether a section of the body is set in two or more newspaper columns (Word's Layout, Columns):
   * the same layout as a PDF's two columns, which a tracking system reading across the page mixes
   * up. The DOCX keeps the text in order, so only the warning is needed. A section's settings sit at
   * the end of the body for the last section and in a paragraph's properties for each earlier one.
   */
  private static boolean sectionColumns(XWPFDocument doc) {
    try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
      c.selectPath("declare namespace w='" + W + "' .//w:sectPr/w:cols");
      while (c.toNextSelection()) {
        String num = c.getAttributeText(COLUMNS_NUM);
        if (num != null && num.strip().matches("\\d{1,2}") && Integer.parseInt(num.strip()) >= 2) {
          return true;
        }
        int widths = 0;
        try (XmlCursor col = c.newCursor()) {
          for (boolean more = col.toFirstChild(); more && widths < 2; more = col.toNextSibling()) {
            if (COLUMN.equals(col.getName())) {
              widths++;
            }
          }
        }
        if (widths >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The name a page header starts with: the first part of a header's first line ("Jordan Lee" of
   * "Jordan Lee | Resume"), when it reads as a person's name. Templates with a different first page
   * often keep the name only there.
   */
  private static String headerName(List<Furniture> headers) {
    for (Furniture h : headers) {
      String first = h.text().strip().split("\\R", 2)[0];
      String lead = NAME_PART_END.split(first, 2)[0].strip();
      if (nameLike(lead)) {
        return lead;
      }
    }
    return null;
  }

  /**
   * Two to four capitalised words of letters (a particle such as "van" or "de" may be lower case),
   * short, and none of them a word that names a document, a role or a section rather than a person.
   */
  static boolean nameLike(String s) {
    if (s.length() > 40 || Headings.kindOf(s).isPresent()) {
      return false;
    }
    String[] words = s.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      boolean capitalised = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      boolean particle = i > 0 && i < words.length - 1 && NAME_PARTICLES.contains(w);
      if (!NAME_WORD.matcher(w).matches() || !(capitalised || particle) || NOT_NAME_WORDS.contains(lower.replaceAll("[.]+$", ""))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the body's first line is a person's name as the segmenter reads one. When a header
   * offers a name, a first line that merely has a name's shape, a role or a document title such as
   * "Senior Backend Engineer", does not count; without one it stays the best guess there is.
   */
  private boolean startsWithName(String body, Layout layout, boolean headerOffersOne) {
    int end = body.indexOf('\n');
    String first = end < 0 ? body : body.substring(0, end + 1);
    if (first.isBlank()) {
      return false;
    }
    List<LayoutLine> firstLines = layout.lines().stream().filter(l -> l.span().end() <= first.length()).toList();
    Field name = Segmenter.segment(new Extraction(first, format(), 1, new Layout(firstLines, List.of()), List.of()))
        .contact().name();
    if (name == null || !headerOffersOne) {
      return name != null;
    }
    for (String w : name.value().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (NOT_NAME_WORDS.contains(w.replaceAll("[.,]+$", ""))) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsAllContact(String body, String line) {
    for (Pattern p : List.of(EMAIL, PHONE)) {
      var m = p.matcher(line);
      while (m.find()) {
        if (!body.contains(m.group())) {
          return false;
        }
      }
    }
    return true;
  }

  private static void checkCancelled() throws UnreadableInputException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInputException(Problem.CORRUPT, "reading the DOCX was cancelled");
    }
  }

  /** A header's or footer's text, and whether a template prompt was left out of it. */
  private record Furniture(String text, boolean placeholders) {}

  /**
   * A header's or footer's text. Without text boxes or content controls it is POI's text, exactly
   * as before; with them it is read like the body, so that a name and contact block kept in a
   * header's box counts once, and a control's template prompt is not taken for the person's text.
   */
  private static Furniture furniture(XWPFDocument doc, XWPFHeaderFooter part) throws UnreadableInputException {
    Out out = new Out();
    blocks(doc, part._getHdrFtr(), part, out, 0);
    return new Furniture(out.boxText || out.controls ? out.text.toString() : part.getText(), out.placeholders);
  }

  /**
   * Reads the paragraphs and tables of a body, table cell, text box or content control in document
   * order. A content control's (or custom XML element's) content is read in place, as though the
   * wrapper were not there: Word templates wrap the name, the contact line and whole sections in
   * them, and POI's body lists leave them out or flatten them to plain text.
   */
  private static void blocks(XWPFDocument doc, XmlObject container, IBody body, Out out, int depth)
      throws UnreadableInputException {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        // Empty controls add no text, so the length limit never stops a flood of them; cancelling must.
        checkCancelled();
        QName name = c.getName();
        if (PARAGRAPH.equals(name)) {
          if (c.getObject() instanceof CTP p) {
            paragraph(doc, new XWPFParagraph(p, body), out, depth);
          }
        } else if (TABLE.equals(name)) {
          table(doc, c.getObject(), body, out, depth);
        } else if (depth < MAX_DEPTH) {
          XmlObject content = wrapped(c, out);
          if (content != null) {
            blocks(doc, content, body, out, depth + 1);
          }
        }
        if (out.text.length() > MAX_CHARS) {
          throw new UnreadableInputException(Problem.CORRUPT, "the DOCX holds far more text than a resume; check it is the right file");
        }
      }
    }
  }

  /**
   * A layout table, read as the author wrote it: row by row, each cell's paragraphs in turn. Rows
   * and cells wrapped in content controls (Word's repeating sections) are read in place too.
   */
  private static void table(XWPFDocument doc, XmlObject table, IBody body, Out out, int depth)
      throws UnreadableInputException {
    if (depth >= MAX_DEPTH) {
      return;
    }
    out.tables = true;
    rows(doc, table, body, out, depth + 1);
  }

  private static void rows(XWPFDocument doc, XmlObject container, IBody body, Out out, int depth)
      throws UnreadableInputException {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        checkCancelled();
        if (ROW.equals(c.getName())) {
          cells(doc, c.getObject(), body, out, depth);
        } else if (depth < MAX_DEPTH) {
          XmlObject content = wrapped(c, out);
          if (content != null) {
            rows(doc, content, body, out, depth + 1);
          }
        }
      }
    }
  }

  private static void cells(XWPFDocument doc, XmlObject row, IBody body, Out out, int depth)
      throws UnreadableInputException {
    try (XmlCursor c = row.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        checkCancelled();
        if (CELL.equals(c.getName())) {
          blocks(doc, c.getObject(), body, out, depth);
        } else if (depth < MAX_DEPTH) {
          XmlObject content = wrapped(c, out);
          if (content != null) {
            cells(doc, content, body, out, depth + 1);
          }
        }
      }
    }
  }

  /**
   * The content to read in place of the element at the cursor, when it is a content control or a
   * custom XML element; null for anything else, and for a control still showing its template's
   * prompt ("Type your name here"), which is the template's text, not the person's.
   */
  private static XmlObject wrapped(XmlCursor c, Out out) {
    QName name = c.getName();
    if (CUSTOM_XML.equals(name)) {
      return c.getObject();
    }
    if (!CONTROL.equals(name)) {
      return null;
    }
    out.controls = true;
    boolean placeholder = showingPlaceholder(c);
    try (XmlCursor content = c.newCursor()) {
      if (!content.toChild(CONTROL_CONTENT)) {
        return null;
      }
      if (placeholder) {
        out.placeholders |= !content.getTextValue().isBlank();
        return null;
      }
      return content.getObject();
    }
  }

  /** Whether the content control at the cursor is marked as showing its placeholder text. */
  private static boolean showingPlaceholder(XmlCursor control) {
    try (XmlCursor c = control.newCursor()) {
      if (!c.toChild(CONTROL_PROPERTIES) || !c.toChild(SHOWING_PLACEHOLDER)) {
        return false;
      }
      String on = c.getAttributeText(VAL);
      return on == null || !(on.equals("0") || on.equalsIgnoreCase("false") || on.equalsIgnoreCase("off"));
    }
  }

  private static void paragraph(XWPFDocument doc, XWPFParagraph p, Out out, int depth) throws UnreadableInputException {
    // The text boxes anchored in a paragraph are read before its own text. Word anchors a floating
    // box to a paragraph near where the box was placed, usually level with the box's top edge; and
    // resume templates use boxes for a name banner across the top or a sidebar on the left, both of
    // which a reader meets before the text beside them. Inline boxes are rare in resumes and are
    // treated the same way.
    textBoxes(doc, p, out, depth);
    String own;
    List<XWPFRun> runs;
    if (hasInlineWrapper(p.getCTP())) {
      Inline inline = new Inline();
      inline(doc, p, p.getCTP(), inline, out, 0);
      own = inline.text.toString();
      runs = inline.runs;
    } else {
      own = ownText(p);
      runs = p.getRuns();
      for (XWPFRun run : runs) {
        // Link ids name relationships of the part the paragraph is in; those of headers and footers
        // are not looked up in the document's, and their links were never collected.
        if (run instanceof XWPFHyperlinkRun link && p.getPart() == doc) {
          XWPFHyperlink target = link.getHyperlink(doc);
          if (target != null && target.getURL() != null) {
            out.links.add(target.getURL());
          }
        }
      }
    }
    String text = own.replace('\u00a0', ' ').strip();
    if (text.isEmpty()) {
      // Looks at the last two characters only: copying the whole text for every empty paragraph
      // would make a file of many empty paragraphs (easy to pack into boxes) take quadratic time.
      int n = out.text.length();
      if (n > 0 && !(n >= 2 && out.text.charAt(n - 1) == '\n' && out.text.charAt(n - 2) == '\n')) {
        out.text.append('\n');
      }
      return;
    }
    String style = styleName(doc, p);
    boolean first = out.text.length() == 0;
    boolean heading = !first && (style.startsWith("heading") || boldCapsLabel(runs, text));
    boolean bullet = !heading && (p.getNumID() != null || style.contains("list"));
    RunStyle look = RunStyle.of(doc, p, runs);
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      // A tab pushes dates or a location to a tab stop: each run between tabs is a cell of the
      // line. The text keeps two spaces there, for the reader of the report.
      int offset = out.text.length();
      List<int[]> cells = new ArrayList<>();
      String[] pieces = line.strip().split("\t");
      StringBuilder joined = new StringBuilder();
      for (String piece : pieces) {
        String t = piece.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (joined.length() > 0) {
          joined.append("  ");
        }
        cells.add(new int[] {offset + joined.length(), offset + joined.length() + t.length()});
        joined.append(t);
      }
      if (joined.length() == 0) {
        continue;
      }
      out.text.append(joined).append('\n');
      out.lines.add(new Out.Pending(offset, joined.length(), cells.size() > 1 ? cells : List.of(), look,
          heading ? Mark.HEADING : bullet ? Mark.LIST_ITEM : null));
    }
  }

  /**
   * A paragraph's own text, without its text boxes, which {@link #textBoxes} reads separately. POI
   * appends the text inside a run's drawing or VML shape to the run's text in parentheses (only
   * when the shape is not wrapped in mc:AlternateContent), which would repeat those boxes and mix
   * their lines into the anchoring paragraph.
   */
  private static String ownText(XWPFParagraph p) {
    if (p.getRuns().stream().allMatch(r -> r.getPictureText().isEmpty())) {
      return p.getText();
    }
    // What XWPFParagraph.getText does, with each run's picture text left out (and the footnote
    // reference markers it appends, which are not resume text).
    StringBuilder b = new StringBuilder();
    for (IRunElement element : p.getIRuns()) {
      if (element instanceof XWPFRun run) {
        if (run.getCTR().sizeOfDelTextArray() == 0) {
          b.append(run.getPictureText().isEmpty() ? run.toString() : run.text());
        }
      } else if (element instanceof XWPFSDT sdt) {
        b.append(sdt.getContent().getText());
      } else {
        b.append(element);
      }
    }
    return b.toString();
  }

  /**
   * Whether a paragraph holds a content control or custom XML among its runs. POI's paragraph text
   * shows a control's plain runs but drops links, fields and smart tags inside it, shows a template
   * prompt as if it were typed, and leaves custom XML out; such paragraphs are read by {@link #inline}.
   */
  private static boolean hasInlineWrapper(CTP paragraph) {
    try (XmlCursor c = paragraph.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        if (CONTROL.equals(c.getName()) || CUSTOM_XML.equals(c.getName())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A paragraph's text and runs, read from its XML. */
  private static final class Inline {
    final StringBuilder text = new StringBuilder();
    final List<XWPFRun> runs = new ArrayList<>();
  }

  /**
   * Reads the runs of a paragraph (or of a wrapper inside it) in document order, as POI's paragraph
   * text does, and also those inside content controls, links, fields and smart tags, nested up to
   * the depth bound. Text boxes are left to {@link #textBoxes}, as in {@link #ownText}.
   */
  private static void inline(XWPFDocument doc, XWPFParagraph p, XmlObject container, Inline in, Out out, int depth)
      throws UnreadableInputException {
    try (XmlCursor c = container.newCursor()) {
      for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
        checkCancelled();
        QName name = c.getName();
        if (RUN.equals(name)) {
          if (c.getObject() instanceof CTR r && r.sizeOfDelTextArray() == 0) {
            XWPFRun run = new XWPFRun(r, (IRunBody) p);
            in.text.append(run.getPictureText().isEmpty() ? run.toString() : run.text());
            in.runs.add(run);
          }
        } else if (depth < MAX_DEPTH) {
          if (HYPERLINK.equals(name) && p.getPart() == doc) {
            String url = out.linkTarget(doc, c.getAttributeText(LINK_ID));
            if (url != null) {
              out.links.add(url);
            }
          }
          XmlObject content = INLINE_WRAPPERS.contains(name) ? c.getObject() : wrapped(c, out);
          if (content != null) {
            inline(doc, p, content, in, out, depth + 1);
          }
        }
      }
    }
  }

  /**
   * Reads the text boxes anchored in a paragraph, each box's paragraphs and tables in turn, the way
   * body ones are read: styles give headings, numbering gives bullets, links are kept.
   */
  private static void textBoxes(XWPFDocument doc, XWPFParagraph p, Out out, int depth) throws UnreadableInputException {
    if (depth >= MAX_DEPTH) {
      return;
    }
    for (XmlObject found : textBoxesIn(p.getCTP())) {
      // Empty boxes add no text, so the length limit never stops a flood of them; cancelling must.
      checkCancelled();
      CTTxbxContent box = typed(found);
      if (box == null) {
        continue;
      }
      int start = out.text.length();
      blocks(doc, box, p.getBody(), out, depth + 1);
      if (!out.text.substring(start).isBlank()) {
        out.boxText = true;
      }
    }
  }

  /**
   * The w:txbxContent elements in a paragraph, in document order, each box once: of Word's two
   * copies in mc:AlternateContent only the first mc:Choice is read, or the mc:Fallback when there is
   * no Choice. Boxes nested in a box are left for the box's own paragraphs to find, and those in a
   * content control showing its placeholder are not read, like the rest of it. The walk is a
   * loop, not recursion, so no depth of XML can exhaust the stack.
   */
  static List<XmlObject> textBoxesIn(XmlObject paragraph) {
    List<XmlObject> boxes = new ArrayList<>();
    try (XmlCursor c = paragraph.newCursor()) {
      if (!c.toFirstChild()) {
        return boxes;
      }
      // One entry per level below the paragraph: true where the cursor is in the branch chosen from
      // an mc:AlternateContent, whose sibling branches are the other copies and must be skipped.
      ArrayDeque<Boolean> chosenBranch = new ArrayDeque<>();
      chosenBranch.push(false);
      while (true) {
        QName name = c.getName();
        boolean entered;
        if (TEXT_BOX.equals(name)) {
          boxes.add(c.getObject());
          entered = false;
        } else if (CONTROL.equals(name) && showingPlaceholder(c)) {
          // A box in a control that still shows its template's prompt is part of that prompt.
          entered = false;
        } else if (ALTERNATE.equals(name)) {
          entered = c.toChild(CHOICE) || c.toChild(FALLBACK);
          if (entered) {
            chosenBranch.push(true);
          }
        } else {
          entered = c.toFirstChild();
          if (entered) {
            chosenBranch.push(false);
          }
        }
        if (entered) {
          continue;
        }
        while (chosenBranch.peek() || !c.toNextSibling()) {
          chosenBranch.pop();
          if (chosenBranch.isEmpty()) {
            return boxes;
          }
          c.toParent();
        }
      }
    }
  }

  /**
   * A box as POI's type for it. VML boxes already are; DrawingML ones sit under shape elements that
   * POI's schemas do not include, so XMLBeans leaves them untyped, and a copy is retyped instead.
   */
  private static CTTxbxContent typed(XmlObject found) {
    if (found instanceof CTTxbxContent box) {
      return box;
    }
    return found.copy().changeType(CTTxbxContent.type) instanceof CTTxbxContent box ? box : null;
  }

  /**
   * A short paragraph typed in bold capitals ("WORK HISTORY"): how Word resumes without heading
   * styles mark their sections.
   */
  private static boolean boldCapsLabel(List<XWPFRun> runs, String text) {
    if (text.length() > 40 || text.split("\\s+").length > 5 || !text.equals(text.toUpperCase(Locale.ROOT))
        || !text.matches(".*\\p{Lu}.*") || text.matches(".*\\d.*")) {
      return false;
    }
    return !runs.isEmpty() && runs.stream().filter(r -> !r.text().isBlank()).allMatch(XWPFRun::isBold);
  }

  private static String styleName(XWPFDocument doc, XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return "";
    }
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    String name = style != null && style.getName() != null ? style.getName() : id;
    return name.toLowerCase(Locale.ROOT).replace(" ", "");
  }

  /** The text being built, its lines' looks, the link targets seen, and the layout met on the way. */
  private static final class Out {
    /** A line written, its size in points until the body's size is known. */
    record Pending(int offset, int length, List<int[]> cells, RunStyle look, Mark mark) {}

    final StringBuilder text = new StringBuilder();
    final List<Pending> lines = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    /** A table was read. */
    boolean tables;
    /** A text box held text. */
    boolean boxText;
    /** A content control was met. */
    boolean controls;
    /** A content control still showed its template's prompt, which was left out. */
    boolean placeholders;
    /** Link targets by relationship id, gathered on first use. */
    private Map<String, String> linkTargets;

    /**
     * The address a body link's relationship id names, or null. Looked up in a map built once:
     * POI's lookup walks every link and, on a miss, reloads them all.
     */
    String linkTarget(XWPFDocument doc, String id) {
      if (id == null) {
        return null;
      }
      if (linkTargets == null) {
        linkTargets = new HashMap<>();
        for (XWPFHyperlink link : doc.getHyperlinks()) {
          linkTargets.putIfAbsent(link.getId(), link.getURL());
        }
      }
      return linkTargets.get(id);
    }

    /**
     * The lines as a layout, sizes relative to the body's (the size most characters are set in);
     * lines at or after {@code from} moved by {@code shift}, where header text went in above them.
     */
    Layout layout(int from, int shift) {
      Map<Double, Integer> chars = new HashMap<>();
      for (Pending p : lines) {
        if (p.look().points() > 0) {
          chars.merge(p.look().points(), p.length(), Integer::sum);
        }
      }
      double body = chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0.0);
      List<LayoutLine> out = new ArrayList<>();
      for (Pending p : lines) {
        int move = p.offset() >= from ? shift : 0;
        List<Span> cells = new ArrayList<>();
        for (int[] c : p.cells()) {
          cells.add(Span.between(c[0] + move, c[1] + move));
        }
        float size = body > 0 && p.look().points() > 0 ? (float) (p.look().points() / body) : 0f;
        Style style = new Style(size, p.look().bold(), p.look().italic(), false);
        out.add(new LayoutLine(new Span(p.offset() + move, p.length()), cells, style,
            p.mark() == null ? Set.of() : Set.of(p.mark()), null));
      }
      return new Layout(out, List.of());
    }

    String hiddenLinks(String body) {
      String seen = body.toLowerCase(Locale.ROOT);
      Set<String> out = new LinkedHashSet<>();
      for (String url : links) {
        String shown = url.replaceFirst("(?i)^mailto:", "").replaceFirst("(?i)^https?://(?:www\\.)?", "").replaceAll("/+$", "");
        if (!shown.isBlank() && shown.length() <= 120 && !seen.contains(shown.toLowerCase(Locale.ROOT))
            && url.toLowerCase(Locale.ROOT).matches("(?:mailto:|https?://).*")) {
          out.add(shown);
        }
      }
      return String.join(" | ", out);
    }
  }
}
