package dev.prism.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Extraction;
import dev.prism.ingest.Samples.Text;
import dev.prism.ingest.pdf.PdfReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whether a strip left of the main column is a rail (labels read row by row beside their text) or a
 * sidebar (a block of its own): dates under a contact, dates joined by a plain hyphen (which the
 * phone pattern matches), a sidebar with its contact above its headings.
 */
class PdfRailOrSidebarTest {
  private final PdfReader reader = new PdfReader();

  /**
   * A rail of dates on the left (moderncv classic-like) beside each entry: joined by an en dash or
   * a plain hyphen (which the phone pattern matches), under the person's name set over the main
   * column or from the left margin, with nothing on the left above the rail, an address, one
   * contact value, or the email and phone (two contact values above a rail leave it a rail).
   */
  @ParameterizedTest(name = "{6}")
  @MethodSource("railsUnderAHead")
  void aRailOfDatesStaysARail(String dash, boolean contact, float nameX, String c1, String c2, boolean mainContact, String what)
      throws Exception {
    Extraction e = dateRail(dash, contact, nameX, c1, c2, mainContact);
    assertThat(Samples.linesWithCells(e)).containsSequence("2021" + dash + "2023", "Platform Engineer, Orbit Freight");
  }

  static Stream<Arguments> railsUnderAHead() {
    return Stream.of(
        Arguments.of(" - ", false, 150f, "4 Harbour Lane", "Lowtown", true, "years joined by a hyphen"),
        Arguments.of(" – ", false, 150f, "4 Harbour Lane", "Lowtown", true, "years joined by an en dash"),
        Arguments.of(" – ", true, 150f, "4 Harbour Lane", "Lowtown", true, "under an address on the left"),
        Arguments.of(" - ", true, 150f, "4 Harbour Lane", "Lowtown", true, "hyphened years under an address on the left"),
        Arguments.of(" – ", true, 40f, "4 Harbour Lane", "Lowtown", false, "under a name and an address from the left margin"),
        Arguments.of(" - ", true, 40f, "4 Harbour Lane", "Lowtown", false, "hyphened years under a name and an address from the left margin"),
        Arguments.of(" – ", true, 40f, "casey@example.org", "Lowtown", false, "under one contact value on the left"),
        Arguments.of(" – ", true, 40f, "casey@example.org", "+1 555 0188", false, "under an email and a phone on the left"));
  }


