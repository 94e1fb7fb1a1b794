package dev.prism.ingest;

import static dev.prism.ingest.Samples.docx;
import static dev.prism.ingest.Samples.occurrences;
import static dev.prism.ingest.TextBoxes.anchor;
import static dev.prism.ingest.TextBoxes.drawing;
import static dev.prism.ingest.TextBoxes.drawingWithFallback;
import static dev.prism.ingest.TextBoxes.fallbackOnly;
import static dev.prism.ingest.TextBoxes.group;
import static dev.prism.ingest.TextBoxes.linked;
import static dev.prism.ingest.TextBoxes.numbered;
import static dev.prism.ingest.TextBoxes.p;
import static dev.prism.ingest.TextBoxes.styled;
import static dev.prism.ingest.TextBoxes.vml;
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
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Text inside DOCX text boxes and shapes: read once, in place, with its structure. */
class DocxTextBoxTest {
  private static final String CONTACT = "jordan.lee@example.com | +1 555 010 2030";

  private final DocxReader reader = new DocxReader();

  @Test
  void aNameAndContactBoxSavedWithAFallbackCopyIsReadOnce() throws Exception {
    byte[] bytes = docx(doc -> {
      String linkedIn = TextBoxes.link(doc, "https://www.linkedin.com/in/jordanlee/");
      anchor(doc.createParagraph(), drawingWithFallback(p("Jordan Lee") + linked(CONTACT + " | ", linkedIn, "LinkedIn")));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\n").contains("\n" + CONTACT + " | LinkedIn\n");
    assertThat(occurrences(e.text(), "Jordan Lee")).isEqualTo(1);
    assertThat(occurrences(e.text(), "jordan.lee@example.com")).isEqualTo(1);
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.contact().links()).extracting(Field::value).contains("linkedin.com/in/jordanlee");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
  }

  @Test
  void boxesInTheBodyWithTextAreReportedAndEmptyOrHeaderOnesAreNot() throws Exception {
    Extraction body = reader.read(docx(doc -> {
      anchor(doc.createParagraph(), drawingWithFallback(p("Jordan Lee") + p(CONTACT)));
      body(doc);
    }));
    assertThat(body.warnings()).extracting(ParseWarning::code).containsExactly("TEXT_BOXES");
    assertThat(body.warnings().get(0).message()).contains("applicant-tracking").contains("ordinary paragraphs");

    Extraction emptyOrInHeader = reader.read(docx(doc -> {
      anchor(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), drawingWithFallback(p("Jordan Lee")));
      XWPFParagraph name = doc.createParagraph();
      name.createRun().setText("Jordan Lee");
      anchor(name, drawingWithFallback(p(" ")) + vml(""));
      doc.createParagraph().createRun().setText(CONTACT);
      body(doc);
    }));
    assertThat(emptyOrInHeader.warnings()).isEmpty();
  }

  @Test
  void vmlBoxesAreReadWithOrWithoutAlternateContent() throws Exception {
    for (String shape : new String[] {vml(p("Jordan Lee") + p(CONTACT)), fallbackOnly(p("Jordan Lee") + p(CONTACT))}) {
      byte[] bytes = docx(doc -> {
        anchor(doc.createParagraph(), shape);
        body(doc);
      });
      Extraction e = reader.read(bytes);
      assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\n");
      assertThat(occurrences(e.text(), "Jordan Lee")).isEqualTo(1);
      assertThat(Segmenter.segment(e).contact().phone()).isNotNull();
    }
  }

