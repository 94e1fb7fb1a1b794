package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prism.core.role.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a posting's structure is read: header, groups, preference scope, years, seniority. Every posting here is invented. */
class PostingStructureTest {
  private static List<String> names(JobDescription jd, Importance i) {
    return jd.requirements(i).stream().map(Requirement::name).toList();
  }

  @Test
  void headerShapes() {
    JobDescription board = JobDescriptions.parse("Senior Backend Engineer (Go)\nKestrel Freight, Inc. · Leeds, UK\n\nRequirements\n- Go\n");
    assertThat(board.title()).isEqualTo("Senior Backend Engineer (Go)");
    assertThat(board.company()).isEqualTo("Kestrel Freight, Inc.");
    assertThat(board.location()).isEqualTo("Leeds, UK");
    JobDescription pipes = JobDescriptions.parse(
        "Orchard Labs | Staff Engineer, Billing (Rust, Postgres) | Dublin, Ireland | Onsite, full-time\n\nWe build invoices.\n");
    assertThat(pipes.company()).isEqualTo("Orchard Labs");
    assertThat(pipes.title()).isEqualTo("Staff Engineer, Billing (Rust, Postgres)");
    assertThat(pipes.location()).isEqualTo("Dublin, Ireland");
    // The title's technologies are asked for; here they are the posting's only ones.
    assertThat(names(pipes, Importance.REQUIRED)).containsExactly("Rust", "PostgreSQL");
    JobDescription plain = JobDescriptions.parse("Platform Engineer\nHollowmere\n\nRequirements\n- Terraform\n");
    assertThat(plain.company()).isEqualTo("Hollowmere");
    JobDescription body = JobDescriptions.parse("We are hiring.\n\nAt Quaystone, we move parcels. Quaystone is hiring a Go engineer.\n"
        + "\nRequirements\n- Go\n");
    assertThat(body.company()).isEqualTo("Quaystone");
  }

  @Test
  void alternativesAreOneGroup() {
    JobDescription jd = JobDescriptions.parse("""
        Requirements
        - Strong skills in one or more languages (e.g., Python, Go, Java)
        - Experience with cloud platforms (AWS, Google Cloud, Microsoft Azure, etc.)
        - Professional experience with C++ and/or Rust
        - Infrastructure as code using tools such as Terraform or Pulumi
        - Worked with technologies like AWS, MySQL, Spark and Kubernetes
        - Comfortable with C/C++ and HTML/CSS
        - Hands-on experience with MySQL (or other RDBMS)
        """);
    List<String> required = names(jd, Importance.REQUIRED);
    assertThat(required).contains("Python or Go or Java", "AWS or GCP or Azure", "C++ or Rust", "Terraform or Pulumi");
    // A team's toolset after "technologies like" is several requirements, not one choice.
    assertThat(required).contains("MySQL", "Spark", "Kubernetes");
    // Slash forms are split into their parts.
    assertThat(required).contains("C or C++", "HTML or CSS");
    // "(or other RDBMS)" offers any relational database: PostgreSQL meets it through its implication.
    assertThat(required).contains("MySQL or Relational databases");
    Requirement cloud = jd.requirements().stream().filter(r -> r.name().equals("AWS or GCP or Azure")).findFirst().orElseThrow();
    assertThat(cloud.isGroup()).isTrue();
    assertThat(cloud.shown(jd.text())).isEqualTo("AWS or GCP (Google Cloud) or Azure");
  }

  @Test
  void aLeadInMakesItsListOneChoice() {
    JobDescription jd = JobDescriptions.parse("""
        Requirements
        - Kubernetes in production
        Experience with one or more of the following:
        - Java
        - Kotlin
        - Scala

        We offer a pension.
        """);
    assertThat(names(jd, Importance.REQUIRED)).containsExactly("Kubernetes", "Java or Kotlin or Scala");
  }

  @Test
  void preferenceIsScopedByHeadingLeadInAndItem() {
    JobDescription jd = JobDescriptions.parse("""
        Requirements
        - Proficiency in Kotlin (preferred) and PostgreSQL
        - Experience with Redis is a plus
        Experience with any of the following is a plus:
        - GraphQL
        - gRPC
        You will also:
        - Run Kafka in production

        It's a bonus if you have
        - Terraform experience
        """);
    assertThat(names(jd, Importance.PREFERRED)).contains("Kotlin", "Redis", "Terraform");
    assertThat(names(jd, Importance.REQUIRED)).contains("PostgreSQL", "Kafka").doesNotContain("Kotlin");
    // The lead-in scopes its own list, not the text after it.
    assertThat(names(jd, Importance.PREFERRED)).contains("GraphQL or gRPC");
  }

