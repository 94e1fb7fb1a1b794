package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** The text with one bullet replaced, and the layout's line offsets after it moved as the page moves them. */
  static Map<String, Object> replaceBullet(JsonNode report, int index, String replacement) {
    JsonNode b = report.path("bullets").get(index);
    int start = b.path("offset").asInt();
    int end = start + b.path("length").asInt();
    String text = report.path("text").asText();
    String edited = text.substring(0, start) + replacement + text.substring(end);
    int delta = replacement.length() - (end - start);
    ObjectNode layout = report.path("layout").deepCopy();
    for (String f : List.of("headings", "bullets")) {
      ArrayNode moved = TestNode.JSON.createArrayNode();
      layout.path(f).forEach(o -> moved.add(o.asInt() > start ? o.asInt() + delta : o.asInt()));
      layout.set(f, moved);
    }
    return edit(report, edited, layout);
  }

  @Test
  void aRecheckWithTheLayoutGivesTheSameReportAsTheUpload() {
    JsonNode first = uploadDocx();
    assertThat(first.path("layout").path("format").asText()).isEqualTo("docx");
    assertThat(first.path("layout").path("bullets").size()).isEqualTo(first.path("bullets").size());
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
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1, "bullets", List.of(3)))),
        400, "layout.bullets");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "headings", List.of(-1)))), 400, "layout.headings");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "headings", List.of(1e12)))), 400, "layout.headings");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1,
        "warnings", List.of(Map.of("code", "<script>", "message", "x"))))), 400, "layout.warnings");
    assertProblem(node.json("/api/v1/rechecks", Map.of("text", text, "layout", Map.of("format", "pdf", "pages", 1, "x", 1))), 400,
        "layout.x");
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
