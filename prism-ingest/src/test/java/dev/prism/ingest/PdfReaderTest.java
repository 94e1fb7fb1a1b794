package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.ingest.UnreadableInputException.Problem;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Mark;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Samples.Text;
import dev.prism.ingest.pdf.PdfReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
  private final PdfReader reader = new PdfReader();

  @Test
  void readsContactHeadingsEntriesAndJoinsWrappedBullets() throws Exception {
    Extraction e = reader.read(Samples.resumePdf());
    assertThat(e.format()).isEqualTo("pdf");
    assertThat(e.pages()).isEqualTo(1);
    assertThat(e.text()).startsWith("Jordan Lee\n");
    assertThat(e.text()).contains("by adding a Redis read-through cache in front of PostgreSQL");
    assertThat(e.text()).doesNotContain("\u2022");
    assertThat(e.layout().lines()).anyMatch(h -> h.has(Mark.LIST_ITEM));
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    Entry job = r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0);
    assertThat(job.title().value()).isEqualTo("Senior Backend Engineer");
    assertThat(job.organization().value()).isEqualTo("Acme Corp");
    assertThat(job.dates().present()).isTrue();
    assertThat(job.bullets()).hasSize(2);
    assertThat(r.has(SectionKind.EDUCATION)).isTrue();
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void readsASidebarAsItsOwnBlockAndWarns() throws Exception {
    Extraction e = reader.read(Samples.twoColumnPdf());
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("TWO_COLUMNS");
    String t = e.text();
    // The sidebar is not interleaved with the main column line by line.
    assertThat(t.indexOf("Redis")).isLessThan(t.indexOf("EXPERIENCE"));
    assertThat(t).contains("Backend Engineer | Acme Corp 2019 - 2023\nBuilt the billing service");
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())).hasSize(2);
  }

  @Test
  void aJobCutByThePageBreakContinuesPastTheSidebarBesideIt() throws Exception {
    // Page one's right-hand sidebar is read after its main column; the job cut off at the foot of
    // that column goes on at the top of page two and must not land in the sidebar's last section.
    Extraction e = reader.read(Samples.twoPageSidebarPdf());
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("TWO_COLUMNS");
    String t = e.text();
    assertThat(t.indexOf("Cupertino")).isGreaterThan(t.indexOf("Fabrikam Languages")).isLessThan(t.indexOf("STRENGTHS"));
    assertThat(t.indexOf("broader coverage")).isLessThan(t.indexOf("EDUCATION"));
    Resume r = Segmenter.segment(e);
    List<Entry> jobs = r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    assertThat(jobs).extracting(j -> j.title().value())
        .containsExactly("Engineering Manager", "Senior Engineer", "Technical Lead", "Software Engineer", "Engineer", "Vendor Consultant", "Developer");
    Entry cut = jobs.get(5);
    assertThat(cut.dates()).isNotNull();
    assertThat(cut.dates().start().year()).isEqualTo(2000);
    assertThat(cut.bullets()).hasSize(2);
    // The sidebar's project is prose, with no dates or bullets borrowed from page two.
    assertThat(r.sections(SectionKind.PROJECTS).flatMap(s -> s.entries().stream()))
        .allSatisfy(p -> {
          assertThat(p.dates()).isNull();
          assertThat(p.bullets()).isEmpty();
        });
    assertThat(r.has(SectionKind.EDUCATION)).isTrue();
    assertThat(r.sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream()))
        .extracting(en -> en.organization() == null ? null : en.organization().value()).contains("State University");
  }

  @Test
  void aJobCutByThePageBreakContinuesBeforeTheLeftSidebarOfTheNextPage() throws Exception {
    // A narrow sidebar on the left of every page, the jobs in the wide column on the right. Page
    // two's sidebar holds a few short lines of its own ("Interests", "Chess") beside the rest
    // of the job page one cut off: it is a sidebar, not a rail of labels, and the job goes on
    // before it.
    List<Text> one = new ArrayList<>();
    one.add(new Text(40, 50, 22, true, "Jordan Lee"));
    float side = 90;
    for (String s : new String[] {"Skills", "Go", "Kafka", "PostgreSQL", "Kubernetes", "Terraform"}) {
      one.add(new Text(40, side += 17, 9, s.equals("Skills"), s));
    }
    float y = 90;
    one.add(new Text(190, y, 11, true, "Experience"));
    String[][] jobs = {{"Globex", "2019 - Present", "Staff Engineer"}, {"Initech", "2015 - 2019", "Senior Engineer"}};
    for (String[] job : jobs) {
      one.add(new Text(190, y += 22, 10, true, job[0] + "  " + job[1]));
      one.add(new Text(190, y += 11, 9, false, job[2]));
      for (int b = 0; b < 24; b++) {
        one.add(new Text(190, y += 9, 8.3f, false, "Built part " + (b + 1) + " of the " + job[0] + " order platform in Go and Kafka."));
      }
    }
    List<Text> two = new ArrayList<>();
    two.add(new Text(40, 52.5f, 10.5f, false, "Interests"));
    two.add(new Text(40, 77.3f, 9, true, "Games"));
    two.add(new Text(40, 94.5f, 8.3f, false, "Chess"));
    two.add(new Text(40, 105.8f, 8.3f, false, "Bridge"));
    two.add(new Text(40, 149.3f, 9, true, "Outdoors"));
    two.add(new Text(40, 166.5f, 8.3f, false, "Trail running"));
    float r = 37.5f;
    two.add(new Text(190, r, 10, true, "Hooli  2012 - 2015"));
    two.add(new Text(190, r += 10.5f, 9, false, "Software Engineer"));
    for (int b = 0; b < 20; b++) {
      two.add(new Text(190, r += 9, 8.3f, false, "Ran release " + (b + 1) + " of the Hooli billing service on Linux hosts."));
    }
    Extraction e = reader.read(Samples.pdf(List.of(one, two)));
    String t = e.text();
    assertThat(t.indexOf("2012 - 2015")).isGreaterThan(t.indexOf("Built part 24 of the Initech")).isLessThan(t.indexOf("Interests"));
    assertThat(t.indexOf("Ran release 20")).isLessThan(t.indexOf("Interests"));
    Resume res = Segmenter.segment(e);
    assertThat(res.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.organization() == null ? null : j.organization().value())
        .containsExactly("Globex", "Initech", "Hooli");
  }

  /**
   * Two sections side by side on part of a page (a hand-made LaTeX page's minipages, a Word table):
   * "Work Experience" on the left and "Skills" level with it on the right, each column's text
   * below its heading, while education above and the courses below run across the page. The
   * right column is read after the left one, and its wrapped skills never join a job's lines.
   */
  @Test
  void twoSectionsSideBySideOnPartOfAPageAreReadColumnByColumn() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 50, 20, true, "Jordan Lee"));
    page.add(new Text(40, 90, 12, true, "Education"));
    page.add(new Text(40, 110, 10, true, "State University"));
    page.add(new Text(500, 110, 10, false, "GPA: 3.7"));
    page.add(new Text(40, 124, 10, false, "BS Computer Science"));
    page.add(new Text(470, 124, 10, false, "May 2018"));
    float y = 160;
    page.add(new Text(40, y, 12, true, "Work Experience"));
    page.add(new Text(392, y, 12, true, "Skills"));
    String[] skills = {"Strong: Java, Go, Ruby,", "Kafka, PostgreSQL", "Weak: C++, Scheme,", "Verilog, Unity", "Misc: soldering, video", "editing and repair"};
    String[][] jobs = {{"Globex", "Cleveland, OH", "Backend Developer", "Oct 2016 – July 2017"},
        {"Initech", "Pittsburgh, PA", "Software Intern", "May 2015 – Aug 2015"}};
    // The right column's lines run on at their own spacing, some level with the left one's rows.
    for (int k = 0; k < skills.length; k++) {
      page.add(new Text(388, y + 18 + 13 * k, 10, false, skills[k]));
    }
    for (String[] job : jobs) {
      page.add(new Text(40, y += 18, 10, true, job[0]));
      page.add(new Text(300, y, 10, false, job[1]));
      page.add(new Text(40, y += 13, 10, false, job[2]));
      page.add(new Text(270, y, 10, false, job[3]));
      for (int b = 0; b < 3; b++) {
        page.add(new Text(50, y += 13, 10, false, "– Built part " + (b + 1) + " of the " + job[0] + " ledger that settles invoices"));
      }
    }
    page.add(new Text(40, y += 30, 12, true, "Relevant Courses"));
    for (String[] course : new String[][] {{"CS 293 - Software Craftsmanship", "CS 318 - Digital Design and Computer Architecture"},
        {"CS 393 - Software Engineering", "CS 301 - Digital Logic Laboratory with FPGA boards"},
        {"CS 444 - Computer Security", "CS 314 - Computer Architecture and Organisation"},
        {"MA 408 - Cryptology", "CS 338 - Introduction to Operating Systems"}}) {
      page.add(new Text(40, y += 14, 10, false, course[0]));
      page.add(new Text(300, y, 10, false, course[1]));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    String t = e.text();
    assertThat(t).contains("Globex").doesNotContain("Globex  Cleveland, OH  Strong");
    assertThat(t.indexOf("Strong: Java")).isGreaterThan(t.indexOf("Built part 3 of the Initech"));
    assertThat(t.indexOf("Relevant Courses")).isGreaterThan(t.indexOf("editing and repair"));
    assertThat(t).contains("CS 293 - Software Craftsmanship  CS 318");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.organization().value() + " / " + j.title().value())
        .containsExactly("Globex / Backend Developer", "Initech / Software Intern");
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .allSatisfy(j -> assertThat(j.bullets()).hasSize(3));
  }

  /**
   * "About" with a summary on the left and "Skills" level with it on the right, then "Experience"
   * across the page, whose headers set their place and dates at the right margin: the block of two
   * columns ends with the skills, and each header keeps its place and dates on its own rows.
   */
  @Test
  void aSideBySideBlockEndsWhereTheRightColumnEnds() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(56, 62, 24, true, "Jordan Lee"));
    page.add(new Text(56, 149, 17, false, "About"));
    page.add(new Text(402, 149, 17, false, "Skills"));
    String[] skills = {"Core: Go, Python, Scala", "Platform: Kubernetes, Envoy", "Security: mTLS, PKI, OAuth2", "Cloud: AWS, Terraform"};
    for (int k = 0; k < skills.length; k++) {
      page.add(new Text(404, 164 + 15 * k, 10, false, skills[k]));
    }
    String[] summary = {"Staff platform engineer who builds distributed", "systems for security and scale, and the teams",
        "that run them across many regions."};
    for (int k = 0; k < summary.length; k++) {
      page.add(new Text(56, 170 + 14 * k, 10, false, summary[k]));
    }
    float y = 276;
    page.add(new Text(55, y, 17, false, "Experience"));
    String[][] jobs = {{"Globex AI", "San Francisco, CA (Remote)", "Staff Software Engineer, Platform", "Mar 2024 – Present"},
        {"Initech", "Los Angeles, CA (Remote)", "Software Engineer", "Jan 2019 – Jan 2021"}};
    for (String[] job : jobs) {
      page.add(new Text(56, y += 23, 12, false, job[0]));
      page.add(new Text(426, y, 12, false, job[1]));
      page.add(new Text(56, y += 15, 10, false, job[2]));
      page.add(new Text(481, y, 10, false, job[3]));
      for (int b = 0; b < 2; b++) {
        page.add(new Text(71, y += 24, 10, false, "\u2022 Built part " + (b + 1) + " of the secure-by-default platform for all three hundred engineers of the company"));
      }
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).contains("Globex AI  San Francisco, CA (Remote)").contains("Staff Software Engineer, Platform  Mar 2024 – Present");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.title().value() + " | " + j.organization().value() + " | " + j.location().value() + " | " + j.bullets().size())
        .containsExactly("Staff Software Engineer, Platform | Globex AI | San Francisco, CA (Remote) | 2",
            "Software Engineer | Initech | Los Angeles, CA (Remote) | 2");
  }

  /**
   * A sidebar set flush right beside the work section, heading and items alike: its items start
   * wherever their widths put them, left of "Skills", so the column starts where the clear band
   * between the columns ends. Its next heading ("Education"), set as "Skills" is, further down past
   * a gap, goes on with the column; the jobs on the left are read whole, the sidebar after them.
   */
  @Test
  void aSidebarSetFlushRightIsReadAfterTheWorkBesideIt() throws Exception {
    float edge = 568;
    List<Text> page = new ArrayList<>();
    page.add(new Text(27, 60, 28, true, "Jordan Lee"));
    page.add(new Text(27, 100, 10, false, "jordan.lee@example.com"));
    // A summary across the whole measure: its rows cross any gutter the page has.
    for (int k = 0; k < 6; k++) {
      page.add(new Text(27, 120 + 11 * k, 10, false, "Backend engineer and coach who helps teams ship the software that meets the real needs of its users, " + k));
    }
    page.add(new Text(27, 200, 18, false, "Experience"));
    page.add(new Text(edge - Samples.width(false, 18, "Skills"), 200, 18, false, "Skills"));
    // Chips two a row, each column of them set flush right: the left one's against x = 498.
    String[][] chips = {{"Methods", "Facilitation"}, {"DDD", "Event Storming"}, {"Refactoring", "Example Mapping"},
        {"Clean code", "Code Dojo"}, {"Team Topologies", "PHP"}, {"Hexagonal", "TypeScript"}};
    float y = 200;
    for (String[] chip : chips) {
      page.add(new Text(498 - Samples.width(false, 9, chip[0]), y += 11, 9, false, chip[0]));
      page.add(new Text(edge - Samples.width(false, 9, chip[1]), y, 9, false, chip[1]));
    }
    page.add(new Text(edge - Samples.width(false, 18, "Education"), y += 64, 18, false, "Education"));
    page.add(new Text(edge - Samples.width(false, 10, "State University"), y += 16, 10, false, "State University"));
    page.add(new Text(edge - Samples.width(false, 10, "Computer Science"), y + 11, 10, false, "Computer Science"));
    String[][] jobs = {{"Coach craft", "May 2023 - Present", "Globex · Paris"}, {"Tech Lead", "Apr 2021 - Apr 2023", "Initech · Nantes"},
        {"Developer", "Oct 2016 - Mar 2021", "Hooli · Rennes"}};
    float j = 200;
    for (String[] job : jobs) {
      page.add(new Text(27, j += 24, 12, true, job[0]));
      page.add(new Text(379 - Samples.width(false, 10, job[1]), j, 10, false, job[1]));
      page.add(new Text(27, j += 12, 11, false, job[2]));
      page.add(new Text(27, j += 13, 10, false, "Worked with the team on the architecture and the tests of its services."));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    String t = e.text();
    assertThat(t).contains("Coach craft  May 2023 - Present\nGlobex · Paris");
    assertThat(t.indexOf("Facilitation")).isGreaterThan(t.indexOf("Hooli · Rennes"));
    assertThat(t).contains("Hooli · Rennes\nWorked with the team");
    assertThat(t.indexOf("State University")).isGreaterThan(t.indexOf("Hooli · Rennes"));
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(x -> x.title().value() + " | " + x.organization().value())
        .containsExactly("Coach craft | Globex", "Tech Lead | Initech", "Developer | Hooli");
  }

  /**
   * A heading set with wide spaces between its words (justified, or letter-spaced by a style
   * sheet): "EMPLOYMENT   HISTORY" is one heading, and "SKILLS   SUMMARY" another, not a label
   * beside a line of text. A header in capitals whose parts name no kind keeps its cells.
   */
  @Test
  void aHeadingWithWideWordSpacesIsOneHeading() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(192, 60, 18, true, "JORDAN LEE"));
    page.add(new Text(57, 100, 10, false, "jordan.lee@example.com"));
    page.add(new Text(57, 140, 11, true, "EMPLOYMENT"));
    page.add(new Text(250, 140, 11, true, "ELIGIBILITY"));
    page.add(new Text(78, 160, 10, false, "I am a citizen of the country and may work there."));
    page.add(new Text(57, 190, 11, true, "EMPLOYMENT"));
    page.add(new Text(250, 190, 11, true, "HISTORY"));
    page.add(new Text(57, 210, 10, true, "Backend Developer, Globex (October 2012 – June 2016)"));
    page.add(new Text(78, 226, 10, false, "\u2022 Built the billing service in C# for the shop"));
    // A header in capitals whose cells stand apart names no kind: its cells stay apart.
    page.add(new Text(57, 246, 10, true, "INITECH SYSTEMS"));
    page.add(new Text(400, 246, 10, true, "AUSTIN, TX"));
    page.add(new Text(57, 260, 10, true, "Software Engineer (May 2008 – September 2012)"));
    page.add(new Text(78, 276, 10, false, "\u2022 Wrote the reports in SQL for the stores"));
    page.add(new Text(57, 306, 11, true, "SKILLS"));
    page.add(new Text(250, 306, 11, true, "SUMMARY"));
    page.add(new Text(78, 326, 10, false, "C#, JavaScript, SQL Server"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).contains("EMPLOYMENT ELIGIBILITY\n").contains("EMPLOYMENT HISTORY\n").contains("SKILLS SUMMARY\n")
        .contains("INITECH SYSTEMS  AUSTIN, TX");
    Resume r = Segmenter.segment(e);
    List<Entry> jobs = r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    assertThat(jobs).extracting(j -> j.title().value() + " | " + j.organization().value())
        .containsExactly("Backend Developer | Globex", "Software Engineer | INITECH SYSTEMS");
  }

  /**
   * A one-line header that wrapped inside its bracketed dates ("… (Mar 2022" over "– Present)"):
   * the line below closes the brackets and is the header's rest, not a list item opened by a dash.
   */
  @Test
  void aHeaderWrappedInsideItsBracketedDatesIsOneLine() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(57, 50, 20, true, "Jordan Lee"));
    page.add(new Text(57, 80, 13, true, "Work Experience"));
    float y = 80;
    for (String[] job : new String[][] {{"Senior Lead Software Engineer – Globex (via Initech), Singapore (Mar 2022", "– Present)"},
        {"Senior Software Engineer – Hooli (via Umbrella), Singapore (Jul 2019 – Feb", "2022)"}}) {
      page.add(new Text(57, y += 24, 11, true, job[0]));
      page.add(new Text(57, y += 15, 11, true, job[1]));
      for (int b = 0; b < 2; b++) {
        page.add(new Text(70, y += 15, 10, false, "\u2022 Built part " + (b + 1) + " of the payment service"));
      }
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).contains("Singapore (Mar 2022 – Present)").contains("Singapore (Jul 2019 – Feb 2022)");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.title().value() + " | " + j.dates().start().year() + " | " + j.dates().present() + " | " + j.bullets().size())
        .containsExactly("Senior Lead Software Engineer | 2022 | true | 2", "Senior Software Engineer | 2019 | false | 2");
  }

  @Test
  void aLineCutByThePageBreakIsReadOnce() throws Exception {
    // The browser drew the header that straddles the break on both pages: whole at the foot of
    // page one (one line, the dates set smaller beside the name), and at the top of page two
    // without the glyphs that stay above the break, in two pieces.
    List<Text> one = new ArrayList<>();
    one.add(new Text(50, 60, 22, true, "Jordan Lee"));
    one.add(new Text(50, 100, 13, true, "Experience"));
    one.add(new Text(50, 130, 13.5f, true, "Globex"));
    one.add(new Text(438, 130, 10.5f, false, "2019-03-01 - 2024-06-01"));
    one.add(new Text(50, 148, 10.5f, false, "Staff Engineer"));
    one.add(new Text(50, 166, 10, false, "Built the billing service that settles every invoice overnight."));
    one.add(new Text(50, 767, 13.5f, true, "Initech Labs"));
    one.add(new Text(438, 766, 10.5f, false, "2015-07-01 - 2019-02-01"));
    List<Text> two = new ArrayList<>();
    two.add(new Text(50, 31, 13.5f, true, "Initech Labs"));
    two.add(new Text(438, 30, 10.5f, false, "2015 07 01  2019 02 01"));
    two.add(new Text(50, 60, 10.5f, false, "Senior Engineer"));
    two.add(new Text(50, 78, 10, false, "Built the order service that takes every order in the shop."));
    Extraction e = reader.read(Samples.pdf(List.of(one, two)));
    assertThat(e.text()).containsOnlyOnce("Initech Labs").doesNotContain("2015 07 01");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.organization() == null ? null : j.organization().value())
        .containsExactly("Globex", "Initech Labs");
  }

  @Test
  void aHeadingAtThePagesTopWhoseWordsEndThePageBeforeIsNoCopy() throws Exception {
    // Page one ends with a line that holds the heading's word ("Languages: Python, Go"); page two
    // opens with that heading. A copy of a cut line is the whole line, or its two ends on one row.
    List<Text> one = new ArrayList<>();
    one.add(new Text(50, 60, 22, true, "Jordan Lee"));
    one.add(new Text(50, 100, 13, true, "Skills"));
    one.add(new Text(50, 767, 10.5f, false, "Languages: Python, Go, Kotlin"));
    List<Text> two = new ArrayList<>();
    two.add(new Text(50, 31, 13.5f, true, "Languages"));
    two.add(new Text(50, 50, 10.5f, false, "English, German"));
    Extraction e = reader.read(Samples.pdf(List.of(one, two)));
    assertThat(e.text()).contains("Languages: Python, Go, Kotlin").containsPattern("(?m)^Languages$");
  }

  @Test
  void aContactBlockBesideTheNameAboveASidebarOpensTheResume() throws Exception {
    // The name at the top left, the email and town at the top right; below them the jobs in the
    // wide left column and a narrow skills sidebar on the right. The contact block belongs to the
    // band across the top, not after the last job, where it became that job's title.
    List<Text> page = new ArrayList<>();
    page.add(new Text(30, 70, 24, true, "Jordan Lee"));
    page.add(new Text(30, 96, 12, false, "Senior Software Engineer"));
    page.add(new Text(460, 68, 10, false, "jordan.lee@example.com"));
    page.add(new Text(500, 90, 10, false, "Lisbon, PT"));
    page.add(new Text(30, 140, 15, false, "Experience"));
    page.add(new Text(500, 140, 15, false, "Skills"));
    float y = 140;
    String[][] jobs = {{"Staff Engineer", "Globex"}, {"Backend Engineer", "Initech"}, {"Frontend Developer", "Hooli"}};
    int year = 2024;
    for (String[] job : jobs) {
      page.add(new Text(30, y += 26, 11, true, job[0] + "  " + "Jan " + (year - 3) + " - Dec " + year));
      page.add(new Text(30, y += 12, 10, false, job[1]));
      for (int b = 0; b < 3; b++) {
        page.add(new Text(40, y += 14, 9, false, "Built part " + (b + 1) + " of the " + job[1] + " order platform."));
      }
      year -= 3;
    }
    float s = 140;
    for (String skill : new String[] {"Go", "Kafka", "PostgreSQL", "Kubernetes", "Terraform", "Rust"}) {
      page.add(new Text(500, s += 16, 9, false, skill));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    String t = e.text();
    assertThat(t.indexOf("jordan.lee@example.com")).isLessThan(t.indexOf("Experience"));
    Resume r = Segmenter.segment(e);
    assertThat(r.contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(en -> en.entries().stream()))
        .extracting(j -> j.title().value())
        .containsExactly("Staff Engineer", "Backend Engineer", "Frontend Developer");
  }

  @Test
  void newspaperColumnsUnderAnUnheadedSummaryKeepTheRightColumnsTopAfterTheLeft() throws Exception {
    // The right column opens at the summary's height with the end of the left column's last job:
    // it holds no contact detail, so it is no half of a header band.
    List<Text> one = new ArrayList<>();
    one.add(new Text(36, 60, 22, true, "Jordan Lee"));
    one.add(new Text(36, 80, 10, false, "jordan.lee@example.com"));
    String[] summary = {"Backend engineer with ten years of payments and search work,",
        "most recently leading a team of six that moved billing onto",
        "an event log; looking for a staff role on platform teams."};
    for (int i = 0; i < summary.length; i++) {
      one.add(new Text(36, 104 + 13 * i, 9, false, summary[i]));
    }
    one.add(new Text(36, 160, 11, true, "EXPERIENCE"));
    for (int i = 0; i < 20; i++) {
      one.add(new Text(36, 178 + 14 * i, 9, false, "Left column line " + (i + 1) + " about the billing platform work"));
    }
    one.add(new Text(320, 104, 9, false, "Right column line 1 ending the last job of the left"));
    one.add(new Text(320, 118, 9, false, "Right column line 2 ending the last job of the left"));
    one.add(new Text(320, 146, 11, true, "EDUCATION"));
    for (int i = 0; i < 16; i++) {
      one.add(new Text(320, 164 + 14 * i, 9, false, "Right column lower line " + (i + 1) + " about the degree work"));
    }
    String t = reader.read(Samples.pdf(List.of(one))).text();
    assertThat(t.indexOf("Right column line 1 ending")).isGreaterThan(t.indexOf("Left column line 20"));
  }

  @Test
  void aMainColumnHoldingOnlyItsHeadingOnTheFirstPageGoesOnAfterTheSidebar() throws Exception {
    // The sidebar fills the first page; beside it the main column holds only "Employment", its
    // jobs pushed to the next page, and the name sits above the main column. The page has no
    // gutter in the middle of its empty band; the band's left edge is the gutter, the name comes
    // first, and the heading last, so the next page's jobs follow it.
    List<Text> one = new ArrayList<>();
    one.add(new Text(200, 60, 36, false, "Jordan Lee"));
    one.add(new Text(200, 90, 12, false, "jordan.lee@example.com"));
    one.add(new Text(200, 130, 18, true, "Employment"));
    float y = 130;
    for (String s : new String[] {"Skills", "Docker", "Terraform", "Kafka", "PostgreSQL", "Linux", "Languages", "Go", "Java",
        "Python", "Education", "2010 BSc Mathematics", "State University"}) {
      boolean heading = s.equals("Skills") || s.equals("Languages") || s.equals("Education");
      one.add(new Text(40, y, heading ? 14 : 10, heading, s));
      y += heading ? 22 : 14;
    }
    List<Text> two = List.of(
        new Text(40, 60, 11, true, "2019 - present Senior Platform Engineer"),
        new Text(40, 74, 9, false, "Globex"),
        new Text(40, 90, 10, false, "\u2022 Moved the nightly builds onto a shared cache"),
        new Text(40, 120, 11, true, "2016 - 2019 Infrastructure Engineer"),
        new Text(40, 134, 9, false, "Initech"),
        new Text(40, 150, 10, false, "\u2022 Moved the data centre onto Terraform"));
    Resume r = Segmenter.segment(reader.read(Samples.pdf(List.of(one, two))));
    assertThat(r.contact().name().value()).isEqualTo("Jordan Lee");
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(en -> en.entries().stream()))
        .extracting(j -> j.organization() == null ? null : j.organization().value())
        .containsExactly("Globex", "Initech");
  }

  @Test
  void twoEqualColumnsStillFlowLeftThenRightThenOnToTheNextPage() throws Exception {
    // Newspaper columns: the right column is no sidebar but the left one's continuation, and the
    // next page continues the right column.
    List<Text> one = new ArrayList<>();
    one.add(new Text(36, 60, 22, true, "Jordan Lee"));
    one.add(new Text(36, 80, 10, false, "jordan.lee@example.com"));
    one.add(new Text(36, 110, 11, true, "EXPERIENCE"));
    for (int i = 0; i < 20; i++) {
      one.add(new Text(36, 130 + 14 * i, 9, false, "Left column line " + (i + 1) + " about the billing platform work"));
      one.add(new Text(320, 137 + 14 * i, 9, false, "Right column line " + (i + 1) + " about the search platform work"));
    }
    List<Text> two = List.of(
        new Text(36, 50, 9, false, "Second page line that goes on from the right column"),
        new Text(36, 64, 9, false, "Second page line two"),
        new Text(36, 90, 11, true, "EDUCATION"),
        new Text(36, 108, 9, false, "BSc Computer Science, State University 2012 - 2016"));
    String t = reader.read(Samples.pdf(List.of(one, two))).text();
    assertThat(t.indexOf("Right column line 20")).isGreaterThan(t.indexOf("Left column line 20"));
    assertThat(t.indexOf("Second page line that goes on")).isGreaterThan(t.indexOf("Right column line 20"));
  }

  @Test
  void aNameBrokenOverTwoLinesOfANarrowSidebarIsOneName() throws Exception {
    // The name in 22-point type at the top of a sidebar about 140 points wide: "Oyelaran" does not
    // fit beside "Rafael", so the browser put it on the next line.
    List<Samples.Text> page = new ArrayList<>();
    page.add(new Text(34, 60, 22, true, "Rafael"));
    page.add(new Text(34, 86, 22, true, "Oyelaran"));
    String[] side = {"CONTACT", "rafael.oyelaran@example.com", "(206) 555-0187", "SKILLS", "Rust, Java, Go, C++",
        "Cassandra, PostgreSQL, Redis", "EDUCATION", "M.S. Computer Science", "University of Oregon", "2010 - 2012"};
    for (int i = 0; i < side.length; i++) {
      page.add(new Text(34, 116 + i * 14, 10, side[i].equals(side[i].toUpperCase()) && side[i].length() > 5, side[i]));
    }
    String[] main = {"EXPERIENCE", "Staff Engineer, Arcturus Cloud  2021 - Present",
        "\u2022 Set the technical direction for the storage platform across 5 teams",
        "Senior Software Engineer, Arcturus Cloud  2018 - 2021", "\u2022 Built the bucket lifecycle service in Rust",
        "Software Engineer, Pinecrest Telemetry  2014 - 2018", "\u2022 Wrote the ingestion API for sensor data in Java"};
    for (int i = 0; i < main.length; i++) {
      page.add(new Text(230, 66 + i * 15, 10, i == 0, main[i]));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).startsWith("Rafael Oyelaran\n");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Rafael Oyelaran");
  }

  @Test
  void aHeadlineInTheNamesTypeBelowItIsNotPartOfTheName() throws Exception {
    // There was room for "BACKEND" beside the name: the line break is the author's.
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(72, 60, 20, true, "JORDAN LEE"),
        new Text(72, 84, 20, true, "BACKEND ENGINEER"),
        new Text(72, 104, 10, false, "jordan.lee@example.com | +1 555 010 2030 | Austin, TX"),
        new Text(72, 130, 12, true, "EXPERIENCE"),
        new Text(72, 148, 10, true, "Senior Backend Engineer | Acme Corp"),
        new Text(460, 148, 10, false, "Jan 2020 - Present"),
        new Text(80, 162, 10, false, "\u2022 Led the migration of 14 services to Kafka")))));
    assertThat(e.text()).startsWith("JORDAN LEE\nBACKEND ENGINEER\n");
  }

  @Test
  void aLargeInitialAndTheCapitalsAfterItOnOneBaselineAreOneHeading() throws Exception {
    // tccv sets a heading's first letter larger ("E" at 14 points, "DUCATION" at 11.5) in the
    // right column, a little lower than a line of the left column's running text: the larger
    // initial may join that line's row, and the capitals on its baseline go with it.
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(202, 53, 25, false, "Jordan Lee"),
        new Text(35, 156, 10, false, "Built the ingest of signals from the cell network"),
        new Text(35, 168, 10, false, "and the service that sums them up every hour for the"),
        new Text(316, 175.8f, 14.3f, false, "E"),
        new Text(327, 175.8f, 11.5f, false, "DUCATION"),
        new Text(35, 182, 10, false, "analysts of the traffic team in three countries"),
        new Text(35, 194, 10, false, "with a team of four engineers and one analyst"),
        new Text(322, 196, 10, false, "2012-2015 University of Lakeside"),
        new Text(35, 206, 10, false, "who set the targets for the new service in 2017"),
        new Text(322, 208, 10, false, "Master of Computer Science"),
        new Text(35, 218, 10, false, "and kept the old one running until it was retired"),
        new Text(322, 220, 10, false, "2009-2012 University of Lakeside")))));
    assertThat(e.text()).contains("\nEDUCATION\n").doesNotContain("\nE\n");
  }

  @Test
  void anAddressBlockBesideALargeNameKeepsItsLinesApart() throws Exception {
    // moderncv's classic header: the name large on the left, the address block small on the
    // right, its last line (the email) on the name's baseline. The phone above joins the name's
    // row by the superscript's tolerance; the email, far along that baseline, is no run of the
    // name's and does not follow it into that row.
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(422, 76, 10, false, "12 Harbour Road, Apt. 3"),
        new Text(428, 88, 10, false, "Springfield, OR 97403"),
        new Text(443, 100, 10, false, "+1 (555)-010-2030"),
        new Text(59, 112, 25, false, "Jordan Lee"),
        new Text(463, 112, 10, false, "jordan@example.org"),
        new Text(139, 179, 14, false, "Experience"),
        new Text(139, 198, 11, false, "Software Engineer, Globex, Springfield, OR")))));
    assertThat(e.text()).contains("+1 (555)-010-2030\n").contains("jordan@example.org")
        .doesNotContain("Jordan Lee jordan@example.org").doesNotContain("Jordan Lee  jordan@example.org");
    var contact = Segmenter.segment(e).contact();
    assertThat(contact.phone().value()).isEqualTo("+1 (555)-010-2030");
  }

  @Test
  void aContactLineSetCloseUnderAHugeNameIsALineOfItsOwn() throws Exception {
    // LaTeX's \\Huge name (25 points) with the contact line 13 points lower: nearer than half the
    // name's size, which a superscript above a line may be, but below it, so the next line.
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(150, 53, 25, false, "Tomasz Lund"),
        new Text(110, 66, 10, false, "+48 601 555 202 | tomasz.lund@example.pl | github.com/tlund"),
        new Text(36, 94, 12, false, "Experience"),
        new Text(47, 114, 11, true, "Site Reliability Engineer"),
        new Text(480, 114, 11, false, "Jan. 2022 - Present"),
        new Text(71, 141, 10, false, "\u2022 Automated failover for 120 PostgreSQL clusters")))));
    assertThat(e.text()).startsWith("Tomasz Lund\n+48 601 555 202 | tomasz.lund@example.pl | github.com/tlund\n");
    var contact = Segmenter.segment(e).contact();
    assertThat(contact.name().value()).isEqualTo("Tomasz Lund");
    assertThat(contact.email().value()).isEqualTo("tomasz.lund@example.pl");
  }

  @Test
  void anAccentDrawnOverItsLetterIsOneAccentedLetter() throws Exception {
    // TeX's OT1 fonts draw "ó" as an acute accent glyph and an "o" at the same place.
    List<Samples.Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 20, true, "Jordan Lee"));
    page.add(new Text(72, 84, 10, false, "jordan.lee@example.com"));
    float x = 72;
    for (String part : List.of("Krak", "\u00b4o", "w, Poland; Jos", "\u00b4e", "; M", "\u00a8u", "ller; \u00b4")) {
      // A part that starts with an accent draws it over the letter that follows.
      boolean accent = part.length() == 2;
      if (accent) {
        page.add(new Text(x, 110, 10, false, part.substring(0, 1)));
        part = part.substring(1);
      }
      page.add(new Text(x, 110, 10, false, part));
      x += Samples.REGULAR.getStringWidth(part) / 1000 * 10;
    }
    // The last accent has a place of its own after "ller; " and is left as it is.
    assertThat(reader.read(Samples.pdf(List.of(page))).text()).contains("Krak\u00f3w, Poland; Jos\u00e9; M\u00fcller; \u00b4");
  }

  @Test
  void aTightJustifiedLineKeepsItsWordsApartAndAnAddressKeepsItsBreakPointsClosed() throws Exception {
    // Words drawn one by one with no space glyph, as a justified line in a font with narrow
    // spaces sets them when it shrinks its spaces (0.13 em); and a url package address whose break
    // points after ":", "/" and "." leave a little room (0.115 em seen; 0.14 here, wider than a
    // tight word space), which joins.
    List<Samples.Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 20, true, "Jordan Lee"));
    page.add(new Text(72, 84, 10, false, "jordan.lee@example.com"));
    placed(page, 110, 0.13f, "Built", "automated", "certificate", "rotation", "for", "10K+", "keys");
    placed(page, 130, 0.14f, "https:", "//", "github.", "com/", "jlee");
    // A stop with a capital after it ends the sentence that the address ended.
    placed(page, 150, 0.13f, "See", "www.example.org.", "Then", "more");
    // Capitals tracked by 0.13 em inside a line of untracked words (microtype's letter-spaced
    // small capitals), a word space plus the tracking between the two tracked words.
    placed(page, 170, 0.3f, "Led", "the");
    float x = 72 + Samples.REGULAR.getStringWidth("Led the") / 1000 * 10 + 3;
    for (String word : List.of("PLATFORM", "TEAM")) {
      for (char c : word.toCharArray()) {
        page.add(new Text(x, 170, 10, false, String.valueOf(c)));
        // A kerned pair ("LA") sits a little closer than the tracking.
        x += Samples.REGULAR.getStringWidth(String.valueOf(c)) / 1000 * 10 + (c == 'L' ? 0.7f : 1.3f);
      }
      x += 3;
    }
    page.add(new Text(x, 170, 10, false, "rollout across all regions in two quarters"));
    // Marks and single letters parted by tight word spaces are no tracked run.
    placed(page, 190, 0.13f, "Go", "•", "C", "•", "C++", "•", "Rust", "and", "I", "wrote", "a", "lot");
    String text = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(text).contains("Led the PLATFORM TEAM rollout across all regions in two quarters\n");
    assertThat(text).contains("Go • C • C++ • Rust and I wrote a lot\n");
    assertThat(text).contains("Built automated certificate rotation for 10K+ keys\n");
    assertThat(text).contains("https://github.com/jlee\n");
    assertThat(text).contains("See www.example.org. Then more\n");
  }

  /** Pieces of one line at 10 points, each after the last with the given gap in ems. */
  private static void placed(List<Samples.Text> page, float y, float gapEms, String... pieces) throws IOException {
    float x = 72;
    for (String piece : pieces) {
      page.add(new Text(x, y, 10, false, piece));
      x += Samples.REGULAR.getStringWidth(piece) / 1000 * 10 + gapEms * 10;
    }
  }

  @Test
  void collapsesLetterSpacedText() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(Samples.BOLD, 20);
        cs.setCharacterSpacing(6);
        cs.newLineAtOffset(72, 700);
        cs.showText("JORDAN LEE");
        cs.endText();
        cs.beginText();
        cs.setCharacterSpacing(0);
        cs.setFont(Samples.REGULAR, 10);
        cs.newLineAtOffset(72, 670);
        cs.showText("jordan@example.com");
        cs.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThat(reader.read(pdf).text()).startsWith("JORDAN LEE\n");
  }

  @Test
  void blankPdfHasNoTextLayer() {
    byte[] blank = Samples.pdf(List.of(List.of()));
    assertThatThrownBy(() -> reader.read(blank))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> {
          assertThat(u.problem()).isEqualTo(Problem.NO_TEXT_LAYER);
          assertThat(u.getMessage()).isEqualTo("no text layer; export the PDF from your editor, or upload DOCX");
        });
  }

  @Test
  void refusesMoreThanTenPages() {
    List<List<Text>> pages = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      pages.add(List.of(new Text(72, 72, 10, false, "Page text " + i)));
    }
    assertThatThrownBy(() -> reader.read(Samples.pdf(pages)))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.TOO_MANY_PAGES));
  }

  @Test
  void refusesAPasswordProtectedPdf() throws Exception {
    byte[] encrypted;
    try (PDDocument doc = Loader.loadPDF(Samples.resumePdf()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(out);
      encrypted = out.toByteArray();
    }
    assertThatThrownBy(() -> reader.read(encrypted))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.ENCRYPTED));
  }

  @Test
  void refusesGarbageAndTruncatedFiles() {
    assertThatThrownBy(() -> reader.read("%PDF-1.7\nnot really".getBytes()))
        .isInstanceOfSatisfying(UnreadableInputException.class, u -> assertThat(u.problem()).isEqualTo(Problem.CORRUPT));
    byte[] pdf = Samples.resumePdf();
    byte[] half = Arrays.copyOf(pdf, pdf.length / 2);
    try {
      reader.read(half);
    } catch (UnreadableInputException expected) {
      assertThat(expected.getMessage()).doesNotContain("\n");
    }
  }

  /** {@code count} pages of six bullets each, with a name and a heading over the first page's. */
  private static List<List<Text>> bulletPages(int count) {
    List<List<Text>> pages = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<Text> page = new ArrayList<>();
      if (p == 0) {
        page.add(new Text(72, 60, 22, true, "Jordan Lee"));
        page.add(new Text(72, 100, 12, true, "EXPERIENCE"));
      }
      for (int i = 0; i < 6; i++) {
        page.add(new Text(80, 130 + i * 15, 10, false, "\u2022 Shipped feature number " + (p * 10 + i) + " to production"));
      }
      pages.add(page);
    }
    return pages;
  }

  @Test
  void repeatedFooterWithContactIsKeptOnceAndReported() throws Exception {
    List<List<Text>> pages = bulletPages(2);
    for (List<Text> page : pages) {
      page.add(new Text(72, 760, 8, false, "jordan.lee@example.com | +1 555 010 2030"));
    }
    Extraction e = reader.read(Samples.pdf(pages));
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("CONTACT_IN_HEADER_FOOTER");
    assertThat(e.text().split("jordan.lee@example.com", -1)).hasSize(2);
    assertThat(Segmenter.segment(e).contact().email().value()).isEqualTo("jordan.lee@example.com");
    assertThat(e.pages()).isEqualTo(2);
  }

  @Test
  void aNameThatLaterPagesRepeatAtTheirHeadIsKeptOnTheFirstPage() throws Exception {
    // Europass: the name heads the first page beside a form's label, and every later page repeats
    // it at its head, right-aligned. The first page's copy is the name; the repeats go. A headline
    // set larger lower down ("BERUF" beside the occupation sought) is not.
    List<List<Text>> pages = new ArrayList<>();
    List<Text> one = new ArrayList<>();
    one.add(new Text(40, 60, 9, false, "PERSONAL INFORMATION"));
    one.add(new Text(187, 59, 15, false, "Jordan Lee"));
    one.add(new Text(200, 80, 10, false, "jordan.lee@example.com"));
    one.add(new Text(200, 100, 10, false, "+1 555 010 2030"));
    one.add(new Text(110, 130, 9, false, "JOB"));
    one.add(new Text(187, 130, 13, false, "Backend Developer"));
    one.add(new Text(40, 160, 9, false, "WORK EXPERIENCE"));
    one.add(new Text(40, 180, 9, false, "2019 – Present"));
    one.add(new Text(187, 180, 13, false, "Backend Developer"));
    one.add(new Text(187, 195, 10, false, "Globex GmbH"));
    for (int i = 0; i < 5; i++) {
      one.add(new Text(197, 215 + i * 14, 10, false, "\u2022 Shipped service number " + i + " to production"));
    }
    pages.add(one);
    List<Text> two = new ArrayList<>();
    two.add(new Text(450, 40, 10, false, "Jordan Lee"));
    two.add(new Text(72, 80, 9, false, "LANGUAGES"));
    for (int i = 0; i < 5; i++) {
      two.add(new Text(187, 80 + i * 14, 10, false, "Language number " + i));
    }
    pages.add(two);
    Extraction e = reader.read(Samples.pdf(pages));
    assertThat(e.text().split("Jordan Lee", -1)).hasSize(2);
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Jordan Lee");
  }

  @Test
  void aFooterOfSeveralLinesRepeatedOnEveryPageIsDroppedWhole() throws Exception {
    // moderncv's footer: an address, a phone and an email, then the page's number, at the foot of
    // every page. Lines of the body that repeat near a page's edge at other heights stay.
    List<List<Text>> pages = bulletPages(3);
    for (int p = 0; p < pages.size(); p++) {
      List<Text> page = pages.get(p);
      page.add(new Text(80, 130 + 6 * 15 + p * 7, 10, false, "Novice"));
      page.add(new Text(200, 736, 8, false, "14 Harbour Street - 35000 Lakeside"));
      page.add(new Text(160, 748, 8, false, "+1 555 010 2030 | jordan.lee@example.com"));
      page.add(new Text(250, 760, 8, false, (p + 1) + "/3"));
    }
    Extraction e = reader.read(Samples.pdf(pages));
    assertThat(e.text()).doesNotContain("Harbour Street");
    assertThat(e.text().split("jordan.lee@example.com", -1)).hasSize(2);
    assertThat(e.text().split("Novice", -1)).hasSize(4);
  }

  @Test
  void aPageThatIsMostlyAnImageIsReported() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(800, 1000, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.drawImage(image, 0, 0, 612, 792);
        cs.beginText();
        cs.setFont(Samples.REGULAR, 10);
        cs.newLineAtOffset(72, 760);
        cs.showText("Jordan Lee");
        cs.endText();
      }
      doc.save(out);
      pdf = out.toByteArray();
    }
    assertThat(reader.read(pdf).warnings()).extracting(ParseWarning::code).contains("TEXT_IN_IMAGES");
  }

  @Test
  void contactOnlyInTheFooterOfAOnePageResumeIsReported() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 100, 12, true, "EXPERIENCE"));
    page.add(new Text(72, 120, 10, true, "Backend Engineer | Acme Corp  2019 - 2023"));
    page.add(new Text(80, 135, 10, false, "\u2022 Built the billing service"));
    page.add(new Text(72, 770, 8, false, "jordan.lee@example.com | +1 555 010 2030"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.warnings()).extracting(ParseWarning::code).contains("CONTACT_IN_HEADER_FOOTER");
    assertThat(reader.read(Samples.resumePdf()).warnings()).isEmpty();
  }



  @Test
  void aCompanySetLargeBeforeItsTitleSetSmallIsALineOfItsOwn() throws Exception {
    // One line, no wide gap: the company in a large size, the role in a small one, as some LaTeX
    // classes set an entry. They are two fields, and the size tells them apart.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 100, 9, true, "WORK EXPERIENCE"));
    page.add(new Text(72, 130, 13.6f, true, "Nimbus Freight"));
    // A word space after the company, as the class sets it.
    page.add(new Text(72 + Samples.width(true, 13.6f, "Nimbus Freight") + 4, 130, 8.5f, true, "Senior platform engineer"));
    page.add(new Text(480, 130, 9, false, "2021–current"));
    page.add(new Text(90, 150, 9.5f, false, "Built the routing service in Go for every depot."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Nimbus Freight", "Senior platform engineer ¦ 2021–current");
  }

  @Test
  void datesWrappedInANarrowCellFlushRightStayBesideTheirHeaders() throws Exception {
    // A table's narrow right cell holds each job's dates flush right and wraps them: the start and
    // its dash beside the header, the end alone on the row below. Not a column to read after the
    // page: each date belongs to the header beside it.
    List<Text> page = new ArrayList<>();
    page.add(new Text(54, 60, 22, false, "Jordan Lee"));
    page.add(new Text(54, 100, 14, false, "Experience"));
    float y = 130;
    String[][] jobs = {
        {"QA Engineer, Quillstone, Inc. - Sunnyvale, CA", "June 2015 -", "April 2017"},
        {"Software Quality Operations - Globex LLC, Mountain View, CA", "June 2017 -", "Present"},
        {"Student Writer, Department of Physics - Brindlebank University", "Aug 2016 -", "March 2017"},
        {"Undergraduate Researcher, Physics - Brindlebank University", "June 2016 -", "Aug 2016"}};
    for (String[] job : jobs) {
      page.add(new Text(55, y, 10, false, job[0]));
      page.add(new Text(551 - Samples.width(false, 10, job[1]), y, 10, false, job[1]));
      page.add(new Text(551 - Samples.width(false, 10, job[2]), y + 12, 10, false, job[2]));
      page.add(new Text(85, y + 22, 10, false, "- Wrote end-to-end tests for the simulator and its tools."));
      page.add(new Text(85, y + 36, 10, false, "- Documented the bugs the tests found."));
      y += 60;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence(
        "QA Engineer, Quillstone, Inc. - Sunnyvale, CA ¦ June 2015 -", "April 2017",
        "Software Quality Operations - Globex LLC, Mountain View, CA ¦ June 2017 -", "Present",
        "Undergraduate Researcher, Physics - Brindlebank University ¦ June 2016 -", "Aug 2016");
  }

  @Test
  void datesSetSmallerBesideAShortTitleStayOnItsLine() throws Exception {
    // A bold title and, far to its right, its dates in a smaller size: one header line.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 100, 14, false, "Experience"));
    page.add(new Text(72, 130, 9.7f, true, "Staff Engineer II"));
    page.add(new Text(330, 129, 8.1f, false, "Mar 2021 - Present"));
    page.add(new Text(72, 142, 8.7f, false, "Globex"));
    page.add(new Text(72, 156, 8.1f, false, "Built the billing pipeline that settles every invoice overnight."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Staff Engineer II ¦ Mar 2021 - Present", "Globex");
  }

  @Test
  void bracketedDatesSetSmallerBesideALargeEmployerStayOnItsLine() throws Exception {
    // An employer set as large as the headings, its dates in brackets flush right, half its size.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 100, 16, true, "Summary"));
    page.add(new Text(72, 120, 8, false, "Mostly Go and Kafka these days."));
    page.add(new Text(72, 160.4f, 16, true, "Quillfeather"));
    page.add(new Text(440, 160, 8, false, "(Aug 2013 - Dec 2015)"));
    page.add(new Text(72, 180, 8, false, "Built the billing pipeline that settles every invoice overnight."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Quillfeather ¦ (Aug 2013 - Dec 2015)",
        "Built the billing pipeline that settles every invoice overnight.");
  }

  @Test
  void anEmployerWhoseNameReadsLikeAHeadingKeepsItsDatesBesideIt() throws Exception {
    // "Quillfeather Software ⇥ 01/2012 - 01/2013": words a heading may end with, beside dates
    // and nothing else, make an entry's header, not a rail's label and its text.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 100, 14, false, "Experience"));
    page.add(new Text(72, 130, 14, false, "Quillfeather Software"));
    page.add(new Text(470, 130, 11, false, "01/2012 - 01/2013"));
    page.add(new Text(72, 146, 12, false, "Software Developer"));
    page.add(new Text(90, 164, 11, false, "Built the mapping client and its tile cache for realtors."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).contains("Quillfeather Software ¦ 01/2012 - 01/2013");
  }

  @Test
  void aLabelRailsWordBesideTheTitleIsALineOfItsOwn() throws Exception {
    // A label column's "Work" in a large size, a narrow gap, then the first job's title.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(72, 90, 10, false, "jordan.lee@example.com"));
    page.add(new Text(40, 130, 20.5f, false, "Work"));
    page.add(new Text(100, 130, 16.4f, true, "Backend Engineer"));
    page.add(new Text(100, 148, 10.5f, true, "Nimbus Freight"));
    page.add(new Text(100, 164, 10.5f, false, "Sep 2021 – Present"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Work", "Backend Engineer", "Nimbus Freight");
  }

  @Test
  void aLineDrawnTwiceOnTheSamePlacesIsReadOnce() throws Exception {
    // A web page's text shadow prints each run twice, the shadow first, glyph for glyph on the same
    // places; read in order of x the two runs interleave ("JJoorrddaann").
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 60, 22, true, "Jordan Lee"));
    page.add(new Text(72, 90, 10, false, "Backend Engineer, Globex  2019 - 2023"));
    page.add(new Text(72, 90, 10, false, "Backend Engineer, Globex  2019 - 2023"));
    page.add(new Text(72, 110, 10, false, "- Built the ledger."));
    page.add(new Text(72, 124, 10, false, "- Built the ledger."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).startsWith("Jordan Lee\n").contains("Backend Engineer, Globex");
    // The same words on two lines are two lines: only the same places make a copy.
    assertThat(Samples.occurrences(e.text(), "Built the ledger.")).isEqualTo(2);
  }

  @Test
  void smallCapitalsDrawnInTwoSizesStayOneRun() throws Exception {
    // Fake small capitals: each word's first letter larger than the rest. Sizes change inside
    // every word, so no word starts a run of its own.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    float x = 72;
    for (String word : List.of("WORK", "EXPERIENCE")) {
      page.add(new Text(x, 100, 12, false, word.substring(0, 1)));
      x += Samples.width(false, 12, word.substring(0, 1));
      page.add(new Text(x, 100, 8.3f, false, word.substring(1)));
      x += Samples.width(false, 8.3f, word.substring(1)) + 3;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).contains("WORK EXPERIENCE");
  }

  @Test
  void aDateTheRailWrapsOverLinesIsOneLabelBeforeItsEntry() throws Exception {
    // moderncv's date column: a date too wide for it wraps over two or three lines, level with
    // the entry's title and the first lines of its description.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 30, false, "Jordan Lee"));
    page.add(new Text(146, 120, 14.3f, false, "Experience"));
    String[][] jobs = {
        {"May 2014–", "October", "2014", "Software Developer, Lumen Analytics, Seattle, WA."},
        {"2012–2013", null, null, "Data Indexer, Brightpages, Seattle, WA."},
        {"November", "2010–April", "2011", "Graduate Assistant, State Library, Tallahassee, FL."},
        // Words of dates without digits ("Since September") go on to the year below, and a
        // complete date goes on to the line that opens with a range's word ("to September 2009").
        {"Since September", "2009", null, "Release Engineer, Tidewater Labs, Tacoma, WA."},
        {"January 2008", "to September 2009", null, "Support Engineer, Pinecrest Data, Olympia, WA."}};
    float y = 140;
    for (String[] job : jobs) {
      page.add(new Text(137 - Samples.width(false, 10.9f, job[0]), y, 10.9f, false, job[0]));
      page.add(new Text(146, y, 10.9f, true, job[3]));
      for (int k = 1; k <= 2; k++) {
        if (job[k] != null) {
          page.add(new Text(137 - Samples.width(false, 10.9f, job[k]), y + 20 * k, 10.9f, false, job[k]));
        }
        page.add(new Text(146, y + 20 * k, 10, false, "Built and ran the service that line " + k + " of this role describes."));
      }
      y += 80;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("May 2014– October 2014", "Software Developer, Lumen Analytics, Seattle, WA.",
        "2012–2013", "Data Indexer, Brightpages, Seattle, WA.", "November 2010–April 2011",
        "Graduate Assistant, State Library, Tallahassee, FL.", "Since September 2009",
        "Release Engineer, Tidewater Labs, Tacoma, WA.", "January 2008 to September 2009",
        "Support Engineer, Pinecrest Data, Olympia, WA.");
  }

  @Test
  void aRailOfLabelsBesideALongMainColumnIsReadRowByRow() throws Exception {
    // moderncv's left strip on a full page: dates beside each entry and a label beside each line
    // of skills. The labels are many (more than a third of the main column's rows), yet each
    // stands beside the row it names and they come in short runs: a rail, not a sidebar, read
    // row by row.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(146, 100, 14.3f, false, "Skills"));
    String[][] skills = {{"Front-end", "HTML5, CSS3, jQuery, Backbone.js"}, {"Back-end", "Ruby on Rails, Sinatra, EventMachine"},
        {"Languages", "Ruby, Javascript, C, Java, Bash"}, {"OS", "GNU/Linux, FreeBSD"}, {"Databases", "PostgreSQL, MySQL"},
        {"Networks", "iptables, pf, ldap, dhcp, bind"}, {"Services", "apache, nginx, postfix, memcached"}};
    float y = 135;
    for (String[] s : skills) {
      page.add(new Text(137 - Samples.width(false, 10, s[0]), y, 10, false, s[0]));
      page.add(new Text(146, y, 10, false, s[1]));
      y += 14;
    }
    y += 20;
    page.add(new Text(146, y, 14.3f, false, "Experience"));
    y += 20;
    String[][] jobs = {{"2011 ...", "Web developer, Quillfeather Ltd"}, {"2010 – 2011", "Computing lead, Student Club"},
        {"2010 – 2011", "Security tester, Signal Lab"}, {"2008 – 2010", "System administrator, Student Club"}};
    for (String[] job : jobs) {
      page.add(new Text(137 - Samples.width(false, 10, job[0]), y, 10, false, job[0]));
      page.add(new Text(146, y, 10, true, job[1]));
      page.add(new Text(146, y + 14, 10, false, "Built and ran the services this role was about, from the servers up."));
      y += 40;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    // Each label on a line of its own before the row it names; labels stacked one per row are not
    // one wrapped label.
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Skills", "Front-end", "HTML5, CSS3, jQuery, Backbone.js", "Back-end",
        "Ruby on Rails, Sinatra, EventMachine", "Languages", "Ruby, Javascript, C, Java, Bash", "OS", "GNU/Linux, FreeBSD",
        "Services", "apache, nginx, postfix, memcached", "Experience", "2011 ...", "Web developer, Quillfeather Ltd", "2008 – 2010", "System administrator, Student Club");
  }

  /**
   * A form's rows: each label (left, empty for none) set flush right against the gutter, its value
   * (right, empty for none) beside it, one row every {@code step} points. Returns the next row's y.
   */
  private static float formRows(List<Text> page, float gutter, float y, float step, String[][] rows) throws java.io.IOException {
    for (String[] row : rows) {
      if (!row[0].isEmpty()) {
        page.add(new Text(gutter - Samples.width(false, 9, row[0]), y, 9, false, row[0]));
      }
      if (!row[1].isEmpty()) {
        page.add(new Text(gutter + 10, y, 10, false, row[1]));
      }
      y += step;
    }
    return y;
  }

  /**
   * A form's section from {@code y} down: its heading in the rail, then each entry's rows (see
   * {@link #formRows}) {@code step} points apart, the entries 16 points apart. Returns the next y.
   */
  private static float formSection(List<Text> page, String heading, float gutter, float y, float step, List<String[][]> entries)
      throws java.io.IOException {
    page.add(new Text(gutter - Samples.width(true, 12, heading), y, 12, true, heading));
    y += 24;
    for (String[][] rows : entries) {
      y = formRows(page, gutter, y, step, rows) + 16;
    }
    return y;
  }

  /** A form's "Work experience" page (see {@link #formSection}). */
  private static List<Text> workForm(float gutter, float step, List<String[][]> entries) throws java.io.IOException {
    List<Text> page = new ArrayList<>();
    formSection(page, "Work experience", gutter, 60, step, entries);
    return page;
  }

  @Test
  void aFormsLabelsFlushRightAgainstTheGutterAreARailAndSitBesideTheirValues() throws Exception {
    // A Europass CV: every label set flush right against the gutter, its value beside it. The
    // labels' left edges are ragged and their right edges line up: a rail, read row by row, not two
    // columns (which put every label before every value). A label that names a field of the entry
    // stays on its value's line as its first cell; one that wraps ("Main activities and" /
    // "responsibilities") is joined, and stops where the next form label stands level with its row.
    List<Text> page = new ArrayList<>();
    float gutter = 170;
    float y = 60;
    page.add(new Text(gutter - Samples.width(true, 14, "Curriculum Vitae"), y, 14, true, "Curriculum Vitae"));
    y += 30;
    // The person's name and contact are labelled so too; a heading stacked over the first label
    // ("Personal information" over "Name") is a label of its own.
    page.add(new Text(gutter - Samples.width(true, 12, "Personal information"), y, 12, true, "Personal information"));
    page.add(new Text(gutter - Samples.width(false, 9, "Name"), y + 14, 9, false, "Name"));
    page.add(new Text(gutter + 10, y + 14, 10, true, "Jordan Lee"));
    page.add(new Text(gutter - Samples.width(false, 9, "Email"), y + 28, 9, false, "Email"));
    page.add(new Text(gutter + 10, y + 28, 10, false, "jordan@example.com"));
    y += 70;
    page.add(new Text(gutter - Samples.width(true, 12, "Work experience"), y, 12, true, "Work experience"));
    y += 24;
    String[][] jobs = {{"March 2018 – July 2020", "Backend Developer", "Quillfeather Ltd, Dublin"},
        {"2015 – 2018", "Software Engineer", "Nordkapp AS, Oslo"}, {"2013 – 2015", "Junior Developer", "Brightwater Ltd, Cork"}};
    for (String[] job : jobs) {
      // The duties wrap onto rows with no label beside them.
      String[][] rows = {{"Dates", job[0]}, {"Occupation or position held", job[1]},
          {"Main activities and", "Built and ran the services this role was about, from the servers up to the dashboards."},
          {"responsibilities", "Wrote the design notes, reviewed the changes of the team and kept the on-call rotation."},
          {"", "Moved the nightly jobs onto a queue that retries on failure and reports what it dropped."},
          {"", "Cut the time a release takes from a day to an hour by testing each change on its own."},
          {"Name and address of employer", job[2]}, {"Type of business or sector", "Software for shipping companies"}};
      y = formRows(page, gutter, y, 14, rows) + 16;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Personal information", "Name ¦ Jordan Lee", "Email ¦ jordan@example.com",
        "Work experience", "Dates ¦ March 2018 – July 2020",
        "Occupation or position held ¦ Backend Developer", "Main activities and responsibilities",
        "Name and address of employer ¦ Quillfeather Ltd, Dublin", "Dates ¦ 2015 – 2018",
        "Occupation or position held ¦ Software Engineer", "Name and address of employer ¦ Nordkapp AS, Oslo");
  }

  @Test
  void aFormsPageOfDegreesWithLongLabelsIsStillARail() throws Exception {
    // An Italian Europass page of degrees: the labels are long and wrap over two rows beside short
    // values (a degree, a school), so the rail holds nearly as much text as the values and many of
    // its rows are a label's alone. Still a form's rail, read row by row: otherwise every label
    // comes before every value and no degree keeps its school.
    List<Text> page = new ArrayList<>();
    float gutter = 180;
    List<String[][]> degrees = new ArrayList<>();
    for (String[] d : new String[][] {{"Da ottobre 2012 a luglio 2014", "Laurea magistrale in Informatica", "Università di Borgoverde"},
        {"Da ottobre 2009 a luglio 2012", "Laurea triennale in Informatica", "Università di Borgoverde"},
        {"Da settembre 2004 a luglio 2009", "Diploma di perito informatico", "Istituto tecnico Galvani"}}) {
      degrees.add(new String[][] {{"Date", d[0]}, {"Titolo della qualifica rilasciata", d[1]},
          {"Principali tematiche/competenze", "Basi di dati, reti di calcolatori, sistemi operativi, ingegneria del software,"},
          {"professionali possedute", "algoritmi e strutture dati, calcolo numerico, linguaggi di programmazione e compilatori,"},
          {"", "sicurezza informatica, sistemi distribuiti e un tirocinio presso un'azienda del territorio"},
          {"Nome e tipo d’organizzazione", d[2]}, {"erogatrice dell’istruzione e formazione", ""},
          {"Livello nella classificazione", "-"}, {"nazionale o internazionale", ""}});
    }
    float y = formSection(page, "Istruzione e formazione", gutter, 60, 12, degrees);
    // europecv's order: the employer's label, then the duties' label wrapped over two rows, its
    // second row level with the first duty. The employer's label is whole: it takes none of the
    // duties' words, and keeps its value beside it.
    formSection(page, "Esperienza professionale", gutter, y, 12, List.<String[][]>of(new String[][] {
        {"Date", "Dal marzo 2015 ad oggi"}, {"Lavoro o posizione ricoperti", "Sviluppatore"},
        {"Nome e indirizzo del datore di lavoro", "Quillfeather srl, Borgoverde"}, {"Principali attivitá e", ""},
        {"responsabilità", "– Servizi di fatturazione"}, {"", "– Report notturni"}}));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Date ¦ Da ottobre 2012 a luglio 2014",
        "Titolo della qualifica rilasciata ¦ Laurea magistrale in Informatica",
        "Nome e tipo d’organizzazione erogatrice dell’istruzione e formazione ¦ Università di Borgoverde",
        "Date ¦ Da ottobre 2009 a luglio 2012", "Titolo della qualifica rilasciata ¦ Laurea triennale in Informatica",
        "Lavoro o posizione ricoperti ¦ Sviluppatore", "Nome e indirizzo del datore di lavoro ¦ Quillfeather srl, Borgoverde",
        "Principali attivitá e responsabilità", "Servizi di fatturazione", "Report notturni");
  }

  @Test
  void aFormsLabelWrappedOverTwoRowsIsOneLabelBesideItsValue() throws Exception {
    // A narrow Europass rail wraps its labels ("Occupation or position" / "held"); the value of the
    // employer's label runs on to the address on the row below.
    String[][] jobs = {{"March 2018 – July 2020", "Backend Developer", "Quillfeather Ltd", "12 Harbour Road, Dublin"},
        {"2015 – 2018", "Software Engineer", "Nordkapp AS", "Storgata 5, Oslo"}};
    List<String[][]> entries = new ArrayList<>();
    for (String[] job : jobs) {
      entries.add(new String[][] {{"Dates", job[0]}, {"Occupation or position", job[1]}, {"held", ""},
          {"Main activities and", "Built and ran the services this role was about, from the servers up to the dashboards."},
          {"responsibilities", "Wrote the design notes, reviewed the changes of the team and kept the on-call rotation."},
          {"", "Moved the nightly jobs onto a queue that retries on failure and reports what it dropped."},
          {"", "Cut the time a release takes from a day to an hour by testing each change on its own."},
          {"Name and address of", job[2]}, {"employer", job[3]}, {"Type of business or", "Software for shipping companies"},
          {"sector", ""}});
    }
    Extraction e = reader.read(Samples.pdf(List.of(workForm(150, 12, entries))));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Dates ¦ March 2018 – July 2020",
        "Occupation or position held ¦ Backend Developer", "Main activities and responsibilities",
        "Name and address of employer ¦ Quillfeather Ltd", "12 Harbour Road, Dublin",
        "Type of business or sector ¦ Software for shipping companies", "Dates ¦ 2015 – 2018");
    // The address under the employer is no entry of its own.
    var jobsRead = dev.prism.core.text.Segmenter.segment(e).sections().get(0).entries();
    assertThat(jobsRead).extracting(en -> en.title().value() + " | " + en.organization().value())
        .containsExactly("Backend Developer | Quillfeather Ltd", "Software Engineer | Nordkapp AS");
  }

  @Test
  void aFormsValueWrappedAtTheColumnsEdgeGoesOnInItsCell() throws Exception {
    // The employer's name and address fill its row up to the column's edge, where the duties'
    // row ends too, and wrap onto the row below, under the value, as a typesetter wraps words that
    // do not fit: the wrapped rest is the value's, not an entry of its own. A short value with a
    // row under it (the address set on a line of its own) is not wrapped there, nor a value that
    // is the widest row with nothing to show where the edge is.
    String duties = "Built the billing service, its reports and the nightly jobs that settle each payment.";
    String employer = "Quillfeather Software Italia srl, Viale dei Tigli 14, 00185 Roma – Quillfeather Holding GmbH,"
        + " Lindenstraße 17, 80331 München, Germany";
    float edge = Samples.width(false, 10, duties);
    String[] words = employer.split(" ");
    String first = words[0];
    int k = 1;
    while (k < words.length && Samples.width(false, 10, first + " " + words[k]) <= edge) {
      first += " " + words[k++];
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
    assertThat(rest).as("the employer must wrap").isNotEmpty();
    List<String[][]> entries = List.of(
        new String[][] {{"Dates", "March 2018 – July 2020"}, {"Occupation or position held", "Backend Developer"},
            {"Employer", first}, {"", rest}, {"Main activities and responsibilities", duties}},
        new String[][] {{"Dates", "2015 – 2018"}, {"Occupation or position held", "Software Engineer"},
            {"Employer", "Nordkapp AS"}, {"", "Storgata 5, Oslo"},
            {"Main activities and responsibilities", "Wrote the routing engine."}});
    Extraction e = reader.read(Samples.pdf(List.of(workForm(150, 12, entries))));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Employer ¦ " + employer, "Dates ¦ 2015 – 2018",
        "Employer ¦ Nordkapp AS", "Storgata 5, Oslo");
    var jobsRead = dev.prism.core.text.Segmenter.segment(e).sections().get(0).entries();
    assertThat(jobsRead).extracting(en -> en.title().value() + " | " + en.organization().value())
        .containsExactly("Backend Developer | Quillfeather Software Italia srl", "Software Engineer | Nordkapp AS");
    // The widest row of its form: no other row shows an edge it was filled to.
    List<String[][]> alone = new ArrayList<>();
    alone.add(new String[][] {{"Dates", "2015 – 2018"}, {"Occupation or position held", "Engineer"},
        {"Employer", "Quillfeather Software Solutions Holding Ltd"}, {"", "12 Harbour Road, Dublin"},
        {"Main activities and responsibilities", "Wrote the routing engine."}});
    alone.add(new String[][] {{"Dates", "2012 – 2015"}, {"Occupation or position held", "Developer"},
        {"Employer", "Nordkapp AS"}, {"Main activities and responsibilities", "Kept the booking site up."}});
    assertThat(Samples.linesWithCells(reader.read(Samples.pdf(List.of(workForm(150, 12, alone))))))
        .containsSubsequence("Employer ¦ Quillfeather Software Solutions Holding Ltd", "12 Harbour Road, Dublin");
  }

  @Test
  void anArrowBetweenTwoDatesIsTheRangesNotAListGlyph() throws Exception {
    // "2010-02 → 2014-06" beside a role: the arrow is a list glyph elsewhere ("→ Built …"), here
    // it joins the range's ends, and the range stays on its line. So does "2015-01 → now".
    List<Text> page = new ArrayList<>();
    page.add(new Text(60, 50, 18, true, "Jordan Lee"));
    page.add(new Text(60, 80, 12, true, "Experience"));
    float x = 400;
    page.add(new Text(60, 100, 10, false, "Researcher"));
    page.add(new Text(x, 100, 10, false, "2010-02"));
    page.add(new Text(x + Samples.width(false, 10, "2010-02") + 3, 100, 10, false, "\u2192"));
    page.add(new Text(x + Samples.width(false, 10, "2010-02") + 16, 100, 10, false, "2014-06"));
    page.add(new Text(60, 113, 10, false, "Globex Research, Oslo"));
    page.add(new Text(60, 140, 10, false, "Engineer"));
    page.add(new Text(x, 140, 10, false, "2015-01"));
    page.add(new Text(x + Samples.width(false, 10, "2015-01") + 3, 140, 10, false, "\u2192"));
    page.add(new Text(x + Samples.width(false, 10, "2015-01") + 16, 140, 10, false, "now"));
    page.add(new Text(60, 153, 10, false, "Initech, Bergen"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).contains("Researcher ¦ 2010-02 → 2014-06", "Engineer ¦ 2015-01 → now");
    var jobs = dev.prism.core.text.Segmenter.segment(e).sections().get(0).entries();
    assertThat(jobs).extracting(j -> j.title().value() + " | " + j.dates().present())
        .containsExactly("Researcher | false", "Engineer | true");
  }

  @Test
  void aHeadingSetOverTwoLinesInTheMarginIsOneHeading() throws Exception {
    // A template that sets its headings in a narrow left margin breaks "Professional Experience"
    // over two lines, the entries starting below it, some further left than the heading ends;
    // together the two lines head the section, and the second is no job's title.
    List<Text> page = new ArrayList<>();
    page.add(new Text(60, 50, 18, true, "Jordan Lee"));
    page.add(new Text(60, 80, 8, false, "PROFESSIONAL"));
    page.add(new Text(60, 91, 8, false, "EXPERIENCE"));
    page.add(new Text(90, 108, 10, true, "05/2019 - 07/2023 Quillfeather"));
    page.add(new Text(110, 120, 9, false, "Built the billing service that charges every customer once a month."));
    page.add(new Text(70, 138, 10, true, "01/2016 - 04/2019 Nordkapp"));
    page.add(new Text(110, 150, 9, false, "Wrote the booking service and its tests for the front desk."));
    page.add(new Text(60, 175, 8, false, "SKILLS"));
    page.add(new Text(90, 190, 9, false, "Java, PostgreSQL, Kafka"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).contains("PROFESSIONAL EXPERIENCE").doesNotContain("EXPERIENCE");
    var sections = dev.prism.core.text.Segmenter.segment(e).sections();
    assertThat(sections.get(0).kind()).isEqualTo(dev.prism.core.model.SectionKind.EXPERIENCE);
    assertThat(sections.get(0).entries()).hasSize(2);
  }

  @Test
  void aFieldsOneWordLabelInAFormsRailStaysWithItsValue() throws Exception {
    // A Europass class variant whose labels are "Date", "Company", "Position Held", "Roles": among a
    // form's entry labels (dates say nothing of a form), "Company" beside its value is one too
    // (alone, such a word may be a name).
    String[][] jobs = {{"January 2024 – November 2024", "NORTHWIND 24", "Chief Solution Architect"},
        {"June 2022 – December 2023", "Globex AI", "Solution Architect"}};
    List<String[][]> entries = new ArrayList<>();
    for (String[] job : jobs) {
      entries.add(new String[][] {{"Date", job[0]}, {"Company", job[1]}, {"Position Held", job[2]},
          {"Roles", "System design, code review"},
          {"Key Achievements", "Designed the billing platform and the services around it."},
          {"", "Wrote the runbooks for the on-call rotation of the team."}});
    }
    Extraction e = reader.read(Samples.pdf(List.of(workForm(150, 12, entries))));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Date ¦ January 2024 – November 2024", "Company ¦ NORTHWIND 24",
        "Position Held ¦ Chief Solution Architect", "Date ¦ June 2022 – December 2023", "Company ¦ Globex AI");
    var jobsRead = dev.prism.core.text.Segmenter.segment(e).sections().get(0).entries();
    assertThat(jobsRead).extracting(en -> en.title().value() + " | " + en.organization().value())
        .containsExactly("Chief Solution Architect | NORTHWIND 24", "Solution Architect | Globex AI");
  }

  @Test
  void aSidebarSetFlushRightAgainstTheGutterStaysASidebar() throws Exception {
    // A sidebar's lines set flush right against the gutter, on the main column's line grid: they
    // are values (an address, skills) and a few labels over them, no form's labels beside values,
    // so the sidebar is read as a block of its own and not row by row beside the jobs.
    List<Text> page = new ArrayList<>();
    float gutter = 180;
    String[] side = {"Contact", "Email", "jordan@example.com", "Phone", "+1 555 0100", "Lisbon, Portugal", "", "Skills", "Java",
        "Kubernetes", "PostgreSQL", "", "Languages", "English", "Portuguese"};
    String[] main = {"Jordan Lee", "Backend developer", "", "Experience", "Backend Engineer, Globex", "2019 – 2023",
        "Built the billing service that charged every customer once a month.",
        "Moved the nightly jobs onto a queue that retries on failure and reports.", "Ran the on-call rotation of the team.",
        "", "Developer, Initech", "2016 – 2019", "Wrote the booking service and its tests for the front desk.",
        "Cut the time a release takes from a day to an hour by testing each change.", "", "Education",
        "BSc Computer Science, State University", "2012 – 2016"};
    float y = 60;
    for (int i = 0; i < Math.max(side.length, main.length); i++) {
      if (i < side.length && !side[i].isEmpty()) {
        page.add(new Text(gutter - Samples.width(false, 10, side[i]), y, 10, false, side[i]));
      }
      if (i < main.length && !main[i].isEmpty()) {
        page.add(new Text(gutter + 20, y, 10, false, main[i]));
      }
      y += 14;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    List<String> lines = Samples.linesWithCells(e);
    // A contact's label over its value keeps its own line: no text of the main column is its value.
    assertThat(lines).containsSubsequence("Email", "jordan@example.com", "Phone", "+1 555 0100");
    int skills = lines.indexOf("Skills");
    assertThat(lines.subList(skills, skills + 4)).containsExactly("Skills", "Java", "Kubernetes", "PostgreSQL");
    assertThat(lines).containsSubsequence("Experience", "Backend Engineer, Globex", "2019 – 2023",
        "Built the billing service that charged every customer once a month.");
  }

  @Test
  void aStripOfHeadingsAndDatesOpensItsSectionsInAShortResume() throws Exception {
    // A theme that sets the section headings and each job's dates in a strip on the left and the
    // entries on the right: on a short resume the strip has nearly as many rows as the main column,
    // yet its headings still open the sections they stand beside.
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 110, 9, false, "CONTACT"));
    page.add(new Text(170, 110, 9, false, "Email jordan@example.com"));
    page.add(new Text(170, 124, 9, false, "Phone (555) 010-2030"));
    page.add(new Text(40, 160, 9, false, "WORK EXPERIENCE"));
    page.add(new Text(170, 160, 10, true, "Backend Developer at Globex"));
    page.add(new Text(40, 174, 7, true, "2018-05-07 TO 2018-08-24"));
    page.add(new Text(170, 174, 9, false, "Built the billing service and its reports for every region."));
    page.add(new Text(170, 188, 9, false, "Moved the nightly jobs onto a queue that retries on failure."));
    page.add(new Text(40, 214, 7, true, "2017-05-01 TO 2017-08-25"));
    page.add(new Text(170, 214, 10, true, "Developer Intern at Initech"));
    page.add(new Text(170, 228, 9, false, "Wrote the service that turns text queries into vectors for search."));
    page.add(new Text(40, 260, 9, false, "EDUCATION"));
    page.add(new Text(170, 260, 10, true, "State University"));
    page.add(new Text(40, 274, 7, true, "2015-08-01 TO 2019-04-30"));
    page.add(new Text(170, 274, 9, false, "B.Sc. Software Engineering, with a minor in mathematics and statistics"));
    page.add(new Text(40, 300, 9, false, "SKILLS"));
    page.add(new Text(170, 300, 9, false, "Backend: Python, Flask, PostgreSQL, DynamoDB, Docker and Jenkins"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("CONTACT", "Email jordan@example.com", "WORK EXPERIENCE",
        "Backend Developer at Globex", "Developer Intern at Initech", "EDUCATION", "State University", "SKILLS",
        "Backend: Python, Flask, PostgreSQL, DynamoDB, Docker and Jenkins");
  }

  @Test
  void aSectionLabelCentredBesideItsBlockOpensTheBlock() throws Exception {
    // A rail whose section labels sit level with the middle of their block, not its top: "Skills"
    // beside the third of five lines still comes before the first.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 120, 12, false, "Experience"));
    page.add(new Text(150, 120, 9, true, "Backend Engineer at Nimbus Freight"));
    page.add(new Text(40, 134, 6, true, "2021-03 TO 2024-05"));
    page.add(new Text(150, 134, 9, false, "Built the routing service in Go for every depot."));
    page.add(new Text(150, 148, 9, false, "Moved billing onto an event log that replays a day in minutes."));
    page.add(new Text(150, 162, 9, false, "Cut the p99 latency of quotes from 900 ms to 120 ms."));
    String[] skills = {"Backend: Go, Java, PostgreSQL", "Cloud: AWS, Terraform", "Data: Kafka, Redis",
        "Web: TypeScript, React", "Tools: Docker, GitHub Actions"};
    for (int k = 0; k < skills.length; k++) {
      page.add(new Text(150, 200 + 14 * k, 9, false, skills[k]));
    }
    page.add(new Text(40, 228, 12, false, "Skills"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    List<String> lines = Samples.linesWithCells(e);
    assertThat(lines).containsSubsequence("Cut the p99 latency of quotes from 900 ms to 120 ms.", "Skills",
        "Backend: Go, Java, PostgreSQL", "Tools: Docker, GitHub Actions");
    // The rail's dates stay level with the header they date.
    assertThat(lines).containsSubsequence("Backend Engineer at Nimbus Freight", "2021-03 TO 2024-05",
        "Built the routing service in Go for every depot.");
  }

  @Test
  void aDateCellBesideTheFirstBulletIsALineOfItsOwn() throws Exception {
    // A template that sets each role's dates in a cell to the left of its first bullet.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(72, 100, 16, true, "Work experience"));
    page.add(new Text(80, 130, 14, true, "Globex Bank"));
    page.add(new Text(200, 150, 11, true, "Senior developer"));
    page.add(new Text(80, 170, 11, false, "2020.03 - current"));
    page.add(new Text(200, 170, 11, false, "\u2022 Moved online banking onto services"));
    page.add(new Text(210, 184, 11, false, "Led a team of five developers"));
    // Lines across the whole width: one column, no rail of dates.
    for (int k = 0; k < 6; k++) {
      page.add(new Text(80, 210 + 14 * k, 11, false, "Summary line " + k + " that runs across the whole width of the page, left to right."));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Senior developer", "2020.03 - current", "Moved online banking onto services");
    assertThat(e.layout().lines().stream().filter(l -> l.marks().contains(dev.prism.core.model.Mark.LIST_ITEM)).count()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void aGridCellWrappedOntoTheRowBelowIsReadWhole() throws Exception {
    // A grid template: the title in a narrow first cell that wraps, the dates in the next cell,
    // and the first bullet flowing on after the dates in the same run.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(72, 100, 16, true, "Work"));
    page.add(new Text(72, 130, 13, false, "Globex"));
    page.add(new Text(72, 150, 11, false, "Platform Development"));
    page.add(new Text(200, 150, 11, false, "2020-02-01 - 2022-06-30  \u2022 Built the order service"));
    page.add(new Text(72, 163, 11, false, "Engineer II & III"));
    page.add(new Text(72, 200, 13, false, "Initech"));
    page.add(new Text(72, 220, 11, false, "Platform Development"));
    page.add(new Text(200, 220, 11, false, "2018-06-04 - 2018-09-28"));
    page.add(new Text(72, 233, 11, false, "Engineer - Intern"));
    // A header whose parts merely sit apart: the line below is no wrap of its first part.
    page.add(new Text(72, 270, 13, false, "Hooli"));
    page.add(new Text(72, 290, 11, false, "Data Engineer"));
    page.add(new Text(400, 290, 11, false, "2015 - 2017"));
    page.add(new Text(72, 303, 11, false, "Remote"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Platform Development Engineer II & III ¦ 2020-02-01 - 2022-06-30",
        "Built the order service", "Platform Development Engineer - Intern ¦ 2018-06-04 - 2018-09-28",
        "Data Engineer ¦ 2015 - 2017", "Remote");
  }

  @Test
  void aNarrowRailWrapsItsDatesOverSeveralLinesAndTheyAreReadAsOne() throws Exception {
    // A table whose first column is too narrow for its dates: "Jan" / "2019 to" / "Aug" / "2023"
    // beside the role and its bullets. Each wrap is taken into the cell in turn, past the rows of
    // bullets beside it; a whole date goes on with the range's word below it ("2017" / "to 2018").
    List<Text> page = new ArrayList<>();
    page.add(new Text(36, 50, 20, true, "Jordan Lee"));
    page.add(new Text(36, 80, 14, true, "Experience"));
    page.add(new Text(36, 110, 11, false, "Sep"));
    page.add(new Text(78, 110, 11, false, "Senior Software Engineer, Globex, Berlin"));
    page.add(new Text(36, 123.5f, 11, false, "2023 to"));
    page.add(new Text(36, 137, 11, false, "Present"));
    page.add(new Text(100, 136, 11, false, "\u2022 Moved billing onto an event log."));
    page.add(new Text(100, 150, 11, false, "\u2022 Ran the on-call rotation for six services."));
    page.add(new Text(36, 176, 11, false, "Jan"));
    page.add(new Text(78, 176, 11, false, "Software Engineer, Initech, Munich"));
    page.add(new Text(36, 189.5f, 11, false, "2019 to"));
    page.add(new Text(36, 203, 11, false, "Aug"));
    page.add(new Text(100, 202, 11, false, "\u2022 Built the refunds service in Go."));
    page.add(new Text(36, 216.5f, 11, false, "2023"));
    page.add(new Text(100, 215.5f, 11, false, "\u2022 Moved the queue to Kafka."));
    page.add(new Text(36, 242, 11, false, "2017"));
    page.add(new Text(78, 242, 11, false, "Junior Developer, Umbrella Labs, Hamburg"));
    page.add(new Text(36, 255.5f, 11, false, "to 2018"));
    page.add(new Text(100, 255, 11, false, "\u2022 Wrote the admin pages."));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Sep 2023 to Present ¦ Senior Software Engineer, Globex, Berlin",
        "Moved billing onto an event log.", "Jan 2019 to Aug 2023 ¦ Software Engineer, Initech, Munich",
        "Built the refunds service in Go.", "Moved the queue to Kafka.",
        "2017 to 2018 ¦ Junior Developer, Umbrella Labs, Hamburg", "Wrote the admin pages.");
  }

  @Test
  void aWholeDateRangeInAGridsFirstCellWrapsIntoNothing() throws Exception {
    // A table of jobs whose first column is just wide enough for its ranges ("2021-10 / 2022-06"):
    // the next row's range would not fit after it, but a whole range is complete in any form the
    // date grammar reads, so the row below keeps its own dates.
    List<Text> page = new ArrayList<>();
    page.add(new Text(36, 50, 20, true, "Jordan Lee"));
    page.add(new Text(36, 80, 14, true, "Experience"));
    page.add(new Text(72, 110, 11, false, "2021-10 / 2022-06"));
    page.add(new Text(189, 110, 11, false, "Globex"));
    page.add(new Text(300, 110, 11, false, "Site Reliability Engineer"));
    page.add(new Text(72, 124, 11, false, "2019-10 / 2021-09"));
    page.add(new Text(189, 124, 11, false, "Initech"));
    page.add(new Text(300, 124, 11, false, "Backend Engineer"));
    page.add(new Text(72, 138, 11, false, "10.2017 - 09.2019"));
    page.add(new Text(189, 138, 11, false, "Hooli"));
    page.add(new Text(300, 138, 11, false, "Developer"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("2021-10 / 2022-06 ¦ Globex ¦ Site Reliability Engineer",
        "2019-10 / 2021-09 ¦ Initech ¦ Backend Engineer", "10.2017 - 09.2019 ¦ Hooli ¦ Developer");
  }

  @Test
  void aLabelOverTheNextRowsLabelIsNoWrapWhereEachStandsBesideItsOwnValues() throws Exception {
    // A grid of skills: each label beside a line of values ("Backend Stack:" over "Concepts:"). The
    // label below would not fit after the one above, but a label that ends with its colon is whole:
    // the line below is the grid's next row, no wrap of it.
    List<Text> page = new ArrayList<>();
    page.add(new Text(36, 50, 20, true, "Jordan Lee"));
    page.add(new Text(36, 80, 14, true, "Skills"));
    page.add(new Text(78, 110, 11, false, "Backend Stack:"));
    page.add(new Text(180, 110, 11, false, "Python, Go, Scala, C++"));
    page.add(new Text(78, 122, 11, false, "Concepts:"));
    page.add(new Text(180, 122, 11, false, "Data Engineering, Recommender Systems, Microservices"));
    page.add(new Text(78, 134, 11, false, "Stacks:"));
    page.add(new Text(180, 134, 11, false, "Spark, Kafka, Airflow, Kubernetes"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Backend Stack: ¦ Python, Go, Scala, C++",
        "Concepts: ¦ Data Engineering, Recommender Systems, Microservices", "Stacks: ¦ Spark, Kafka, Airflow, Kubernetes");
  }

  @Test
  void anEmployerInBoldAndLargerThanTheRoleAfterItIsACellOfItsOwn() throws Exception {
    // deedy's headers: the employer in bold capitals a point larger than the role after it, one
    // word space apart: two fields. A name set in two weights at one size ("Jordan **Lee**") stays
    // one run.
    List<Text> page = new ArrayList<>();
    page.add(new Text(36, 50, 20, false, "Jordan"));
    page.add(new Text(36 + Samples.width(false, 20, "Jordan "), 50, 20, true, "Lee"));
    page.add(new Text(36, 80, 14, false, "Experience"));
    page.add(new Text(36, 110, 12, true, "GLOBEX"));
    page.add(new Text(36 + Samples.width(true, 12, "GLOBEX "), 110, 11, false, "Software Developer II"));
    page.add(new Text(36, 124, 10, false, "October 2014 – April 2020"));
    // A bold label a point larger than its values, and a name in bold a size up from its surname,
    // stay one run each.
    page.add(new Text(36, 150, 12, true, "Languages:"));
    page.add(new Text(36 + Samples.width(true, 12, "Languages: "), 150, 11, false, "Java, Kotlin, Go"));
    page.add(new Text(36, 180, 24, true, "Marta"));
    page.add(new Text(36 + Samples.width(true, 24, "Marta "), 180, 22, false, "Kowalczyk"));
    page.add(new Text(36, 210, 24, true, "MARTA"));
    page.add(new Text(36 + Samples.width(true, 24, "MARTA "), 210, 22, false, "KOWALCZYK"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Jordan Lee", "GLOBEX ¦ Software Developer II", "October 2014 – April 2020")
        .contains("Languages: Java, Kotlin, Go", "Marta Kowalczyk", "MARTA KOWALCZYK");
  }

  @Test
  void twoColumnsWhoseLinesComeAsCloseAsAWordSpaceAreStillReadColumnByColumn() throws Exception {
    // Where a left line runs up to the right half, the gap between them is a word space and the
    // two halves' words arrive as one run: the run is cut where the right half starts.
    float right = 40 + 175;
    float space = Samples.REGULAR.getStringWidth(" ") / 1000 * 9;
    String[] left = {"Moved billing onto an event log that", "replays a whole day in minutes.", "Cut the p99 latency of quotes from",
        "900 ms to 120 ms with a cache."};
    String[] rightLines = {"Ran the on-call rotation for the four", "payment services of the company.",
        "Mentored three engineers who now", "lead teams of their own at Globex."};
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    for (int k = 0; k < 4; k++) {
      String l = left[k];
      if (k == 2) {
        // This left line ends one word space before the right half begins.
        String filler = "Cut the p99 latency of all our quotes";
        while (40 + Samples.REGULAR.getStringWidth(filler + " x") / 1000 * 9 < right - space) {
          filler += " x";
        }
        l = filler;
        float end = 40 + Samples.REGULAR.getStringWidth(l) / 1000 * 9;
        page.add(new Text(40, 120 + 12 * k, 9, false, l + " ".repeat(Math.max(1, Math.round((right - end) / space))) + rightLines[k]));
      } else {
        page.add(new Text(40, 120 + 12 * k, 9, false, l));
        page.add(new Text(right, 120 + 12 * k, 9, false, rightLines[k]));
      }
    }
    page.add(new Text(40, 190, 9, false, "A closing line that runs across the whole width of the column, left to right."));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).containsSubsequence("Moved billing onto an event log that", "900 ms to 120 ms with a cache.",
        "Ran the on-call rotation for the four", "Mentored three engineers who now", "lead teams of their own at Globex.");
    assertThat(t).doesNotContain("x Mentored");
  }

  @Test
  void twoHeadersWithDatesOverABulletThatBreaksAtTheirEdgeAreNoTwoColumns() throws Exception {
    // Two roles at one employer, each "Title, Employer" with its dates at the right, over bullets;
    // one bullet's word happens to start where the dates do. The dates are the headers' cells, not
    // the right half of two columns of text: each stays on its header's line.
    float right = 450;
    float space = Samples.REGULAR.getStringWidth(" ") / 1000 * 10;
    List<Text> page = new ArrayList<>();
    page.add(new Text(148, 60, 20, true, "Jordan Lee"));
    page.add(new Text(148, 90, 10, true, "Storefront Engineering Manager, Quillstone Goods"));
    page.add(new Text(right, 90, 10, false, "Apr 2021 - Sep 2022"));
    page.add(new Text(148, 102, 10, true, "Senior Software Engineer, Quillstone Goods"));
    page.add(new Text(right, 102, 10, false, "Jan 2021 - Mar 2021"));
    page.add(new Text(160, 114, 10, false, "\u2022 Ran the weekly planning for the web team"));
    String lead = "\u2022 Wrote the design notes and reviewed the code of";
    page.add(new Text(right - space - Samples.width(false, 10, lead), 126, 10, false, lead));
    page.add(new Text(right, 126, 10, false, "every squad and"));
    page.add(new Text(172, 138, 10, false, "its leads"));
    page.add(new Text(160, 150, 10, false, "\u2022 Ran the hiring loop"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Storefront Engineering Manager, Quillstone Goods ¦ Apr 2021 - Sep 2022",
        "Senior Software Engineer, Quillstone Goods ¦ Jan 2021 - Mar 2021");
    assertThat(String.join("\n", lines)).contains("reviewed the code of every squad and");
  }

  @Test
  void twoColumnsWhoseRightHalfStacksNamesOverTheirDatesAreStillReadColumnByColumn() throws Exception {
    // The right half holds two schools, each over its years: rows of a date alone there count
    // toward a run of two columns when the half also holds rows of text.
    float right = 40 + 175;
    String[] left = {"Moved billing onto an event log that", "replays a whole day in minutes and", "cut the p99 latency of quotes from",
        "900 ms to 120 ms with a small cache."};
    String[] rightLines = {"Lakeside University, BSc", "2012 - 2016", "Northfield College, MSc", "2016 - 2018"};
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    for (int k = 0; k < 4; k++) {
      page.add(new Text(40, 120 + 12 * k, 9, false, left[k]));
      page.add(new Text(right, 120 + 12 * k, 9, false, rightLines[k]));
    }
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).containsSubsequence("Moved billing onto an event log that", "900 ms to 120 ms with a small cache.",
        "Lakeside University, BSc", "2016 - 2018");
    assertThat(t).doesNotContain("that Lakeside");
  }

  @Test
  void aLeftColumnLineEndingJustShortOfTheRightColumnInAnotherTypeIsCutThere() throws Exception {
    // A degree set in 11-point capitals overruns its column and ends about half a type size short
    // of the right column's dates in 9.5-point type, with no space drawn between: two columns'
    // texts, told apart by the change of type where a word space would keep it.
    float right = 250;
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 50, 22, false, "Jordan Lee"));
    page.add(new Text(40, 70, 10, false, "jordan.lee@example.com"));
    page.add(new Text(40, 100, 14, false, "EDUCATION"));
    page.add(new Text(right, 100, 14, false, "EXPERIENCE"));
    page.add(new Text(40, 118, 12, true, "STATE UNIVERSITY"));
    page.add(new Text(right, 118, 11, false, "GLOBEX | SENIOR SOFTWARE ENGINEER"));
    String degree = "M.S. IN DISTRIBUTED SYSTEMS WORK";
    page.add(new Text(right - 6 - Samples.width(false, 11, degree), 132, 11, false, degree));
    page.add(new Text(right, 132, 9.5f, false, "Jan 2019 - Present | Springfield, CA"));
    String[] leftRest = {"Aug 2015 - Dec 2016 | Springfield", "Thesis on consensus protocols", "Teaching assistant, two terms"};
    String[] bullets = {"Built the ledger service in Java and Kafka", "Led the move of billing onto an event log",
        "Cut the p99 latency of quotes by 80%", "Mentored three engineers"};
    for (int i = 0; i < bullets.length; i++) {
      if (i < leftRest.length) {
        page.add(new Text(40, 146 + 12 * i, 9.5f, false, leftRest[i]));
      }
      page.add(new Text(right + 12, 146 + 12 * i, 9.5f, false, "\u2022 " + bullets[i]));
    }
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).contains(degree).containsSubsequence("STATE UNIVERSITY", degree, "Aug 2015 - Dec 2016 | Springfield",
        "Teaching assistant, two terms", "GLOBEX | SENIOR SOFTWARE ENGINEER", "Jan 2019 - Present | Springfield, CA");
  }

  @Test
  void aWrappedGridCellGluedToItsDatesGoesBackBeforeThem() throws Exception {
    // A grid whose title cell runs into the dates cell with no space drawn between them; the
    // title wraps onto the row below, and a third cell holds a web address.
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(72, 100, 16, true, "Work"));
    page.add(new Text(72, 150, 11, false, "Platform Engineer (Contract,2021-03-01 - 2022-01-01"));
    page.add(new Text(380, 150, 11, false, "https://globex.example"));
    page.add(new Text(72, 163, 11, false, "Part-time)"));
    page.add(new Text(72, 200, 11, false, "Data Engineer (Full-"));
    page.add(new Text(184, 200, 11, false, "2019-03-01 - 2021-02-01"));
    page.add(new Text(380, 200, 11, false, "https://initech.example"));
    page.add(new Text(72, 213, 11, false, "time)"));
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence(
        "Platform Engineer (Contract, Part-time) ¦ 2021-03-01 - 2022-01-01 ¦ https://globex.example",
        "Data Engineer (Full-time) ¦ 2019-03-01 - 2021-02-01 ¦ https://initech.example");
  }

  @Test
  void aGridCellWrappedJustShortOfTheNextCellIsReadWhole() throws Exception {
    // A table whose title cell wrapped its last word, though the word alone would have reached
    // only just short of the dates cell: the cell's padding left it no room there.
    float title = Samples.width(false, 11, "Lead Senior Platform ");
    float word = Samples.width(false, 11, "Engineer");
    float dates = 72 + title + word + 1;
    List<Text> page = new ArrayList<>();
    page.add(new Text(72, 60, 22, false, "Jordan Lee"));
    page.add(new Text(72, 100, 16, true, "Work"));
    page.add(new Text(72, 130, 13, true, "Globex"));
    page.add(new Text(72, 150, 11, false, "Lead Senior Platform"));
    page.add(new Text(dates, 150, 11, false, "2019-03-01 - Present"));
    page.add(new Text(380, 150, 11, false, "https://globex.example"));
    page.add(new Text(72, 163, 11, false, "Engineer"));
    page.add(new Text(72, 190, 11, false, "Globex sells freight software to ports across the north."));
    page.add(new Text(72, 220, 13, true, "Initech"));
    page.add(new Text(72, 240, 11, false, "Data Engineer"));
    page.add(new Text(dates, 240, 11, false, "2016-02-01 - 2019-02-01"));
    page.add(new Text(380, 240, 11, false, "https://initech.example"));
    page.add(new Text(72, 270, 11, false, "Initech builds payroll tools for small firms in the region."));
    // A numbered list whose items stand as near their numbers: each number is its own row's.
    float item = 72 + Samples.width(false, 11, "2. 3.") + 1;
    String[] items = {"Moved the payroll runs onto a queue.", "Cut the nightly export from hours to minutes.",
        "Wrote the guide for new starters."};
    for (int k = 0; k < 3; k++) {
      page.add(new Text(72, 300 + 14 * k, 11, false, (k + 1) + "."));
      page.add(new Text(item, 300 + 14 * k, 11, false, items[k]));
    }
    List<String> lines = Samples.linesWithCells(reader.read(Samples.pdf(List.of(page))));
    assertThat(lines).containsSubsequence("Lead Senior Platform Engineer ¦ 2019-03-01 - Present ¦ https://globex.example",
        "Data Engineer ¦ 2016-02-01 - 2019-02-01 ¦ https://initech.example", "2. ¦ " + items[1], "3. ¦ " + items[2]);
  }

  @Test
  void bulletsLaidOutInTwoColumnsAreReadColumnByColumn() throws Exception {
    // A template that flows a job's bullets down the left half of the column and on in the right.
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    String[] left = {"Moved billing onto an event log that", "replays a whole day in minutes.", "Cut the p99 latency of quotes from",
        "900 ms to 120 ms with a cache."};
    String[] right = {"Ran the on-call rotation for the four", "payment services of the company.", "Mentored three engineers who now",
        "lead teams of their own at Globex."};
    for (int k = 0; k < 4; k++) {
      // Both halves filled to their width, as wrapped text is.
      page.add(new Text(40, 120 + 12 * k, 9, false, left[k]));
      page.add(new Text(40 + 175, 120 + 12 * k, 9, false, right[k]));
    }
    page.add(new Text(40, 190, 9, false, "A closing line that runs across the whole width of the column, left to right."));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).containsSubsequence("Moved billing onto an event log that", "900 ms to 120 ms with a cache.",
        "Ran the on-call rotation for the four", "lead teams of their own at Globex.");
    assertThat(t).doesNotContain("that  Ran");
  }

  @Test
  void twoRowsOfBulletsInTwoHalvesAreReadColumnByColumnWhereGlyphsMarkBoth() throws Exception {
    // A short list flowed through two halves only two rows deep: the list glyphs before items in
    // each half tell it from a header's two rows (title and dates, employer and place).
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    page.add(new Text(40, 120, 9, false, "\u2022 Moved billing onto an event log that"));
    page.add(new Text(40 + 175, 120, 9, false, "\u2022 Ran the on-call rotation for the four"));
    page.add(new Text(40, 132, 9, false, "replays a whole day in minutes for audits."));
    page.add(new Text(40 + 175, 132, 9, false, "payment services of the company."));
    page.add(new Text(40, 170, 9, false, "A closing line that runs across the whole width of the column, left to right."));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("Moved billing onto an event log that replays a whole day in minutes for audits.\n",
        "Ran the on-call rotation for the four payment services of the company.\n");
  }

  @Test
  void textThatCrossesTheDatesEdgeUnderAHeaderIsOneColumn() throws Exception {
    // A header with its dates flush right, then a description whose lines run past where the dates
    // start: each line crosses that edge at a word break that falls wherever its words do, so the
    // lines are no second column beside the header's first.
    String lead = "Senior level systems engineer running the operations and the growth of the big ";
    float dates = 55 + Samples.width(false, 9, lead) - 1f;
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Experience"));
    page.add(new Text(40, 130, 9, true, "Globex Network Group - Edge Operations, Systems Engineer"));
    page.add(new Text(dates, 130, 9, false, "Jul 2011 - Jul 2012"));
    page.add(new Text(55, 143, 9, false, lead + "edge network"));
    page.add(new Text(55.8f, 155, 9, false, lead + "video services"));
    page.add(new Text(55, 167, 9, false, "and its partners."));
    page.add(new Text(40, 190, 9, true, "Initech Labs, Developer"));
    page.add(new Text(dates, 190, 9, false, "Jan 2008 - Jun 2011"));
    page.add(new Text(55, 203, 9, false, "Built the billing service."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.text()).contains(lead + "edge network", lead + "video services");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()))
        .extracting(j -> j.dates() == null ? null : j.dates().start().year())
        .containsExactly(2011, 2008);
  }

  @Test
  void rightHalfItemsWhoseHangingGlyphIsCutAtTheSplitStillMakeTwoHalves() throws Exception {
    // Two halves of bullets; the right half's items hang their glyph left of the text edge (a
    // hanging indent); the right half's first row goes on with an item, so the split is the text
    // edge; a glyph row's left line runs to one word space before the glyph, so the reader joins them.
    float hang = Samples.width(false, 9, "\u2022 ");
    String filler = "Cut the p99 latency of all our quotes";
    while (40 + Samples.width(false, 9, filler + " x") < 210) {
      filler += " x";
    }
    float glyphX = 40 + Samples.width(false, 9, filler + " ");
    float right = glyphX + hang;
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    page.add(new Text(40, 120, 9, false, "\u2022 Moved billing onto an event log that"));
    page.add(new Text(right, 120, 9, false, "rotation for the four payment services."));
    page.add(new Text(40, 132, 9, false, filler + " \u2022 Mentored three engineers who now"));
    page.add(new Text(40, 144, 9, false, "replays a whole day in minutes for audits."));
    page.add(new Text(right, 144, 9, false, "lead teams of their own at Globex."));
    page.add(new Text(40, 156, 9, false, "\u2022 Cut the p99 latency of quotes from"));
    page.add(new Text(glyphX, 156, 9, false, "\u2022 Hired and onboarded nine engineers"));
    page.add(new Text(40, 168, 9, false, "900 ms to 120 ms with a cache in front."));
    page.add(new Text(right, 168, 9, false, "across two offices in one quarter."));
    page.add(new Text(40, 200, 9, false, "A closing line that runs across the whole width of the column, left to right."));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("Mentored three engineers who now lead teams of their own at Globex.");
  }

  @Test
  void aListGlyphSetJustBelowItsTextStaysOnItsLineBesideAHigherSidebarWord() throws Exception {
    // A theme draws each bullet's glyph half a point below the text's baseline; a skills sidebar
    // on the right sets its words a little higher. The glyph still opens its own line's item.
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Experience"));
    page.add(new Text(470, 100, 12, true, "Skills"));
    page.add(new Text(40, 120, 10, true, "Staff Engineer, Globex  2019 - 2023"));
    String[] bullets = {"Built the billing service that settles every invoice.", "Moved the queue onto a managed cluster.",
        "Cut the p99 latency of quotes to 120 ms."};
    String[] skills = {"Kafka", "Redis", "Go"};
    for (int k = 0; k < 3; k++) {
      float y = 140 + 16 * k;
      page.add(new Text(470, y - 2.2f, 7.6f, false, skills[k]));
      page.add(new Text(40, y + 0.5f, 7.6f, false, "\u2022"));
      page.add(new Text(46, y, 7.6f, false, bullets[k]));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).flatMap(j -> j.bullets().stream()))
        .extracting(b -> b.text())
        .containsExactly(bullets);
  }

  @Test
  void aBulletWrappingDownTheLeftHalfIsNoGridCell() throws Exception {
    // Two halves of bullets: the left half's bullet wraps over three rows, each starting where
    // the one above does, beside the right half's own rows. It is running text, not a grid's
    // first cell wrapped under it, and reads as one bullet.
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    page.add(new Text(40, 100, 12, true, "Senior Engineer at Globex, from 2021 to the present day in Berlin"));
    // The list's glyphs stand inside the text's width: a wrapped line starts under the glyph.
    String[] left = {"\u2022 Moved billing onto an event log that", "replays a whole day of payments in", "minutes for the audit team of Globex.",
        "\u2022 Cut the p99 latency of quotes from"};
    String[] right = {"\u2022 Ran the on-call rotation for the four", "payment services of the company.", "\u2022 Mentored three engineers who",
        "now lead teams of their own at Globex."};
    for (int k = 0; k < 4; k++) {
      page.add(new Text(40, 120 + 12 * k, 9, false, left[k]));
      page.add(new Text(40 + 175, 120 + 12 * k, 9, false, right[k]));
    }
    page.add(new Text(40, 190, 9, false, "A closing line that runs across the whole width of the column, left to right."));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("Moved billing onto an event log that replays a whole day of payments in minutes for the audit team of Globex.");
  }

  @Test
  void aParagraphWrappedBeforeACapitalIsOneLine() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Jordan Lee"));
    String[] para = {"Lead engineer on a new analytics platform for the studio that serves every", "team of the Games and",
        "Creation group with dashboards, alerts and reports, hosted on managed cloud", "services in two regions."};
    // The third line opens with a capital inside the sentence.
    String[] lines = {para[0], "team of the Games division with ingestion, reporting and alerting on one shared",
        para[2], para[3]};
    for (int k = 0; k < lines.length; k++) {
      page.add(new Text(40, 100 + 11 * k, 9, false, lines[k]));
    }
    page.add(new Text(40, 160, 12, true, "Education"));
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("one shared Creation group with dashboards");
  }

  @Test
  void theMonthAFileWasWrittenIsKeptForPresent() throws Exception {
    // "Present" on a resume written in 2015 means 2015, not today: the reader hands the engine the
    // month the file says it was modified.
    byte[] plain = Samples.resumePdf();
    byte[] dated;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(plain); var out = new java.io.ByteArrayOutputStream()) {
      java.util.Calendar c = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
      c.clear();
      c.set(2015, java.util.Calendar.JUNE, 14);
      doc.getDocumentInformation().setModificationDate(c);
      doc.save(out);
      dated = out.toByteArray();
    }
    assertThat(reader.read(dated).layout().written()).isEqualTo(new dev.prism.core.model.PartialDate(2015, 6));
  }
  @Test
  void aRailOfHeadingsUnderAnAddressSetOnTheLeftOpensEachSection() throws Exception {
    // moderncv's fancy style: the address and contact stand on the left above the body, whose
    // section headings stand in the left margin level with each section's first entry. The strip
    // holds more contact lines than headings, yet from its first heading down it is a rail: each
    // heading opens its section instead of all three being read before the first job.
    List<Text> page = new ArrayList<>();
    page.add(new Text(180, 80, 24, false, "Casey Moreau"));
    String[] contact = {"4 Harbour Lane", "Lowtown", "Freedonia", "+1 555 0188", "casey@example.org", "cmoreau"};
    for (int k = 0; k < contact.length; k++) {
      page.add(new Text(40, 60 + 12 * k, 10, false, contact[k]));
    }
    float y = 170;
    String[][] sections = {
        {"Experience", "Platform Engineer, Orbit Freight, Lowtown.", "Developer, Quill Studio, Hightown.", "Intern, Lantern Labs, Hightown."},
        {"Education", "B.Sc. Computer Science, Freedonia Polytechnic, Hightown."},
        {"Skills", "Languages: Go, Java, SQL"}};
    for (String[] section : sections) {
      page.add(new Text(40, y, 14.3f, false, section[0]));
      for (int k = 1; k < section.length; k++) {
        page.add(new Text(180, y, 10.9f, false, section[k]));
        page.add(new Text(552 - Samples.width(false, 10.9f, "2019–2021"), y, 10.9f, false, "2019–2021"));
        page.add(new Text(190, y + 13, 10, false, "Built and ran the service this entry describes, from its first design to its on-call rota."));
        page.add(new Text(190, y + 26, 10, false, "Wrote its tests and its runbook, and taught two new engineers to run it."));
        y += 50;
      }
      y += 20;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Experience", "Platform Engineer, Orbit Freight, Lowtown. ¦ 2019–2021",
        "Intern, Lantern Labs, Hightown. ¦ 2019–2021", "Wrote its tests and its runbook, and taught two new engineers to run it.", "Education",
        "B.Sc. Computer Science, Freedonia Polytechnic, Hightown. ¦ 2019–2021", "Wrote its tests and its runbook, and taught two new engineers to run it.", "Skills");
  }

  @Test
  void aSidebarUnderANameSetAcrossTheGutterIsReadAsOneBlock() throws Exception {
    // moderncv's oldstyle: the name and title in large type from the left margin across the
    // page, then the address and contact in a narrow strip beside the start of the main column.
    // On a short page the two large lines alone crossed the gutter often enough to hide it, and
    // the strip's lines were read in between the main column's.
    List<Text> page = new ArrayList<>();
    page.add(new Text(60, 70, 24, false, "Casey Moreau"));
    page.add(new Text(60, 100, 17, false, "Backend Engineer"));
    String[] contact = {"4 Harbour Lane", "Lowtown", "Freedonia", "+1 555 0188", "casey@example.org", "cmoreau"};
    for (int k = 0; k < contact.length; k++) {
      page.add(new Text(60, 155 + 12 * k, 9, false, contact[k]));
    }
    page.add(new Text(172, 152, 14.3f, false, "Experience"));
    float y = 174;
    for (String job : new String[] {"Platform Engineer, Orbit Freight, Lowtown.", "Developer, Quill Studio, Hightown.",
        "Intern, Lantern Labs, Hightown."}) {
      page.add(new Text(172, y, 10.9f, false, job));
      page.add(new Text(552 - Samples.width(false, 10.9f, "2019–2021"), y, 10.9f, false, "2019–2021"));
      page.add(new Text(178, y + 14, 10, false, "Built and ran the service this entry describes, from its first design to its on-call rota."));
      page.add(new Text(178, y + 27, 10, false, "Wrote its tests and its runbook, and taught two new engineers to run it."));
      y += 45;
    }
    page.add(new Text(172, y + 10, 14.3f, false, "Education"));
    page.add(new Text(172, y + 30, 10.9f, false, "B.Sc. Computer Science, Freedonia Polytechnic, Hightown."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    List<String> lines = Samples.linesWithCells(e);
    // The strip's lines together, the main column's together (which comes first does not matter).
    assertThat(lines).containsSequence("4 Harbour Lane", "Lowtown", "Freedonia")
        .containsSequence("Experience", "Platform Engineer, Orbit Freight, Lowtown. ¦ 2019–2021",
            "Built and ran the service this entry describes, from its first design to its on-call rota.",
            "Wrote its tests and its runbook, and taught two new engineers to run it.",
            "Developer, Quill Studio, Hightown. ¦ 2019–2021")
        .noneMatch(l -> l.contains("casey@example.org") && l.contains("Built"));
  }

  /**
   * A role set in bold before the sentence about the job on one row ("Computer Engineer II
   * Perform …", a Typst or LaTeX description list): the bold lead is a cell of its own, and the
   * role heads the job under its employer's line. Bold words inside a sentence cut nothing.
   */
  @Test
  void aBoldLeadBeforeASentenceIsACellOfItsOwn() throws Exception {
    float lead = 67 + Samples.width(true, 10, "Computer Engineer II ");
    float inside = 67 + Samples.width(false, 10, "Built the ");
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(57, 40, 15, true, "Dana Quill"),
        new Text(57, 68, 14, true, "Work Experience"),
        new Text(57, 84, 10, true, "Globex"),
        new Text(260, 84, 10, false, "Columbus, OH"),
        new Text(460, 84, 10, false, "(Feb 2023 \u2013 present)"),
        new Text(67, 104, 10, true, "Computer Engineer II"),
        new Text(lead, 104, 10, false, "Perform reverse-engineering and vulnerability research for the lab."),
        new Text(57, 128, 10, true, "Initech"),
        new Text(260, 128, 10, false, "Columbus, OH"),
        new Text(460, 128, 10, false, "(May 2021 \u2013 Jan 2023)"),
        new Text(67, 148, 10, false, "Built the"),
        new Text(inside, 148, 10, true, "release pipelines"),
        new Text(inside + Samples.width(true, 10, "release pipelines "), 148, 10, false, "of several products with GitLab CI.")))));
    assertThat(Samples.linesWithCells(e)).contains("Computer Engineer II ¦ Perform reverse-engineering and vulnerability research for the lab.",
        "Built the release pipelines of several products with GitLab CI.");
    Resume r = Segmenter.segment(e);
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0))
        .satisfies(job -> {
          assertThat(job.title().value()).isEqualTo("Computer Engineer II");
          assertThat(job.organization().value()).isEqualTo("Globex");
        });
  }

  /**
   * A name with the document's word after it ("Dana Quill Résumé") opens the page as the name:
   * no line below it, a section's heading least of all, is moved above it as the person's name.
   */
  @Test
  void aNameWithTheDocumentsWordStaysFirst() throws Exception {
    Extraction e = reader.read(Samples.pdf(List.of(List.of(
        new Text(57, 40, 15, true, "Dana Quill R\u00e9sum\u00e9"),
        new Text(57, 68, 14, true, "Work Experience"),
        new Text(57, 84, 10, true, "Globex"),
        new Text(460, 84, 10, false, "Feb 2023 \u2013 present"),
        new Text(67, 104, 10, false, "Built the ledger service that books every payment of the shop.")))));
    assertThat(Samples.linesWithCells(e).get(0)).isEqualTo("Dana Quill R\u00e9sum\u00e9");
    assertThat(Segmenter.segment(e).contact().name().value()).isEqualTo("Dana Quill");
  }
}
