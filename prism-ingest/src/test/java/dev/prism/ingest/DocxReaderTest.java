package dev.prism.ingest;

import static dev.prism.ingest.Samples.docx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.junit.jupiter.api.Test;

class DocxReaderTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private final DocxReader reader = new DocxReader();

  @Test
  void readsParagraphsWithHeadingStylesIntoEntries() throws Exception {
    Extraction e = reader.read(Samples.docx(false));
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING));
    assertThat(e.warnings()).isEmpty();
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Backend Engineer");
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
    assertThat(job.dates().start().year()).isEqualTo(2019);
    assertThat(r.has(SectionKind.EDUCATION)).isTrue();
  }

  @Test
  void aLayoutTableRowOfShortCellsIsOneLineWithACellEachAndIsReported() throws Exception {
    Extraction e = reader.read(Samples.docx(true));
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("TABLE_LAYOUT");
    assertThat(e.text()).contains("Backend Engineer | Acme Corp  2019 - 2023\n");
    LayoutLine row = e.layout().lines().stream().filter(l -> l.span().of(e.text()).startsWith("Backend")).findFirst().orElseThrow();
    assertThat(row.cells()).extracting(c -> c.of(e.text())).containsExactly("Backend Engineer | Acme Corp", "2019 - 2023");
    Entry job = Segmenter.segment(e).sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
    assertThat(job.dates()).isNotNull();
  }

  @Test
  void aSectionSetInTwoColumnsIsReported() throws Exception {
    // The last section's settings close the body; an earlier section's close its last paragraph.
    Extraction last = reader.read(docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      experience(doc);
      doc.getDocument().getBody().addNewSectPr().addNewCols().setNum(java.math.BigInteger.TWO);
    }));
    assertThat(last.warnings()).extracting(ParseWarning::code).containsExactly("TWO_COLUMNS");
    Extraction earlier = reader.read(docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      experience(doc);
      var cols = doc.getParagraphs().get(doc.getParagraphs().size() - 1).getCTP().addNewPPr().addNewSectPr().addNewCols();
      cols.setEqualWidth(false);
      // Columns of their own widths: one w:col each, and no count.
      try (var c = cols.newCursor()) {
        c.toEndToken();
        for (String width : List.of("3000", "6000")) {
          c.beginElement(new javax.xml.namespace.QName(W, "col"));
          c.insertAttributeWithValue(new javax.xml.namespace.QName(W, "w"), width);
          c.toNextToken();
        }
      }
      heading(doc, "Education");
      doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
    }));
    assertThat(earlier.warnings()).extracting(ParseWarning::code).containsExactly("TWO_COLUMNS");
    // One column, said outright, is no layout to warn about.
    Extraction one = reader.read(docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      experience(doc);
      doc.getDocument().getBody().addNewSectPr().addNewCols().setNum(java.math.BigInteger.ONE);
    }));
    assertThat(one.warnings()).isEmpty();
  }

  @Test
  void contactOnlyInTheFooterIsKeptAndReported() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText("Experience");
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
      footer.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      doc.write(out);
      bytes = out.toByteArray();
    }
    Extraction e = reader.read(bytes);
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("CONTACT_IN_HEADER_FOOTER");
    assertThat(Segmenter.segment(e).contact().email().value()).isEqualTo("jordan.lee@example.com");
  }

  @Test
  void refusesAZipBomb() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(1 << 20);
    assertThatThrownBy(() -> reader.read(bytes.toByteArray()))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.CORRUPT));
  }

  @Test
  void refusesRandomBytesAndOle2Files() {
    assertThatThrownBy(() -> reader.read("PK\u0003\u0004garbage".getBytes()))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.CORRUPT));
    byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
    assertThatThrownBy(() -> reader.read(ole))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.ENCRYPTED));
  }

  @Test
  void anEmptyDocumentHasNoText() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      bytes = out.toByteArray();
    }
    assertThatThrownBy(() -> reader.read(bytes))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.EMPTY));
  }

  @Test
  void listParagraphsBecomeBulletsAndHiddenLinkTargetsReachTheContactBlock() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      var contact = doc.createParagraph();
      contact.createHyperlinkRun("mailto:jordan.lee@example.com").setText("Email");
      contact.createRun().setText(" | ");
      contact.createHyperlinkRun("https://www.linkedin.com/in/jordanlee/").setText("LinkedIn");
      doc.createParagraph().createRun().setText("Experience");
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
      var item = doc.createParagraph();
      item.setStyle("ListBullet");
      item.createRun().setText("Built the billing service handling 2,000 requests per second");
      doc.write(out);
      bytes = out.toByteArray();
    }
    Extraction e = reader.read(bytes);
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.LIST_ITEM) && e.text().startsWith("Built the billing", h.span().offset()));
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.contact().links()).extracting(f -> f.value()).contains("linkedin.com/in/jordanlee");
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0).bullets()).hasSize(1);
  }

  @Test
  void anEmailThePageShowsWinsOverAnotherOnlyItsLinkHolds() throws Exception {
    // The address shown, linked to an older one: the reader of the page writes to what it sees.
    byte[] bytes = Samples.docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      var contact = doc.createParagraph();
      contact.createRun().setText("Leeds | ");
      contact.createHyperlinkRun("mailto:jordan@old.example").setText("jordan@new.example");
      contact.createRun().setText(" | +44 20 7946 0958");
      doc.createParagraph().createRun().setText("Experience");
      doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).contains("jordan@old.example");
    assertThat(Segmenter.segment(e).contact().email().value()).isEqualTo("jordan@new.example");
  }

  @Test
  void boldCapitalLabelsAreHeadingsAndTabsSeparateParts() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText("jordan.lee@example.com");
      var label = doc.createParagraph().createRun();
      label.setBold(true);
      label.setText("WHERE I WORKED");
      var header = doc.createParagraph().createRun();
      header.setText("Backend Engineer, Acme Corp");
      header.addTab();
      header.setText("2019 - 2023");
      doc.write(out);
      bytes = out.toByteArray();
    }
    Extraction e = reader.read(bytes);
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING) && e.text().startsWith("WHERE I WORKED", h.span().offset()));
    assertThat(e.text()).contains("Backend Engineer, Acme Corp  2019 - 2023");
  }

  @Test
  void aBoldNameBeforeAPlainRoleAndDatesIsTheirOwnCell() throws Exception {
    // A converter's header: the employer in a bold run, the role and the dates in a plain one,
    // no tab between them. The change of weight parts the fields, as a tab would.
    byte[] bytes = docx(doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      heading(doc, "Experience");
      for (String[] job : new String[][] {{"Quillstone Labs", " Senior Developer Feb 2017 - Jun 2017"},
          {"Globex Technologies", " Co Founder, CTO Mar 2012 - Sep 2016"}}) {
        var p = doc.createParagraph();
        var name = p.createRun();
        name.setBold(true);
        name.setText(job[0]);
        p.createRun().setText(job[1]);
        doc.createParagraph().createRun().setText("Built the billing service in Go.");
      }
      var p = doc.createParagraph();
      var lead = p.createRun();
      lead.setBold(true);
      lead.setText("Impact");
      p.createRun().setText(" cut the batch time by half in 2019");
      var q = doc.createParagraph();
      var led = q.createRun();
      led.setBold(true);
      led.setText("Mentoring");
      q.createRun().setText(" two interns per summer, 2016 – 2018.");
    });
    Extraction e = reader.read(bytes);
    assertThat(e.layout().lines()).anyMatch(l -> l.cells().size() == 2
        && l.cells().get(0).of(e.text()).equals("Quillstone Labs") && e.text().startsWith("Senior Developer", l.cells().get(1).offset()));
    List<Entry> jobs = Segmenter.segment(e).sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(jobs.subList(0, 2)).extracting(j -> j.title().value() + " | " + j.organization().value())
        .containsExactly("Senior Developer | Quillstone Labs", "Co Founder, CTO | Globex Technologies");
    // A bold lead before a sentence, with no date range or with one, stays one cell.
    for (String lead : List.of("Impact", "Mentoring")) {
      assertThat(e.layout().lines()).noneMatch(l -> l.cells().size() == 2 && e.text().startsWith(lead, l.cells().get(0).offset()));
    }
  }

  @Test
  void aNameOnlyInTheHeaderComesFirstWithTheHeadersContact() throws Exception {
    byte[] bytes = docx(doc -> {
      XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
      header.createParagraph().createRun().setText("Jordan Lee");
      header.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      heading(doc, "Summary");
      doc.createParagraph().createRun().setText("Backend engineer with six years of payments work.");
      experience(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com | +1 555 010 2030\nSummary\n");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER");
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.HEADING) && e.text().startsWith("Experience\n", h.span().offset()));
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.LIST_ITEM) && e.text().startsWith("Built the billing", h.span().offset()));
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.has(SectionKind.SUMMARY)).isTrue();
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0).organization().value())
        .isEqualTo("Acme Corp");
  }

  /**
   * The body starts with the contact line or a headline, and the first-page header holds the name
   * beside a title on a tab stop: the name part alone comes first, and counts as header contact.
   */
  @Test
  void aHeaderNameBesideATitleLeadsABodyThatStartsWithoutOne() throws Exception {
    for (String firstBodyLine : new String[] {"jordan.lee@example.com | +1 555 010 2030", "Senior Backend Engineer"}) {
      byte[] bytes = docx(doc -> {
        XWPFRun run = doc.createHeader(HeaderFooterType.FIRST).createParagraph().createRun();
        run.setText("Jordan Lee");
        run.addTab();
        run.setText("Backend Engineer");
        doc.createParagraph().createRun().setText(firstBodyLine);
        doc.createParagraph().createRun().setText("jordan.lee@example.com");
        experience(doc);
      });
      Extraction e = reader.read(bytes);
      assertThat(e.text()).startsWith("Jordan Lee\n" + firstBodyLine + "\n");
      assertThat(e.text()).doesNotContain("Jordan Lee  Backend Engineer");
      assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER");
      Resume r = Segmenter.segment(e);
      assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
      assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    }
  }

  @Test
  void aNameAndContactLineInTheHeaderLeadsAsItIs() throws Exception {
    byte[] bytes = docx(doc -> {
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun()
          .setText("Jordan Lee | jordan.lee@example.com | +1 555 010 2030");
      experience(doc);
    });
    Extraction e = reader.read(bytes);
    assertThat(e.text()).startsWith("Jordan Lee | jordan.lee@example.com | +1 555 010 2030\nExperience\n");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Jordan Lee");
  }

  /**
   * A body that starts with the name reads the same whatever the header holds: the same name, a
   * page title, or a template's unfilled "Your Name". A body without a name gains nothing from a
   * header that holds no name either.
   */
  @Test
  void headersThatHoldNoNewNameChangeNothing() throws Exception {
    Consumer<XWPFDocument> named = doc -> {
      doc.createParagraph().createRun().setText("Jordan Lee");
      doc.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      experience(doc);
    };
    Consumer<XWPFDocument> unnamed = doc -> {
      doc.createParagraph().createRun().setText("jordan.lee@example.com | +1 555 010 2030");
      experience(doc);
    };
    for (String title : new String[] {"Jordan Lee", "Curriculum Vitae", "RESUME", "Page 1", "Your Name", "Work Experience",
        "Senior Backend Engineer", "Jordan Lee - Page 2"}) {
      for (Consumer<XWPFDocument> body : List.of(named, unnamed)) {
        if (body == unnamed && title.startsWith("Jordan Lee")) {
          continue;
        }
        Extraction plain = reader.read(docx(body));
        Extraction withHeader = reader.read(docx(doc -> {
          doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(title);
          body.accept(doc);
        }));
        assertThat(withHeader.text()).as(title).isEqualTo(plain.text());
        assertThat(withHeader.layout()).as(title).isEqualTo(plain.layout());
        assertThat(withHeader.warnings()).as(title).isEqualTo(plain.warnings());
      }
    }
  }

  @Test
  void namesAreToldFromTitlesByShape() {
    for (String name : new String[] {"Jordan Lee", "JORDAN LEE", "Ludwig van Beethoven", "Mary-Jane O'Neil", "J. R. Lee",
        "Larry Page", "José Álvarez"}) {
      assertThat(dev.prism.ingest.docx.Names.nameLike(name)).as(name).isTrue();
    }
    for (String other : new String[] {"Jordan", "jordan lee", "Jordan Lee, PhD", "Curriculum Vitae", "Your Name",
        "Work Experience", "Senior Backend Engineer", "Page 2", "Jordan Lee 2024", "van Beethoven Ludwig",
        "Jordan Alexander Morgan Lee Smith", "Ludwig van"}) {
      assertThat(dev.prism.ingest.docx.Names.nameLike(other)).as(other).isFalse();
    }
  }

  /**
   * Pins the whole extraction of a document that uses every feature the reader knew before text
   * boxes (links, a non-breaking space, an empty paragraph, bold capitals, a tab, a list style, a
   * layout table, a heading style, header and footer), so that reading boxes changes nothing else.
   */
  @Test
  void aDocumentWithoutTextBoxesReadsExactlyAsBefore() throws Exception {
    byte[] bytes;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Jordan Lee");
      XWPFParagraph contact = doc.createParagraph();
      contact.createHyperlinkRun("mailto:jordan.lee@example.com").setText("Email");
      contact.createRun().setText(" |\u00a0Austin, TX | ");
      contact.createHyperlinkRun("https://github.com/jordanlee").setText("GitHub");
      doc.createParagraph();
      XWPFRun label = doc.createParagraph().createRun();
      label.setBold(true);
      label.setText("EXPERIENCE");
      XWPFRun entry = doc.createParagraph().createRun();
      entry.setText("Backend Engineer, Acme Corp");
      entry.addTab();
      entry.setText("2019 - 2023");
      XWPFParagraph item = doc.createParagraph();
      item.setStyle("ListBullet");
      item.createRun().setText("Built the billing service handling 2,000 requests per second");
      XWPFTable t = doc.createTable(1, 2);
      t.getRow(0).getCell(0).setText("Software Engineer | Globex");
      t.getRow(0).getCell(1).setText("2016 - 2019");
      XWPFParagraph h = doc.createParagraph();
      h.setStyle("Heading1");
      h.createRun().setText("Education");
      doc.createParagraph().createRun().setText("BSc Computer Science, State University  2012 - 2016");
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("+1 555 010 2030");
      doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1");
      doc.write(out);
      bytes = out.toByteArray();
    }
    Extraction e = reader.read(bytes);
    // Since then: the link targets the text hides follow the contact lines it shows, a table row
    // of short cells is one line, and the header's line says where it came from.
    assertThat(e.text()).isEqualTo("Jordan Lee\n+1 555 010 2030\nEmail | Austin, TX | GitHub\n"
        + "jordan.lee@example.com | github.com/jordanlee\n\nEXPERIENCE\nBackend Engineer, Acme Corp  2019 - 2023\n"
        + "Built the billing service handling 2,000 requests per second\nSoftware Engineer | Globex  2016 - 2019\n"
        + "Education\nBSc Computer Science, State University  2012 - 2016\n");
    assertThat(e.layout().lines().stream().filter(l -> !l.marks().isEmpty()).map(l -> l.span().offset() + " " + l.marks()))
        .containsExactly("11 [PAGE_HEADER]", "55 [LINK_TARGETS]", "102 [HEADING]", "154 [LIST_ITEM]", "255 [HEADING]");
    assertThat(e.warnings()).extracting(ParseWarning::code).containsExactly("CONTACT_IN_HEADER_FOOTER", "TABLE_LAYOUT");
    assertThat(e.pages()).isEqualTo(1);
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph h = doc.createParagraph();
    h.setStyle("Heading1");
    h.createRun().setText(text);
  }

  /** An experience section with one entry and one bullet. */
  private static void experience(XWPFDocument doc) {
    heading(doc, "Experience");
    doc.createParagraph().createRun().setText("Backend Engineer | Acme Corp  2019 - 2023");
    XWPFParagraph item = doc.createParagraph();
    item.setStyle("ListBullet");
    item.createRun().setText("Built the billing service handling 2,000 requests per second");
  }

  @Test
  void theMonthAFileWasWrittenIsKeptForPresent() throws Exception {
    byte[] dated;
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(Samples.docx(false)));
        var out = new java.io.ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setModified(java.util.Optional.of(
          java.util.Date.from(java.time.Instant.parse("2016-03-20T10:00:00Z"))));
      doc.write(out);
      dated = out.toByteArray();
    }
    assertThat(reader.read(dated).layout().written()).isEqualTo(new dev.prism.core.model.PartialDate(2016, 3));
  }
}
