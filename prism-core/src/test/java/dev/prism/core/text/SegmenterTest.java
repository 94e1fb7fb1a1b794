package dev.prism.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {

  static Resume parse(String text) {
    return Segmenter.segment(Extraction.plain(text, "text"));
  }

  static List<Entry> experience(Resume r) {
    return r.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
  }

  static String v(Field f) {
    return f == null ? null : f.value();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Work History | EXPERIENCE",
      "PROFESSIONAL EXPERIENCE | EXPERIENCE",
      "Professional Experience: | EXPERIENCE",
      "Technical Skills | SKILLS",
      "## Projects | PROJECTS",
      "Relevant Work Experience | EXPERIENCE",
      "EDUCATION | EDUCATION",
      "Skills & Tools | SKILLS",
      "E X P E R I E N C E | EXPERIENCE",
      "Open Source Contributions | PROJECTS",
      "Certifications | CERTIFICATIONS",
      "Berufserfahrung | EXPERIENCE",
      "BERUFLICHER WERDEGANG | EXPERIENCE",
      "Ausbildung | EDUCATION",
      "Kenntnisse | SKILLS",
      "Expérience professionnelle | EXPERIENCE",
      "FORMATION | EDUCATION",
      "Compétences techniques | SKILLS",
      "Langues | OTHER",
  })
  void recognisesHeadingVariants(String heading, SectionKind kind) {
    Resume r = parse("Jordan Lee\njordan@example.com\n\n" + heading + "\nSomething here\n");
    assertThat(r.sections()).extracting(Section::kind).contains(kind);
  }

  @Test
  void aHeaderOfThousandsOfPartsIsReadWhole() {
    // Each comma once cut a piece in two by recursion, as deep as the commas were many; bars and
    // runs of emphasis were each looked for from the cell's start. Neither may overflow the stack.
    String commas = String.join(", ", java.util.Collections.nCopies(40_000, "Part")) + "  2019 - 2021";
    String emphasis = "**x** *y* ".repeat(20_000) + " 2019 - 2021";
    for (String header : List.of(commas, emphasis, commas.replace(", ", " | "))) {
      Resume r = parse("Experience\n" + header + "\n- Built it\n");
      assertThat(experience(r)).isNotEmpty();
    }
  }

  @Test
  void datesInBracketsNestedAnyHowAreRead() {
    // The test for a list of items with their terms in brackets walks from one item's brackets to
    // the next: brackets opened inside the last item's must end it, not cut the text backwards.
    for (String line : List.of("Quillstone (2019 (2020), Globex (2021)",
        "Teaching (Fall 2014 (Spring 2015 lead)), Initech (2016)", "(2019) (2020), (2021)")) {
      Resume r = parse("Experience\nSoftware Engineer, Hooli  2018 - 2022\n" + line + "\n- Built it\n");
      assertThat(experience(r)).isNotEmpty();
    }
  }

  @Test
  void sentencesAreNotHeadings() {
    assertThat(Headings.kindOf("Experience with large distributed systems.")).isEmpty();
    assertThat(Headings.kindOf("I have skills in Go and Java")).isEmpty();
  }

  @Test
  void readsContactDetails() {
    Resume r = parse("Jordan Lee\nBerlin, Germany | jordan.lee@example.com | +49 30 1234 5678 | github.com/jlee | https://jlee.dev\n\nExperience\n");
    assertThat(v(r.contact().name())).isEqualTo("Jordan Lee");
    assertThat(v(r.contact().email())).isEqualTo("jordan.lee@example.com");
    assertThat(v(r.contact().phone())).isEqualTo("+49 30 1234 5678");
    assertThat(v(r.contact().location())).isEqualTo("Berlin, Germany");
    assertThat(r.contact().links()).extracting(Field::value).containsExactly("github.com/jlee", "https://jlee.dev");
  }

  @Test
  void roleFirstEntriesWithBulletsOfAnyGlyph() {
    Resume r = parse("""
        Jordan Lee

        EXPERIENCE
        Senior Backend Engineer | Acme Corp | Berlin    Mar 2021 – Present
        • Designed the billing API.
        ▪ Cut p99 latency by 40%.
        Backend Engineer — Globex Inc, Hamburg    Jun 2017 – Feb 2021
        * Built the order service.
        """);
    List<Entry> e = experience(r);
    assertThat(e).hasSize(2);
    assertThat(v(e.get(0).title())).isEqualTo("Senior Backend Engineer");
    assertThat(v(e.get(0).organization())).isEqualTo("Acme Corp");
    assertThat(v(e.get(0).location())).isEqualTo("Berlin");
    assertThat(e.get(0).dates().present()).isTrue();
    assertThat(e.get(0).bullets()).hasSize(2);
    assertThat(v(e.get(1).title())).isEqualTo("Backend Engineer");
    assertThat(v(e.get(1).organization())).isEqualTo("Globex Inc");
    assertThat(e.get(1).dates().end().iso()).isEqualTo("2021-02");
  }

  @Test
  void companyFirstWithDatesOnTheirOwnLine() {
    Resume r = parse("""
        Jordan Lee

        Work Experience
        Initech Labs
        Software Engineer
        2019 - 2023
        - Migrated 9 services to Python 3.
        """);
    Entry e = experience(r).get(0);
    assertThat(v(e.organization())).isEqualTo("Initech Labs");
    assertThat(v(e.title())).isEqualTo("Software Engineer");
    assertThat(e.dates().start().year()).isEqualTo(2019);
    assertThat(e.bullets()).hasSize(1);
  }

  @Test
  void severalRolesUnderOneEmployerKeepTheEmployer() {
    Resume r = parse("""
        Jordan Lee

        Experience
        Senior Engineer, Acme Corp    2021 - Present
        - Led the storage team.
        Engineer    2018 - 2021
        - Built the cache layer.
        """);
    List<Entry> e = experience(r);
    assertThat(e).hasSize(2);
    assertThat(v(e.get(1).title())).isEqualTo("Engineer");
    assertThat(v(e.get(1).organization())).isEqualTo("Acme Corp");
  }

  @Test
  void entriesWithoutDatesAndBulletsWithoutGlyphs() {
    Resume r = parse("""
        Jordan Lee

        Experience
        Backend Developer at Umbrella Systems
        Designed the event pipeline that every new service now follows.
        Rebuilt the job scheduler on a PostgreSQL advisory-lock queue.

        Freelance Developer
        Built booking APIs for three small clinics in Go.
        """);
    List<Entry> e = experience(r);
    assertThat(e).hasSize(2);
    assertThat(v(e.get(0).title())).isEqualTo("Backend Developer");
    assertThat(v(e.get(0).organization())).isEqualTo("Umbrella Systems");
    assertThat(e.get(0).dates()).isNull();
    assertThat(e.get(0).bullets()).extracting(b -> b.text()).containsExactly(
        "Designed the event pipeline that every new service now follows.",
        "Rebuilt the job scheduler on a PostgreSQL advisory-lock queue.");
    assertThat(e.get(1).bullets()).hasSize(1);
  }

  @Test
  void wrappedBulletsAreJoined() {
    Resume r = parse("""
        Experience
        Engineer | Acme    2020 - 2022
        - Rebuilt the CI/CD pipeline with GitHub Actions and canary releases, cutting deploy time
          from 45 to 8 minutes.
        - Second bullet.
        """);
    Entry e = experience(r).get(0);
    assertThat(e.bullets()).hasSize(2);
    assertThat(e.bullets().get(0).text()).endsWith("cutting deploy time from 45 to 8 minutes.");
  }

  @Test
  void aBulletCutAfterACommaGoesOnEvenWithCapitals() {
    Resume r = parse("""
        Experience
        Engineering Manager | Northwind Systems    2021 - Present
        • Managed user-facing sign-up applications across web, mobile web,
        Android and iOS.
        • Built a 50-member team across three sites.
        """);
    List<Entry> e = experience(r);
    assertThat(e).hasSize(1);
    assertThat(e.get(0).bullets()).extracting(b -> b.text()).containsExactly(
        "Managed user-facing sign-up applications across web, mobile web, Android and iOS.",
        "Built a 50-member team across three sites.");
  }

  @Test
  void unknownCityAfterTitleAndCompanyIsTheLocationAndParenthesesStayPaired() {
    Resume r = parse("""
        Experience
        Backend Engineer | Contoso Retail | Manchester    Jun 2017 – Feb 2020
        - Built the catalog search service.
        Sr. Engineering Manager (L7) | Acme Analytics (venture-backed startup)    2020 – Present
        - Led three teams.
        """);
    List<Entry> e = experience(r);
    assertThat(v(e.get(0).location())).isEqualTo("Manchester");
    assertThat(e.get(0).lines()).isEmpty();
    assertThat(v(e.get(1).title())).isEqualTo("Sr. Engineering Manager (L7)");
    // What the brackets say of the employer is no part of its name; it describes the job.
    assertThat(v(e.get(1).organization())).isEqualTo("Acme Analytics");
    assertThat(e.get(1).lines()).extracting(Field::value).containsExactly("(venture-backed startup)");
  }

  /** A German resume: its headings, its month names and "heute" for an open end. */
  @Test
  void germanHeadingsAndDates() {
    Resume r = parse("""
        Katharina Brandt
        katharina@example.de

        Berufserfahrung
        Senior Softwareentwicklerin, Alpenwerk Digital GmbH, München    März 2021 – heute
        - Leitung der Migration von 35 Microservices auf Kubernetes.
        Softwareentwicklerin, Nordlicht Versicherung AG, Hamburg    Okt. 2017 – Feb. 2021
        - Entwicklung eines Tarifrechners in Java.

        Ausbildung
        Technische Universität München, M.Sc. Informatik    2015 – 2017
        """);
    List<Entry> e = experience(r);
    assertThat(e).hasSize(2);
    assertThat(v(e.get(0).title())).isEqualTo("Senior Softwareentwicklerin");
    assertThat(e.get(0).dates().present()).isTrue();
    assertThat(e.get(0).dates().start().iso()).isEqualTo("2021-03");
    assertThat(e.get(1).dates().start().iso()).isEqualTo("2017-10");
    assertThat(e.get(1).dates().end().iso()).isEqualTo("2021-02");
    assertThat(r.sections(SectionKind.EDUCATION).flatMap(s -> s.entries().stream()).toList()).hasSize(1);
  }

  @Test
  void aLayoutGapPartsSkillsAsACommaDoes() {
    // Chips set side by side in a sidebar, or a table of skills: the reader gives each its cell.
    Resume r = parse("""
        Skills
        Spring Boot  React  PostgreSQL
        Languages: Java  Python, Go
        """);
    var groups = r.sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).toList();
    assertThat(groups).hasSize(2);
    assertThat(v(groups.get(0).label())).isEqualTo("Languages");
    assertThat(groups.get(0).skills()).extracting(Field::value).containsExactly("Java", "Python", "Go");
    assertThat(groups.get(1).skills()).extracting(Field::value).containsExactly("Spring Boot", "React", "PostgreSQL");
  }

  @Test
  void subHeadingsTheReaderMarksLabelTheSkillsUnderThem() {
    // A LaTeX \\subsection under "Technical Skills": each labels the list below it.
    String text = "Jordan Lee\nTechnical Skills\nDatabases\n- PostgreSQL\n- Redis\nCloud\n- AWS\n- GCP\n"
        + "Experience\nBackend Engineer, Globex  2019 – 2021\n";
    java.util.List<dev.prism.core.model.LayoutLine> lines = new java.util.ArrayList<>();
    int at = 0;
    for (String l : text.split("\n")) {
      float size = l.equals("Jordan Lee") ? 2f : l.equals("Technical Skills") || l.equals("Experience") ? 1.4f
          : l.equals("Databases") || l.equals("Cloud") ? 1.2f : 1f;
      java.util.Set<dev.prism.core.model.Mark> marks = size > 1 ? java.util.Set.of(dev.prism.core.model.Mark.HEADING)
          : l.startsWith("- ") ? java.util.Set.of(dev.prism.core.model.Mark.LIST_ITEM) : java.util.Set.of();
      lines.add(dev.prism.core.model.LayoutLine.of(new dev.prism.core.model.Span(at, l.length()),
          new dev.prism.core.model.Style(size, false, false, false), marks));
      at += l.length() + 1;
    }
    Extraction x = new Extraction(text, "latex", 1, new dev.prism.core.model.Layout(lines, List.of()), List.of());
    Resume r = Segmenter.segment(x);
    var groups = r.sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).toList();
    assertThat(groups).extracting(g -> v(g.label())).containsExactly("Databases", "Cloud");
    assertThat(groups.get(0).skills()).extracting(Field::value).containsExactly("PostgreSQL", "Redis");
    assertThat(groups.get(1).skills()).extracting(Field::value).containsExactly("AWS", "GCP");
  }

  @Test
  void aLabelAloneOnItsLineHeadsTheSkillsUnderIt() {
    // "Backend:" over its list labels the group; it was read as a skill of its own.
    Resume r = parse("""
        Skills
        Backend:
        Go, Java, Python
        Databases:
        PostgreSQL, Redis
        Education
        B.S. Computer Science, State University  2015 – 2019
        """);
    assertThat(r.sections()).extracting(s -> s.kind()).containsExactly(SectionKind.SKILLS, SectionKind.EDUCATION);
    var groups = r.sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).toList();
    assertThat(groups).hasSize(2);
    assertThat(v(groups.get(0).label())).isEqualTo("Backend");
    assertThat(groups.get(0).skills()).extracting(Field::value).containsExactly("Go", "Java", "Python");
    assertThat(v(groups.get(1).label())).isEqualTo("Databases");
    assertThat(groups.get(1).skills()).extracting(Field::value).containsExactly("PostgreSQL", "Redis");
  }

  @Test
  void groupedAndFlatSkills() {
    Resume r = parse("""
        Skills
        Languages: Go, Java, SQL
        Storage: PostgreSQL, Redis, AWS (S3, DynamoDB)
        Docker | Kubernetes | Terraform
        """);
    var groups = r.sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).toList();
    assertThat(groups).hasSize(3);
    assertThat(v(groups.get(0).label())).isEqualTo("Languages");
    assertThat(groups.get(0).skills()).extracting(Field::value).containsExactly("Go", "Java", "SQL");
    assertThat(groups.get(1).skills()).extracting(Field::value).containsExactly("PostgreSQL", "Redis", "AWS (S3, DynamoDB)");
    assertThat(groups.get(2).label()).isNull();
    assertThat(groups.get(2).skills()).extracting(Field::value).containsExactly("Docker", "Kubernetes", "Terraform");
  }

  @Test
  void markdownHeadingsNameAndEntries() {
    Resume r = parse("""
        # Priya Raman
        priya@example.com

        ## Experience
        ### Senior Backend Engineer | Northwind | London
        Mar 2020 – Present
        - **Designed** the ledger API.

        ## Skills
        - **Languages:** Java, Go
        """);
    assertThat(v(r.contact().name())).isEqualTo("Priya Raman");
    Entry e = experience(r).get(0);
    assertThat(v(e.title())).isEqualTo("Senior Backend Engineer");
    assertThat(v(e.organization())).isEqualTo("Northwind");
    assertThat(e.dates().present()).isTrue();
    assertThat(e.bullets().get(0).text()).isEqualTo("Designed the ledger API.");
    var skills = r.sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).toList();
    assertThat(v(skills.get(0).label())).isEqualTo("Languages");
    assertThat(skills.get(0).skills()).extracting(Field::value).containsExactly("Java", "Go");
  }

  @Test
  void noHeadingsAtAllStillYieldsExperience() {
    Resume r = parse("Jordan Lee jordan@example.com Backend Engineer at Acme 2019 - 2023 built APIs in Go and cut latency by 30%");
    assertThat(v(r.contact().email())).isEqualTo("jordan@example.com");
    assertThat(r.sections()).isNotEmpty();
  }

  @Test
  void nameLabelIsReadTheSameWhateverTheDefaultLocale() {
    // Case folding follows Locale.ROOT; a Turkish default locale folds 'I' to a dotless 'ı'.
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      Resume r = parse("NAME: Ilkay Demir\nilkay@example.com\n\nExperience\n");
      assertThat(v(r.contact().name())).isEqualTo("Ilkay Demir");
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}
