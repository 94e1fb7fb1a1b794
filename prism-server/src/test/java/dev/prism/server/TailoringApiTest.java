package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/tailorings}: the tailored resume beside the original, and its downloads. */
class TailoringApiTest extends OneNodeTest {
  private static final String RESUME = """
      Mira Sol
      mira.sol@example.org | +1 555 0133 | Lisbon

      Summary
      Engineer who likes quiet pagers and fast queries.

      Experience
      Backend Engineer, Tidewell, 2020 - Present
      - Wrote the onboarding guide for new hires on the payments team
      - Built the refunds API in Spring Boot on PostgreSQL, serving 1,800 requests per second
      - Moved nightly settlement onto Kafka, cutting the close from 4 hours to 30 minutes

      Skills
      Java, Terraform
      """;
  private static final String JD = """
      Java Developer
      Fernhill Bank · Porto, Portugal

      Requirements
      - 4+ years with Spring and relational databases
      - Event streaming with Kafka
      - Kubernetes and Terraform

      We offer 25 days of paid time off. We are an equal opportunity employer.
      """;

  @Test
  void theTailoredResumeBesideTheOriginal() {
    TestNode.Res r = node.json("/api/v1/tailorings", Map.of("text", RESUME, "jd", JD));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode t = r.json();
    assertThat(t.path("schema").asText()).isEqualTo("prism.tailoring/1");
    assertThat(t.path("job").path("company").asText()).isEqualTo("Fernhill Bank");
    // One summary, aimed at the role, replacing the person's own (which is kept to show beside it).
    assertThat(t.path("summary").path("original").asText()).isEqualTo("Engineer who likes quiet pagers and fast queries.");
    assertThat(t.path("summary").path("replaced").asBoolean()).isTrue();
    assertThat(t.path("summary").path("tailored").asText()).contains("Java Developer");
    assertThat(t.path("markdown").asText()).doesNotContain("quiet pagers").contains(t.path("summary").path("tailored").asText());
    assertThat(t.path("originalMarkdown").asText()).contains("quiet pagers");
    // The Spring Boot bullet now leads, and says what it meets; the guide bullet moved down.
    JsonNode refunds = find(t.path("bullets"), "Built the refunds API");
    assertThat(refunds.path("to").asInt()).isZero();
    assertThat(refunds.path("moved").asBoolean()).isTrue();
    assertThat(refunds.path("meets").toString()).contains("Spring").contains("Relational databases");
    // Spring and relational databases are implied by the resume: never advice to add.
    assertThat(t.path("toAdd").findValuesAsText("term")).containsExactly("Kubernetes");
    assertThat(t.path("toEvidence").findValuesAsText("term")).contains("Terraform");
    assertThat(t.path("changes").size()).isPositive();
    assertThat(t.path("jsonResume").path("basics").path("name").asText()).isEqualTo("Mira Sol");
  }

  private static JsonNode find(JsonNode bullets, String start) {
    for (JsonNode b : bullets) {
      if (b.path("text").asText().startsWith(start)) {
        return b;
      }
    }
    throw new AssertionError("no bullet starting " + start);
  }

  @Test
  void downloadsAsMarkdownJsonResumeAndPdf() {
    TestNode.Res md = node.json("/api/v1/tailorings?format=markdown", Map.of("text", RESUME, "jd", JD));
    assertThat(md.status()).isEqualTo(200);
    assertThat(md.type()).startsWith("text/markdown");
    assertThat(md.header("Content-Disposition")).contains("resume-tailored.md");
    assertThat(md.body()).startsWith("# Mira Sol");
    TestNode.Res jr = node.json("/api/v1/tailorings?format=json-resume", Map.of("text", RESUME, "jd", JD));
    assertThat(jr.json().path("basics").path("name").asText()).isEqualTo("Mira Sol");
    TestNode.Res pdf = node.json("/api/v1/tailorings?format=pdf", Map.of("text", RESUME, "jd", JD));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.type()).isEqualTo("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void anUploadWithTheJobAsAFormField() {
    String boundary = "Qx7";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"jd\"\r\n\r\n" + JD + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"resume.md\"\r\n"
        + "Content-Type: text/markdown\r\n\r\n" + RESUME + "\r\n--" + boundary + "--\r\n";
    TestNode.Res r = node.post("/api/v1/tailorings", "multipart/form-data; boundary=" + boundary, body.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("schema").asText()).isEqualTo("prism.tailoring/1");
  }

  @Test
  void brokenEmptyHugeAndHostileInput() {
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", RESUME)), 400, "jd");
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", RESUME, "jd", "We offer free lunch and a gym.")), 400, "jd");
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", RESUME, "jd", "x".repeat(100_001))), 400, "jd");
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", "   ", "jd", JD)), 422, null);
    assertProblem(node.json("/api/v1/tailorings?format=docx", Map.of("text", RESUME, "jd", JD)), 400, "format");
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", RESUME, "jd", JD, "colour", "red")), 400, "colour");
    assertProblem(node.post("/api/v1/tailorings", "application/json", "{\"text\": "), 400, "body");
    assertProblem(node.post("/api/v1/tailorings", "image/png", "PNG"), 415, null);
    // Markup in the resume is text: it comes back escaped in JSON, never run.
    String hostile = RESUME.replace("Mira Sol", "<script>alert(1)</script> Mira Sol");
    TestNode.Res r = node.json("/api/v1/tailorings", Map.of("text", hostile, "jd", JD + "\n<img src=x onerror=alert(2)> Kafka"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.type()).startsWith("application/json");
    // A huge resume is refused or read, never a crash.
    String huge = RESUME + "- Built a Kafka consumer in Java for 10 teams\n".repeat(20_000);
    assertThat(node.json("/api/v1/tailorings", Map.of("text", huge, "jd", JD)).status()).isIn(200, 413, 422);
  }
}
