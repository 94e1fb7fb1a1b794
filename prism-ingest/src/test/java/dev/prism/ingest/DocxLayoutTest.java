package dev.prism.ingest;

import static dev.prism.ingest.WordXml.cellOf;
import static dev.prism.ingest.WordXml.cellXml;
import static dev.prism.ingest.WordXml.document;
import static dev.prism.ingest.WordXml.p;
import static dev.prism.ingest.WordXml.r;
import static dev.prism.ingest.WordXml.row;
import static dev.prism.ingest.WordXml.styled;
import static dev.prism.ingest.WordXml.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Claim;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.LayoutLine;
import dev.prism.core.model.Mark;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/** The layout a Word document's structure gives its lines: tables, styles, marks and claims. */
class DocxLayoutTest {
  private static final String TOP = p("Jordan Lee") + p("jordan.lee@example.com | +1 555 010 2030");
  private final DocxReader reader = new DocxReader();

  /** The layout line that starts with {@code text}. */
  private static LayoutLine line(Extraction e, String text) {
    return e.layout().lines().stream().filter(l -> l.span().of(e.text()).startsWith(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no layout line starts with " + text + " in\n" + e.text()));
  }

  private static List<String> cells(Extraction e, String text) {
    return line(e, text).cells().stream().map(c -> c.of(e.text())).toList();
  }

  private static List<String> claimed(Extraction e, Claim.ContactField field) {
    return e.layout().claims().stream().filter(c -> c instanceof Claim.Contact k && k.field() == field)
        .map(c -> c.span().of(e.text())).toList();
  }

  @Test
  void aRowOfShortCellsIsOneLineWithACellPerTableCell() throws Exception {
    Extraction e = reader.read(document(null, p("Jordan Lee") + table(new int[] {4000, 3000, 2000},
        row("Phone:", "+1 555 010 2030", "")) + styled("Heading1", "Experience") + table(new int[] {4000, 3000, 2000},
        row("Backend Engineer", "Acme Corp", "2019 – 2023"))));
    assertThat(e.text()).isEqualTo("Jordan Lee\nPhone:  +1 555 010 2030\nExperience\nBackend Engineer  Acme Corp  2019 – 2023\n");
    assertThat(cells(e, "Backend Engineer")).containsExactly("Backend Engineer", "Acme Corp", "2019 – 2023");
    assertThat(cells(e, "Phone:")).containsExactly("Phone:", "+1 555 010 2030");
    Entry job = Segmenter.segment(e).sections(SectionKind.EXPERIENCE).findFirst().map(s -> s.entries().get(0)).orElse(null);
    assertThat(job).isNotNull();
    assertThat(job.title().value()).isEqualTo("Backend Engineer");
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
  }

  /**
   * A column of dates beside a column of content, and a column of section labels, as many Word
   * and Google Docs templates lay a resume out: the label is a line of its own, the first lines of
   * the other cells make one line, and the rest of the content cell follows.
   */
  @Test
  void aLabelColumnAndADatesColumnReadAsHeadingAndEntryHeaders() throws Exception {
    String job = cellXml("", p("Acme Corp, Berlin"), p("Backend Engineer"),
        p("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", r("", "Built the billing service")));
    Extraction e = reader.read(document(null, TOP + table(new int[] {2000, 2000, 5000},
        row("EXPERIENCE", "", ""),
        cellOf("") + cellOf("2019 – 2023") + job,
        row("Education", "2012 – 2016", "BSc Computer Science, State University"))));
    assertThat(e.text()).contains("\nEXPERIENCE\n2019 – 2023  Acme Corp, Berlin\nBackend Engineer\nBuilt the billing service\n"
        + "Education\n2012 – 2016  BSc Computer Science, State University\n");
    assertThat(line(e, "Built the billing").has(Mark.LIST_ITEM)).isTrue();
    Resume r = Segmenter.segment(e);
    assertThat(r.sections().stream().map(s -> s.kind()).toList()).containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    Entry entry = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(entry.dates().start().year()).isEqualTo(2019);
    assertThat(entry.bullets()).hasSize(1);
  }

  /**
   * A list nested in a list item, as pandoc writes a Markdown list's sub-items: each level sets its
   * items in by two spaces, so that the reading sees which item a sub-item hangs under, as it
   * does in Markdown. The item's first sub-item, its dates alone, dates the job.
   */
  @Test
  void nestedListItemsAreSetInByTheirLevel() throws Exception {
    String top = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
    String sub = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>";
    Extraction e = reader.read(document(null, TOP + styled("Heading1", "Work experience")
        + p(top, r("", "Research Assistant, Quillstone Data Lab"))
        + p(sub, r("", "2024-02 ongoing"))
        + p(sub, r("", "Project: Statistical checks of a panel study"))
        + p(top, r("", "Data Engineer, Globex"))
        + p(sub, r("", "2022-11 to 2024-01"))
        + p(sub, r("", "Projects: Clustering of the configuration database"))));
    assertThat(e.text()).contains("\nData Engineer, Globex\n  2022-11 to 2024-01\n");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.title().value() + " | " + j.organization().value() + " | " + j.dates().start().iso())
        .containsExactly("Research Assistant | Quillstone Data Lab | 2024-02", "Data Engineer | Globex | 2022-11");
  }

  /** Cells of sentences, headings or two cells of several lines each (columns) are read cell by cell. */
  @Test
  void rowsOfLongCellsOrOfColumnsAreReadCellByCell() throws Exception {
    String sentence = "Built the billing service that handles two thousand requests per second across three regions";
    Extraction e = reader.read(document(null, TOP + table(new int[] {4500, 4500},
        row("Backend Engineer", sentence),
        cellOf("Skills", "Go", "Kafka") + cellOf("Experience", "Acme Corp", "Globex"))));
    assertThat(e.text()).contains("\nBackend Engineer\n" + sentence + "\nSkills\nGo\nKafka\nExperience\nAcme Corp\nGlobex\n");
  }

  /**
   * A column narrower than the one beside it, both of several lines, is a sidebar; so is the short
   * side of a table built as columns (a template's sidebar beside one long cell running down every
   * row), which is read column by column, the left one first.
   */
  @Test
  void tablesBuiltAsColumnsAreReadColumnByColumnAndTheNarrowOneIsASidebar() throws Exception {
    String main = cellXml("<w:vMerge w:val=\"restart\"/>", styled("Heading1", "Experience"), p("Backend Engineer, Acme Corp"),
        p("2019 – 2023"), p("Built the billing service"), styled("Heading1", "Education"), p("BSc Computer Science"));
    String cont = cellXml("<w:vMerge/>");
    Extraction e = reader.read(document(null, table(new int[] {3000, 6500},
        cellOf("Jordan Lee") + main,
        cellOf("jordan.lee@example.com") + cont,
        cellOf("+1 555 010 2030") + cont,
        cellOf("Austin, TX") + cont)));
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com\n+1 555 010 2030\nAustin, TX\nExperience\n");
    assertThat(line(e, "jordan.lee@").has(Mark.SIDEBAR)).isTrue();
    assertThat(line(e, "Backend Engineer").has(Mark.SIDEBAR)).isFalse();
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().phone().value()).isEqualTo("+1 555 010 2030");

    Extraction rows = reader.read(document(null, TOP + table(new int[] {2500, 6500},
        cellOf("Skills", "Go", "Kafka", "PostgreSQL") + cellOf("Experience", "Acme Corp", "Globex", "Initech"))));
    assertThat(line(rows, "Kafka").has(Mark.SIDEBAR)).isTrue();
    assertThat(line(rows, "Globex").has(Mark.SIDEBAR)).isFalse();
  }

