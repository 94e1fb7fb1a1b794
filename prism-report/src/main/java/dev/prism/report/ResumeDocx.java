package dev.prism.report;

import static dev.prism.core.report.JsonResumeText.dateRange;
import static dev.prism.core.report.JsonResumeText.join;
import static dev.prism.core.report.JsonResumeText.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.model.Resume;
import dev.prism.core.report.JsonResumeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A JSON Resume laid out as a plain one-column Word document, the DOCX twin of {@link ResumePdf}:
 * name, contact line, then summary, experience, projects, education, skills, certificates, awards
 * and publications under real heading styles, with bullets as real list numbering. A person can
 * open it in Word or LibreOffice and go on editing, and an applicant-tracking system (Prism's own
 * DOCX reader included) reads its headings and bullets from the styles, not from guesswork.
 *
 * <p>Text a person typed may hold characters XML forbids (control characters, lone surrogates);
 * they become U+FFFD so the document always opens.
 */
public final class ResumeDocx {
  /** A4 with 18 mm margins, in twentieths of a point. */
  private static final int PAGE_WIDTH = 11906;
  private static final int MARGIN = 1020;
  static final String FONT = "Calibri";

  private ResumeDocx() {}

  /** The resume as a DOCX file. */
  public static byte[] render(Resume resume) {
    return render(JsonResumeWriter.write(Objects.requireNonNull(resume, "resume")));
  }

  /** A JSON Resume document as a DOCX file. Fields it does not know are left out. */
  public static byte[] render(JsonNode resume) {
    Objects.requireNonNull(resume, "resume");
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024)) {
      Writer w = new Writer(doc);
      w.write(resume);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      // Everything is in memory; an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    private final XWPFDocument doc;
    private final BigInteger bullets;

    Writer(XWPFDocument doc) {
      this.doc = doc;
      this.bullets = setUp(doc);
    }

    void write(JsonNode r) {
      JsonNode b = r.path("basics");
      XWPFParagraph name = doc.createParagraph();
      run(name, text(b, "name"), true, 20);
      if (!text(b, "label").isEmpty()) {
        run(doc.createParagraph(), text(b, "label"), false, 11);
      }
      List<String> contact = new ArrayList<>();
      for (String f : List.of("email", "phone", "url")) {
        contact.add(text(b, f));
      }
      contact.add(join(", ", text(b.path("location"), "city"), text(b.path("location"), "region")));
      b.path("profiles").forEach(p -> contact.add(text(p, "url")));
      String line = join(" | ", contact.toArray(String[]::new));
      if (!line.isEmpty()) {
        run(doc.createParagraph(), line, false, 10);
      }
      if (!text(b, "summary").isEmpty()) {
        heading("Summary");
        run(doc.createParagraph(), text(b, "summary"), false, 10);
      }
      entries("Experience", r.path("work"), "position", "name");
      entries("Projects", r.path("projects"), "name", "entity");
      if (!r.path("education").isEmpty()) {
        heading("Education");
        for (JsonNode ed : r.path("education")) {
          header(join(" in ", text(ed, "studyType"), text(ed, "area")), text(ed, "institution"), dateRange(ed));
        }
      }
      if (!r.path("skills").isEmpty()) {
        heading("Skills");
        for (JsonNode s : r.path("skills")) {
          List<String> kws = new ArrayList<>();
          s.path("keywords").forEach(k -> kws.add(k.asText("").strip()));
          XWPFParagraph p = doc.createParagraph();
          String group = text(s, "name");
          if (!group.isEmpty()) {
            run(p, group + ": ", true, 10);
          }
          run(p, String.join(", ", kws.stream().filter(k -> !k.isEmpty()).toList()), false, 10);
        }
      }
      named("Certifications", r.path("certificates"), "issuer", "date");
      named("Awards", r.path("awards"), "awarder", "date");
      named("Publications", r.path("publications"), "publisher", "releaseDate");
    }

    private void entries(String heading, JsonNode items, String title, String org) {
      if (items.isEmpty()) {
        return;
      }
      heading(heading);
      for (JsonNode w : items) {
        header(text(w, title), join(", ", text(w, org), text(w, "location")), dateRange(w));
        String about = text(w, "summary").isEmpty() ? text(w, "description") : text(w, "summary");
        if (!about.isEmpty()) {
          run(doc.createParagraph(), about, false, 10);
        }
        for (JsonNode h : w.path("highlights")) {
          String t = h.asText("").strip();
          if (!t.isEmpty()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListBullet");
            p.setNumID(bullets);
            run(p, t, false, 10);
          }
        }
      }
    }

    private void named(String heading, JsonNode items, String by, String date) {
      if (items.isEmpty()) {
        return;
      }
      heading(heading);
      for (JsonNode n : items) {
        header(text(n, "name").isEmpty() ? text(n, "title") : text(n, "name"), text(n, by), text(n, date));
      }
    }

    /** "Title | Where" in bold, then the dates at a right tab stop, as a one-line entry header. */
    private void header(String title, String where, String dates) {
      XWPFParagraph p = doc.createParagraph();
      p.setSpacingBefore(120);
      CTTabStop tab = p.getCTP().addNewPPr().addNewTabs().addNewTab();
      tab.setVal(STTabJc.RIGHT);
      tab.setPos(BigInteger.valueOf(PAGE_WIDTH - 2 * MARGIN));
      run(p, join(" | ", title, where), true, 10);
      if (!dates.isEmpty()) {
        XWPFRun r = p.createRun();
        r.addTab();
        font(r, 10);
        r.setText(clean(dates));
      }
    }

    private void heading(String text) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("Heading1");
      p.setSpacingBefore(240);
      run(p, text, true, 12);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
      XWPFRun r = p.createRun();
      r.setBold(bold);
      font(r, size);
      r.setText(clean(text));
    }

    private static void font(XWPFRun r, int size) {
      r.setFontFamily(FONT);
      r.setFontSize(size);
    }
  }

  /**
   * An empty document's page (A4, even margins), its Heading 1 and List Bullet styles and one bullet
   * list; answers the list's numbering id. Cover letters ({@link LetterFiles}) are set up the same.
   */
  static BigInteger setUp(XWPFDocument doc) {
    styles(doc.createStyles());
    BigInteger bullets = bulletNumbering(doc.createNumbering());
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    sect.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
    sect.getPgSz().setH(BigInteger.valueOf(16838));
    CTPageMar mar = sect.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    mar.setTop(margin);
    mar.setBottom(margin);
    mar.setLeft(margin);
    mar.setRight(margin);
    return bullets;
  }

  /** Heading 1 and List Bullet, named as Word names them, so Word and readers treat them as such. */
  private static void styles(XWPFStyles styles) {
    styles.addStyle(new XWPFStyle(style("Heading1", "heading 1", 0)));
    styles.addStyle(new XWPFStyle(style("ListBullet", "List Bullet", -1)));
  }

  private static CTStyle style(String id, String name, int outline) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewQFormat();
    if (outline >= 0) {
      s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    return s;
  }

  /** One bullet list definition (a "•" hanging a quarter inch), used by every bullet. */
  private static BigInteger bulletNumbering(XWPFNumbering numbering) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ZERO);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("\u2022");
    CTInd ind = lvl.addNewPPr().addNewInd();
    ind.setLeft(BigInteger.valueOf(360));
    ind.setHanging(BigInteger.valueOf(360));
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(abstractId);
  }

  /** Text as one line of XML-safe characters: line breaks become spaces, forbidden characters U+FFFD. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else if (c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE) {
        b.append(c);
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }
}
