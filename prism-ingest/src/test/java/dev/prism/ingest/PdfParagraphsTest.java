package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Samples.Text;
import dev.prism.ingest.pdf.PdfReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where the PDF reader puts blank lines: at real gaps between blocks, not inside or after them. */
class PdfParagraphsTest {
  private final PdfReader reader = new PdfReader();

  /**
   * Body text at 10 points on a 12-point leading; a step of 20 points between two jobs is eight
   * points of space beyond the leading, where a threshold of twice the type size saw none.
   */
  private static byte[] compactResume() {
    return Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.com | +1 555 010 2030 | Austin, TX"),
        new Text(72, 110, 12, true, "SUMMARY"),
        new Text(72, 128, 10, false, "Backend engineer who builds payment and ledger services for growing teams, startups and small firms and"),
        new Text(72, 140, 10, false, "keeps the on-call load of the whole platform group low."),
        new Text(72, 170, 12, true, "EXPERIENCE"),
        new Text(72, 188, 10, true, "Senior Backend Engineer | Acme Corp"),
        new Text(460, 188, 10, false, "Jan 2020 - Present"),
        new Text(80, 200, 10, false, "\u2022 Cut p99 latency of the orders API from 480 ms to 120 ms by adding a"),
        new Text(88, 212, 10, false, "Redis read-through cache in front of PostgreSQL"),
        new Text(80, 224, 10, false, "\u2022 Led the migration of 14 services to Kafka"),
        new Text(72, 244, 10, true, "Backend Engineer | Globex"),
        new Text(460, 244, 10, false, "2016 - 2019"),
        new Text(80, 256, 10, false, "\u2022 Built the billing service that invoices 3,000 customers"),
        new Text(72, 290, 12, true, "EDUCATION"),
        new Text(72, 308, 10, true, "BSc Computer Science, State University"),
        new Text(460, 308, 10, false, "2012 - 2016"))));
  }

  @Test
  void aWrappedParagraphOrBulletGetsNoBlankLineBeforeIt() throws Exception {
    String t = reader.read(compactResume()).text();
    // The gap is measured to the paragraph's first line, not its last.
    assertThat(t).contains("SUMMARY\nBackend engineer who builds payment and ledger services for growing teams, startups and small firms and"
        + " keeps the on-call load of the whole platform group low.\n");
    assertThat(t).contains("Jan 2020 - Present\nCut p99 latency of the orders API from 480 ms to 120 ms by adding a"
        + " Redis read-through cache in front of PostgreSQL\nLed the migration");
  }

  @Test
  void aGapWiderThanTheLeadingBetweenTwoJobsIsABlankLine() throws Exception {
    String t = reader.read(compactResume()).text();
    assertThat(t).contains("to Kafka\n\nBackend Engineer | Globex");
    assertThat(t).contains("low.\n\nEXPERIENCE\n");
    Resume r = Segmenter.segment(reader.read(compactResume()));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.organization().value())
        .containsExactly("Acme Corp", "Globex");
  }

  @Test
  void aLineThatEndsShortOfTheMarginEndsItsBullet() throws Exception {
    // A theme that draws no glyphs before a job's points and ends none with a full stop: a point
    // that stops well before the right margin, though long, is not wrapped onto the next line,
    // which starts a point of its own. One that runs to the margin does go on.
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 84, 10, false, "jordan.lee@example.com | +1 555 010 2030"),
        new Text(72, 120, 12, true, "EXPERIENCE"),
        new Text(72, 140, 10, true, "Backend Engineer at Globex"),
        new Text(460, 140, 10, false, "2018 - 2021"),
        new Text(72, 154, 10, false, "Built a REST API on serverless functions which serves the billing portal"),
        new Text(72, 166, 10, false, "Created a process to register the DNS names of new instances on AWS"),
        new Text(72, 178, 10, false, "Moved the nightly invoice run onto a queue that retries each failed invoice twice over and then reports"),
        new Text(72, 190, 10, false, "Every failure to the team that owns the customer's account"),
        new Text(72, 220, 12, true, "EDUCATION"),
        new Text(72, 238, 10, true, "BSc Computer Science, State University"),
        new Text(460, 238, 10, false, "2014 - 2018"))));
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries().get(0).bullets())
        .extracting(b -> b.text())
        .containsExactly("Built a REST API on serverless functions which serves the billing portal",
            "Created a process to register the DNS names of new instances on AWS",
            "Moved the nightly invoice run onto a queue that retries each failed invoice twice over and then reports"
                + " Every failure to the team that owns the customer's account");
  }

  @Test
  void looselySetTextIsNotCutIntoParagraphsAtEveryLine() throws Exception {
    // Double-spaced (a 22-point step for 10-point type): what counts as a gap is measured against
    // that spacing, not against the type size.
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 84, 10, false, "jordan.lee@example.com | +1 555 010 2030"),
        new Text(72, 120, 12, true, "SUMMARY"),
        new Text(72, 144, 10, false, "Backend engineer who builds payment and ledger services for growing teams, startups and small firms and"),
        new Text(72, 166, 10, false, "keeps the on-call load of the whole platform group low, with runbooks and"),
        new Text(72, 188, 10, false, "alerts that page only for what a person must fix."),
        new Text(72, 210, 10, false, "Mentor to four engineers."),
        new Text(72, 232, 10, false, "Speaker at two regional conferences."),
        new Text(72, 254, 10, false, "Maintainer of an open-source queue library."))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("what a person must fix.\nMentor to four engineers.\nSpeaker at two");
  }

  @Test
  void aHeaderCellCutAfterACommaOrADashGoesOnBelowBeforeItsDates() throws Exception {
    // The role and employer wrap inside their cell; the dates stand at the right of the first
    // line. Cut after a comma or "- A", the cell's end is the short line below. Ending on a whole
    // word (a team's letter, "Squad A"), the line below is the employer set under the role, a
    // line of its own.
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 84, 10, false, "jordan.lee@example.com"),
        new Text(72, 120, 12, true, "WORK EXPERIENCE"),
        new Text(72, 140, 11, true, "Systems Manager & Developer at Brindlecorp Management Group,"),
        new Text(460, 140, 11, false, "Aug 2003 - Mar 2009"),
        new Text(72, 154, 11, false, "Inc."),
        new Text(80, 172, 10, false, "\u2022 Built the claims system"),
        new Text(72, 196, 11, true, "Solutions Architect at Hooli Inquiry - A"),
        new Text(460, 196, 11, false, "Dec 2016 - Current"),
        new Text(72, 210, 11, false, "Globex Company"),
        new Text(80, 228, 10, false, "\u2022 Designed the exchange feeds"),
        new Text(72, 252, 11, true, "Developer, Squad A"),
        new Text(460, 252, 11, false, "2016 - 2019"),
        new Text(72, 266, 11, false, "Initech"),
        new Text(80, 284, 10, false, "\u2022 Ran the builds"))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Brindlecorp Management Group, Inc.  Aug 2003 - Mar 2009\n");
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.organization().value())
        .containsExactly("Brindlecorp Management Group, Inc.", "Hooli Inquiry - A Globex Company", "Initech");
  }

  @Test
  void aPageSetBoldThroughoutHasNoLineSetApartByItsWeight() throws Exception {
    // Every line in bold, the headings no larger than the text: weight tells nothing, and the
    // role under each employer is the header's, no heading of its own.
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 10, true, "Chen Lee"),
        new Text(72, 74, 10, true, "chen@example.com"),
        new Text(72, 100, 10, true, "Experience"),
        new Text(72, 120, 10, true, "Globex"),
        new Text(460, 120, 10, true, "2019.5 - Present"),
        new Text(72, 134, 10, true, "Team Lead, Backend Engineer"),
        new Text(80, 150, 10, true, "\u2022 Ran the team of six."),
        new Text(80, 164, 10, true, "\u2022 Designed the queue."),
        new Text(72, 186, 10, true, "Quillmark"),
        new Text(460, 186, 10, true, "2018.9 - 2019.2"),
        new Text(72, 200, 10, true, "Backend Engineer"),
        new Text(80, 216, 10, true, "\u2022 Built the friend finder."),
        new Text(72, 240, 10, true, "Education"),
        new Text(72, 260, 10, true, "B.Eng. Computer Science, Lindenau University"),
        new Text(460, 260, 10, true, "2017.6"))));
    // The reader tells the weight relative to the body's, as it tells the size.
    assertThat(reader.read(pdf).layout().lines()).noneMatch(l -> l.style().bold());
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).flatMap(sec -> sec.entries().stream()))
        .extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("Team Lead, Backend Engineer | Globex", "Backend Engineer | Quillmark");
  }

  /**
   * A right-hand sidebar as browsers lay it out: an institution's name broken at its hyphen, and a
   * contact list whose location is followed by a web address. The first is one line; the second are
   * two, though the address starts in lower case as a continued sentence would.
   */
  private static byte[] sidebarPdf() {
    List<Text> page = new java.util.ArrayList<>();
    page.add(new Text(42, 64, 24, false, "Priya Raman"));
    String[] main = {"EXPERIENCE", "Senior Backend Engineer, Tessellate Health (2021 - 2024)",
        "\u2022 Owned the claims API serving 600 requests per second", "Backend Engineer, Quillstone (2018 - 2021)",
        "\u2022 Wrote a Redis-backed rate limiter used by 30 services", "\u2022 Ran load tests before each release"};
    for (int i = 0; i < main.length; i++) {
      page.add(new Text(42, 108 + i * 14, 10, i == 0, main[i]));
    }
    String[] side = {"CONTACT", "priya.r@example.net", "Chicago, Illinois", "github.com/praman", "EDUCATION",
        "University of Illinois Urbana-", "Champaign", "B.S. Computer Engineering", "Aug 2014 - May 2018"};
    for (int i = 0; i < side.length; i++) {
      page.add(new Text(400, 108 + i * 13, 10, side[i].equals("CONTACT") || side[i].equals("EDUCATION"), side[i]));
    }
    return Samples.pdf(List.of(page));
  }

  @Test
  void aNameBrokenAtItsHyphenIsOneLine() throws Exception {
    String t = reader.read(sidebarPdf()).text();
    assertThat(t).contains("\nUniversity of Illinois Urbana-Champaign\nB.S. Computer Engineering\n");
    Resume r = Segmenter.segment(reader.read(sidebarPdf()));
    assertThat(r.sections(SectionKind.EDUCATION).findFirst().orElseThrow().entries())
        .extracting(e -> e.organization().value())
        .containsExactly("University of Illinois Urbana-Champaign");
  }

  @Test
  void aWebAddressInLowerCaseStartsALineOfItsOwn() throws Exception {
    assertThat(reader.read(sidebarPdf()).text()).contains("\nChicago, Illinois\ngithub.com/praman\n");
  }

  /** A sidebar that wraps a school's name after "and": the name is one line, as is "Technology" in it. */
  @Test
  void aNameWrappedAfterAndIsOneLine() throws Exception {
    List<Text> page = new java.util.ArrayList<>();
    page.add(new Text(42, 64, 24, false, "Tomasz Wierzbicki"));
    for (int i = 0; i < 6; i++) {
      page.add(new Text(42, 108 + i * 14, 10, false, "Main column line " + (i + 1) + " about the payments platform"));
    }
    String[] side = {"EDUCATION", "AGH University of Science and", "Technology", "M.Sc. Computer Science", "2012 - 2017",
        "SKILLS", "Go, Rust, Python"};
    for (int i = 0; i < side.length; i++) {
      page.add(new Text(400, 108 + i * 13, 10, side[i].equals("SKILLS") || side[i].equals("EDUCATION"), side[i]));
    }
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("\nAGH University of Science and Technology\nM.Sc. Computer Science\n");
  }

  /**
   * A date range cut after its dash by a narrow column ("sept. 2016 \u2013" / "déc. 2019") goes on
   * with its end date, though a banner across the page makes the column look wider than it is.
   */
  @Test
  void aDateRangeCutAfterItsDashIsOneLine() throws Exception {
    List<Text> page = new java.util.ArrayList<>();
    page.add(new Text(42, 64, 20, false, "Élodie Marchand"));
    page.add(new Text(42, 84, 9, false, "elodie.marchand@example.fr · 06 12 34 56 78 · Lyon, France · github.com/emarchand and more"));
    String[] left = {"Développeuse backend", "Rhône Assurances, Villeurbanne · sept. 2016 \u2013", "déc. 2019",
        "Développement d'API REST en Java pour 40 applications.", "Tests de charge avec Gatling avant chaque version."};
    for (int i = 0; i < left.length; i++) {
      page.add(new Text(42, 110 + i * 12, 9, false, left[i]));
      page.add(new Text(320, 116 + i * 12, 9, false, "Right column line " + (i + 1) + " about the search work"));
    }
    String t = reader.read(Samples.pdf(List.of(page))).text();
    assertThat(t).contains("\nRhône Assurances, Villeurbanne · sept. 2016 \u2013 déc. 2019\n");
  }

  /**
   * A header's dates set flush right on the first bullet's baseline go on a line of their own
   * before the bullet, whatever language their open end is in: the open ends come from the
   * lexicon's date words, not from an English few spelled in the reader.
   */
  @Test
  void datesBesideTheFirstBulletLeaveItInAnyLanguage() throws Exception {
    String t = reader.read(Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jonas Weber"),
        new Text(72, 80, 10, false, "jonas.weber@example.de | Hamburg"),
        new Text(72, 110, 12, true, "BERUFSERFAHRUNG"),
        new Text(72, 128, 10, true, "Backend-Entwickler | Hafenlogistik GmbH"),
        new Text(80, 140, 10, false, "\u2022 Zahlungsdienst in Go gebaut, 2.000 Anfragen pro Sekunde"),
        new Text(440, 140, 10, false, "Okt. 2019 \u2013 heute"),
        new Text(80, 152, 10, false, "\u2022 Zwölf Dienste nach Kafka umgezogen"))))).text();
    assertThat(t).contains("Okt. 2019 \u2013 heute\nZahlungsdienst in Go gebaut");
  }

  /**
   * A date range longer than the box a template sets dates in runs into the title beside it with
   * no space between them ("2019-presentSenior DevOps Engineer"): the dates are a cell of their
   * own, and the title reads whole.
   */
  @Test
  void aDateRangeRunIntoTheTitleBesideItIsACellOfItsOwn() throws Exception {
    float after = 72 + Samples.width(false, 10, "2019-present");
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.com | Leeds"),
        new Text(72, 110, 12, true, "EMPLOYMENT"),
        new Text(72, 128, 10, false, "2019-present"),
        new Text(after, 128, 10, true, "Senior DevOps Engineer"),
        new Text(470, 128, 8, false, "Alliants"),
        new Text(130, 140, 10, false, "\u2022 Cut the build time of the main pipeline by 70%"),
        new Text(72, 160, 10, false, "2016-2019"),
        new Text(130, 160, 10, true, "Infrastructure Engineer"),
        new Text(470, 160, 8, false, "LiveLink"),
        new Text(130, 172, 10, false, "\u2022 Ran a ceph cluster of 2.7 PB"))));
    String t = reader.read(pdf).text();
    assertThat(t).doesNotContain("presentSenior");
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value() + " | " + e.dates().start().iso())
        .containsExactly("Senior DevOps Engineer | Alliants | 2019", "Infrastructure Engineer | LiveLink | 2016");
  }

  /**
   * A list item broken by hand (a word processor's heading inside a list item, its place on the
   * line below): the item's line ends far short of the margin, and the next line, starting where
   * the item's text starts, is a line of its own. An item that runs to the margin still wraps.
   */
  @Test
  void anItemBrokenByHandShortOfTheMarginIsNoWrap() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Chen Wu"),
        new Text(72, 80, 10, false, "chen.wu@example.fr | Paris"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(62, 130, 10, true, "\u2022"),
        new Text(72, 130, 10, true, "Senior Software Engineer \u2014 Globex Ltd"),
        new Text(72, 142, 10, true, "Madrid, Community of Madrid, Spain"),
        new Text(72, 154, 10, false, "Jul 2019 \u2013 Jun 2022"),
        new Text(72, 166, 10, false, "Built the payment services and the ledger that every product of the company books into."),
        new Text(72, 178, 10, false, "Ran them on call for three years, with runbooks and alerts that page only for real faults."),
        new Text(62, 196, 10, true, "\u2022"),
        new Text(72, 196, 10, true, "Automation Engineer \u2014 Initech"),
        new Text(72, 208, 10, true, "Campinas, Brazil"),
        new Text(72, 220, 10, false, "Jan 2010 \u2013 Jan 2011"),
        new Text(72, 232, 10, false, "Built the water metering controllers."))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Senior Software Engineer \u2014 Globex Ltd\nMadrid, Community of Madrid, Spain\n");
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value() + " | " + e.location().value())
        .containsExactly("Senior Software Engineer | Globex Ltd | Madrid",
            "Automation Engineer | Initech | Campinas, Brazil");
  }

  /**
   * An item whose line stops short because its next word would not fit, or that a sentence runs
   * on from, still wraps: only a line that reads as a title (two words or more, hardly any in lower
   * case) is broken by hand.
   */
  @Test
  void anItemCutShortInsideItsSentenceStillWraps() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Chen Wu"),
        new Text(72, 80, 10, false, "chen.wu@example.fr | Paris"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(72, 130, 10, true, "Backend Engineer, Globex"),
        new Text(460, 130, 10, false, "2019 - 2023"),
        new Text(62, 146, 10, false, "\u2022"),
        new Text(72, 146, 10, false, "Maintained"),
        new Text(72, 158, 10, false, "PostgreSQLReplicationManagerClusterTooling for the operations team."),
        new Text(62, 174, 10, false, "\u2022"),
        new Text(72, 174, 10, false, "Rewrote the invoicing jobs so that"),
        new Text(72, 186, 10, false, "Finance could close the books two days earlier each month."))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Maintained PostgreSQLReplicationManagerClusterTooling for the operations team.\n")
        .contains("Rewrote the invoicing jobs so that Finance could close the books two days earlier each month.");
  }

  /**
   * Items set in a box narrower than the column (the dates in a cell beside it) wrap at the box's
   * edge, far short of the column's: a title-cased item wrapped there still goes on.
   */
  @Test
  void anItemWrappedAtItsBoxsEdgeStillWraps() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Chen Wu"),
        new Text(72, 80, 10, false, "chen.wu@example.fr | Paris"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(72, 130, 10, true, "Site Reliability Engineer, Globex"),
        new Text(470, 130, 10, false, "Jan 2020 - Mar 2024"),
        new Text(62, 146, 10, false, "\u2022"),
        new Text(72, 146, 10, false, "Led The Migration Of Billing Services To Kubernetes"),
        new Text(72, 158, 10, false, "Clusters In Three Regions"),
        new Text(62, 174, 10, false, "\u2022"),
        new Text(72, 174, 10, false, "Built The Observability Stack With Prometheus And"),
        new Text(72, 186, 10, false, "Grafana For All Teams"))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Led The Migration Of Billing Services To Kubernetes Clusters In Three Regions\n");
  }

  /**
   * The next job's header set right under a bullet, where the bullet's text starts and a little
   * further down than its leading: its parts stand apart (the employer, the dates at the margin),
   * and a bullet's wrapped line is one run of words, so the header opens the next job.
   */
  @Test
  void aHeaderRightUnderABulletIsNoWrapOfIt() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Chen Wu"),
        new Text(72, 80, 10, false, "chen.wu@example.fr | Paris"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(72, 130, 10, false, "Globex"),
        new Text(470, 130, 10, false, "Sep 2014 - Present"),
        new Text(72, 142, 10, false, "Backend Engineer"),
        new Text(470, 142, 10, false, "Paris, France"),
        new Text(62, 156, 10, false, "\u2022"),
        new Text(72, 156, 10, false, "Moved the build from Ant to sbt and cut compile time from twenty to four minutes."),
        new Text(72, 172, 10, false, "Initech"),
        new Text(470, 172, 10, false, "Mar-Sep 2014"),
        new Text(72, 184, 10, false, "Software Engineering Intern"),
        new Text(470, 184, 10, false, "Paris, France"),
        new Text(62, 198, 10, false, "\u2022"),
        new Text(72, 198, 10, false, "Built a prototype web client for the desktop product."))));
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("Backend Engineer | Globex", "Software Engineering Intern | Initech");
  }

  /**
   * A label's two halves on two rows ("Technical" / "Skills") join into a heading only where
   * together they are a heading's own wording: an employer over a title whose last word is a
   * heading's ("Initech" over "Sviluppatore Software") stays an employer and a title.
   */
  @Test
  void anEmployerOverATitleEndingInAHeadingWordIsNoHeading() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(215, 60, 22, false, "Marco Rossi"),
        new Text(212, 80, 8, false, "MARCO.ROSSI@EXAMPLE.IT | MILANO"),
        new Text(57, 110, 16, true, "Esperienza lavorativa"),
        new Text(57, 144, 11, false, "Initech"),
        new Text(508, 144, 11, false, "Milano, MI"),
        new Text(57, 156, 9, false, "SVILUPPATORE SOFTWARE"),
        new Text(440, 156, 9, false, "Ottobre 2021 \u2013 presente"),
        new Text(73, 172, 10, false, "Gestione e sviluppo di un insieme di quaranta applicazioni per enti pubblici."),
        new Text(57, 200, 11, false, "Globex"),
        new Text(508, 200, 11, false, "Rende, CS"),
        new Text(57, 212, 9, false, "SVILUPPATORE SOFTWARE"),
        new Text(440, 212, 9, false, "Aprile 2020 \u2013 Settembre 2021"),
        new Text(73, 228, 10, false, "Analisi dei log e manutenzione del database dei clienti."))));
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("SVILUPPATORE SOFTWARE | Initech", "SVILUPPATORE SOFTWARE | Globex");
  }

  /**
   * A footnote's mark after an employer (a small "1" raised above the baseline) is dropped, not
   * glued to the name; a small raised digit after a digit, or after a letter set in italics as a
   * formula's variable is ("O(n²)"), is an exponent and stays.
   */
  @Test
  void aFootnoteMarkAfterANameIsNoPartOfIt() throws Exception {
    float mark = 72 + Samples.width(true, 10, "Density Technologies");
    float power = 90 + Samples.width(false, 10, "Served 10");
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Chen Wu"),
        new Text(72, 80, 10, false, "chen.wu@example.fr | Paris"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(72, 130, 10, true, "Density Technologies"),
        new Text(mark, 126, 7, true, "1"),
        new Text(470, 130, 10, false, "2014 - Present"),
        new Text(72, 142, 10, false, "Backend Engineer"),
        new Text(80, 156, 10, false, "\u2022"),
        new Text(90, 156, 10, false, "Served 10"),
        new Text(power, 152, 7, false, "9"),
        new Text(power + 5, 156, 10, false, " requests a day from the pricing API."),
        new Text(80, 170, 10, false, "\u2022"),
        new Text(90, 170, 10, false, "Cut the lookup from O("),
        new Text(90 + Samples.width(false, 10, "Cut the lookup from O("), 170, 10, false, "n", true),
        new Text(90 + Samples.width(false, 10, "Cut the lookup from O(n"), 166, 7, false, "2"),
        new Text(90 + Samples.width(false, 10, "Cut the lookup from O(n") + Samples.width(false, 7, "2"), 170, 10, false,
            ") to a hash probe."))));
    String t = reader.read(pdf).text();
    assertThat(t).doesNotContain("Technologies1").contains("Served 109").contains("O(n2)");
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("Backend Engineer | Density Technologies");
  }

  /**
   * An employer whose name ends in a skills heading's word ("Quillstone Technologies"), beside its
   * place written as an address (with the region's code and postcode), is the employer of the role
   * under it: neither a skills heading set beside its text nor a town read as the employer.
   */
  @Test
  void anEmployerNamedLikeAHeadingBesideItsAddressIsTheEmployer() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.org"),
        new Text(60, 110, 12, true, "EXPERIENCE"),
        new Text(72, 130, 10, false, "Quillstone Technologies"),
        new Text(420, 130, 10, false, "Norvale, TN 38027, Italia"),
        new Text(72, 144, 10, false, "Software Engineer"),
        new Text(450, 144, 10, false, "Apr 2016 - Sep 2016"),
        new Text(80, 158, 10, false, "\u2022"),
        new Text(90, 158, 10, false, "Built the ledger service for the billing team."))));
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> Stream.of(e.title(), e.organization(), e.location())
            .map(f -> f == null ? "-" : f.value()).collect(Collectors.joining(" | ")))
        .containsExactly("Software Engineer | Quillstone Technologies | Norvale, TN 38027, Italia");
  }

  @Test
  void anItemThatEndsWithItsDatesIsAHeaderOverItsDescription() throws Exception {
    // Each job an item of a list: "– Role – Employer : dates" short of the margin, its description
    // flush under the item's text. The header stays a line of its own; a point wrapped at the
    // margin, dates or not, goes on as before.
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 84, 10, false, "jordan.lee@example.com | +1 555 010 2030"),
        new Text(72, 120, 12, true, "EXPERIENCE"),
        new Text(72, 140, 10, false, "\u2013"),
        new Text(84, 140, 10, false, "Lead SRE \u2013 Globex (France) : juillet 2018 - mars 2019"),
        new Text(84, 152, 10, false, "Globex sells online. I led a team of four people who built and ran the platform and its"),
        new Text(84, 164, 10, false, "incident response for the whole company."),
        new Text(72, 178, 10, false, "\u2013"),
        new Text(84, 178, 10, false, "Senior Developer \u2013 Initech (France) : mai 2012 - mars 2014"),
        new Text(84, 190, 10, false, "Initech is an agency. I worked with the sales force and the project team on every one"),
        new Text(84, 202, 10, false, "of its client sites."),
        new Text(72, 216, 10, false, "\u2022"),
        new Text(84, 216, 10, false, "Moved the nightly invoice run of every customer account of the firm onto one queue in 2016 - 2017"),
        new Text(84, 228, 10, false, "and cut its failures by half."),
        // A header that runs to the margin, over its description in italics: the slant parts them.
        new Text(72, 242, 10, false, "\u2013"),
        new Text(84, 242, 10, false, "Web Developer and Systems Owner \u2013 Vandelay Industries (France) : d\u00e9cembre 2005 - f\u00e9vrier 2012"),
        new Text(84, 254, 10, false, "Clients : Globex, Acme", true))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Lead SRE \u2013 Globex (France) : juillet 2018 - mars 2019\nGlobex sells online.");
    assertThat(t).contains("onto one queue in 2016 - 2017 and cut its failures by half.");
    assertThat(t).contains("f\u00e9vrier 2012\nClients : Globex, Acme");
    Resume r = Segmenter.segment(reader.read(pdf));
    assertThat(r.sections(SectionKind.EXPERIENCE).findFirst().orElseThrow().entries())
        .extracting(e -> e.title().value() + " | " + e.organization().value())
        .containsExactly("Lead SRE | Globex", "Senior Developer | Initech", "Web Developer and Systems Owner | Vandelay Industries");
  }

  /**
   * A table of jobs with the dates in a narrow cell at the left and, beside them, the title over an
   * employer whose brand is written in lower case ("norvex GmbH"). The title is the longer of the
   * two short lines, so it reaches the edge of their own little run; but it stops far short of the
   * column's edge, where the description below wraps, so the employer is a line of its own and not
   * the end of a sentence.
   */
  @Test
  void anEmployerInLowerCaseUnderAShortTitleIsALineOfItsOwn() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.com | +49 555 010 2030"),
        new Text(72, 110, 12, true, "Berufserfahrung"),
        new Text(72, 130, 10, false, "03/2019 - 08/2022"),
        new Text(200, 130, 10, false, "Platform Lead Engineer"),
        new Text(200, 143, 10, false, "norvex GmbH, Quillberg"),
        new Text(200, 168, 10, false, "Leitung der Entwicklung von drei Teams mit zwanzig Mitarbeitern und einer"),
        new Text(200, 181, 10, false, "neuen Plattform fuer die Abrechnung."),
        new Text(72, 210, 10, false, "01/2016 - 02/2019"),
        new Text(200, 210, 10, false, "Backend Engineer"),
        new Text(200, 223, 10, false, "globexa AG, Quillberg"),
        new Text(200, 248, 10, false, "Entwicklung der Dienste fuer Zahlungen und Rechnungen in Java und Kotlin"),
        new Text(200, 261, 10, false, "mit Kafka und PostgreSQL."))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("Platform Lead Engineer\nnorvex GmbH, Quillberg\n");
    assertThat(t).contains("Backend Engineer\nglobexa AG, Quillberg\n");
    // The description still wraps into one line.
    assertThat(t).contains("zwanzig Mitarbeitern und einer neuen Plattform");
  }

  /**
   * A description written as one paragraph of clauses set apart by semicolons, in a language that
   * capitalises its nouns: a line filled to the edge that ends in a semicolon goes on below, as one
   * ending in a comma does; the clause after it is no line of its own (nor a title and employer).
   */
  @Test
  void aLineFilledToTheEdgeThatEndsInASemicolonGoesOn() throws Exception {
    byte[] pdf = Samples.pdf(List.of(List.of(
        new Text(72, 60, 22, true, "Jordan Lee"),
        new Text(72, 80, 10, false, "jordan.lee@example.com | +49 555 010 2030"),
        new Text(72, 110, 12, true, "Berufserfahrung"),
        new Text(72, 130, 10, false, "03/2019 - 08/2022"),
        new Text(200, 130, 10, false, "Platform Lead Engineer"),
        new Text(200, 143, 10, false, "Quillstone GmbH, Norvale"),
        new Text(200, 168, 10, false, "Planung der Dienste fuer Zahlungen und Rechnungen mit den Teams;"),
        new Text(200, 181, 10, false, "Einfuehrung von Kafka und Kotlin, Betrieb der Datenbanken im Haus;"),
        new Text(200, 194, 10, false, "Schulung der Kollegen."))));
    String t = reader.read(pdf).text();
    assertThat(t).contains("mit den Teams; Einfuehrung von Kafka und Kotlin, Betrieb der Datenbanken im Haus; Schulung der Kollegen.");
  }
}