  /**
   * POI adds the text of a shape that is not wrapped in AlternateContent to its run's text, in
   * parentheses; the box must come once, on its own lines, before the anchoring paragraph's text.
   */
  @Test
  void aBoxOutsideAlternateContentIsNotAlsoMixedIntoItsParagraph() throws Exception {
    byte[] bytes = docx(doc -> {
      XWPFParagraph summary = doc.createParagraph();
      summary.createRun().setText("Backend engineer with six years of payments work");
      anchor(summary, drawing(p("Jordan Lee") + p(CONTACT)));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\nBackend engineer with six years of payments work\n");
    assertThat(occurrences(e.text(), "Jordan Lee")).isEqualTo(1);
    assertThat(e.text()).doesNotContain("(");
  }

  @Test
  void aSidebarBoxKeepsItsHeadingAndBullets() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText(CONTACT);
      XWPFParagraph experience = doc.createParagraph();
      experience.setStyle("Heading1");
      experience.createRun().setText("Experience");
      anchor(experience, drawingWithFallback(
          styled("Heading1", "Skills") + numbered("Java") + styled("ListBullet", "PostgreSQL") + numbered("Kafka") + p("")));
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      bullet(doc, "Built the billing service handling 2,000 requests per second");
    });
    Extraction e = reader.read(bytes);
    // Before the anchoring heading, as the reader documents.
    assertThat(e.text()).contains("Skills\nJava\nPostgreSQL\nKafka\n\nExperience\n");
    assertThat(occurrences(e.text(), "Kafka")).isEqualTo(1);
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING) && e.text().startsWith("Skills\n", h.span().offset()));
    for (String item : new String[] {"Java", "PostgreSQL", "Kafka"}) {
      assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.LIST_ITEM) && e.text().startsWith(item + "\n", h.span().offset()));
    }
    Resume r = Segmenter.segment(e);
    assertThat(r.listedSkills()).extracting(Field::value).contains("Java", "PostgreSQL", "Kafka");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
    assertThat(job.bullets()).hasSize(1);
  }

  @Test
  void contactInAHeaderBoxCountsAsHeaderContact() throws Exception {
    String box = drawingWithFallback(p("Jordan Lee") + p(CONTACT));
    byte[] onlyInHeader = docx(doc -> {
      anchor(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), box);
      doc.createParagraph().createRun().setText("Jordan Lee");
      body(doc);
    });
    Extraction e = reader.read(onlyInHeader);
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("CONTACT_IN_HEADER_FOOTER");
    assertThat(e.text()).startsWith("Jordan Lee\n" + CONTACT + "\n");
    assertThat(occurrences(e.text(), "jordan.lee@example.com")).isEqualTo(1);
    assertThat(Segmenter.segment(e).contact().email().value()).isEqualTo("jordan.lee@example.com");

    byte[] alsoInBody = docx(doc -> {
      anchor(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(), box);
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText(CONTACT);
      body(doc);
    });
    assertThat(reader.read(alsoInBody).warnings()).extracting(ParseWarning::code).doesNotContain("CONTACT_IN_HEADER_FOOTER");
  }

  @Test
  void theHeaderBoxIsFoundOnceAmongItsTwoCopies() throws Exception {
    byte[] bytes = docx(doc -> anchor(doc.createHeader(HeaderFooterType.DEFAULT).createParagraph(),
        drawingWithFallback(p("Jordan Lee") + p(CONTACT))));
    try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
      XWPFHeader header = doc.getHeaderList().get(0);
      assertThat(dev.prism.ingest.docx.Boxes.textBoxesIn(header.getParagraphs().get(0).getCTP())).hasSize(1);
    }
  }

  @Test
  void aBoxInATableCellIsReadInItsCell() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText(CONTACT);
      XWPFTable t = doc.createTable(1, 2);
      t.getRow(0).getCell(0).setText("Backend Engineer | Acme Corp");
      anchor(t.getRow(0).getCell(1).getParagraphs().get(0), drawingWithFallback(p("2019 - 2023")));
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).contains("Backend Engineer | Acme Corp  2019 - 2023\n");
    assertThat(occurrences(e.text(), "2019 - 2023")).isEqualTo(1);
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("TABLE_LAYOUT");
  }

  @Test
  void nestedGroupedAndEmptyBoxesReadEachTextOnceInOrder() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      XWPFParagraph boxes = doc.createParagraph();
      String inner = drawingWithFallback(p("Inner box"));
      String outer = p("Outer first") + "<w:p><w:r>" + inner + "</w:r><w:r><w:t>Outer second</w:t></w:r></w:p>";
      anchor(boxes, drawingWithFallback(outer));
      anchor(boxes, drawingWithFallback(""));
      anchor(boxes, vml(p("") + p(" ")));
      anchor(boxes, group(p("Left box"), p("Right box")));
      body(doc);
    });
    Extraction e = reader.read(bytes);
    // Empty boxes add no blank line.
    assertThat(e.text()).startsWith("Jordan Lee\nOuter first\nInner box\nOuter second\nLeft box\nRight box\n");
    for (String t : new String[] {"Outer first", "Inner box", "Outer second", "Left box", "Right box"}) {
      assertThat(occurrences(e.text(), t)).as(t).isEqualTo(1);
    }
  }

  @Test
  void emptyBoxesChangeNothing() throws Exception {
    byte[] plain = Samples.docx(false);
    byte[] withEmptyBoxes = docx(doc -> {
      anchor(doc.createParagraph(), drawingWithFallback(p("")) + vml(""));
      doc.getParagraphs().get(0).createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("Work History");
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      doc.createParagraph().createRun().setText("- Built the billing service handling 2,000 requests per second");
      XWPFParagraph ed = doc.createParagraph();
      ed.setStyle("Heading1");
      ed.createRun().setText("Education");
      doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
    });
    Extraction expected = reader.read(plain);
    Extraction actual = reader.read(withEmptyBoxes);
    assertThat(actual.text()).isEqualTo(expected.text());
    assertThat(actual.layout()).isEqualTo(expected.layout());
    assertThat(actual.warnings()).isEqualTo(expected.warnings());
  }

  @Test
  void thousandsOfBoxesAreRead() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      // Each box says something of its own: thousands of identical ones would compress past the
      // reader's zip-bomb ratio and be refused before any box is read.
      Random random = new Random(11);
      StringBuilder shapes = new StringBuilder();
      for (int i = 0; i < 2000; i++) {
        shapes.append(drawingWithFallback(p("Box " + i + " " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36))));
      }
      anchor(doc.createParagraph(), shapes.toString());
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).containsPattern("\nBox 0 \\w+\nBox 1 \\w+\n").containsPattern("\nBox 1999 \\w+\n");
    assertThat(occurrences(e.text(), "Box ")).isEqualTo(2000);
  }

  @Test
  void boxesHoldingMoreTextThanAResumeAreRefused() {
    Random random = new Random(7);
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      for (int b = 0; b < 40; b++) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 400; i++) {
          content.append(p(Samples.randomWords(random, 80)));
        }
        anchor(doc.createParagraph(), vml(content.toString()));
      }
    });
    assertThatThrownBy(() -> reader.read(bytes)).isInstanceOfSatisfying(UnreadableInputException.class, u -> {
      assertThat(u.problem()).isEqualTo(Problem.CORRUPT);
      assertThat(u.getMessage()).contains("far more text");
    });
  }

  @Test
  void boxesNestedDeepAreReadToABound() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      anchor(doc.createParagraph(), nested(60));
    });
    Extraction e = reader.read(bytes);
    for (int level = 0; level < DocxReader.MAX_DEPTH; level++) {
      assertThat(e.text()).contains("Level " + level + "\n");
    }
    assertThat(e.text()).doesNotContain("Level " + DocxReader.MAX_DEPTH + "\n").doesNotContain("Level 59");
  }

  @Test
  void boxesNestedDeeperThanTheXmlLimitAreRefusedClearly() {
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      anchor(doc.createParagraph(), nested(400));
    });
    assertThatThrownBy(() -> reader.read(bytes)).isInstanceOfSatisfying(UnreadableInputException.class, u -> {
      assertThat(u.problem()).isEqualTo(Problem.CORRUPT);
      assertThat(u.getMessage()).contains("nests").doesNotContain("\n");
    });
  }

  /**
   * Boxes inside boxes, {@code levels} deep, each level's text before the box it holds. Every level
   * also holds a paragraph of its own so that the file does not compress like a zip bomb.
   */
  private static String nested(int levels) {
    Random random = new Random(levels);
    String box = "";
    for (int level = levels - 1; level >= 0; level--) {
      String filler = Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      box = drawing("<w:p><w:r><w:t>Level " + level + "</w:t></w:r><w:r>" + box + "</w:r></w:p>" + p(filler));
    }
    return box;
  }

  /** An experience section and an education section, the rest of a short resume. */
  private static void body(XWPFDocument doc) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading1");
    h.createRun().setText("Experience");
    doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    bullet(doc, "Built the billing service handling 2,000 requests per second");
    XWPFParagraph e = doc.createParagraph();
    e.setStyle("Heading1");
    e.createRun().setText("Education");
    doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
  }

  private static void bullet(XWPFDocument doc, String text) {
    XWPFParagraph item = doc.createParagraph();
    item.setStyle("ListBullet");
    item.createRun().setText(text);
  }
}