  /** a sidebar set on the main column's line grid: contact above its first heading, then short headed lists. */
  @Test
  void aPageOfListItemsWhoseGlyphsHangFarLeftIsNoRail() throws Exception {
    // A word processor's list on a page with no line wider than the items: the glyphs stand in
    // a strip of their own left of a wide gap. They mark the items, on the items' rows.
    List<Text> page = new ArrayList<>();
    String[] items = {"Led the platform group through the move to the new cloud region.",
        "Cut the cost of the build farm by a fifth with spot capacity.", "Ran the hiring loop for the infrastructure teams.",
        "Wrote the incident process that the whole company follows.", "Moved the deploys to a single pipeline for all services."};
    float y = 80;
    for (String item : items) {
      page.add(new Text(84, y, 12, false, "\u2022"));
      page.add(new Text(108, y, 12, false, item));
      page.add(new Text(108, y + 14, 12, false, "and a second line that wraps the item's sentence."));
      y += 42;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(e.layout().lines()).filteredOn(l -> l.marks().contains(dev.prism.core.model.Mark.LIST_ITEM)).hasSize(items.length);
    assertThat(Samples.linesWithCells(e)).doesNotContain("\u2022");
  }

  @Test
  void aSidebarWithItsContactAboveItsHeadingsStaysOneBlock() throws Exception {
    List<Text> page = new ArrayList<>();
    String[] side = {"Casey Moreau", "Backend Engineer", "casey@example.org", "+1 555 0188", "github.com/cmoreau", "",
        "Education", "B.Sc. Computer Science", "2015 – 2019", "", "Languages", "English, German", "", "Skills", "Go, Java, SQL"};
    float y0 = 60;
    float step = 13;
    sidebar(page, side, y0, step);
    page.add(new Text(200, y0, 13, false, "Experience"));
    int row = 2;
    String[] jobs = {"Platform Engineer, Orbit Freight, Lowtown", "Developer, Quill Studio, Hightown", "Engineer, Lantern Labs, Hightown",
        "Intern, Kestrel Data, Lowtown"};
    int year = 2023;
    for (String job : jobs) {
      page.add(new Text(200, y0 + step * row, 10, false, job));
      page.add(new Text(552 - Samples.width(false, 10, (year - 2) + " – " + year), y0 + step * row, 10, false, (year - 2) + " – " + year));
      year -= 2;
      row++;
      for (String d : new String[] {"Built and ran the service this entry describes, from design to rota.",
          "Wrote its tests and its runbook, and taught two engineers to run it.",
          "Moved its build to containers and cut release time to hours.",
          "Kept its error budget for three years running with no late pages."}) {
        page.add(new Text(206, y0 + step * row, 10, false, d));
        row++;
      }
      row++;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Education", "B.Sc. Computer Science", "2015 – 2019");
  }

  /**
   * A sidebar on the left that runs on below the main column, whose last line is a heading: its
   * entries start on the next page, so the heading is read after the sidebar's text below it (here
   * after a long line of the sidebar's that crosses the gutter and parts the page's blocks), and
   * the next page's jobs follow it rather than the sidebar's last heading ("Interests").
   */
  @Test
  void aHeadingEndingTheMainColumnIsReadAfterTheSidebarBelowIt() throws Exception {
    List<Text> one = new ArrayList<>();
    one.add(new Text(200, 50, 26, false, "Casey Moreau"));
    String[] side = {"Contact", "casey@example.org", "+1 555 0188", "", "Skills", "Go, Java, SQL", "Kafka, Kubernetes", "",
        "Languages", "English", "German", "", "Interests", "Gardening", "Photography",
        "The first thing I do at a new computer is to set the keyboard to Dvorak.", "Cycling", "Chess"};
    float y0 = 90;
    float step = 14;
    sidebar(one, side, y0, step);
    one.add(new Text(200, y0, 13, false, "Education"));
    one.add(new Text(200, y0 + step, 10, false, "B.Sc. Computer Science, Freedonia Polytechnic, 2012 – 2016"));
    one.add(new Text(200, y0 + step * 2, 10, false, "Graduated with honours; thesis on stream processing."));
    one.add(new Text(200, y0 + step * 4, 13, false, "Work Experience"));
    List<Text> two = new ArrayList<>();
    float y = 60;
    for (String job : new String[] {"Platform Engineer, Orbit Freight, 2019 – 2023", "Developer, Quill Studio, 2016 – 2019"}) {
      two.add(new Text(200, y, 10, false, job));
      two.add(new Text(206, y + 13, 10, false, "Built and ran the service this entry describes, from design to rota."));
      y += 40;
    }
    Extraction e = reader.read(Samples.pdf(List.of(one, two)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Chess", "Work Experience", "Platform Engineer, Orbit Freight, 2019 – 2023");
  }

  /**
   * A page whose rail of dates sits under a head that crosses it (the name and "Curriculum Vitae"
   * set from the left margin), whose dates stand a little less than a type size from their
   * header, and whose two long lines run past the others' right ends, over a page number set
   * between those ends: the band past the lines' ends holds no column (the long lines cross it;
   * only the page number stands clear of it), so the rail's gutter is found and each date is read
   * apart from its header ("since 03/23" reads as a date only when apart from "Senior Expert").
   */
  @Test
  void aRailUnderAHeadWithLongLinesAndAPageNumberStaysARail() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 24, false, "Casey Moreau"));
    page.add(new Text(40, 95, 11, false, "Curriculum Vitae"));
    page.add(new Text(130, 130, 14, false, "Experience"));
    float y = 150;
    String[][] jobs = {{"since 03/23", "Senior Expert, Orbit Freight, Lowtown"}, {"since 05/21", "Managing Director, Quill Studio, Hightown"},
        {"08/19 – 02/21", "Project Lead, Lantern Labs, Lowtown"}, {"05/17 – 07/19", "Team Lead, Kestrel Data, Hightown"}};
    int k = 0;
    for (String[] job : jobs) {
      page.add(new Text(122 - Samples.width(false, 11, job[0]), y, 11, false, job[0]));
      page.add(new Text(131, y, 11, false, job[1]));
      y += 14;
      for (String d : new String[] {"Built and ran the service this entry describes, from design to rota.",
          "Wrote its tests and its runbook, and taught two engineers to run it.", "Kept its error budget for three years.",
          k == 0 ? "Moved its build and its releases to containers and cut the time to production to a few hours."
              : k == 1 ? "Rewrote the billing jobs in Go, which cut the nightly run from six hours to forty minutes."
              : "Moved its build and its releases to containers.", "Mentored two engineers."}) {
        page.add(new Text(131, y, 10, false, d));
        y += 12;
      }
      k++;
      y += 6;
    }
    page.add(new Text(500, 760, 9, false, "1/2"));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("since 03/23", "Senior Expert, Orbit Freight, Lowtown");
  }

  /**
   * A leader of dots after a title (moderncv's banking style) fills the row and says nothing: it
   * goes, and the word spaces before it, drawn as gaps with no space glyph, stay ("Data Scientist",
   * not "DataScientist....").
   */
  @Test
  void aLeaderOfDotsGoesAndTheWordsBeforeItKeepTheirSpaces() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(40, 60, 22, false, "Casey Moreau"));
    page.add(new Text(40, 100, 14, false, "Experience"));
    float x = 40;
    for (String w : new String[] {"Senior", "Data", "Scientist"}) {
      page.add(new Text(x, 130, 12, false, w));
      x += Samples.width(false, 12, w) + 2.8f;
    }
    for (float d = x + 2; d < 520; d += 3.8f) {
      page.add(new Text(d, 130, 8, false, "."));
    }
    page.add(new Text(40, 146, 11, false, "Orbit Freight, Lowtown"));
    page.add(new Text(40, 160, 10, false, "Built and ran the service this entry describes, from design to rota."));
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).contains("Senior Data Scientist");
  }

  /** A sidebar's lines at the left margin in 9 pt, one every {@code step} points from {@code y0}; an empty one leaves its row blank. */
  private static void sidebar(List<Text> page, String[] lines, float y0, float step) {
    for (int k = 0; k < lines.length; k++) {
      if (!lines[k].isEmpty()) {
        page.add(new Text(40, y0 + step * k, 9, false, lines[k]));
      }
    }
  }

  private Extraction dateRail(String dash, boolean contact, float nameX, String c1, String c2, boolean mainContact) throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(nameX, 50, 22, false, "Casey Moreau"));
    if (mainContact) {
      page.add(new Text(150, 75, 9, false, "casey@example.org | +1 555 0188 | Lowtown"));
    }
    if (contact) {
      page.add(new Text(40, 75, 9, false, c1));
      page.add(new Text(40, 87, 9, false, c2));
    }
    float y = 115;
    String[][] sections = {
        {"Experience", "Platform Engineer, Orbit Freight", "Developer, Quill Studio", "Engineer, Lantern Labs", "Intern, Kestrel Data"},
        {"Education", "B.Sc. Computer Science, Freedonia Polytechnic", "A levels, Lowtown College"}};
    int year = 2023;
    for (String[] section : sections) {
      page.add(new Text(150, y, 13, false, section[0]));
      y += 20;
      for (int k = 1; k < section.length; k++) {
        String dates = (year - 2) + dash + year;
        year -= 2;
        page.add(new Text(40, y, 10, false, dates));
        page.add(new Text(150, y, 10, false, section[k]));
        page.add(new Text(150, y + 13, 10, false, "Built and ran the service this entry describes, from its design to its rota."));
        page.add(new Text(150, y + 26, 10, false, "Wrote its tests and its runbook, and taught two new engineers to run it."));
        page.add(new Text(150, y + 39, 10, false, "Moved its build to containers and cut the release time from days to hours."));
        page.add(new Text(150, y + 52, 10, false, "Kept its error budget for three years running, with no page after midnight."));
        y += 72;
      }
      y += 10;
    }
    return reader.read(Samples.pdf(List.of(page)));
  }

  @Test
  void aRailOfDottedMonthsAndYears() throws Exception {
    Extraction e = dateRailDots();
    assertThat(Samples.linesWithCells(e)).containsSequence("09.2021 - 03.2023", "Platform Engineer, Orbit Freight");
  }

  private Extraction dateRailDots() throws Exception {
    List<Text> page = new ArrayList<>();
    page.add(new Text(150, 50, 22, false, "Casey Moreau"));
    float y = 100;
    page.add(new Text(150, y, 13, false, "Berufserfahrung"));
    y += 20;
    String[] jobs = {"Platform Engineer, Orbit Freight", "Developer, Quill Studio", "Engineer, Lantern Labs", "Intern, Kestrel Data"};
    int year = 2023;
    for (String job : jobs) {
      page.add(new Text(40, y, 10, false, "09." + (year - 2) + " - 03." + year));
      year -= 2;
      page.add(new Text(150, y, 10, false, job));
      page.add(new Text(150, y + 13, 10, false, "Built and ran the service this entry describes, from its design to its rota."));
      page.add(new Text(150, y + 26, 10, false, "Wrote its tests and its runbook, and taught two new engineers to run it."));
      page.add(new Text(150, y + 39, 10, false, "Moved its build to containers and cut the release time from days to hours."));
      y += 60;
    }
    return reader.read(Samples.pdf(List.of(page)));
  }

  @Test
  void aRailCloseToThePageEdgeWithMonthsOverTheirYear() throws Exception {
    // moderncv with narrow page margins: the rail's gutter lies nearer the page's edge than a
    // column's would, and each range's months ("Avril-Août") wrap over their year, which stands
    // beside the first line of the description.
    List<Text> page = new ArrayList<>();
    page.add(new Text(84, 50, 22, false, "Casey Moreau"));
    float y = 100;
    page.add(new Text(84, y, 13, false, "Expériences Professionnelles"));
    y += 20;
    String[][] jobs = {{"Avril-Août", "2015", "Web Developer, Orbit Freight, Lyon"},
        {"Juin-Août", "2013", "Developer, Quill Studio, Paris"}, {"Mars-Mai", "2012", "Engineer, Lantern Labs, Nantes"},
        {"Février-Avril", "2011", "Intern, Kestrel Data, Lille"}};
    for (String[] job : jobs) {
      // Set flush right against the gutter, as moderncv sets them.
      page.add(new Text(78 - width(job[0]), y, 10, false, job[0]));
      page.add(new Text(78 - width(job[1]), y + 13, 10, false, job[1]));
      page.add(new Text(84, y, 10, false, job[2]));
      page.add(new Text(84, y + 13, 9, false, "Built and ran the service this entry describes, from its design to its rota."));
      y += 40;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Avril-Août 2015", "Web Developer, Orbit Freight, Lyon")
        .containsSequence("Juin-Août 2013", "Developer, Quill Studio, Paris")
        .containsSequence("Février-Avril 2011", "Intern, Kestrel Data, Lille");
  }

  @ParameterizedTest(name = "a summary of {0} rows")
  @org.junit.jupiter.params.provider.ValueSource(ints = {5, 3})
  void aRailUnderASummaryAcrossTheWholeMeasureIsARail(int summaryRows) throws Exception {
    // moderncv with a summary set from margin to margin above the entries: its rows cross the
    // rail's gutter, more than a page this long lets cross (its last row, short of the measure,
    // is the paragraph's too). Each range wraps in the rail, its first row a word space short of
    // the entry's header ("September 2014 –" over "August 2015").
    List<Text> page = new ArrayList<>();
    page.add(new Text(150, 50, 22, false, "Casey Moreau"));
    page.add(new Text(150, 90, 13, false, "Summary"));
    for (int i = 0; i < summaryRows; i++) {
      page.add(new Text(40, 110 + 13 * i, 10, false,
          "A backend engineer who builds payment systems and the tools around them, in Go and Kotlin, for ten years now."
              .substring(0, i == summaryRows - 1 ? 60 : 105)));
    }
    float y = 190;
    page.add(new Text(150, y, 13, false, "Experience"));
    y += 20;
    String[][] jobs = {{"September 2014 –", "August 2015", "Web Developer, Orbit Freight, Lyon"},
        {"December 2015 –", "March 2016", "Developer, Quill Studio, Paris"}, {"January 2017 –", "May 2019", "Engineer, Lantern Labs, Nantes"},
        {"June 2019 –", "April 2023", "Lead Engineer, Kestrel Data, Lille"}};
    for (String[] job : jobs) {
      page.add(new Text(140 - width(job[0]), y, 10, false, job[0]));
      page.add(new Text(140 - width(job[1]), y + 13, 10, false, job[1]));
      page.add(new Text(150, y, 10, false, job[2]));
      page.add(new Text(150, y + 26, 9, false, "Built and ran the service this entry describes, from its design to its rota."));
      page.add(new Text(150, y + 38, 9, false, "Wrote its tests and its runbook, and taught two new engineers to run it."));
      y += 60;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("September 2014 – August 2015", "Web Developer, Orbit Freight, Lyon")
        .containsSequence("June 2019 – April 2023", "Lead Engineer, Kestrel Data, Lille");
  }

  @Test
  void aStripOfWordsOnRowsOfTheirOwnBesideDatedEntriesIsASidebar() throws Exception {
    // A sidebar flush right against the gutter (friggeri's aside): a heading and a list of
    // qualities, each on a row of its own between the entries' rows. Read row by row as a rail,
    // its words would land inside the jobs, and its heading would open a section among them.
    List<Text> page = new ArrayList<>();
    page.add(new Text(160, 50, 17, false, "Experience"));
    float y = 80;
    for (int k = 0; k < 8; k++) {
      int year = 2023 - 2 * k;
      page.add(new Text(160, y, 10, false, String.format("%02d-%02d - %02d-%02d   Backend Engineer %c, Orbit Freight, Lyon",
          k + 1, (year - 2) % 100, k + 1, year % 100, 'A' + k)));
      page.add(new Text(220, y + 12, 10, false, "Built and ran the service this entry describes, from design to rota."));
      page.add(new Text(220, y + 24, 10, false, "Wrote its tests and its runbook, and taught the team to run it."));
      y += 50;
    }
    String[] side = {"Character", "Passionate", "Self-educated", "Autonomous", "Curious", "Pragmatic", "Personal Skills"};
    for (int k = 0; k < side.length; k++) {
      float size = k == 0 || k == side.length - 1 ? 14 : 10;
      page.add(new Text(145 - Samples.REGULAR.getStringWidth(side[k]) / 1000f * size, 218 + 18 * k, size, false, side[k]));
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    List<String> lines = Samples.linesWithCells(e);
    assertThat(lines.stream().filter(l -> l.contains("Backend Engineer")).count()).isEqualTo(8);
    int first = lines.indexOf(lines.stream().filter(l -> l.contains("Backend Engineer A")).findFirst().orElseThrow());
    int last = lines.indexOf(lines.stream().filter(l -> l.contains("Backend Engineer H")).findFirst().orElseThrow());
    assertThat(lines.subList(first, last)).noneMatch(l -> l.contains("Curious") || l.contains("Personal Skills"));
  }

  @Test
  void aPageOfLabelledRowsSetFlushRightIsARail() throws Exception {
    // moderncv's second page: \cvitem rows of skills and languages, each label flush right
    // against the gutter beside its one line of values, in long runs under the main column's
    // headings. Read as a column of its own, the labels would come before "Skills" and stand
    // under the page before as entries.
    List<Text> page = new ArrayList<>();
    float y = 60;
    page.add(new Text(200, y, 14, false, "Skills"));
    y += 18;
    String[][] rows = {{"Languages", "Python, HTML/CSS, JavaScript, PHP"}, {"Frameworks", "Flask, Django"},
        {"Databases", "MySQL, MongoDB, Redis, Elasticsearch"}, {"DevOps", "Fabric, Ansible, Docker"}, {"CI", "Jenkins, Travis"},
        {"OS", "GNU/Linux (Debian, Arch Linux)"}, null, {"French", "Native"}, {"English", "Fluent"},
        {"Spanish", "Enough for day to day life"}, null, {"Travel", "2017 - One year travelling through Europe by van"},
        {"Other", "Karate (black belt)"}};
    for (String[] row : rows) {
      if (row == null) {
        page.add(new Text(200, y + 4, 14, false, y < 200 ? "Languages" : "Interests"));
        y += 22;
        continue;
      }
      page.add(new Text(190 - width(row[0]), y, 10, false, row[0]));
      page.add(new Text(200, y, 10, false, row[1]));
      y += 14;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    // Read row by row, each label on a line of its own before its values.
    assertThat(Samples.linesWithCells(e)).startsWith("Skills", "Languages", "Python, HTML/CSS, JavaScript, PHP")
        .containsSequence("Spanish", "Enough for day to day life", "Interests", "Travel");
  }

  @Test
  void aSidebarOfShortItemsSetFlushRightOnTheMainColumnsBaselinesStaysASidebar() throws Exception {
    // A left minipage of skills and languages, each right-aligned against the gutter, in the main
    // column's type and line spacing, so every item shares a baseline with a row of the jobs. The
    // jobs run on below it in body text: a sidebar, read as a block, not row by row.
    List<Text> page = new ArrayList<>();
    String[] side = {"Python", "Go", "Kubernetes", "PostgreSQL", "Kafka", "English", "German", "Chess", "Climbing", "Cooking"};
    String[] main = {"Experience", "Senior Software Engineer, Initech", "Built the billing service and its ledger.",
        "Ran the on-call rota for the payments team.", "Moved the batch jobs to Kafka streams.", "Software Engineer, Globex",
        "Wrote the search indexer in Go.", "Cut the p99 latency of the catalogue by half.", "Education",
        "B.Sc. Computer Science, State University", "Graduated with honours in 2015.", "Wrote a thesis on consensus.",
        "Projects", "Ledgerly, a double-entry ledger in Go.", "Kestrel, a tiny job queue on PostgreSQL."};
    float y = 80;
    for (int i = 0; i < main.length; i++) {
      if (i < side.length) {
        page.add(new Text(150 - width(side[i]), y, 10, false, side[i]));
      }
      page.add(new Text(160, y, 10, false, main[i]));
      y += 13;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Senior Software Engineer, Initech", "Built the billing service and its ledger.",
        "Ran the on-call rota for the payments team.");
  }

  @Test
  void aSidebarOfCertificatesWithTheirYearsStaysASidebar() throws Exception {
    // Certificates and levels hold years and digits, but words too: a sidebar, not a date rail.
    List<Text> page = new ArrayList<>();
    String[] side = {"AWS SAA 2021", "CKA 2022", "English C2", "Go 1.21", "Terraform 2023", "German B1"};
    float y = 80;
    for (String item : side) {
      page.add(new Text(28, y, 9, false, item));
      y += 22;
    }
    String[] main = {"Experience", "Senior Software Engineer, Initech", "Built the billing service that handles two million daily",
        "requests across three regions.", "Ran the on-call rota for the payments team.", "Software Engineer, Globex",
        "Wrote the search indexer in Go.", "Cut the p99 latency of the catalogue by half.", "Education",
        "B.Sc. Computer Science, State University", "Projects", "Ledgerly, a double-entry ledger in Go."};
    y = 80;
    for (String line : main) {
      page.add(new Text(160, y, 10, false, line));
      y += 13;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Terraform 2023", "German B1", "Experience")
        .contains("Built the billing service that handles two million daily requests across three regions.");
  }

  @Test
  void aRailOfDatesWrappedOverSeveralRowsIsARail() throws Exception {
    // A narrow strip left of the jobs holds each one's start wrapped over rows of its own ("Sep"
    // over "2023" over "(5 months)"), between the main column's rows: date pieces, no words.
    List<Text> page = new ArrayList<>();
    page.add(new Text(73, 41, 18, false, "Contract Experience"));
    float y = 66;
    String[][] jobs = {{"Sep", "2023", "to Present", "Orbit Freight", "Principal Consultant"},
        {"Aug", "2015", "(5 months)", "Quill Studio", "Firmware Engineer"}, {"Jan", "2015", "(4 months)", "Lantern Labs", "Security Engineer"},
        {"Sep", "2014", "(8 months)", "Kestrel Data", "Research Assistant"}, {"May", "2014", "(4 months)", "Harbour Tools", "Tools Developer"}};
    for (String[] job : jobs) {
      page.add(new Text(28, y, 8, true, job[0]));
      page.add(new Text(28, y + 8, 8, true, job[1]));
      page.add(new Text(28, y + 16, 7, false, job[2]));
      page.add(new Text(73, y, 10, true, job[3]));
      page.add(new Text(73, y + 12, 10, false, job[4]));
      for (int i = 0; i < 3; i++) {
        page.add(new Text(84, y + 24 + 12 * i, 10, false, "Built and ran the service this entry describes, from its design to its rota."));
      }
      y += 70;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    // Read row by row: each start before its job, not all of them in a column of their own.
    assertThat(Samples.linesWithCells(e)).containsSequence("Sep 2023 to Present", "Orbit Freight", "Principal Consultant")
        .containsSequence("Aug 2015 (5 months)", "Quill Studio", "Firmware Engineer");
  }

  private static float width(String s) throws Exception {
    return Samples.REGULAR.getStringWidth(s) / 1000f * 10;
  }

  @Test
  void aMarginHeadingAWordSpaceFromItsColumnIsARailLabel() throws Exception {
    // res.cls sets each section's title in the margin, level with the section's first row; a long
    // one ends a word space from the main column. The title and the row are two lines.
    List<Text> page = new ArrayList<>();
    page.add(new Text(36, 50, 22, false, "Casey Moreau"));
    float y = 100;
    String[][] sections = {{"Contact", "4 Harbour Lane, Lowtown"}, {"Education", "State University, B.S. Computer Science, 2012"},
        {"Work Experience", "Orbit Freight, Backend Engineer, 2019 - 2023"}, {"Projects", "Ledgerly, a double-entry ledger"},
        {"Skills", "Go, Kotlin, PostgreSQL, Kafka"}};
    for (String[] section : sections) {
      // Set from the margin's left edge; the longest title reaches to a word space from the column.
      page.add(new Text(section[0].length() > 10 ? 126.4f - width(section[0]) : 36, y, 10, false, section[0]));
      page.add(new Text(130, y, 10, false, section[1]));
      for (int i = 1; i <= 3; i++) {
        page.add(new Text(130, y + 13 * i, 10, false, "Built and ran the service this entry describes, from its design to its rota."));
      }
      y += 60;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSequence("Work Experience", "Orbit Freight, Backend Engineer, 2019 - 2023");
  }

  @Test
  void aLabelCentredBesideASectionsFirstEntryStaysAfterTheHeading() throws Exception {
    // A rail of employers set in italics, each centred beside its entry (a dated header and the
    // lines under it), under headings set from the main column's left edge just above the entries:
    // the first employer of a section belongs after the heading, not before it in the section above.
    List<Text> page = new ArrayList<>();
    page.add(new Text(130, 44, 20, false, "Casey Moreau"));
    float y = 90;
    String[][] sections = {{"Experience", "Globex", "Initech", "Hooli"}, {"Projects", "Ledgerly", "Tollway", "Quillmark"}};
    for (String[] section : sections) {
      page.add(new Text(130, y, 12, false, section[0]));
      y += 16;
      for (int k = 1; k < section.length; k++) {
        page.add(new Text(152, y, 12, false, "Jun 2016 – Aug 2018  Backend Engineer"));
        for (int i = 1; i <= 3; i++) {
          page.add(new Text(152, y + 12 * i, 10, false, "Built and ran the service this entry describes, from its design to its rota."));
        }
        // Beside the block's middle, level with its second row, right-aligned against the rail's edge.
        page.add(new Text(108 - width(section[k]), y + 12, 11, false, section[k], true));
        y += 64;
      }
      y += 10;
    }
    Extraction e = reader.read(Samples.pdf(List.of(page)));
    assertThat(Samples.linesWithCells(e)).containsSubsequence("Experience", "Globex", "Initech", "Hooli", "Projects", "Ledgerly");
  }
}
