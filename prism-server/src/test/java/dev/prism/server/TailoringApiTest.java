package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.examples.Examples;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Readers;
import dev.prism.report.ResumeDocx;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
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
    // A tailored resume is personal: no cache along the way may keep it.
    for (TestNode.Res file : List.of(md, jr, pdf)) {
      assertThat(file.header("Cache-Control")).isEqualTo("no-store");
    }
  }

  @Test
  void downloadsAsDocxThatPrismReadsBackWithTheTailoredSummaryAndOrder() throws Exception {
    JsonNode t = node.json("/api/v1/tailorings", Map.of("text", RESUME, "jd", JD)).json();
    TestNode.Res head = node.json("/api/v1/tailorings?format=docx", Map.of("text", RESUME, "jd", JD));
    assertThat(head.type()).isEqualTo(JobApi.DOCX);
    assertThat(head.header("Content-Disposition")).contains("resume-tailored.docx");
    byte[] docx = node.postForBytes("/api/v1/tailorings?format=docx", "application/json",
        TestNode.JSON.writeValueAsBytes(Map.of("text", RESUME, "jd", JD)));
    Resume back = Segmenter.segment(Readers.standard().read("resume-tailored.docx", docx));
    assertThat(back.contact().name().value()).isEqualTo("Mira Sol");
    String summary = back.sections(SectionKind.SUMMARY).flatMap(s -> s.entries().stream()).flatMap(e -> e.lines().stream())
        .map(f -> f.value()).collect(java.util.stream.Collectors.joining(" "));
    assertThat(summary).isEqualTo(t.path("summary").path("tailored").asText()).doesNotContain("quiet pagers");
    List<String> bullets = back.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).flatMap(e -> e.bullets().stream())
        .map(Bullet::text).toList();
    assertThat(bullets).first().asString().startsWith("Built the refunds API");
    assertThat(bullets).last().asString().startsWith("Wrote the onboarding guide");
  }

  /** The page's way: the text and layout a check answered, with the person's edits, as /rechecks takes them. */
  @Test
  void theTextALayoutAndEditsAsTheCheckAnsweredThem() {
    // A DOCX's bullets are list paragraphs, known from its layout; the page sends what its check read.
    byte[] docx = ResumeDocx.render(Examples.byId("mid").orElseThrow().resume());
    JsonNode first = node.post("/api/v1/checks", "multipart/form-data; boundary=dx", TestNode.multipart("dx", "resume.docx", docx)).json();
    int bullets = first.path("bullets").size();
    assertThat(bullets).isGreaterThan(4);
    Map<String, Object> body = new HashMap<>(Map.of("text", first.path("text").asText(), "layout", first.path("layout"), "jd", JD));
    TestNode.Res withLayout = node.json("/api/v1/tailorings", body);
    assertThat(withLayout.status()).as(withLayout.body()).isEqualTo(200);
    assertThat(withLayout.json().path("bullets").size()).isEqualTo(bullets);

    // An edited bullet is tailored as edited, at the place it stands.
    JsonNode b = first.path("bullets").get(1);
    String edited = "Moved nightly settlement onto Kafka with Spring Boot, cutting the close from 4 hours to 30 minutes";
    body.put("edits", List.of(Map.of("offset", b.path("offset").asInt(), "length", b.path("length").asInt(), "text", edited)));
    JsonNode t = node.json("/api/v1/tailorings", body).json();
    assertThat(t.path("bullets").findValuesAsText("text")).contains(edited).doesNotContain(b.path("text").asText());
    assertThat(t.path("markdown").asText()).contains(edited);
    JsonNode letter = node.json("/api/v1/cover-letters", body).json();
    assertThat(letter.path("text").asText()).isNotBlank();
    assertThat(letter.path("evidence").findValuesAsText("text")).doesNotContain(b.path("text").asText());

    // Broken: a layout without its text, edits out of bounds, a layout that is no layout.
    assertProblem(node.json("/api/v1/tailorings", Map.of("resume", Map.of(), "layout", first.path("layout"), "jd", JD)), 400, "text");
    assertProblem(node.json("/api/v1/tailorings", Map.of("text", "short", "jd", JD,
        "edits", List.of(Map.of("offset", 900, "length", 1, "text", "x")))), 400, "edits");
    assertProblem(node.json("/api/v1/cover-letters", Map.of("text", RESUME, "jd", JD, "layout", "a layout")), 400, "layout");
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
    assertProblem(node.json("/api/v1/tailorings?format=odt", Map.of("text", RESUME, "jd", JD)), 400, "format");
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
