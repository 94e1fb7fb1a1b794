package dev.prism.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prism.core.role.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobDescriptionsTest {
  private static final JobDescription LEDGER = JobDescriptions.parse(Fixtures.resource("ledger.jd.input"));

  private static List<String> names(JobDescription jd, Importance i) {
    return jd.requirements(i).stream().map(Requirement::name).toList();
  }

  @Test
  void readsTitleLevelAndYears() {
    assertThat(LEDGER.title()).isEqualTo("Senior Backend Engineer, Payments Platform");
    assertThat(LEDGER.company()).isEqualTo("Harbourline");
    assertThat(LEDGER.level()).isEqualTo(Level.SENIOR);
    assertThat(LEDGER.years()).isEqualTo(6);
  }

  @Test
  void requirementsAndResponsibilitiesAreRequired() {
    assertThat(names(LEDGER, Importance.REQUIRED)).contains("PostgreSQL", "REST", "gRPC", "On-call", "Postmortems", "Code review",
        "Indexing", "Query optimization", "Docker", "CI/CD", "Latency");
    // Mentoring is a duty, not a skill to match: it is never a posting's term.
    assertThat(names(LEDGER, Importance.REQUIRED)).doesNotContain("Mentoring");
  }

  @Test
  void niceToHaveAndTheStackArePreferred() {
    // "Our stack is Java and Kotlin on Kubernetes, with PostgreSQL and Kafka": beside stated
    // requirements, the team's stack is a plus; PostgreSQL is also asked for outright.
    assertThat(names(LEDGER, Importance.PREFERRED)).containsExactlyInAnyOrder("Java", "Kotlin", "Kubernetes", "Kafka",
        "Terraform", "AWS", "Redis", "Caching");
  }

  @Test
  void orMakesOneRequirementAnyTermMeets() {
    assertThat(names(LEDGER, Importance.REQUIRED)).contains("Java or Kotlin", "Kafka or RabbitMQ");
  }

  @Test
  void boilerplateNeverYieldsRequirements() {
    // "AWS certifications" in the benefits stays out; AWS is preferred only for the nice-to-have line.
    Requirement aws = LEDGER.requirements().stream().filter(r -> r.name().equals("AWS")).findFirst().orElseThrow();
    assertThat(aws.sentence()).isEqualTo("Terraform and AWS experience");
    assertThat(LEDGER.requirements()).noneMatch(r -> r.sentence().contains("founded") || r.sentence().contains("equal"));
    assertThat(LEDGER.dropped()).contains("About Harbourline", "What we offer");
  }

  @Test
  void eachTermKeepsItsSentenceAndSpan() {
    for (Requirement r : LEDGER.requirements()) {
      assertThat(r.span().of(LEDGER.text()).replaceAll("\\s+", " ")).isEqualTo(r.sentence());
    }
  }

  @Test
  void benefitsOnlyHasNoRequirements() {
    JobDescription jd = JobDescriptions.parse(Fixtures.resource("benefits-only.jd.input"));
    assertThat(jd.hasRequirements()).isFalse();
    assertThat(jd.dropped()).isNotEmpty();
  }

  @Test
  void emptyIsAClearError() {
    assertThatThrownBy(() -> JobDescriptions.parse("  \n\t ")).isInstanceOf(JobDescriptionException.class)
        .hasMessage("the job description has no text");
    assertThatThrownBy(() -> JobDescriptions.parseJson("{\"title\": ")).isInstanceOf(JobDescriptionException.class)
        .hasMessageContaining("malformed JSON");
    assertThatThrownBy(() -> JobDescriptions.parseJson("[1, 2]")).isInstanceOf(JobDescriptionException.class);
  }

  @Test
  void yearsInWordsAndRanges() {
    assertThat(JobDescriptions.years("at least five years of Go")).isEqualTo(5);
    assertThat(JobDescriptions.years("3-5 years with Python")).isEqualTo(3);
    assertThat(JobDescriptions.years("a company with 100 years of history")).isNull();
  }

  @Test
  void hugeAndHostileInputStaysBounded() {
    String huge = "Requirements\n" + "- Go and Kafka; ".repeat(20_000) + "\n" + "x".repeat(200_000);
    JobDescription jd = JobDescriptions.parse(huge);
    assertThat(names(jd, Importance.REQUIRED)).containsExactly("Go", "Kafka");
    JobDescription odd = JobDescriptions.parse("::::\n- \n####\n**\n\u0000\u202e Java");
    assertThat(names(odd, Importance.REQUIRED)).containsExactly("Java");
  }

  @Test
  void jsonResumeJob() {
    JobDescription jd = JobDescriptions.parseJson("""
        {"title": "Platform Engineer", "company": "Brightfield", "experience": "Senior",
         "description": "Run the platform that our product teams deploy onto.",
         "responsibilities": ["Operate Kubernetes clusters", "Own the Terraform modules"],
         "qualifications": ["5+ years in infrastructure roles"],
         "skills": [{"name": "Cloud", "keywords": ["GCP", "Fleetcraft"]}]}""");
    assertThat(jd.title()).isEqualTo("Platform Engineer");
    assertThat(jd.company()).isEqualTo("Brightfield");
    assertThat(jd.level()).isEqualTo(Level.SENIOR);
    assertThat(jd.years()).isEqualTo(5);
    // An explicit keyword counts even when the vocabulary does not know it.
    assertThat(names(jd, Importance.REQUIRED)).containsExactly("Kubernetes", "Terraform", "GCP", "Fleetcraft");
  }

  @Test
  void corpusJobsWhenPresent() throws IOException {
    Path dir = Files.isDirectory(Path.of("../../shared/corpus/jd")) ? Path.of("../../shared/corpus/jd") : Path.of("../shared/corpus/jd");
    assumeTrue(Files.isDirectory(dir));
    JobDescription text = JobDescriptions.parse(Files.readString(dir.resolve("resume-matcher-backend-eng.txt")));
    assertThat(text.years()).isEqualTo(4);
    assertThat(text.level()).isEqualTo(Level.SENIOR);
    assertThat(names(text, Importance.REQUIRED)).contains("Python", "FastAPI", "PostgreSQL", "Kafka", "Kubernetes or ECS");
    JobDescription json = JobDescriptions.parseJson(Files.readString(dir.resolve("jsonresume-sample.job.json")));
    assertThat(json.company()).isEqualTo("Microsoft");
    assertThat(json.level()).isEqualTo(Level.MID);
    assertThat(names(json, Importance.REQUIRED)).contains("JavaScript", "MongoDB", "NoSQL");
  }
}
