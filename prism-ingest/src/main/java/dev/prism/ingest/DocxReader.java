package dev.prism.ingest;

import dev.prism.core.ingest.ResumeReader;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LineHint;
import dev.prism.core.model.ParseWarning;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word documents (DOCX): paragraphs in body order, headings from paragraph styles, bullets from
 * list numbering, layout tables read cell by cell, header and footer text, and link targets that
 * the visible text hides.
 */
public final class DocxReader implements ResumeReader {
  /** More characters than this is not a resume, whatever the file claims. */
  static final int MAX_CHARS = 1_000_000;

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
    boolean[] tables = {false};
    for (IBodyElement element : doc.getBodyElements()) {
      element(doc, element, out, tables, 0);
    }
    String body = out.text.toString();
    List<ParseWarning> warnings = new ArrayList<>();
    // Header and footer text: kept above the body when it holds contact details the body lacks.
    List<String> furniture = new ArrayList<>();
    for (XWPFHeader h : doc.getHeaderList()) {
      furniture.add(h.getText());
    }
    for (XWPFFooter f : doc.getFooterList()) {
      furniture.add(f.getText());
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
    if (tables[0]) {
      warnings.add(Warnings.tableLayout());
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

  private static void element(XWPFDocument doc, IBodyElement element, Out out, boolean[] tables, int depth)
      throws UnreadableInputException {
    if (Thread.currentThread().isInterrupted()) {
      throw new UnreadableInputException(Problem.CORRUPT, "reading the DOCX was cancelled");
    }
    if (element instanceof XWPFParagraph p) {
      paragraph(doc, p, out);
    } else if (element instanceof XWPFTable t && depth < 8) {
      tables[0] = true;
      // Layout tables read as the author wrote them: row by row, each cell's paragraphs in turn.
      for (XWPFTableRow row : t.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (IBodyElement inner : cell.getBodyElements()) {
            element(doc, inner, out, tables, depth + 1);
          }
        }
      }
    }
    if (out.text.length() > MAX_CHARS) {
      throw new UnreadableInputException(Problem.CORRUPT, "the DOCX holds far more text than a resume; check it is the right file");
    }
  }

  private static void paragraph(XWPFDocument doc, XWPFParagraph p, Out out) {
    // A tab usually pushes dates or a location to a right tab stop: two spaces keep it a separate part.
    String text = p.getText().replace("\t", "  ").replace('\u00a0', ' ').strip();
    for (XWPFRun run : p.getRuns()) {
      if (run instanceof XWPFHyperlinkRun link) {
        XWPFHyperlink target = link.getHyperlink(doc);
        if (target != null && target.getURL() != null) {
          out.links.add(target.getURL());
        }
      }
    }
    if (text.isEmpty()) {
      if (out.text.length() > 0 && !out.text.toString().endsWith("\n\n")) {
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

  /** The text being built, its hints, and the link targets seen. */
  private static final class Out {
    final StringBuilder text = new StringBuilder();
    final List<LineHint> hints = new ArrayList<>();
    final List<String> links = new ArrayList<>();

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
