package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LineHint;
import dev.prism.core.model.ParseWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
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
   * How deep tables and text boxes may sit inside one another. Real layouts nest a level or two;
   * anything below this bound is left unread rather than followed without end.
   */
  static final int MAX_DEPTH = 8;

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final QName TEXT_BOX = new QName(W, "txbxContent");
  private static final QName ALTERNATE = new QName(MC, "AlternateContent");
  private static final QName CHOICE = new QName(MC, "Choice");
  private static final QName FALLBACK = new QName(MC, "Fallback");

  private static final Pattern CONTACT =
      Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\+?\\(?\\d[\\d\\s().-]{7,}\\d");

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
    if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf && bytes[2] == 0x11 && (bytes[3] & 0xff) == 0xe0) {
      // An OLE2 container: Word encrypts a .docx into one, and old .doc files are one.
      throw new UnreadableInputException(Problem.ENCRYPTED,
          "the file is password-protected or an old Word .doc; save an unprotected .docx and try again");
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return read(doc);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("node depth")) {
        // XMLBeans refuses XML nested over 1000 elements deep: boxes or tables stacked inside one another.
        throw new UnreadableInputException(Problem.CORRUPT,
            "the DOCX nests text boxes or tables far deeper than any resume; flatten the layout and save it again", e);
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
    for (IBodyElement element : doc.getBodyElements()) {
      element(doc, element, out, 0);
    }
    String body = out.text.toString();
    List<ParseWarning> warnings = new ArrayList<>();
    // Header and footer text: kept above the body when it holds contact details the body lacks.
    List<String> furniture = new ArrayList<>();
    for (XWPFHeader h : doc.getHeaderList()) {
      furniture.add(furniture(doc, h));
    }
    for (XWPFFooter f : doc.getFooterList()) {
      furniture.add(furniture(doc, f));
    }
    StringBuilder top = new StringBuilder();
    Set<String> seenFurniture = new LinkedHashSet<>();
    for (String f : furniture) {
      for (String line : f.split("\\R")) {
        String l = line.strip();
        if (!l.isEmpty() && CONTACT.matcher(l).find() && !containsAllContact(body, l) && seenFurniture.add(l)) {
          top.append(l).append('\n');
        }
      }
    }
    if (top.length() > 0) {
      warnings.add(Warnings.contactInHeaderFooter());
    }
    if (out.tables) {
      warnings.add(Warnings.tableLayout());
    }
    // Only boxes in the body: a header's box is header text, which the contact check above covers.
    if (out.boxText) {
      warnings.add(Warnings.textBoxes());
    }
    String hidden = out.hiddenLinks(body);
    // The name is the first body line; header contact and hidden links go right after it.
    int firstBreak = body.indexOf('\n');
    int insertAt = firstBreak < 0 ? body.length() : firstBreak + 1;
    String insert = top + (hidden.isEmpty() ? "" : hidden + "\n");
    String text = body.substring(0, insertAt) + (firstBreak < 0 && !insert.isEmpty() ? "\n" : "") + insert + body.substring(insertAt);
    int shift = text.length() - body.length();
    List<LineHint> hints = new ArrayList<>();
    for (LineHint h : out.hints) {
      hints.add(h.offset() >= insertAt ? new LineHint(h.offset() + shift, h.heading(), h.bullet()) : h);
    }
    if (text.isBlank()) {
      throw new UnreadableInputException(Problem.EMPTY, "the file has no text");
    }
    Extraction e = new Extraction(text, format(), 1, hints, warnings);
    return e.withEstimatedPages();
  }

  private static boolean containsAllContact(String body, String line) {
    var m = CONTACT.matcher(line);
    while (m.find()) {
      if (!body.contains(m.group())) {
        return false;
      }
    }
    return true;
  }

  private static void checkCancelled() throws UnreadableInputException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInputException(Problem.CORRUPT, "reading the DOCX was cancelled");
    }
  }

  /**
   * A header's or footer's text. Without text boxes it is POI's text, exactly as before; with them
   * it is read like the body, so that a name and contact block kept in a header's box counts once.
   */
  private static String furniture(XWPFDocument doc, XWPFHeaderFooter part) throws UnreadableInputException {
    Out out = new Out();
    for (IBodyElement element : part.getBodyElements()) {
      element(doc, element, out, 0);
    }
    return out.boxText ? out.text.toString() : part.getText();
  }

  private static void element(XWPFDocument doc, IBodyElement element, Out out, int depth)
      throws UnreadableInputException {
    checkCancelled();
    if (element instanceof XWPFParagraph p) {
      paragraph(doc, p, out, depth);
    } else if (element instanceof XWPFTable t && depth < MAX_DEPTH) {
      out.tables = true;
      // Layout tables read as the author wrote them: row by row, each cell's paragraphs in turn.
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (IBodyElement inner : cell.getBodyElements()) {
            element(doc, inner, out, depth + 1);
          }
        }
      }
    }
    if (out.text.length() > MAX_CHARS) {
      throw new UnreadableInputException(Problem.CORRUPT, "the DOCX holds far more text than a resume; check it is the right file");
    }
  }

  private static void paragraph(XWPFDocument doc, XWPFParagraph p, Out out, int depth) throws UnreadableInputException {
    // The text boxes anchored in a paragraph are read before its own text. Word anchors a floating
    // box to a paragraph near where the box was placed, usually level with the box's top edge; and
    // resume templates use boxes for a name banner across the top or a sidebar on the left, both of
    // which a reader meets before the text beside them. Inline boxes are rare in resumes and are
    // treated the same way.
    textBoxes(doc, p, out, depth);
    // A tab usually pushes dates or a location to a right tab stop: two spaces keep it a separate part.
    String text = ownText(p).replace("\t", "  ").replace('\u00a0', ' ').strip();
    for (XWPFRun run : p.getRuns()) {
      // Link ids name relationships of the part the paragraph is in; those of headers and footers
      // are not looked up in the document's, and their links were never collected.
      if (run instanceof XWPFHyperlinkRun link && p.getPart() == doc) {
        XWPFHyperlink target = link.getHyperlink(doc);
        if (target != null && target.getURL() != null) {
          out.links.add(target.getURL());
        }
      }
    }
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
    boolean heading = !first && (style.startsWith("heading") || boldCapsLabel(p, text));
    boolean bullet = !heading && (p.getNumID() != null || style.contains("list"));
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int offset = out.text.length();
      if (heading || bullet) {
        out.hints.add(new LineHint(offset, heading, bullet));
      }
      out.text.append(line.strip()).append('\n');
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
      try (XmlCursor c = box.newCursor()) {
        for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
          XmlObject o = c.getObject();
          if (o instanceof CTP inner) {
            element(doc, new XWPFParagraph(inner, p.getBody()), out, depth + 1);
          } else if (o instanceof CTTbl inner) {
            element(doc, new XWPFTable(inner, p.getBody()), out, depth + 1);
          }
        }
      }
      if (!out.text.substring(start).isBlank()) {
        out.boxText = true;
      }
    }
  }

  /**
   * The w:txbxContent elements in a paragraph, in document order, each box once: of Word's two
   * copies in mc:AlternateContent only the first mc:Choice is read, or the mc:Fallback when there is
   * no Choice. Boxes nested in a box are left for the box's own paragraphs to find. The walk is a
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
  private static boolean boldCapsLabel(XWPFParagraph p, String text) {
    if (text.length() > 40 || text.split("\\s+").length > 5 || !text.equals(text.toUpperCase(Locale.ROOT))
        || !text.matches(".*\\p{Lu}.*") || text.matches(".*\\d.*")) {
      return false;
    }
    List<XWPFRun> runs = p.getRuns();
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

  /** The text being built, its hints, the link targets seen, and the layout met on the way. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final List<LineHint> hints = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    /** A table was read. */
    boolean tables;
    /** A text box held text. */
    boolean boxText;

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