  @Test
  void theStackIsAPlusBesideRequirementsAndTheRequirementWhenAlone() {
    JobDescription beside = JobDescriptions.parse("""
        Backend Engineer

        Our stack is Python, Flask and Redis.

        Responsibilities
        - Maintain our Flask API
        """);
    assertThat(names(beside, Importance.REQUIRED)).containsExactly("Flask");
    assertThat(names(beside, Importance.PREFERRED)).contains("Python", "Redis");
    JobDescription alone = JobDescriptions.parse("Senior Backend Engineer\n\nWe heal knees with software.\n\nCurrent tech stack: AWS, Rails, Postgres\n");
    assertThat(names(alone, Importance.REQUIRED)).containsExactly("AWS", "Ruby on Rails", "PostgreSQL");
  }

  @Test
  void boilerplateAndTheCompanysOwnTechnologyAreNoTerms() {
    JobDescription jd = JobDescriptions.parse("""
        Data Engineer
        Lanternfish · Oslo

        Lanternfish is a leading provider of machine learning for shipping, trusted by customers worldwide.

        Requirements
        - Airflow and dbt
        - Ability to obtain a security clearance

        Benefits
        - Free AWS certification courses and a Kubernetes conference budget
        Lanternfish is an equal opportunity employer without regard to religion or national origin.
        """);
    assertThat(names(jd, Importance.REQUIRED)).containsExactly("Airflow", "dbt");
    assertThat(jd.requirements()).noneMatch(r -> r.name().contains("Machine learning") || r.name().contains("Security"));
  }

  @Test
  void mentoringAndScalableAreNoSkillsInAPosting() {
    JobDescription jd = JobDescriptions.parse("Requirements\n- Mentor engineers and build scalable, low-latency Java services\n");
    assertThat(names(jd, Importance.REQUIRED)).containsExactly("Java");
  }

  @Test
  void sharedHeadNounsAndTheJavaEeFamily() {
    JobDescription jd = JobDescriptions.parse("""
        Requirements
        - Unit, integration, and end-to-end testing
        - Relational and NoSQL databases
        - J2EE: JPA, JAX-RS and JMS
        """);
    assertThat(names(jd, Importance.REQUIRED)).contains("Unit testing", "Integration testing", "End-to-end testing",
        "Relational databases", "NoSQL", "Java EE", "JPA", "JAX-RS", "JMS");
  }

  @Test
  void minimumYearsFromTitleOrBodyNeverFromTheBlurb() {
    assertThat(JobDescriptions.parse("Backend Engineer (3 Years of Experience)\n\nRequirements\n- Go\n").years()).isEqualTo(3);
    assertThat(JobDescriptions.parse("Software Engineer (2-8 YOE)\n\nRequirements\n- Go\n").years()).isEqualTo(2);
    assertThat(JobDescriptions.parse("""
        Backend Engineer

        Founded in 2001, we have been a great place to work for the last four years.

        Requirements
        - 0-2+ years of experience
        - Go (5+ years)
        """).years()).isZero();
    assertThat(JobDescriptions.parse("""
        Requirements
        - 7+ years of professional software engineering experience
        - Strong proficiency in Python (5+ years)
        """).years()).isEqualTo(7);
    assertThat(JobDescriptions.parse("""
        Requirements
        - A degree in computer science. Equivalent experience with at least 5 years in a related field may be considered.
        - Python
        """).years()).isNull();
    assertThat(JobDescriptions.parse("Requirements\n- A minimum of 8 years with a Bachelor's; or 6 years and a Master's\n- Go\n").years())
        .isEqualTo(8);
  }

  @Test
  void seniorityFromTitleBodyOrYears() {
    assertThat(JobDescriptions.parse("Senior/Staff Engineer\n\nRequirements\n- Go\n").level()).isEqualTo(Level.SENIOR);
    assertThat(JobDescriptions.parse("Senior Staff Engineer\n\nRequirements\n- Go\n").level()).isEqualTo(Level.STAFF);
    assertThat(JobDescriptions.parse("Software Engineer II - Backend\n\nRequirements\n- Go\n").level()).isEqualTo(Level.MID);
    assertThat(JobDescriptions.parse("Backend Engineer, New Grad\n\nRequirements\n- Go\n").level()).isEqualTo(Level.JUNIOR);
    assertThat(JobDescriptions.parse("Software Engineer, Backend\n\nRequirements\n- 3+ years of experience with Go\n").level())
        .isEqualTo(Level.MID);
    assertThat(JobDescriptions.parse("Engineer\n\nWe're seeking a Senior Software Engineer to own billing.\n\nRequirements\n- Go\n").level())
        .isEqualTo(Level.SENIOR);
  }
}
