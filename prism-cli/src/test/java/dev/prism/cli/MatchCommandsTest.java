package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchCommandsTest {
  @TempDir static Path dir;
  static Path resume;
  static Path jd;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new PrismCli(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), false).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void files() throws IOException {
    resume = Files.writeString(dir.resolve("resume.txt"), """
        Lee Tran
        lee@example.org | Austin, TX

        EXPERIENCE
        Backend Engineer | Corvid Labs | Feb 2020 – Present
        - Built the orders API in Go on PostgreSQL, serving 900 requests per second.
        - Ran the Kafka cluster upgrade for 6 teams with no lost messages.

        SKILLS
        Go, PostgreSQL, Kafka, Terraform
        """);
    jd = Files.writeString(dir.resolve("jd.txt"), """
        Backend Engineer at Corvid Labs

        Requirements
        - 3+ years with Go and PostgreSQL
        - Kubernetes in production
        - Terraform for infrastructure

        Benefits
        - Health insurance and a learning budget
        """);
  }

  @Test
  void matchJson() {
    Run r = run("match", resume.toString(), "--jd", jd.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"matchRate\"", "\"required\"", "\"preferred\"", "\"missing\"", "\"term\" : \"Kubernetes\"");
  }

  @Test
  void matchText() {
    Run r = run("match", resume.toString(), "--jd", jd.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Match ").contains("✗ Kubernetes").contains("~ Terraform");
  }

  @Test
  void emptyAndBenefitsOnlyJobsAreUsageErrors() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Run r = run("match", resume.toString(), "--jd", empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no text").doesNotContain("Exception");
    Path perks = Files.writeString(dir.resolve("perks.txt"), "Benefits\n- Health insurance\n- Stock options\n");
    r = run("match", resume.toString(), "--jd", perks.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no requirements found").hasLineCount(1);
  }

  @Test
  void tailorAndCoverLetter() {
    Run t = run("tailor", resume.toString(), "--jd", jd.toString());
    assertThat(t.code()).isZero();
    assertThat(t.out()).startsWith("# Lee Tran").contains("## Summary");
    assertThat(t.err()).contains("If you have worked with Kubernetes");
    Run j = run("tailor", resume.toString(), "--jd", jd.toString(), "--format", "json-resume");
    assertThat(j.out()).contains("\"basics\"", "\"toAdd\"");
    Run l = run("cover-letter", resume.toString(), "--jd", jd.toString(), "--tone", "direct");
    assertThat(l.code()).isZero();
    assertThat(l.out()).contains("Hello Corvid Labs team,").contains("- Go: At Corvid Labs, I built the orders API");
    assertThat(run("cover-letter", resume.toString(), "--jd", jd.toString(), "--tone", "chummy").code()).isEqualTo(2);
  }

  @Test
  void tailorAsJsonAndPdf() throws Exception {
    Run j = run("tailor", resume.toString(), "--jd", jd.toString(), "--format", "json");
    assertThat(j.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(j.out());
    assertThat(t.path("schema").asText()).isEqualTo("prism.tailoring/1");
    assertThat(t.path("summary").path("tailored").asText()).startsWith("Backend Engineer at Corvid Labs");
    assertThat(t.path("bullets").size()).isPositive();
    assertThat(t.path("markdown").asText()).startsWith("# Lee Tran");
    assertThat(t.path("jsonResume").path("basics").path("name").asText()).isEqualTo("Lee Tran");
    assertThat(run("tailor", resume.toString(), "--jd", jd.toString(), "--format", "pdf").code()).isEqualTo(2);
    java.nio.file.Path pdf = resume.resolveSibling("tailored.pdf");
    Run p = run("tailor", resume.toString(), "--jd", jd.toString(), "--format", "pdf", "--out", pdf.toString());
    assertThat(p.code()).isZero();
    assertThat(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }
}
