package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.examples.Examples;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.SectionKind;
import dev.prism.core.text.Segmenter;
import dev.prism.ingest.Readers;
import dev.prism.report.ResumeDocx;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing in place through the API: rechecks with the first check's layout, and the files the page offers. */
class EditApiTest extends OneNodeTest {
  static final String WEAK = "Worked on various APIs";
  static final String STRONG = "Built the orders REST API in Java and PostgreSQL, cutting p99 latency from 420 ms to 95 ms at 3K req/s";

  /** A DOCX whose bullets are list paragraphs: their text has no glyph, only the layout says they are bullets. */
  static JsonNode uploadDocx() {
    byte[] docx = ResumeDocx.render(Examples.byId("senior").orElseThrow().resume());
    TestNode.Res r = node.post("/api/v1/checks", "multipart/form-data; boundary=dx", TestNode.multipart("dx", "resume.docx", docx));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  static Map<String, Object> edit(JsonNode report, String text, Object layout) {
    Map<String, Object> body = new HashMap<>();
    body.put("text", text);
    body.put("layout", layout);
    body.put("role", report.path("role").asText());
    return body;
  }

  /** The report's text and layout as answered, with one bullet replaced, as the page sends them. */
  static Map<String, Object> replaceBullet(JsonNode report, int index, String replacement) {
    JsonNode b = report.path("bullets").get(index);
    Map<String, Object> body = edit(report, report.path("text").asText(), report.path("layout"));
    body.put("edits", List.of(Map.of("offset", b.path("offset").asInt(), "length", b.path("length").asInt(), "text", replacement)));
    return body;
  }

  @Test
  void aRecheckWithTheLayoutGivesTheSameReportAsTheUpload() {
    JsonNode first = uploadDocx();
    assertThat(first.path("layout").path("format").asText()).isEqualTo("docx");
    long items = java.util.stream.StreamSupport.stream(first.path("layout").path("lines").spliterator(), false)
        .filter(l -> l.path("marks").toString().contains("LIST_ITEM")).count();
    assertThat(items).isEqualTo(first.path("bullets").size());
    TestNode.Res again = node.json("/api/v1/rechecks", edit(first, first.path("text").asText(), first.path("layout")));
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().path("score").asInt()).isEqualTo(first.path("score").asInt());
    assertThat(again.json().path("bullets")).isEqualTo(first.path("bullets"));
    assertThat(again.json().path("findings")).isEqualTo(first.path("findings"));
  }

  @Test
  void editingOneBulletChangesThatBulletAndKeepsTheOthers() {
    JsonNode first = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json();
    int weak = indexOf(first, WEAK);
    TestNode.Res r = node.json("/api/v1/rechecks", replaceBullet(first, weak, STRONG));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode after = r.json();
    assertThat(after.path("bullets").size()).isEqualTo(first.path("bullets").size());
    JsonNode edited = after.path("bullets").get(weak);
    assertThat(edited.path("text").asText()).isEqualTo(STRONG);
    assertThat(edited.path("strength").asInt()).isGreaterThan(first.path("bullets").get(weak).path("strength").asInt());
    assertThat(edited.path("label").asText()).isNotEqualTo("weak");
    assertThat(after.path("score").asInt()).isGreaterThan(first.path("score").asInt());
    for (int i = 0; i < first.path("bullets").size(); i++) {
      if (i != weak) {
        assertThat(after.path("bullets").get(i).path("text")).isEqualTo(first.path("bullets").get(i).path("text"));
      }
    }
  }

  @Test
  void anEditedDocxKeepsItsBulletsThroughTheLayout() {
    JsonNode first = uploadDocx();
    TestNode.Res r = node.json("/api/v1/rechecks", replaceBullet(first, 1, WEAK));
    JsonNode after = r.json();
    assertThat(after.path("bullets").size()).isEqualTo(first.path("bullets").size());
    assertThat(after.path("bullets").get(1).path("text").asText()).isEqualTo(WEAK);
    assertThat(after.path("bullets").get(2).path("text")).isEqualTo(first.path("bullets").get(2).path("text"));
    assertThat(after.path("score").asInt()).isLessThan(first.path("score").asInt());
  }

