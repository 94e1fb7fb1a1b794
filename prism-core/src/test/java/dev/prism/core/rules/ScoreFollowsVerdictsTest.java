package dev.prism.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.CheckOptions;
import dev.prism.core.Prism;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.PartialDate;
import dev.prism.core.report.Report;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Roles;
import org.junit.jupiter.api.Test;

/** The score agrees with what the report says: verdicts, role relevance, templates, grouped findings. Resumes invented. */
class ScoreFollowsVerdictsTest {
  private static final Prism PRISM = Prism.standard();
  private static final CheckOptions OPTIONS = new CheckOptions(Roles.DEFAULT, null, new PartialDate(2026, 11));

  private static Report check(String text) {
    return PRISM.check(Extraction.plain(text, "text"), OPTIONS);
  }

  private static final String TASKS = """
      Riley Moss
      riley.moss@example.com | +1 555 010 3344 | Denver, CO

      EXPERIENCE
      Backend Developer | Northwind | Denver    Jan 2021 – Present
      - Wrote REST endpoints for the order service in Java.
      - Added Redis caching to the product lookups.
      - Set up Prometheus alerts for the payment services.
      - Moved the billing jobs to Kubernetes.
      - Maintained the PostgreSQL schema for the shipments tables.
      - Cut p99 latency of the quote API from 900 ms to 200 ms by caching exchange rates in Redis.

      SKILLS
      Languages: Java
      Storage: PostgreSQL, Redis
      Operations: Kubernetes, Prometheus

      EDUCATION
      BSc Computer Science | CU Boulder    2016 – 2020
      """;

  @Test
  void impactCannotBeHighWhenMostBulletsAreTasks() {
    Report r = check(TASKS);
    long strong = r.bullets().stream().filter(b -> b.analysis().label() == BulletLabel.STRONG).count();
    assertThat(strong).isLessThanOrEqualTo(2);
    assertThat(r.scorecard().get(Dimension.IMPACT).score()).isLessThan(70);
  }

  @Test
  void aFrontendResumeDoesNotProveBackendDesign() {
    String frontend = """
        Alex Kim
        alex.kim@example.com | +1 555 010 9090 | Portland, OR

        EXPERIENCE
        Frontend Lead | Initech | Portland    Jan 2020 – Present
        - Led the redesign of the checkout pages in React and TypeScript, lifting conversion by 12%.
        - Built a component library with Storybook and Tailwind used by four product teams.
        - Moved the web app from Webpack to Vite, cutting local build time from 40 s to 4 s.
        - Wired the React dashboard to the REST API with React Query and Redux.
        - Made the booking pages accessible to WCAG 2.1 AA with Sass and ARIA fixes.
        Frontend Developer | Globex | Portland    Jan 2017 – Dec 2019
        - Rebuilt the marketing site in Vue and Sass.
        - Added Angular forms with validation to the signup flow.

        SKILLS
        Frontend: React, Vue, Angular, TypeScript, Redux, Sass, Tailwind, Storybook, Webpack, Vite

        EDUCATION
        BA Design | Portland State    2012 – 2016
        """;
    Report r = check(frontend);
    assertThat(r.findings()).extracting(Finding::rule).contains("ROLE_MISMATCH");
    assertThat(r.scorecard().get(Dimension.SERVICE_DESIGN).score()).isLessThan(100);
    assertThat(r.scorecard().get(Dimension.STORAGE).score()).isLessThan(100);
    assertThat(r.scorecard().get(Dimension.LEVEL_FIT).score()).isLessThanOrEqualTo(50);
  }

