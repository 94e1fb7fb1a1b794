package dev.prism.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Documents the tests generate, so that no test needs the shared corpus. */
final class Samples {
  static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  /** For the arrows and signs Helvetica lacks ("→"): a text of those alone is set in Symbol. */
  static final PDType1Font SYMBOL = new PDType1Font(Standard14Fonts.FontName.SYMBOL);

  /** A line of text to place on a page: where, how big, how heavy, whether slanted. */
  record Text(float x, float y, float size, boolean bold, String text, boolean italic) {
    Text(float x, float y, float size, boolean bold, String text) {
      this(x, y, size, bold, text, false);
    }
  }

  static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

  private Samples() {}

  static byte[] pdf(List<List<Text>> pages) {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (List<Text> page : pages) {
        PDPage p = new PDPage(PDRectangle.LETTER);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          for (Text t : page) {
            cs.beginText();
            cs.setFont(t.text().chars().allMatch(c -> c >= 0x2190 && c <= 0x22ff) ? SYMBOL
                : t.italic() ? ITALIC : t.bold() ? BOLD : REGULAR, t.size());
            cs.newLineAtOffset(t.x(), 792 - t.y());
            cs.showText(t.text());
            cs.endText();
          }
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A one-column resume: name, contact, headings in bold capitals, an entry with bullets. */
  static byte[] resumePdf() {
    return pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.com | +1 555 010 2030 | Austin, TX"),
        new Text(72, 115, 12, true, "EXPERIENCE"),
        new Text(72, 135, 10, true, "Senior Backend Engineer | Acme Corp"),
        new Text(460, 135, 10, false, "Jan 2020 - Present"),
        new Text(80, 150, 10, false, "\u2022 Cut p99 latency of the orders API from 480 ms to 120 ms by adding a"),
        new Text(88, 163, 10, false, "Redis read-through cache in front of PostgreSQL"),
        new Text(80, 178, 10, false, "\u2022 Led the migration of 14 services to Kafka"),
        new Text(72, 210, 12, true, "EDUCATION"),
        new Text(72, 230, 10, true, "BSc Computer Science, State University"),
        new Text(460, 230, 10, false, "2012 - 2016"))));
  }

  /** A resume with a left sidebar (skills, contact) beside the main column. */
  static byte[] twoColumnPdf() {
    List<Text> page = new java.util.ArrayList<>();
    page.add(new Text(40, 50, 22, true, "Jordan Lee"));
    String[] side = {"CONTACT", "jordan.lee@example.com", "+1 555 010 2030", "SKILLS", "Java", "PostgreSQL", "Kafka", "Kubernetes", "Redis"};
    for (int i = 0; i < side.length; i++) {
      page.add(new Text(40, 100 + i * 23, 10, side[i].equals(side[i].toUpperCase()) && side[i].length() > 4, side[i]));
    }
    String[] main = {"EXPERIENCE", "Backend Engineer | Acme Corp  2019 - 2023", "\u2022 Built the billing service handling 2,000 requests per second",
        "\u2022 Moved nightly jobs to an event-driven pipeline on Kafka", "Software Engineer | Globex Inc  2016 - 2019",
        "\u2022 Wrote the first REST API for the partner portal", "EDUCATION", "BSc Computer Science, State University 2012 - 2016"};
    for (int i = 0; i < main.length; i++) {
      page.add(new Text(230, 108 + i * 17, 10, main[i].equals("EXPERIENCE") || main[i].equals("EDUCATION"), main[i]));
    }
    return pdf(List.of(page));
  }

  /** A Word resume whose name and contact block and skills sidebar are text boxes, as templates make them. */
  static byte[] docxWithTextBoxes() {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      TextBoxes.anchor(doc.createParagraph(), TextBoxes.drawingWithFallback(
          TextBoxes.p("Jordan Lee") + TextBoxes.p("jordan.lee@example.com | +1 555 010 2030")));
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("Work History");
      TextBoxes.anchor(h, TextBoxes.drawingWithFallback(TextBoxes.styled("Heading1", "Skills")
          + TextBoxes.numbered("Java") + TextBoxes.numbered("PostgreSQL") + TextBoxes.numbered("Kafka")));
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      doc.createParagraph().createRun().setText("- Built the billing service handling 2,000 requests per second");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Two pages: page one has a main column on the left that runs to the foot of the page, its last
   * job cut off after the header, and a shorter sidebar of prose and lists on the right; page two
   * is one column that finishes that job, adds another and ends with education.
   */
  static byte[] twoPageSidebarPdf() {
    List<Text> one = new java.util.ArrayList<>();
    one.add(new Text(36, 60, 26, true, "Jamie Rivera"));
    one.add(new Text(36, 80, 11, false, "Software Engineering Manager"));
    one.add(new Text(36, 96, 9, false, "(512) 555-0142   jamie.rivera@example.com   Austin, TX"));
    float y = 125;
    one.add(new Text(36, y, 10, true, "SUMMARY"));
    one.add(new Text(36, y += 18, 9, false, "Engineering leader who builds teams and ships reliable backend platforms."));
    one.add(new Text(36, y += 22, 10, true, "EXPERIENCE"));
    String[][] jobs = {
        {"Engineering Manager", "Northwind Systems", "04/2021 - Present   Austin, TX"},
        {"Senior Engineer", "Globex", "06/2017 - 04/2021   Austin, TX"},
        {"Technical Lead", "Cloud Networking", "11/2012 - 04/2017   Austin, TX"},
        {"Software Engineer", "Initech", "07/2006 - 11/2012   Austin, TX"},
        {"Engineer", "Contoso", "06/2003 - 03/2006   Redmond, WA"}};
    for (String[] job : jobs) {
      one.add(new Text(36, y += 20, 9.5f, true, job[0]));
      one.add(new Text(36, y += 11, 9, false, job[1]));
      one.add(new Text(36, y += 11, 8.5f, false, job[2]));
      for (int b = 0; b < 5; b++) {
        one.add(new Text(40, y += 13, 9, false, "\u2022 Shipped change " + (b + 1) + " at " + job[1] + " that cut p99 latency by " + (10 + b) + "%"));
      }
    }
    // The last job on the page: its header only, at the foot of the main column.
    one.add(new Text(36, y += 20, 9.5f, true, "Vendor Consultant"));
    one.add(new Text(36, y += 11, 9, false, "Fabrikam Languages"));
    float side = 125;
    one.add(new Text(405, side, 10, true, "STRENGTHS"));
    one.add(new Text(405, side += 20, 9, true, "Leadership"));
    String[] prose = {"Led diverse teams across global sites,", "promoting cross-team collaboration.", "Mentored engineers and managers",
        "toward their career goals."};
    for (String line : prose) {
      one.add(new Text(405, side += 12, 8.5f, false, line));
    }
    one.add(new Text(405, side += 22, 10, true, "SKILLS"));
    for (String skill : new String[] {"Java", "Kotlin", "PostgreSQL", "Kafka", "Kubernetes"}) {
      one.add(new Text(409, side += 14, 8.5f, false, skill));
    }
    one.add(new Text(405, side += 22, 10, true, "PROJECTS"));
    String[] project = {"Collaborated with external non-profits", "to launch ten new web fonts, laying a", "foundation for broader coverage."};
    for (String line : project) {
      one.add(new Text(405, side += 12, 8.5f, false, line));
    }
    List<Text> two = new java.util.ArrayList<>();
    float z = 40;
    two.add(new Text(36, z, 8.5f, false, "12/2000 - 05/2003   Cupertino, CA"));
    two.add(new Text(40, z += 13, 9, false, "\u2022 Built a transliteration keyboard using keyboard hooks"));
    two.add(new Text(40, z += 13, 9, false, "\u2022 Built a companion website and guided installer"));
    two.add(new Text(36, z += 20, 9.5f, true, "Developer"));
    two.add(new Text(36, z += 11, 9, false, "Umbrella Corp"));
    two.add(new Text(36, z += 11, 8.5f, false, "04/1995 - 12/2000   Santa Clara, CA"));
    two.add(new Text(40, z += 13, 9, false, "\u2022 Built Java APIs for CRUD operations with XML responses"));
    two.add(new Text(36, z += 24, 10, true, "EDUCATION"));
    two.add(new Text(36, z += 18, 9.5f, true, "B.S. in Computer Science"));
    two.add(new Text(36, z += 11, 9, false, "State University"));
    return pdf(List.of(one, two));
  }

  /**
   * A Word resume built from a template's content controls: the name and contact line in controls,
   * a section in a control with a nested one, a prompt left in, a repeating row in a table, and a
   * control in the header.
   */
  static byte[] docxWithContentControls() {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ContentControls.append(doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)._getHdrFtr(),
          ContentControls.control(TextBoxes.p("Jordan Lee")) + ContentControls.prompt(TextBoxes.p("[Phone]")));
      var body = doc.getDocument().getBody();
      ContentControls.append(body, ContentControls.control(TextBoxes.p("Jordan Lee")));
      XWPFParagraph contact = doc.createParagraph();
      contact.createRun().setText("jordan.lee@example.com | ");
      ContentControls.append(contact.getCTP(), ContentControls.control(ContentControls.r("+1 555 010 2030"))
          + ContentControls.r(" | ") + ContentControls.prompt(ContentControls.promptRun("[City]")));
      ContentControls.append(body, ContentControls.control(TextBoxes.styled("Heading1", "Work History")
          + ContentControls.control(TextBoxes.p("Backend Engineer | Acme Corp  2019 - 2023")
              + TextBoxes.numbered("Built the billing service handling 2,000 requests per second"))));
      XWPFTable t = doc.createTable(1, 2);
      t.getRow(0).getCell(0).setText("Software Engineer | Globex");
      t.getRow(0).getCell(1).setText("2016 - 2019");
      ContentControls.append(t.getCTTbl(), ContentControls.control(ContentControls.row(
          ContentControls.control(TextBoxes.p("Wrote the first REST API for the partner portal")))));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] docx(boolean table) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("Work History");
      if (table) {
        XWPFTable t = doc.createTable(1, 2);
        t.getRow(0).getCell(0).setText("Backend Engineer | Acme Corp");
        t.getRow(0).getCell(1).setText("2019 - 2023");
      } else {
        doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      }
      doc.createParagraph().createRun().setText("- Built the billing service handling 2,000 requests per second");
      XWPFParagraph e = doc.createParagraph();
      e.setStyle("Heading1");
      e.createRun().setText("Education");
      doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A DOCX document built by {@code content}. */
  static byte[] docx(Consumer<XWPFDocument> content) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.accept(doc);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How wide a text set in the samples' regular or bold face at {@code size} is, in points. */
  static float width(boolean bold, float size, String text) throws IOException {
    return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * size;
  }

  /** The lines of a read PDF, each as its cells joined by " ¦ " (or its text, where it has none). */
  static List<String> linesWithCells(dev.prism.core.model.Extraction e) {
    List<String> out = new java.util.ArrayList<>();
    for (var l : e.layout().lines()) {
      out.add(l.cells().isEmpty() ? l.span().of(e.text())
          : String.join(" ¦ ", l.cells().stream().map(c -> c.of(e.text())).toList()));
    }
    return out;
  }

  /** Random words of at least {@code chars} characters: text that does not compress like a zip bomb. */
  static String randomWords(Random random, int chars) {
    StringBuilder words = new StringBuilder();
    while (words.length() < chars) {
      words.append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36)).append(' ');
    }
    return words.toString();
  }

  /** How many times {@code part} occurs in {@code text}, not overlapping. */
  static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }
}
