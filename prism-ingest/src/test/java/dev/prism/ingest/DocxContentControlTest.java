package dev.prism.ingest;

import static dev.prism.ingest.Samples.docx;
import static dev.prism.ingest.Samples.occurrences;
import static dev.prism.ingest.ContentControls.append;
import static dev.prism.ingest.ContentControls.cell;
import static dev.prism.ingest.ContentControls.control;
import static dev.prism.ingest.ContentControls.filled;
import static dev.prism.ingest.ContentControls.prompt;
import static dev.prism.ingest.ContentControls.promptRun;
import static dev.prism.ingest.ContentControls.r;
import static dev.prism.ingest.ContentControls.row;
import static dev.prism.ingest.TextBoxes.drawingWithFallback;
import static dev.prism.ingest.TextBoxes.numbered;
import static dev.prism.ingest.TextBoxes.p;
import static dev.prism.ingest.TextBoxes.styled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Field;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.util.Random;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Test;

/** Content controls (w:sdt), as Word resume templates use them: read in place, prompts left out. */
class DocxContentControlTest {
  private static final String CONTACT = "jordan.lee@example.com | +1 555 010 2030";

  private final DocxReader reader = new DocxReader();

  @Test
  void aTemplateWhoseNameContactAndSectionsAreControlsIsReadInPlace() throws Exception {
    byte[] bytes = docx(doc -> {
      XmlObject body = doc.getDocument().getBody();
      append(body, control(p("Jordan Lee")) + control(p(CONTACT)));
      // A whole section in one control, with a nested control for the entry, as templates group them.
      append(body, control(styled("Heading1", "Experience")
          + control(p("Backend Engineer | Acme Corp  2019 - 2023") + numbered("Built the billing service handling 2,000 requests per second"))));
      XWPFParagraph education = doc.createParagraph();
      education.setStyle("Heading1");
      education.createRun().setText("Education");
      append(body, control(p("BSc Computer Science, State University  2012 - 2016")));
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).isEqualTo("Jordan Lee\n" + CONTACT + "\nExperience\nBackend Engineer | Acme Corp  2019 - 2023\n"
        + "Built the billing service handling 2,000 requests per second\nEducation\n"
        + "BSc Computer Science, State University  2012 - 2016\n");
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING) && e.text().startsWith("Experience\n", h.span().offset()));
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.LIST_ITEM) && e.text().startsWith("Built the billing", h.span().offset()));
    assertThat(e.warnings()).isEmpty();
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
    assertThat(job.bullets()).hasSize(1);
    assertThat(r.has(SectionKind.EDUCATION)).isTrue();
  }

  /**
   * POI's paragraph text shows a control's plain runs but not the links, smart tags or fields
   * inside it: a contact line whose parts are controls must keep all of them, and its hidden link.
   */
  @Test
  void controlsInsideAParagraphKeepTheirLinksSmartTagsAndNesting() throws Exception {
    byte[] bytes = docx(doc -> {
      String linkedIn = TextBoxes.link(doc, "https://www.linkedin.com/in/jordanlee/");
      XWPFParagraph name = doc.createParagraph();
      append(name.getCTP(), control(r("Jordan ") + control(r("Lee"))));
      XWPFParagraph contact = doc.createParagraph();
      contact.createRun().setText("jordan.lee@example.com | ");
      append(contact.getCTP(), control("<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">"
          + r("Austin, TX") + "</w:smartTag>") + r(" | ")
          + control("<w:hyperlink r:id=\"" + linkedIn + "\">" + r("LinkedIn") + "</w:hyperlink>")
          + r(" | ") + control("<w:fldSimple w:instr=\" USERPROPERTY Phone \">" + r("+1 555 010 2030") + "</w:fldSimple>"));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com | Austin, TX | LinkedIn | +1 555 010 2030\n"
        + "linkedin.com/in/jordanlee\nExperience\n");
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().phone().value()).isEqualTo("+1 555 010 2030");
    assertThat(r.contact().links()).extracting(Field::value).contains("linkedin.com/in/jordanlee");
  }

  @Test
  void boldCapitalLabelsInsideAControlAreHeadings() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.createParagraph().getCTP(), control("<w:r><w:rPr><w:b/></w:rPr><w:t>WHERE I WORKED</w:t></w:r>"));
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    });
    Extraction e = reader.read(bytes);
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING) && e.text().startsWith("WHERE I WORKED\n", h.span().offset()));
  }

  @Test
  void promptsATemplateStillShowsAreLeftOutAndReported() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      XWPFParagraph contact = doc.createParagraph();
      contact.createRun().setText("jordan.lee@example.com | ");
      append(contact.getCTP(), prompt(promptRun("[Phone]")) + r(" | ") + filled(r("Austin, TX")));
      XmlObject body = doc.getDocument().getBody();
      append(body, prompt(p("Type a two-line summary of what you do best.")));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com |  | Austin, TX\nExperience\n")
        .doesNotContain("[Phone]").doesNotContain("summary of what");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("TEMPLATE_PLACEHOLDER");
    assertThat(e.warnings().get(0).message()).contains("prompt").contains("replace").doesNotContain("\n");
    assertThat(Segmenter.segment(e).contact().location().value()).isEqualTo("Austin, TX");

    byte[] emptyPrompt = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.getDocument().getBody(), prompt(p(" ")) + prompt(""));
      doc.createParagraph().createRun().setText(CONTACT);
      body(doc);
    });
    assertThat(reader.read(emptyPrompt).warnings()).isEmpty();
  }

  @Test
  void controlsInCellsRowsAndAroundCellsAreReadInTableOrder() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText(CONTACT);
      XWPFTable t = doc.createTable(1, 1);
      t.getRow(0).getCell(0).setText("Backend Engineer | Acme Corp");
      // A control in a cell, a control around a cell, and a repeating section around a row.
      append(t.getRow(0).getCell(0).getCTTc(), control(p("2019 - 2023")));
      append(t.getRow(0).getCtRow(), control(cell(p("Austin, TX"))));
      append(t.getCTTbl(), control(control(row(p("Software Engineer | Globex")) + row(prompt(p("[Dates]"))))));
    });
    Extraction e = reader.read(bytes);
    // The row's cells start one line (the first cell goes on past it); the repeating row follows.
    assertThat(e.text()).endsWith("Backend Engineer | Acme Corp  Austin, TX\n2019 - 2023\nSoftware Engineer | Globex\n");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("TABLE_LAYOUT", "TEMPLATE_PLACEHOLDER");
  }

  @Test
  void controlsInsideTextBoxesInsideTablesAreReadOnce() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText(CONTACT);
      XWPFTable t = doc.createTable(1, 2);
      t.getRow(0).getCell(0).setText("Backend Engineer | Acme Corp");
      TextBoxes.anchor(t.getRow(0).getCell(1).getParagraphs().get(0),
          drawingWithFallback(control(p("2019 - 2023")) + "<w:p>" + control(r("Austin, TX")) + "</w:p>" + prompt(p("[City]"))));
    });
    Extraction e = reader.read(bytes);
    // The box's first line joins the row's line; the anchoring paragraph is empty, and ends the
    // cell with a blank line after the box.
    assertThat(e.text()).endsWith("Backend Engineer | Acme Corp  2019 - 2023\nAustin, TX\n\n");
    assertThat(occurrences(e.text(), "2019 - 2023")).isEqualTo(1);
    assertThat(e.text()).doesNotContain("[City]");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("TABLE_LAYOUT", "TEXT_BOXES", "TEMPLATE_PLACEHOLDER");
  }

  @Test
  void aBoxInsideAPromptIsPartOfThePrompt() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.createParagraph().getCTP(), prompt("<w:r>" + drawingWithFallback(p("[Your tagline]")) + "</w:r>"));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).doesNotContain("tagline");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("TEMPLATE_PLACEHOLDER");
  }

  @Test
  void headerControlsAreReadAndTheirPromptsLeftOut() throws Exception {
    byte[] bytes = docx(doc -> {
      var header = doc.createHeader(HeaderFooterType.DEFAULT);
      header.createParagraph();
      append(header._getHdrFtr(), prompt(p("[Your Phone] | [Your Email]")) + control(p(CONTACT)));
      doc.createParagraph().createRun().setText("Jordan Lee");
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\nExperience\n").doesNotContain("[Your");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER", "TEMPLATE_PLACEHOLDER");
  }

  /**
   * A template that keeps the name in a header control and starts the body with a section: the name
   * comes first. A header control still showing a sample name is the template's, and is not used.
   */
  @Test
  void aNameInAHeaderControlLeadsAndASampleNameInAPromptDoesNot() throws Exception {
    byte[] named = docx(doc -> {
      append(doc.createHeader(HeaderFooterType.FIRST)._getHdrFtr(), control(p("Jordan Lee")));
      append(doc.getDocument().getBody(), control(p(CONTACT)));
      body(doc);
    });
    Extraction e = reader.read(named);
    assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\nExperience\n");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Jordan Lee");

    byte[] sample = docx(doc -> {
      append(doc.createHeader(HeaderFooterType.FIRST)._getHdrFtr(), prompt(p("Alex Morgan")));
      append(doc.getDocument().getBody(), control(p(CONTACT)));
      body(doc);
    });
    Extraction s = reader.read(sample);
    assertThat(s.text()).startsWith(CONTACT + "\nExperience\n").doesNotContain("Alex Morgan");
    assertThat(s.warnings()).extracting(ParseWarning::code).containsExactly("TEMPLATE_PLACEHOLDER");
    assertThat(Segmenter.segment(s).contact().name()).isNull();
  }

  @Test
  void customXmlIsReadInPlaceLikeAControl() throws Exception {
    byte[] bytes = docx(doc -> {
      XmlObject body = doc.getDocument().getBody();
      append(body, "<w:customXml w:element=\"name\">" + p("Jordan Lee") + "</w:customXml>");
      append(doc.createParagraph().getCTP(), r("jordan.lee@example.com | ") + "<w:customXml w:element=\"phone\">" + r("+1 555 010 2030") + "</w:customXml>");
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\nExperience\n");
  }

  @Test
  void thousandsOfControlsAreRead() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      // Each control says something of its own: thousands of identical ones would compress past
      // the reader's zip-bomb ratio and be refused before any is read.
      Random random = new Random(5);
      StringBuilder blocks = new StringBuilder();
      StringBuilder inline = new StringBuilder();
      for (int i = 0; i < 2000; i++) {
        String word = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        blocks.append(control(p("Block " + i + " " + word))).append(i % 2 == 0 ? prompt(p("")) : control(""));
        inline.append(control(r(" Inline " + i + " " + word)));
      }
      append(doc.getDocument().getBody(), blocks.toString());
      append(doc.createParagraph().getCTP(), inline.toString());
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).containsPattern("\nBlock 0 \\w+\nBlock 1 \\w+\n").containsPattern("\nBlock 1999 \\w+\nInline 0 ");
    assertThat(occurrences(e.text(), "Block ")).isEqualTo(2000);
    assertThat(occurrences(e.text(), "Inline ")).isEqualTo(2000);
  }

  @Test
  void controlsNestedDeepAreReadToABound() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.getDocument().getBody(), nested(60, false));
      append(doc.createParagraph().getCTP(), nested(60, true));
    });
    Extraction e = reader.read(bytes);
    for (int level = 0; level < DocxReader.MAX_DEPTH; level++) {
      assertThat(e.text()).contains("Level " + level + "\n").contains("Inline " + level + " ");
    }
    assertThat(e.text()).doesNotContain("Level " + DocxReader.MAX_DEPTH + "\n").doesNotContain("Level 59")
        .doesNotContain("Inline " + DocxReader.MAX_DEPTH + " ").doesNotContain("Inline 59");

    // Just under the XML nesting limit: POI builds its own objects for every level on opening.
    Extraction deepest = reader.read(docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.getDocument().getBody(), nested(450, false));
    }));
    assertThat(deepest.text()).contains("Level " + (DocxReader.MAX_DEPTH - 1) + "\n").doesNotContain("Level 449");
  }

  @Test
  void controlsNestedDeeperThanTheXmlLimitAreRefusedClearly() {
    for (boolean inline : new boolean[] {false, true}) {
      byte[] bytes = docx(doc -> {
        doc.createParagraph().createRun().setText("Jordan Lee");
        if (inline) {
          append(doc.createParagraph().getCTP(), nested(600, true));
        } else {
          append(doc.getDocument().getBody(), nested(600, false));
        }
      });
      assertThatThrownBy(() -> reader.read(bytes)).isInstanceOfSatisfying(UnreadableInputException.class, u -> {
        assertThat(u.problem()).isEqualTo(Problem.CORRUPT);
        assertThat(u.getMessage()).contains("nests").contains("content controls").doesNotContain("\n");
      });
    }
  }

  /**
   * Controls, tables and text boxes inside one another in turn: read to the bound when the XML
   * nesting is within what XMLBeans accepts, refused clearly when it is not; never a crash.
   */
  @Test
  void controlsTablesAndBoxesNestedInTurnAreReadToABoundOrRefused() throws Exception {
    Extraction e = reader.read(docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.getDocument().getBody(), mixed(150));
    }));
    assertThat(e.text()).contains("Mixed 0\n", "Mixed 1\n", "Mixed 2\n", "Mixed 3\n").doesNotContain("Mixed 149");
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("TABLE_LAYOUT", "TEXT_BOXES");

    byte[] tooDeep = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      append(doc.getDocument().getBody(), mixed(400));
    });
    assertThatThrownBy(() -> reader.read(tooDeep)).isInstanceOfSatisfying(UnreadableInputException.class, u -> {
      assertThat(u.problem()).isEqualTo(Problem.CORRUPT);
      assertThat(u.getMessage()).contains("nests").doesNotContain("\n");
    });
  }

  /** {@code levels} containers, each a control, a one-cell table or a text box in turn, each with its own text. */
  private static String mixed(int levels) {
    Random random = new Random(levels);
    String inner = "";
    for (int level = levels - 1; level >= 0; level--) {
      String own = p("Mixed " + level) + p(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
      inner = switch (level % 3) {
        case 0 -> control(own + inner);
        case 1 -> "<w:tbl><w:tr>" + cell(own + inner + "<w:p/>") + "</w:tr></w:tbl>";
        default -> own + "<w:p><w:r>" + TextBoxes.drawing(inner + "<w:p/>") + "</w:r></w:p>";
      };
    }
    return inner;
  }

  @Test
  void controlsHoldingMoreTextThanAResumeAreRefused() {
    Random random = new Random(3);
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      for (int b = 0; b < 40; b++) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 400; i++) {
          content.append(p(Samples.randomWords(random, 80)));
        }
        append(doc.getDocument().getBody(), control(control(content.toString())));
      }
    });
    assertThatThrownBy(() -> reader.read(bytes)).isInstanceOfSatisfying(UnreadableInputException.class, u -> {
      assertThat(u.problem()).isEqualTo(Problem.CORRUPT);
      assertThat(u.getMessage()).contains("far more text");
    });
  }

  /**
   * Controls inside controls, {@code levels} deep, each level's text before the control it holds:
   * paragraphs in a body, or runs in a paragraph. Every level has words of its own so that the file
   * does not compress like a zip bomb.
   */
  private static String nested(int levels, boolean inline) {
    Random random = new Random(levels);
    String inner = "";
    for (int level = levels - 1; level >= 0; level--) {
      String filler = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      inner = inline
          ? control(r("Inline " + level + " " + filler + " ") + inner)
          : control(p("Level " + level) + inner + p(filler));
    }
    return inner;
  }

  /** An experience section and an education section, the rest of a short resume. */
  static void body(XWPFDocument doc) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading1");
    h.createRun().setText("Experience");
    doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    XWPFParagraph item = doc.createParagraph();
    item.setStyle("ListBullet");
    item.createRun().setText("Built the billing service handling 2,000 requests per second");
    XWPFParagraph e = doc.createParagraph();
    e.setStyle("Heading1");
    e.createRun().setText("Education");
    doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
  }
}