  @Test
  void aFinanceResumeDoesNotReadAsSoftwareEngineering() {
    String finance = """
        Morgan Hale
        morgan.hale@example.com | +1 555 010 5511 | Boston, MA

        EXPERIENCE
        Chief Financial Officer | Acme Retail | Boston    Jan 2018 – Present
        - Cut operating costs by 14% by renegotiating the three largest supplier contracts.
        - Raised $40M in growth funding and ran the investor reporting cycle.
        - Led the finance, legal and procurement teams of 22 people.
        - Closed the books in five days instead of twelve by reorganising month-end.
        Finance Director | Globex | Boston    Jan 2012 – Dec 2017
        - Built the annual budget process for six business units.

        SKILLS
        Budgeting, forecasting, M&A, audit, treasury

        EDUCATION
        MBA | Boston College    2008 – 2010
        """;
    Report r = check(finance);
    assertThat(r.findings()).extracting(Finding::rule).contains("ROLE_MISMATCH");
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("ROLE_MISMATCH")).first()
        .satisfies(f -> assertThat(f.message()).startsWith("Does not read as software engineering"));
    assertThat(r.score()).isLessThan(40);
  }

  @Test
  void anUnfilledTemplateIsNamedAsOne() {
    String template = """
        Your Full Name
        your.email@example.com | (555) 555-5555 | City, State

        EXPERIENCE
        Job Title | Company Name | City, State    Month Year – Present
        - Improved system performance by X% by optimizing database queries.
        - Led a team of N engineers to deliver the project.
        - Increased user engagement by XX% through new features.

        SKILLS
        Languages: Java, Python

        EDUCATION
        Degree Name | University Name    Year – Year
        """;
    Report r = check(template);
    assertThat(r.findings()).extracting(Finding::rule).contains("UNFILLED_TEMPLATE");
    assertThat(r.scorecard().get(Dimension.IMPACT).score()).isZero();
    assertThat(r.score()).isLessThan(40);
  }

  @Test
  void aRealResumeIsNoTemplate() {
    Report r = check(ExampleResume.SENIOR.replace("Acme Payments", "Acme Payments (company name changed)"));
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("UNFILLED_TEMPLATE");
  }

  @Test
  void repeatedProblemsAreOneFindingAndAReportStaysShort() {
    StringBuilder many = new StringBuilder("""
        Sam Doe
        sam.doe@example.com

        EXPERIENCE
        Developer | Initech | Austin    2019 – 2023
        """);
    for (int i = 0; i < 30; i++) {
      many.append("- Responsible for various tasks and some stuff on module ").append(i).append(".\n");
    }
    many.append("\nSKILLS\nJava, Go, Rust, Elixir, Haskell, OCaml, Scala, Kotlin, Swift, Ruby, PHP, Perl\n");
    Report r = check(many.toString());
    assertThat(r.findings().size()).isLessThanOrEqualTo(Rules.MAX_FINDINGS);
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("LISTED_NOT_SHOWN")).hasSize(1);
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("WEAK_OPENER")).hasSize(1);
    assertThat(r.findings()).filteredOn(f -> f.rule().equals("VAGUE_WORDING")).hasSize(1);
    // Grouping keeps every point lost traceable: the impact lost is what the weak-bullet findings cost.
    double lost = r.findings().stream().filter(f -> f.dimension() == Dimension.IMPACT).mapToDouble(Finding::penalty).sum();
    assertThat(100 - r.scorecard().get(Dimension.IMPACT).score()).isCloseTo((int) Math.round(Math.min(100, lost)),
        org.assertj.core.data.Offset.offset(1));
  }

  @Test
  void techStackLinesCountAsShown() {
    String resume = ExampleResume.SENIOR.replace("- Rewrote the settlement batch job in Go, cutting its cloud cost by $9K per month.\n",
        "- Rewrote the settlement batch job in Go, cutting its cloud cost by $9K per month.\n- Tech stack: Go, PostgreSQL, Elixir\n")
        .replace("Languages: Java, Go", "Languages: Java, Go, Elixir");
    Report r = check(resume);
    assertThat(r.findings()).extracting(Finding::rule).doesNotContain("LISTED_NOT_SHOWN");
    // The stack line is not judged as a bullet.
    assertThat(r.bullets()).noneMatch(b -> b.bullet().text().startsWith("Tech stack"));
  }
}
