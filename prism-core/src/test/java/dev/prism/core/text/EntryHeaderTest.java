package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryHeaderTest {

  private static final String TOP = "Jordan Lee\njordan@example.com\n\n";

  private static List<Entry> experience(String body) {
    return entries("Experience", SectionKind.EXPERIENCE, body);
  }

  private static List<Entry> entries(String heading, SectionKind kind, String body) {
    return Segmenter.segment(Extraction.plain(TOP + heading + "\n" + body, "text"))
        .sections(kind).flatMap(s -> s.entries().stream()).toList();
  }

  /** The one entry the body makes. */
  private static Entry single(String heading, SectionKind kind, String body) {
    List<Entry> entries = entries(heading, kind, body);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }

  /** The one experience entry made by a header line over a bullet, its spans checked. */
  private static Entry job(String header) {
    String body = header + "\n- Built billing APIs in Go\n";
    Entry e = single("Experience", SectionKind.EXPERIENCE, body);
    spansPointAtTheirValues("Experience", e, body);
    return e;
  }

  private static String firstLine(Entry e) {
    return e.lines().isEmpty() ? null : e.lines().get(0).value();
  }

  private static String valueOf(Field f) {
    return f == null ? null : f.value();
  }

  /** Every header field's span must cover exactly its value in the text the parser was given. */
  private static void spansPointAtTheirValues(String heading, Entry e, String body) {
    String text = TOP + heading + "\n" + body;
    for (Field f : new Field[] {e.title(), e.organization(), e.location()}) {
      if (f != null) {
        assertThat(f.span().of(text)).isEqualTo(f.value());
      }
    }
  }

  @Test
  void titleEndingInARoleWordIsATitleEvenWithAnOrganisationWord() {
    List<Entry> entries = experience("Software Engineer  Cupertino, CA\nApple  June 2005 – Aug 2007\n- Reduced render time by 75%\n");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Apple");
    assertThat(entries.get(0).location().value()).isEqualTo("Cupertino, CA");
  }

  @Test
  void companyLedHeaderWithCommaKeepsCityAndStateTogether() {
    List<Entry> entries = experience("Apple, Software Engineer  Cupertino, CA\nJune 2005 – Aug 2007\n- Reduced render time by 75%\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Apple");
    assertThat(entries.get(0).location().value()).isEqualTo("Cupertino, CA");
    assertThat(entries.get(0).dates().start().iso()).isEqualTo("2005-06");
  }

  @Test
  void companyNamedAfterSoftwareStaysTheOrganisation() {
    List<Entry> entries = experience("Backend Developer | Acme Software  2019 – 2021\n- Built billing APIs\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Backend Developer");
    assertThat(entries.get(0).organization().value()).isEqualTo("Acme Software");
  }

  @Test
  void titleWithALevelAndATeamTakesTheEmployerFromTheNextLine() {
    List<Entry> entries = experience("Software Engineer II, Payments Platform  Aug 2024 - Present\nWingtip Financial | Chicago, IL\n- Owned the settlement rails\n");
    assertThat(entries.get(0).title().value()).isEqualTo("Software Engineer II");
    assertThat(entries.get(0).organization().value()).isEqualTo("Wingtip Financial");
    assertThat(entries.get(0).location().value()).isEqualTo("Chicago, IL");
  }

  @Test
  void aCityWithAnOrganisationWordIsStillAPlaceBeforeAStateCode() {
    List<Entry> entries = experience("Research Assistant  June 2020 – Present\nTexas A&M University  College Station, TX\n- Built an API\n");
    assertThat(entries.get(0).organization().value()).isEqualTo("Texas A&M University");
    assertThat(entries.get(0).location().value()).isEqualTo("College Station, TX");
  }

  @Test
  void datesInParenthesesBeforeTheCompanyKeepLaterOffsetsExact() {
    // The parenthesised date once shrank the masked line by the width of the date, so every part
    // after it was cut from the wrong place of the original line.
    String body = "Backend Engineer (2019 – 2021) | Acme Corp\n- Built billing APIs\n";
    List<Entry> entries = experience(body);
    assertThat(entries).hasSize(1);
    Entry e = entries.get(0);
    assertThat(e.title().value()).isEqualTo("Backend Engineer");
    assertThat(e.organization().value()).isEqualTo("Acme Corp");
    assertThat(e.dates().start().iso()).isEqualTo("2019");
    assertThat(e.dates().end().iso()).isEqualTo("2021");
    spansPointAtTheirValues("Experience", e, body);
  }

  @Test
  void emptyParenthesesMidLineLeaveTheCityAfterThemWhole() {
    String body = "Site Reliability Engineer | Globex Inc (Jan 2018 - Mar 2020) | Portland, OR\n- Ran the pager\n";
    Entry e = experience(body).get(0);
    assertThat(e.title().value()).isEqualTo("Site Reliability Engineer");
    assertThat(e.organization().value()).isEqualTo("Globex Inc");
    assertThat(e.location().value()).isEqualTo("Portland, OR");
    spansPointAtTheirValues("Experience", e, body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "'PhD, Physics, University of Oslo, 2019 - 2023' | 'PhD, Physics' | University of Oslo | -",
      "'M.Sc., Data Science, ETH Zurich  2016 – 2018' | 'M.Sc., Data Science' | ETH Zurich | -",
      "'MBA, Finance, Wharton School, Philadelphia, PA  2012 – 2014' | 'MBA, Finance' | Wharton School | 'Philadelphia, PA'",
      "'Bachelor of Science, Computer Science, State University, 2014 - 2018' | 'Bachelor of Science, Computer Science' | State University | -",
      "'Master of Arts, History | Boston University | Boston, MA  2010 – 2012' | 'Master of Arts, History' | Boston University | 'Boston, MA'",
      // With nothing else on the line to be the school, the part after the degree is the school.
      "'MBA, Harvard  2012 – 2014' | MBA | Harvard | -",
  })
  void aDegreeAndItsFieldAreTheTitleAndNeverAPlace(String header, String title, String school, String location) {
    String body = header + "\n";
    Entry e = single("Education", SectionKind.EDUCATION, body);
    assertParts(e, title, school, location);
    assertThat(e.dates()).isNotNull();
    spansPointAtTheirValues("Education", e, body);
  }

  /**
   * A town no list knows, after the employer or school: moderncv's "Title, Employer, Town", a
   * Word table's "Title — Employer, Town", a town flush right beside the employer.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Experience | 'Software Engineer, Nordkapp Logistics, Bergen  2016 – 2020' | Software Engineer | Nordkapp Logistics | Bergen",
      "Experience | 'Site Reliability Engineer — Corrib Cloud, Galway    Feb 2019 – Present' | Site Reliability Engineer | Corrib Cloud | Galway",
      "Experience | 'Nordkapp Logistics    Bergen\nSoftware Engineer    2016 – 2020' | Software Engineer | Nordkapp Logistics | Bergen",
      "Education | 'University of California, Davis    2012 – 2016\nB.S. Statistics' | B.S. Statistics | University of California | Davis",
      // A part after the title is a team.
      "Experience | 'Senior Engineer, Payments — Stripe  2019 – 2021' | Senior Engineer | Stripe | -",
      // Berlin is a state as well as a city; the employer before it stays the employer.
      "Experience | 'Senior Backend Engineer, Acme Payments, Berlin, 2019 - Present' | Senior Backend Engineer | Acme Payments | Berlin",
  })
  void anUnknownTownAfterTheEmployerIsTheLocation(String heading, String header, String title, String org, String location) {
    String body = header + "\n- Built the service.\n";
    Entry e = single(heading, SectionKind.valueOf(heading.toUpperCase(java.util.Locale.ROOT)), body);
    assertParts(e, title, org, location);
    spansPointAtTheirValues(heading, e, body);
  }

  private static void assertParts(Entry e, String title, String org, String location) {
    assertThat(valueOf(e.title())).isEqualTo(title);
    assertThat(valueOf(e.organization())).isEqualTo(org);
    assertThat(valueOf(e.location())).isEqualTo(location);
  }

  @Test
  void titlesListedWithCommasDoNotLendTheirNeighboursToTheLocation() {
    // Any two capitalised words around a comma ("Play Books, Accessibility") used to pass for a
    // place, and the place is claimed before anything else on the header.
    String body = "IC, Technical Lead, TLM (L4 / L5 / L6)\n"
        + "Initech Cloud Networking, Initech Play Books, Accessibility\n"
        + "11/2006 - 04/2017  Mountain View, CA\n"
        + "- Led the control plane work\n";
    Entry e = experience(body).get(0);
    assertThat(e.location().value()).isEqualTo("Mountain View, CA");
    // The roles listed with commas are one title, not a title between two stray parts.
    assertThat(e.title().value()).isEqualTo("IC, Technical Lead, TLM (L4 / L5 / L6)");
    assertThat(e.organization().value()).isEqualTo("Initech Cloud Networking");
    spansPointAtTheirValues("Experience", e, body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "'IC, Technical Lead, TLM | Initech  2015 – 2019' | 'IC, Technical Lead, TLM' | Initech",
      "'Founder, CTO | Globex  2015 – 2019' | 'Founder, CTO' | Globex",
      "'Tech Lead, Engineering Manager, Acme Corp  2015 – 2019' | 'Tech Lead, Engineering Manager' | Acme Corp",
      // A part after the comma that is a company or a team is not a second role.
      "'Software Engineer, Google  2015 – 2019' | Software Engineer | Google",
      "'Data Engineer, Acme Labs  2015 – 2019' | Data Engineer | Acme Labs",
      "'Senior Engineer, Data Engineering | Globex  2015 – 2019' | Senior Engineer | Globex",
  })
  void rolesListedWithCommasAreOneTitle(String header, String title, String org) {
    Entry e = job(header);
    assertThat(valueOf(e.title())).isEqualTo(title);
    assertThat(valueOf(e.organization())).isEqualTo(org);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "'Senior Engineer, Payments — Stripe (2019–2022)' | Senior Engineer | Stripe | Payments",
      "'Senior Engineer, Cloud Systems | Stripe  2019 – 2022' | Senior Engineer | Stripe | Cloud Systems",
      "'Google — Software Engineer II (L4)  2019 – 2022' | Software Engineer II (L4) | Google | -",
      "'ACME Corp.  |  Staff Engineer  2019 – 2022' | Staff Engineer | ACME Corp. | -",
      // With nothing else to be the employer, the part after the comma is it.
      "'Software Engineer, Google  2019 – 2022' | Software Engineer | Google | -",
  })
  void aTeamAfterTheTitleIsNotTheEmployer(String header, String title, String org, String line) {
    Entry e = job(header);
    assertThat(valueOf(e.title())).isEqualTo(title);
    assertThat(valueOf(e.organization())).isEqualTo(org);
    assertThat(firstLine(e)).isEqualTo(line);
    assertThat(e.dates()).isNotNull();
  }

  @Test
  void rolesUnderABannerEmployerKeepItAndTheirTeams() {
    String body = "Acme Corporation\n"
        + "Staff Engineer, Platform Infrastructure  Aug 2024 - Present\n- Led reliability work\n"
        + "Senior Engineer, Payments Core  Jul 2022 - Aug 2024\n- Built settlement rails\n"
        + "Engineer, Identity Services  Aug 2020 - Jul 2022\n- Shipped single sign-on\n";
    List<Entry> entries = experience(body);
    assertThat(entries).extracting(e -> valueOf(e.organization()))
        .containsExactly("Acme Corporation", "Acme Corporation", "Acme Corporation");
    assertThat(entries).extracting(e -> valueOf(e.title())).containsExactly("Staff Engineer", "Senior Engineer", "Engineer");
    assertThat(entries).extracting(e -> e.lines().get(0).value())
        .containsExactly("Platform Infrastructure", "Payments Core", "Identity Services");
  }

  @Test
  void withoutABannerEachRoleNamesItsOwnEmployer() {
    String body = "Software Engineer, Google  2019 – 2021\n- Built search\n"
        + "Software Engineer, Meta Platforms  2017 – 2019\n- Built feeds\n"
        + "Intern (Summer 2016)\nGlobex\n- Wrote tests\n"
        + "Freelance / Self-employed  2014 – 2016\n- Built websites for clients\n";
    List<Entry> entries = experience(body);
    assertThat(entries).extracting(e -> valueOf(e.organization()))
        .containsExactly("Google", "Meta Platforms", "Globex", null);
    assertThat(valueOf(entries.get(3).title())).isEqualTo("Freelance / Self-employed");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Languages | German, English, Mandarin",
      "Spoken Languages | German (native), English (fluent)",
      "Hobbies & Interests | Climbing, Chess, Jazz piano",
  })
  void aListUnderAListHeadingIsNoEntryHeader(String heading, String list) {
    Entry e = single(heading, SectionKind.OTHER, list + "\n");
    assertThat(e.title()).isNull();
    assertThat(e.organization()).isNull();
    assertThat(e.lines()).extracting(Field::value).containsExactly(list);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "'Maintainer, kafka-replay' | kafka-replay | Maintainer",
      "'Lead Developer | Ledgerly  2021' | Ledgerly | Lead Developer",
      "'kafka-replay — Maintainer' | kafka-replay | Maintainer",
      // A project named like a role is still named so.
      "'Task Manager, React' | Task Manager | React",
  })
  void aProjectIsNamedByItsNameNotTheRoleHeldInIt(String header, String name, String described) {
    String body = header + "\n- Replays Kafka topics.\n";
    Entry e = single("Projects", SectionKind.PROJECTS, body);
    assertThat(valueOf(e.title())).isEqualTo(name);
    assertThat(firstLine(e)).isEqualTo(described);
    spansPointAtTheirValues("Projects", e, body);
  }

  @Test
  void anAwardsNameWrappedBeforeItsDateIsOneName() {
    String body = "Arcturus Engineering Excellence\nAward, 2022\nAcme Innovation Prize, 2023\n";
    List<Entry> entries = entries("Awards", SectionKind.AWARDS, body);
    assertThat(entries).extracting(e -> valueOf(e.title()))
        .containsExactly("Arcturus Engineering Excellence Award", "Acme Innovation Prize");
    assertThat(entries).extracting(e -> valueOf(e.organization())).containsOnlyNulls();
    assertThat(entries.get(0).dates().start().year()).isEqualTo(2022);
  }

  /** How one worked ("Freelance") over the role: the role is the title, wherever it stands. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'Freelance\t2017 – 2018\nWeb Developer' | Freelance",
      "'Freelancer\t2017 – 2018\nWeb Developer' | Freelancer",
      "'Self-employed\t2017 – 2018\nWeb Developer' | Self-employed",
      "'Freelance | Web Developer  2017 – 2018' | Freelance",
      "'Web Developer\nFreelance  2017 – 2018' | Freelance",
  })
  void aWayOfWorkingYieldsTheTitleToTheRole(String header, String way) {
    String body = header + "\n- Delivered sites.\n";
    Entry e = single("Experience", SectionKind.EXPERIENCE, body);
    assertThat(valueOf(e.title())).isEqualTo("Web Developer");
    assertThat(valueOf(e.organization())).isEqualTo(way);
    spansPointAtTheirValues("Experience", e, body);
  }

  @Test
  void aFreelanceSpellSharesNoEmployerWithTheRoleAfterIt() {
    String body = "Freelance\t2017 – 2018\nWeb Developer\n- Delivered sites.\n"
        + "Engineer  2018 – 2020\n- Built the cache layer.\n";
    List<Entry> entries = experience(body);
    assertThat(entries).extracting(e -> valueOf(e.title())).containsExactly("Web Developer", "Engineer");
    assertThat(entries).extracting(e -> valueOf(e.organization())).containsExactly("Freelance", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'Austin, TX' | true",
      "'Toronto, ON' | true",
      "'Manchester, UK' | true",
      "'Berlin, Germany' | true",
      "'Lyon, France' | true",
      "'Seoul, South Korea' | true",
      "'Dayton, Ohio' | true",
      "'London, Ontario' | true",
      "Remote | true",
      "Fully Remote | true",
      "'Play Books, Accessibility' | false",
      "'Data Science, ETH Zurich' | false",
      "'Payments Platform, Growth' | false",
      "'Acme, Inc' | false",
      // Known names stand alone; other capitalised words do not, however short.
      "Manchester | true",
      "München | true",
      "Germany | true",
      "Ontario | true",
      "TX | true",
      "Hybrid | true",
      "On-site | true",
      "'Remote (US)' | true",
      "'Remote (US / Canada)' | true",
      "'Remote - EU' | true",
      "Community Heritage | false",
      "Payments Platform | false",
      "Platform Infrastructure | false",
      "IC | false",
      "Tx | false",
      "'Remote (Payments)' | false",
      // Local spellings, particles and a third part.
      "'São Paulo, Brasil' | true",
      "'Rio de Janeiro, Brazil' | true",
      "'Zürich, Schweiz' | true",
      "'Berlin, Mitte' | true",
      "'Toronto, ON, Canada' | true",
      "'San Francisco, California, USA' | true",
      "'Shopify, Ottawa, ON' | false",
      "'Acme Corp, Austin, TX' | false",
      // A known city after the comma: what stands before it is the employer, not a district.
      "'Acme Payments, Berlin' | false",
      "'New York, New York' | true",
  })
  void aLocationNamesAPlace(String part, boolean place) {
    assertThat(EntryParser.isLocation(part)).isEqualTo(place);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // A third part that is a team or programme is no place; it stays in the entry's lines.
      "'Software Engineer | Acme | Community Heritage  2019 – 2021' | Acme | - | Community Heritage",
      "'Software Engineer | Acme | Payments Platform  2019 – 2021' | Acme | - | Payments Platform",
      "'Software Engineer | Acme | Manchester  2019 – 2021' | Acme | Manchester | -",
      "'Software Engineer | Nubank | São Paulo, Brasil  2019 – 2021' | Nubank | 'São Paulo, Brasil' | -",
      "'Software Engineer | Siemens | München  2019 – 2021' | Siemens | München | -",
      "'Software Engineer | Acme Corp | Toronto, ON, Canada | 2019 – 2021' | Acme Corp | 'Toronto, ON, Canada' | -",
      "'Software Engineer | Acme Corp | Remote (US) | 2019 – 2021' | Acme Corp | 'Remote (US)' | -",
      "'Software Engineer | Acme Corp | Remote - EU | 2019 – 2021' | Acme Corp | 'Remote - EU' | -",
      "'Backend Engineer at Shopify, Ottawa, ON   Jan 2020 – Mar 2022' | Shopify | 'Ottawa, ON' | -",
      "'Stripe · Senior Engineer · Remote · 2019 – Present' | Stripe | Remote | -",
  })
  void onlyAPlaceBecomesTheLocation(String header, String org, String location, String line) {
    Entry e = job(header);
    assertThat(e.title()).isNotNull();
    assertThat(valueOf(e.organization())).isEqualTo(org);
    assertThat(valueOf(e.location())).isEqualTo(location);
    assertThat(firstLine(e)).isEqualTo(line);
  }


  @Test
  void aSentenceOpeningASectionIsDescriptionNotAHeader() {
    // The first line of an entry was always taken as its header, and a sentence with a comma was
    // then cut into a title and an organisation.
    String body = "Led diverse teams across global sites, promoting cross-team collaboration.\n\n"
        + "Mentored engineers and managers toward their career goals.\n";
    List<Entry> entries = entries("Leadership", SectionKind.OTHER, body);
    assertThat(entries).hasSize(1);
    Entry e = entries.get(0);
    assertThat(e.title()).isNull();
    assertThat(e.organization()).isNull();
    assertThat(e.lines()).extracting(Field::value).containsExactly(
        "Led diverse teams across global sites, promoting cross-team collaboration.",
        "Mentored engineers and managers toward their career goals.");
  }

  @Test
  void aShortHeaderWithACommaStillSplitsOutsideWorkSections() {
    String body = "Volunteer Tutor, Code Club  2019 – 2020\nTaught weekly sessions to twenty pupils.\n";
    Entry e = entries("Volunteering", SectionKind.OTHER, body).get(0);
    assertThat(e.title().value()).isEqualTo("Volunteer Tutor");
    assertThat(e.organization().value()).isEqualTo("Code Club");
    assertThat(e.lines()).extracting(Field::value).containsExactly("Taught weekly sessions to twenty pupils.");
  }

  @Test
  void aSentenceBeforeTheFirstRoleDoesNotBecomeItsTitle() {
    String body = "Held engineering roles at three startups, mostly on payments.\n"
        + "Backend Engineer | Acme Corp  2019 – 2021\n- Built billing APIs\n";
    List<Entry> entries = experience(body);
    Entry role = entries.get(entries.size() - 1);
    assertThat(role.title().value()).isEqualTo("Backend Engineer");
    assertThat(role.organization().value()).isEqualTo("Acme Corp");
  }

  @Test
  void referencesInPublicationsAreNotJobHeaders() {
    // The author list once became a title and an organisation ("J. Doe" at "A. Smith").
    String body = "J. Doe, A. Smith, and B. Lee. Scaling Ledgers Without Tears. In Proc. of OSDI, 2021.\n"
        + "Jordan Lee, Mary Major. Fast Queues, Revisited. USENIX ATC.\n"
        + "Doe, J. et al. Consensus at Scale. VLDB.\n";
    List<Entry> entries = entries("Publications", SectionKind.PUBLICATIONS, body);
    assertThat(entries).extracting(e -> valueOf(e.title())).containsExactly(
        "J. Doe, A. Smith, and B. Lee. Scaling Ledgers Without Tears. In Proc. of OSDI, 2021.",
        "Jordan Lee, Mary Major. Fast Queues, Revisited. USENIX ATC.",
        "Doe, J. et al. Consensus at Scale. VLDB.");
    assertThat(entries).extracting(Entry::organization).containsOnlyNulls();
    assertThat(entries.get(0).dates().start().iso()).isEqualTo("2021");
  }

  @Test
  void aPublicationsAuthorsAndDoiDescribeItUnderItsTitle() {
    String body = "3D Finite Element Analysis of No-Insulation Coils  Jan 2004\n"
        + "Frodo Baggins, John Doe, Samwise Gamgee\n"
        + "10.1109/TASC.2023.3340648\n\n"
        + "Jan 2004\n"
        + "3D  Finite  Element  Analysis  of  No-Insulation  Coils,\n"
        + "10.1109/TASC.2023.3340648\n"
        + "Frodo Baggins, John Doe, Samwise Gamgee\n";
    List<Entry> entries = entries("Publications", SectionKind.PUBLICATIONS, body);
    assertThat(entries).hasSize(2);
    for (Entry e : entries) {
      assertThat(Inline.clean(e.title().value())).isEqualTo("3D Finite Element Analysis of No-Insulation Coils");
      assertThat(e.organization()).isNull();
      assertThat(e.dates().start().iso()).isEqualTo("2004-01");
      assertThat(e.lines()).extracting(Field::value)
          .containsExactlyInAnyOrder("Frodo Baggins, John Doe, Samwise Gamgee", "10.1109/TASC.2023.3340648");
    }
    // The justified copy's value has its space runs folded; the plain one matches its span.
    spansPointAtTheirValues("Publications", entries.get(0), body);
  }

  @Test
  void aTalkNamesItsVenueAfterASeparator() {
    String body = "Scaling Kafka, Safely — KubeCon EU  2021\nJ. Doe and A. Smith\n";
    Entry e = single("Publications", SectionKind.PUBLICATIONS, body);
    assertThat(valueOf(e.title())).isEqualTo("Scaling Kafka, Safely");
    assertThat(valueOf(e.organization())).isEqualTo("KubeCon EU");
    assertThat(e.lines()).extracting(Field::value).containsExactly("J. Doe and A. Smith");
    spansPointAtTheirValues("Publications", e, body);
  }
}