  @Test
  void theEditedResumeDownloadsAsDocxThatPrismReadsBackWithTheEdit() throws Exception {
    JsonNode first = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json();
    Map<String, Object> body = replaceBullet(first, indexOf(first, WEAK), STRONG);
    body.remove("role");
    body.put("format", "docx");
    TestNode.Res docx = node.post("/api/v1/resumes", "application/json", TestNode.JSON.writeValueAsBytes(body));
    assertThat(docx.status()).isEqualTo(200);
    assertThat(docx.header("Content-Disposition")).isEqualTo("attachment; filename=\"resume.docx\"");
    assertThat(docx.header("Cache-Control")).isEqualTo("no-store");
    byte[] bytes = node.postForBytes("/api/v1/resumes", "application/json", TestNode.JSON.writeValueAsBytes(body));
    var back = Segmenter.segment(Readers.standard().read("resume.docx", bytes));
    List<String> bullets = back.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .flatMap(e -> e.bullets().stream()).map(Bullet::text).toList();
    assertThat(bullets).contains(STRONG).doesNotContain(WEAK);
    assertThat(back.contact().email().value()).isEqualTo("jane.doe@example.com");

    for (String f : List.of("markdown", "pdf", "json")) {
      body.put("format", f);
      TestNode.Res file = node.post("/api/v1/resumes", "application/json", TestNode.JSON.writeValueAsBytes(body));
      assertThat(file.status()).as(f).isEqualTo(200);
    }
    body.put("format", "markdown");
    assertThat(node.post("/api/v1/resumes", "application/json", TestNode.JSON.writeValueAsBytes(body)).body()).contains("- " + STRONG);
  }