  /** A sidebar column on the left of the name's column yields the lead to the name. */
  @Test
  void aSidebarColumnBesideTheNameFollowsIt() throws Exception {
    String sidebar = cellOf("Contact", "jordan.lee@example.com", "+1 555 010 2030", "Austin, TX");
    Extraction row = reader.read(document(null, table(new int[] {2500, 6500},
        sidebar + cellOf("Jordan Lee", "Experience", "Backend Engineer, Acme Corp  2019 – 2023", "Built the billing service"))));
    assertThat(row.text()).startsWith("Jordan Lee\nContact\njordan.lee@example.com\n+1 555 010 2030\nAustin, TX\nExperience\n");
    String cont = cellXml("<w:vMerge/>");
    Extraction columns = reader.read(document(null, table(new int[] {2500, 6500},
        cellOf("Skills") + cellXml("<w:vMerge w:val=\"restart\"/>", p("Jordan Lee"), p("jordan.lee@example.com"),
            styled("Heading1", "Experience"), p("Backend Engineer, Acme Corp  2019 – 2023")),
        cellOf("Go") + cont, cellOf("Kafka") + cont, cellOf("PostgreSQL") + cont)));
    assertThat(columns.text()).startsWith("Jordan Lee\nSkills\nGo\nKafka\nPostgreSQL\njordan.lee@example.com\nExperience\n");
    for (Extraction e : List.of(row, columns)) {
      assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Jordan Lee");
    }
  }

  /**
   * Sizes are relative to the body text (the default paragraph style's size), weight and capitals
   * come through character and paragraph styles, capitals set by w:caps are drawn and so written
   * as capitals, small capitals keep the case they were typed in and say so, and hidden text is
   * left out.
   */
  @Test
  void runStylesResolveThroughTheStyleChain() throws Exception {
    String styles = WordXml.normal(10)
        + WordXml.paragraphStyle("Section", "Section", "Normal", "", "<w:b/><w:caps/><w:sz w:val=\"28\"/>")
        + WordXml.characterStyle("Strong", "<w:b/>");
    Extraction e = reader.read(document(styles, p("<w:pStyle w:val=\"Section\"/>", r("", "Jordan Lee"))
        + p("jordan.lee@example.com")
        + p("<w:pStyle w:val=\"Section\"/>", r("", "Experience"))
        + p("", r("<w:rStyle w:val=\"Strong\"/>", "Backend Engineer, Acme Corp"))
        + p("", r("<w:smallCaps/>", "Platform Team"), r("<w:vanish/>", " kubernetes docker aws gcp"))
        + p("Built the billing service handling two thousand requests per second.")));
    assertThat(e.text()).contains("\nEXPERIENCE\n").doesNotContain("kubernetes");
    assertThat(line(e, "EXPERIENCE").style().size()).isEqualTo(1.4f);
    assertThat(line(e, "EXPERIENCE").style().bold()).isTrue();
    assertThat(line(e, "Backend Engineer").style().bold()).isTrue();
    assertThat(line(e, "Backend Engineer").style().size()).isEqualTo(1f);
    assertThat(line(e, "Platform Team").style().smallCaps()).isTrue();
  }