  @Test
  void theReportDownloadsAsTheClisHtmlAndPdf() throws Exception {
    JsonNode first = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json();
    Map<String, Object> body = edit(first, first.path("text").asText(), first.path("layout"));
    body.put("format", "html");
    TestNode.Res html = node.post("/api/v1/reports", "application/json", TestNode.JSON.writeValueAsBytes(body));
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.type()).startsWith("text/html");
    assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Prism report", ">" + first.path("score").asInt() + "<");
    body.put("format", "pdf");
    TestNode.Res pdf = node.post("/api/v1/reports", "application/json", TestNode.JSON.writeValueAsBytes(body));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
  }

  @Test
  void textThatIsNoResumeIsSaidToBeOneInsteadOfScored() {
    for (String path : List.of("/api/v1/checks", "/api/v1/rechecks")) {
      JsonNode j = node.json(path, Map.of("text", "hello world")).json();
      assertThat(j.path("notAResume").asBoolean()).as(path).isTrue();
      assertThat(j.path("score").isNull()).isTrue();
      assertThat(j.path("band").isNull()).isTrue();
      assertThat(j.path("message").asText()).startsWith("This does not look like a resume");
      assertThat(j.path("topFixes")).isEmpty();
    }
    assertThat(node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json().has("message")).isFalse();
  }

  @Test
  void brokenEmptyHugeAndHostileEditsAreClearErrors() throws Exception {
    JsonNode first = node.json("/api/v1/checks", Map.of("text", TestNode.RESUME)).json();
    String text = first.path("text").asText();
    assertProblem(node.post("/api/v1/rechecks", "application/json", "{\"text\": "), 400, "body");
    assertProblem(node.post("/api/v1/rechecks", "text/plain", "hello"), 415, null);
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", " \n ")), 422, null);
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", 7)), 400, "text");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", "x".repeat(EditApi.MAX_TEXT_CHARS + 1))), 413, null);
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "save", true)), 400, "save");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", "pdf")), 400, "layout");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "exe", "pages", 1))), 400, "layout.format");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 99))), 400, "layout.pages");
    Map<String, Object> line = Map.of("span", List.of(0, 8), "style", List.of(1, false, false, false));
    assertThat(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1, "lines", List.of(line))))
        .status()).isEqualTo(200);
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "lines", List.of(Map.of("span", List.of(0, 1_000_000), "style", List.of(1, false, false, false)))))), 400, "layout.lines.span");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "lines", List.of(Map.of("span", List.of(5, 2), "style", List.of(1, false, false, false)))))), 400, "layout.lines.span");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "lines", List.of(line, line)))), 400, "layout.lines");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "lines", List.of(Map.of("span", List.of(0, 8), "style", List.of(-1, false, false, false)))))), 400, "layout.lines.style");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "lines", List.of(Map.of("span", List.of(0, 8), "style", List.of(1, false, false, false), "marks", List.of("EVIL")))))), 400,
        "layout.lines.marks");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "claims", List.of(Map.of("claim", "contact", "span", List.of(0, 4), "field", "SSN"))))), 400, "layout.claims.field");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "claims", List.of(Map.of("claim", "script", "span", List.of(0, 4)))))), 400, "layout.claims.claim");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "warnings", List.of(Map.of("code", "<script>", "message", "x"))))), 400, "layout.warnings");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1, "x", 1))), 400,
        "layout.x");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "edits", "x")), 400, "edits");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "edits", List.of(Map.of("offset", 0, "length", 1_000_000,
        "text", "x")))), 400, "edits");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "edits", List.of(Map.of("offset", 0, "length", 5, "text", "x"),
        Map.of("offset", 3, "length", 5, "text", "y")))), 400, "edits");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "edits", List.of(Map.of("offset", 0, "length", 5,
        "text", "x".repeat(TextEdits.MAX_EDIT_CHARS + 1))))), 400, "edits");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "level", "wizard")), 400, "level");
    assertProblem(node.json("/api/v1/resumes", Map.of("text", text, "format", "exe")), 400, "format");
    assertProblem(node.json("/api/v1/resumes", Map.of("text", text)), 400, "format");
    assertProblem(node.json("/api/v1/reports", Map.of("text", text, "format", "sarif")), 400, "format");

    // Markup and control characters in an edit come back as text, in JSON and in each file.
    String hostile = "<script>alert(1)</script>\u0000\u0007 & \"quotes\" \uD800";
    Map<String, Object> body = replaceBullet(first, 0, hostile);
    TestNode.Res r = node.json("/api/v1/rechecks", body);
    assertThat(r.status()).isEqualTo(200);
    body.remove("role");
    for (String f : List.of("docx", "pdf", "markdown")) {
      body.put("format", f);
      assertThat(node.post("/api/v1/resumes", "application/json", TestNode.JSON.writeValueAsBytes(body)).status()).as(f).isEqualTo(200);
    }
    body.put("format", "html");
    TestNode.Res html = node.post("/api/v1/reports", "application/json", TestNode.JSON.writeValueAsBytes(body));
    assertThat(html.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
  }

  @Test
  void editsHaveABudgetAboveChecks() {
    try (TestNode limited = new TestNode(TestNode.config("jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .withRateLimits(2, 10), TestNode.FIXED)) {
      Map<String, Object> body = Map.of("text", TestNode.RESUME);
      for (int i = 0; i < 2 * Limits.EDITS_PER_CHECK; i++) {
        assertThat(limited.json("/api/v1/rechecks", body).status()).as("edit %d", i).isEqualTo(200);
      }
      assertProblem(limited.json("/api/v1/rechecks", body), 429, null);
      // The check budget is separate and still whole.
      assertThat(limited.json("/api/v1/checks", body).status()).isEqualTo(200);
    }
  }

  static int indexOf(JsonNode report, String bulletText) {
    for (int i = 0; i < report.path("bullets").size(); i++) {
      if (report.path("bullets").get(i).path("text").asText().equals(bulletText)) {
        return i;
      }
    }
    throw new AssertionError("no bullet '" + bulletText + "'");
  }
}