  /**
   * Heading marks come from heading styles, styles based on them and outline levels; list marks
   * from numbering, in the paragraph or its style, unless the paragraph turns it off; a symbol
   * typed before the text is a list marker too. A border drawn under a paragraph is a rule.
   */
  @Test
  void headingAndListMarksComeFromStylesNumberingAndOutlineLevels() throws Exception {
    String styles = WordXml.normal(10)
        + WordXml.paragraphStyle("Heading1", "heading 1", "Normal", "<w:outlineLvl w:val=\"0\"/>", "<w:sz w:val=\"28\"/>")
        + WordXml.paragraphStyle("SectionTitle", "Section Title", "Heading1",
            "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>", "")
        + WordXml.paragraphStyle("Label", "Label", "Normal", "<w:outlineLvl w:val=\"1\"/>", "")
        + WordXml.paragraphStyle("Bulleted", "Bulleted", "Normal", "<w:numPr><w:numId w:val=\"3\"/></w:numPr>", "");
    Extraction e = reader.read(document(styles, TOP
        + styled("SectionTitle", "Experience")
        + p("Backend Engineer, Acme Corp  2019 – 2023")
        + styled("Bulleted", "Built the billing service")
        + p("<w:pStyle w:val=\"Bulleted\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", r("", "Team of five"))
        + p("", "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0D8\"/><w:tab/><w:t>Ran the on-call rotation</w:t></w:r>")
        + p("<w:pStyle w:val=\"SectionTitle\"/><w:pBdr><w:bottom w:val=\"nil\"/></w:pBdr>", r("", "Projects"))
        + styled("Label", "Education")
        + p("BSc Computer Science, State University  2012 – 2016")));
    assertThat(line(e, "Experience").marks()).containsExactlyInAnyOrder(Mark.HEADING, Mark.RULE);
    assertThat(line(e, "Projects").marks()).containsExactly(Mark.HEADING);
    assertThat(line(e, "Education").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Built the billing").has(Mark.LIST_ITEM)).isTrue();
    assertThat(line(e, "Team of five").marks()).isEmpty();
    assertThat(line(e, "Ran the on-call").has(Mark.LIST_ITEM)).isTrue();
  }

  /**
   * The name a template sets in the Title style is the name wherever the layout puts it, and a
   * Subtitle is the headline; a name set in a heading style at the top is the name, not a section.
   */
  @Test
  void titleAndHeadingStyledNamesAreClaimed() throws Exception {
    String styles = WordXml.normal(10)
        + WordXml.paragraphStyle("Title", "Title", "Normal", "", "<w:caps/><w:sz w:val=\"52\"/>")
        + WordXml.paragraphStyle("Subtitle", "Subtitle", "Normal", "", "")
        + WordXml.paragraphStyle("Heading1", "heading 1", "Normal", "", "<w:sz w:val=\"28\"/>")
        + WordXml.paragraphStyle("Heading3", "heading 3", "Normal", "", "<w:b/>");
    String body = styled("Heading1", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023")
        + p("jordan.lee@example.com") + styled("Title", "jordan lee") + styled("Subtitle", "Backend Engineer");
    Extraction e = reader.read(document(styles, body));
    assertThat(claimed(e, Claim.ContactField.NAME)).containsExactly("JORDAN LEE");
    assertThat(claimed(e, Claim.ContactField.HEADLINE)).containsExactly("Backend Engineer");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("JORDAN LEE");

    Extraction cv = reader.read(document(styles, styled("Heading1", "Curriculum Vitae") + styled("Heading3", "Jordan Lee")
        + p("jordan.lee@example.com") + styled("Heading3", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023")));
    assertThat(claimed(cv, Claim.ContactField.NAME)).containsExactly("Jordan Lee");
    assertThat(line(cv, "Jordan Lee").has(Mark.HEADING)).isFalse();
    assertThat(line(cv, "Experience").has(Mark.HEADING)).isTrue();
    assertThat(Segmenter.segment(cv).contact().name().value()).isEqualTo("Jordan Lee");
  }

  /** A name set large over two paragraphs ("JORDAN" above "LEE") at the top is one name. */
  @Test
  void aNameSetOverTwoLinesIsOneLine() throws Exception {
    String big = "<w:sz w:val=\"44\"/>";
    String styles = WordXml.normal(10);
    Extraction e = reader.read(document(styles, p("", r(big, "JORDAN")) + p("", r(big, "LEE")) + p("jordan.lee@example.com")
        + styled("Heading1", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023")));
    assertThat(e.text()).startsWith("JORDAN LEE\njordan.lee@example.com\n");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("JORDAN LEE");
    // Two large words that are no name stay apart.
    Extraction title = reader.read(document(styles, p("", r(big, "Curriculum")) + p("", r(big, "Vitae")) + p("Jordan Lee")));
    assertThat(title.text()).startsWith("Curriculum\nVitae\n");
  }

  /** Templates leave their section headings as prompts; the heading is what the person sees. */
  @Test
  void aTemplatesHeadingLeftAsAPromptIsRead() throws Exception {
    String prompt = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>" + ContentControls.prompt(ContentControls.r("Experience"))
        + "</w:p>";
    Extraction e = reader.read(document(null, TOP + prompt + p("Backend Engineer, Acme Corp  2019 – 2023")
        + "<w:p>" + ContentControls.prompt(ContentControls.r("[Your tagline]")) + "</w:p>"));
    assertThat(e.text()).contains("\nExperience\n").doesNotContain("tagline");
    assertThat(line(e, "Experience").has(Mark.HEADING)).isTrue();
    assertThat(e.warnings()).extracting(w -> w.code()).containsExactly("TEMPLATE_PLACEHOLDER");
  }

  /**
   * Header and footer lines that the contact block needs come on top, marked as page furniture;
   * a name found only in a header is claimed.
   */
  @Test
  void headerAndFooterContactIsMarkedAndAHeaderNameClaimed() throws Exception {
    Extraction e = reader.read(document(null, styled("Heading1", "Summary") + p("Backend engineer with six years of payments work.")
        + styled("Heading1", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023"), doc -> {
          var header = doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
          ContentControls.append(header._getHdrFtr(), p("Jordan Lee") + p("jordan.lee@example.com"));
          var footer = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
          ContentControls.append(footer._getHdrFtr(), p("+1 555 010 2030 | github.com/jordanlee") + p("Page 1"));
        }));
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com\n+1 555 010 2030 | github.com/jordanlee\nSummary\n")
        .doesNotContain("Page 1");
    assertThat(line(e, "Jordan Lee").has(Mark.PAGE_HEADER)).isTrue();
    assertThat(line(e, "jordan.lee@").has(Mark.PAGE_HEADER)).isTrue();
    assertThat(line(e, "+1 555").has(Mark.PAGE_FOOTER)).isTrue();
    assertThat(claimed(e, Claim.ContactField.NAME)).containsExactly("Jordan Lee");
    assertThat(e.warnings()).extracting(w -> w.code()).containsExactly("CONTACT_IN_HEADER_FOOTER");
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().phone().value()).isEqualTo("+1 555 010 2030");
  }

  /**
   * Link targets the text hides are contact details when they are mailto: or tel: links, profiles
   * on sites that contact labels name, or links in the contact block; they come after the contact
   * lines the document shows, and an address or number is claimed. A project's store page further
   * down is no contact detail. Links in fields and in page headers count as well.
   */
  @Test
  void hiddenLinkTargetsThatAreContactDetailsAreKeptAndClaimed() throws Exception {
    String[] ids = new String[6];
    Extraction e = reader.read(document(null, "", doc -> {
      ids[0] = TextBoxes.link(doc, "mailto:jordan.lee@example.com?subject=Hello");
      ids[1] = TextBoxes.link(doc, "tel:+15550102030");
      ids[2] = TextBoxes.link(doc, "https://www.jordanlee.dev/");
      ids[3] = TextBoxes.link(doc, "https://de.linkedin.com/in/jordanlee/");
      ids[4] = TextBoxes.link(doc, "https://apps.example.com/store/ledgerly");
      ids[5] = TextBoxes.link(doc, "https://github.com/jordanlee/ledgerly");
      ContentControls.append(doc.getDocument().getBody(), p("Jordan Lee")
          + p("", link(ids[0], "Email"), r("", " | "), link(ids[1], "Call"), r("", " | "), link(ids[2], "Portfolio"))
          + p("Austin, TX | (555) 010-2030")
          + styled("Heading1", "Projects")
          + p("", r("", "Ledgerly, a double-entry ledger: "), link(ids[4], "App Store"), r("", " | "), link(ids[5], "Code"),
              r("", " | "), link(ids[3], "Profile"))
          + p("", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK"
              + " \"mailto:jordan@work.example\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
              + r("", "Work email") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"));
    }));
    assertThat(e.text()).startsWith("Jordan Lee\nEmail | Call | Portfolio\nAustin, TX | (555) 010-2030\n"
        + "jordan.lee@example.com | jordanlee.dev | https://de.linkedin.com/in/jordanlee | jordan@work.example\nProjects\n");
    assertThat(e.text()).doesNotContain("apps.example.com").doesNotContain("ledgerly\n").doesNotContain("/ledgerly")
        .doesNotContain("15550102030");
    assertThat(claimed(e, Claim.ContactField.EMAIL)).containsExactly("jordan.lee@example.com");
    // The line of targets is marked as such: no reader of the page sees it.
    assertThat(e.layout().lines()).filteredOn(l -> l.span().of(e.text()).startsWith("jordan.lee@"))
        .singleElement().satisfies(l -> assertThat(l.marks()).containsExactly(Mark.LINK_TARGETS));
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.contact().phone().value()).isEqualTo("(555) 010-2030");
    assertThat(r.contact().links()).extracting(f -> f.value()).contains("jordanlee.dev", "https://de.linkedin.com/in/jordanlee");
  }

  private static String link(String id, String shown) {
    return "<w:hyperlink r:id=\"" + id + "\">" + r("", shown) + "</w:hyperlink>";
  }

  /**
   * Boxes anchored in one paragraph read top to bottom and left to right, whatever their order in
   * the file; a narrow box of several lines is a sidebar.
   */
  @Test
  void boxesReadInTheirPlacesOrderAndANarrowOneIsASidebar() throws Exception {
    String right = box(3_000_000, 0, 3_000_000, 914_400, p("Experience") + p("Backend Engineer, Acme Corp  2019 – 2023")
        + p("Built the billing service") + p("Ran the on-call rotation"));
    String left = box(0, 0, 1_800_000, 914_400, p("Skills") + p("Go") + p("Kafka") + p("PostgreSQL"));
    String banner = box(0, -1_000_000, 5_900_000, 914_400, p("Jordan Lee") + p("jordan.lee@example.com"));
    Extraction e = reader.read(document(null, "<w:p><w:r>" + right + "</w:r><w:r>" + left + "</w:r><w:r>" + banner + "</w:r></w:p>"));
    assertThat(e.text()).startsWith("Jordan Lee\njordan.lee@example.com\nSkills\nGo\nKafka\nPostgreSQL\nExperience\n");
    assertThat(line(e, "Kafka").has(Mark.SIDEBAR)).isTrue();
    assertThat(line(e, "Built the billing").has(Mark.SIDEBAR)).isFalse();
    assertThat(line(e, "Jordan Lee").has(Mark.SIDEBAR)).isFalse();
    assertThat(e.warnings()).extracting(w -> w.code()).containsExactly("TEXT_BOXES");

    // A page built of boxes in two columns, their tops staggered: each column top to bottom.
    String boxes = box(3_000_000, 0, 3_000_000, 2_500_000, p("Right one")) + box(0, 1_500_000, 2_000_000, 1_000_000, p("Left two"))
        + box(3_000_000, 3_000_000, 3_000_000, 1_000_000, p("Right two")) + box(0, 0, 2_000_000, 1_000_000, p("Left one"));
    Extraction page = reader.read(document(null, p("Jordan Lee") + "<w:p><w:r>" + boxes + "</w:r></w:p>"));
    assertThat(page.text()).startsWith("Jordan Lee\nLeft one\nLeft two\nRight one\nRight two\n");
  }

  /**
   * A sidebar anchored in the first paragraph, which holds the name, follows the name wherever it
   * stands; a sidebar anchored further down comes before its paragraph, as any box does.
   */
  @Test
  void aSidebarAnchoredBeforeTheNameFollowsIt() throws Exception {
    String sidebar = box(4_200_000, 0, 1_800_000, 8_000_000, styled("Heading1", "Skills") + p("Go") + p("Kafka") + p("PostgreSQL"));
    String rest = p("jordan.lee@example.com") + styled("Heading1", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023");
    Extraction inName = reader.read(document(null, "<w:p><w:r>" + sidebar + "</w:r><w:r><w:t>Jordan Lee</w:t></w:r></w:p>" + rest));
    Extraction beforeName = reader.read(document(null, "<w:p><w:r>" + sidebar + "</w:r></w:p>" + p("Jordan Lee") + rest));
    for (Extraction e : List.of(inName, beforeName)) {
      assertThat(e.text()).startsWith("Jordan Lee\nSkills\nGo\nKafka\nPostgreSQL\n");
      assertThat(line(e, "Kafka").has(Mark.SIDEBAR)).isTrue();
      assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Jordan Lee");
    }
    Extraction later = reader.read(document(null, p("Jordan Lee") + p("jordan.lee@example.com")
        + "<w:p><w:r>" + sidebar + "</w:r><w:r><w:t>Experience</w:t></w:r></w:p>"));
    assertThat(later.text()).contains("PostgreSQL\nExperience\n");
  }

  /** A DrawingML box placed against the page, {@code left} and {@code top} from its corner, its size in EMU. */
  private static String box(long left, long top, long width, long height, String content) {
    return "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\""
        + " behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + "<wp:positionH relativeFrom=\"page\"><wp:posOffset>" + left + "</wp:posOffset></wp:positionH>"
        + "<wp:positionV relativeFrom=\"page\"><wp:posOffset>" + top + "</wp:posOffset></wp:positionV>"
        + "<wp:extent cx=\"" + width + "\" cy=\"" + height + "\"/><wp:wrapNone/><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp>"
        + "<wps:cNvSpPr txBox=\"1\"/><wps:spPr/><wps:txbx><w:txbxContent>" + content + "</w:txbxContent></wps:txbx><wps:bodyPr/>"
        + "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>";
  }

  /**
   * A document as pandoc writes one: the name in Heading 1, sections in Heading 2, and each job's
   * "Position, Company" in Heading 3. The reader gives each heading its style (Heading 3 is set
   * smaller than Heading 2), and since the sections' wordings stand in Heading 2, a Heading 3 that
   * names no section is an entry's header: it loses the heading mark. A converter that sets every
   * heading the same size and weight (LibreOffice from a web page whose style sheet does) says it
   * by the levels alone, and reads the same.
   */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void jobTitlesInADeeperHeadingStyleAreEntriesNotSections(boolean smaller) throws Exception {
    String[] sizes = smaller ? new String[] {"32", "28", "24"} : new String[] {"18", "18", "18"};
    String styles = WordXml.normal(smaller ? 12 : 9)
        + WordXml.paragraphStyle("Heading1", "heading 1", "Normal", "<w:outlineLvl w:val=\"0\"/>", "<w:b/><w:sz w:val=\"" + sizes[0] + "\"/>")
        + WordXml.paragraphStyle("Heading2", "heading 2", "Normal", "<w:outlineLvl w:val=\"1\"/>", "<w:b/><w:sz w:val=\"" + sizes[1] + "\"/>")
        + WordXml.paragraphStyle("Heading3", "heading 3", "Normal", smaller ? "<w:outlineLvl w:val=\"2\"/>" : "",
            "<w:b/><w:sz w:val=\"" + sizes[2] + "\"/>")
        + WordXml.paragraphStyle("Compact", "Compact", "Normal", "", "");
    String item = "<w:pStyle w:val=\"Compact\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>";
    StringBuilder body = new StringBuilder(styled("Heading1", "Jordan Lee") + p("jordan.lee@example.com · +1 555 010 2030")
        + styled("Heading2", "Summary") + p("Backend engineer who builds payment systems.") + styled("Heading2", "Experience"));
    String[][] jobs = {{"Staff Engineer, Harbor Pay", "May 2021 – Present"}, {"Backend Engineer, Cobalt Retail", "Jun 2018 – Apr 2021"}};
    for (String[] job : jobs) {
      body.append(styled("Heading3", job[0])).append(p("", r("<w:i/>", job[1])))
          .append(p(item, r("", "Cut p99 latency of the ledger API from 180 ms to 35 ms")));
    }
    body.append(styled("Heading2", "Education")).append(styled("Heading3", "Oregon State University"))
        .append(p("BSc Computer Science · 2014 – 2018"));
    Extraction e = reader.read(document(styles, body.toString()));
    assertThat(claimed(e, Claim.ContactField.NAME)).containsExactly("Jordan Lee");
    assertThat(line(e, "Experience").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Staff Engineer").has(Mark.HEADING)).isFalse();
    assertThat(line(e, "Oregon State University").has(Mark.HEADING)).isFalse();
    if (smaller) {
      assertThat(line(e, "Staff Engineer").style().size()).isLessThan(line(e, "Experience").style().size());
    } else {
      assertThat(line(e, "Staff Engineer").style()).isEqualTo(line(e, "Experience").style());
    }
    Resume r = Segmenter.segment(e);
    assertThat(r.sections().stream().map(s -> s.kind()).toList())
        .containsExactly(SectionKind.SUMMARY, SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    List<Entry> work = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(work).extracting(j -> j.title().value()).containsExactly("Staff Engineer", "Backend Engineer");
    assertThat(work).extracting(j -> j.organization().value()).containsExactly("Harbor Pay", "Cobalt Retail");
    assertThat(work).extracting(j -> j.bullets().size()).containsExactly(1, 1);
  }

  /**
   * LibreOffice, saving a web page a theme drew, may set the page's running text in Heading 1
   * (the role, the dates, every bullet) while the sections and employers stand in Heading 3. A
   * level above the sections' that holds more lines than the sections' level itself marks no
   * headings: after the first section heading its lines lose the mark, and the jobs are read.
   */
  @Test
  void aHeadingLevelAboveTheSectionsThatHoldsTheRunningTextMarksNoHeadings() throws Exception {
    String styles = WordXml.normal(11)
        + WordXml.paragraphStyle("Heading1", "heading 1", "Normal", "<w:outlineLvl w:val=\"0\"/>", "<w:b/>")
        + WordXml.paragraphStyle("Heading3", "heading 3", "Normal", "<w:outlineLvl w:val=\"2\"/>", "<w:b/><w:sz w:val=\"14\"/>");
    StringBuilder body = new StringBuilder(styled("Heading1", "Jordan Lee") + styled("Heading1", "jordan.lee@example.com")
        + styled("Heading3", "Experience"));
    String[][] jobs = {{"Quillstone", "Lead Engineer", "2021 - Present"}, {"Globex", "Backend Engineer", "2018 - 2021"},
        {"Initech", "Developer", "2015 - 2018"}};
    for (String[] job : jobs) {
      body.append(styled("Heading3", job[0])).append(styled("Heading1", job[1])).append(styled("Heading1", job[2]))
          .append(styled("Heading1", "Built the billing service and cut its latency by half"))
          .append(styled("Heading1", "Ran the on-call rota for a team of six engineers"));
    }
    body.append(styled("Heading3", "Education")).append(styled("Heading3", "Norvale University"))
        .append(styled("Heading1", "BSc Computer Science")).append(styled("Heading1", "2011 - 2015"));
    Extraction e = reader.read(document(styles, body.toString()));
    assertThat(line(e, "Experience").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Lead Engineer").has(Mark.HEADING)).isFalse();
    Resume r = Segmenter.segment(e);
    List<Entry> work = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(work).extracting(j -> j.title() == null ? null : j.title().value())
        .containsExactly("Lead Engineer", "Backend Engineer", "Developer");
    assertThat(work).extracting(j -> j.organization() == null ? null : j.organization().value())
        .containsExactly("Quillstone", "Globex", "Initech");
  }

  /**
   * pandoc writes a Markdown line break inside a paragraph ("**Globex** | dates | place" then
   * "_tagline_") as a run of one space: the italic words after it are a line of their own, as the
   * Markdown reads, not part of the place. Without the separators, or with too few italic words, a
   * space between two looks stays a space.
   */
  @Test
  void anItalicTaglineAfterASpaceRunOfPandocIsALineOfItsOwn() throws Exception {
    String space = r("", " ");
    String body = TOP + styled("Heading2", "Experience") + p("", r("<w:b/>", "Lead Engineer"))
        + p("", r("<w:b/>", "Quillfeather"), space, r("", "| 11/2017 - 08/2024 | Berlin, Germany"), space,
            r("<w:i/>", "Software development for growing businesses"))
        + p("", r("", "Wrote the billing service in "), r("<w:i/>", "Go and Kotlin"))
        + p("", r("", "Backend Engineer at"), space, r("<w:i/>", "Nordkapp Systems"));
    Extraction e = reader.read(document(WordXml.normal(11), body));
    assertThat(e.text()).contains("Berlin, Germany\nSoftware development for growing businesses\n")
        .contains("Wrote the billing service in Go and Kotlin\n").contains("Backend Engineer at Nordkapp Systems\n");
    Entry job = Segmenter.segment(e).sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.organization().value()).isEqualTo("Quillfeather");
    assertThat(job.location().value()).isEqualTo("Berlin, Germany");
  }

  /** Under a skills section in Heading 1, the groups of skills in Heading 2 stay headings: labels of the groups. */
  @Test
  void skillGroupsInADeeperHeadingKeepTheirMark() throws Exception {
    String styles = WordXml.normal(11)
        + WordXml.paragraphStyle("Heading1", "heading 1", "Normal", "<w:outlineLvl w:val=\"0\"/>", "<w:b/><w:sz w:val=\"28\"/>")
        + WordXml.paragraphStyle("Heading2", "heading 2", "Normal", "<w:outlineLvl w:val=\"1\"/>", "<w:b/><w:sz w:val=\"24\"/>");
    String body = p("Jordan Lee") + p("jordan.lee@example.com") + styled("Heading1", "Experience")
        + styled("Heading2", "Staff Engineer, Harbor Pay") + p("May 2021 – Present") + styled("Heading1", "Skills")
        + styled("Heading2", "Frameworks") + p("Spring, React, Django") + styled("Heading2", "Cloud") + p("AWS, GCP, Terraform");
    Extraction e = reader.read(document(styles, body));
    assertThat(line(e, "Staff Engineer").has(Mark.HEADING)).isFalse();
    assertThat(line(e, "Frameworks").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Cloud").has(Mark.HEADING)).isTrue();
  }

  /**
   * The page count an editor saved is the document's, when its word count there fits the text;
   * statistics copied from a template (a converter's one page of 83 words) are not trusted, nor
   * absent ones.
   */
  @Test
  void pagesComeFromTheSavedStatisticsWhenTheyFitTheText() throws Exception {
    String body = TOP + styled("Heading1", "Experience") + p("Backend Engineer, Acme Corp  2019 – 2023")
        + p("Built the billing service handling two thousand requests per second.");
    int words = 20; // the text has 26
    for (int[] saved : new int[][] {{2, words}, {2, 83 * 10}, {2, 0}, {0, words}}) {
      Extraction e = reader.read(document(null, body, doc -> {
        var stats = doc.getProperties().getExtendedProperties();
        stats.setPages(saved[0]);
        stats.setWords(saved[1]);
      }));
      int expected = saved[0] == 2 && saved[1] == words ? 2 : 1;
      assertThat(e.pages()).as("%d pages, %d words saved", saved[0], saved[1]).isEqualTo(expected);
    }
  }

  /**
   * A list level that prints no mark (Word's bullet set to a blank character, or a level whose
   * number format is "none") only indents: its paragraphs show no bullet, so they are not list
   * items, and a table row of them used as an entry header (title beside dates, employer beside
   * place) reads as one line of cells like any other. A level that prints a glyph still makes items.
   */
  @Test
  void aListLevelThatPrintsNoMarkMakesNoListItems() throws Exception {
    String blank = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr>";
    String none = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"7\"/></w:numPr>";
    String dash = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"8\"/></w:numPr>";
    String header = table(new int[] {4500, 4500},
        cellXml("", p(blank, r("<w:b/>", "Platform Engineer"))) + cellXml("", p(blank, r("", "Mar 2031 – Present"))),
        cellXml("", p(none, r("<w:i/>", "Quillstone"))) + cellXml("", p(none, r("<w:i/>", "Norvale, Elbonia"))));
    Extraction e = reader.read(document(null, TOP + styled("Heading1", "Experience") + header
        + p(dash, r("", "Moved the ledger to an event log and cut its latency by half")), doc -> {
          try {
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse("<w:numbering " + TextBoxes.NS + ">"
                + "<w:abstractNum w:abstractNumId=\"70\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\" \"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"none\"/><w:lvlText w:val=\"\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"80\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"–\"/></w:lvl>"
                + "</w:abstractNum><w:num w:numId=\"7\"><w:abstractNumId w:val=\"70\"/></w:num>"
                + "<w:num w:numId=\"8\"><w:abstractNumId w:val=\"80\"/></w:num></w:numbering>").getNumbering());
          } catch (org.apache.xmlbeans.XmlException x) {
            throw new IllegalStateException(x);
          }
        }));
    assertThat(cells(e, "Platform Engineer")).containsExactly("Platform Engineer", "Mar 2031 – Present");
    assertThat(cells(e, "Quillstone")).containsExactly("Quillstone", "Norvale, Elbonia");
    assertThat(line(e, "Platform Engineer").has(Mark.LIST_ITEM)).isFalse();
    assertThat(line(e, "Moved the ledger").has(Mark.LIST_ITEM)).isTrue();
    Entry job = Segmenter.segment(e).sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Platform Engineer");
    assertThat(job.organization().value()).isEqualTo("Quillstone");
    assertThat(job.dates().start().iso()).isEqualTo("2031-03");
    assertThat(job.bullets()).hasSize(1);
  }

  /**
   * A document that sets its employers in the same heading style as its sections ("Experience"
   * and "Quillstone" both Heading 3, as a theme's web page saved as a document does, and as authors
   * who want a bold, larger line do): a heading under a section of entries that names no section
   * and stands over a line of dates heads an entry, not a section. Headings of a skills section
   * and ones over anything else stay headings.
   */
  @Test
  void anEmployerInTheSectionsHeadingStyleOverItsDatesHeadsAnEntry() throws Exception {
    String styles = WordXml.normal(11)
        + WordXml.paragraphStyle("Heading2", "heading 2", "Normal", "<w:outlineLvl w:val=\"1\"/>", "<w:sz w:val=\"26\"/>")
        + WordXml.paragraphStyle("Heading3", "heading 3", "Normal", "<w:outlineLvl w:val=\"2\"/>", "<w:sz w:val=\"24\"/>");
    String item = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
    StringBuilder body = new StringBuilder(styled("Heading2", "Jordan Lee") + p("jordan.lee@example.com")
        + styled("Heading3", "Skills") + styled("Heading3", "Cloud Tools") + p("Terraform") + styled("Heading3", "Experience"));
    String[][] jobs = {{"Quillstone", "03/2031 - 05/2033", "Platform Engineer"}, {"Norvale Labs", "01/2028 - 02/2031", "Developer"}};
    for (String[] job : jobs) {
      body.append(styled("Heading3", job[0])).append(p(job[1])).append(p(job[2]))
          .append(p(item, r("", "Moved the ledger to an event log")));
    }
    body.append(styled("Heading3", "Education")).append(styled("Heading3", "Hooli Institute")).append(p("09/2024 - 07/2027"))
        .append(p("BSc Computer Science"));
    Extraction e = reader.read(document(styles, body.toString()));
    assertThat(line(e, "Experience").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Cloud Tools").has(Mark.HEADING)).isTrue();
    assertThat(line(e, "Quillstone").has(Mark.HEADING)).isFalse();
    Resume r = Segmenter.segment(e);
    assertThat(r.sections().stream().map(s -> s.kind()).filter(k -> k != SectionKind.SKILLS).toList())
        .containsExactly(SectionKind.EXPERIENCE, SectionKind.EDUCATION);
    List<Entry> work = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries();
    assertThat(work).extracting(j -> j.organization().value()).containsExactly("Quillstone", "Norvale Labs");
    assertThat(work).extracting(j -> j.title().value()).containsExactly("Platform Engineer", "Developer");
    assertThat(work).extracting(j -> j.dates().start().iso()).containsExactly("2031-03", "2028-01");
  }
}
