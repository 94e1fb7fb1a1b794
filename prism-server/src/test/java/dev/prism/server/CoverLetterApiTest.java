package dev.prism.server;

import static dev.prism.server.ApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.core.model.Extraction;
import dev.prism.ingest.Readers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/cover-letters}: the letter, and the letter as a file to send or edit. */
class CoverLetterApiTest extends OneNodeTest {
  private static final Map<String, String> BODY = Map.of("text", TestNode.RESUME, "jd", ApiTest.JD, "tone", "direct");

  private static byte[] file(String format, Map<String, String> body) throws Exception {
    return node.postForBytes("/api/v1/cover-letters?format=" + format, "application/json", TestNode.JSON.writeValueAsBytes(body));
  }

  /** The letter's lines, whitespace collapsed, as a reader of the file would find them. */
  private static String[] lines(JsonNode letter) {
    return letter.path("text").asText().lines().map(l -> l.replaceFirst("^- ", "").strip()).filter(l -> !l.isEmpty()).toArray(String[]::new);
  }

  private static String collapsed(String s) {
    return s.replaceAll("\\s+", " ");
  }

  @Test
  void theLetterAsTextWordAndPdf() throws Exception {
    JsonNode letter = node.json("/api/v1/cover-letters", BODY).json();
    assertThat(letter.path("tone").asText()).isEqualTo("direct");
    assertThat(letter.path("evidence").size()).isPositive();

    TestNode.Res text = node.json("/api/v1/cover-letters?format=text", BODY);
    assertThat(text.status()).isEqualTo(200);
    assertThat(text.type()).isEqualTo("text/plain;charset=utf-8");
    assertThat(text.header("Content-Disposition")).contains("cover-letter.txt");
    assertThat(text.header("Cache-Control")).isEqualTo("no-store");
    assertThat(text.body()).isEqualTo(letter.path("text").asText());

    // Word: every line of the letter, each evidence line a list item of its own, read back by Prism's DOCX reader.
    Extraction docx = Readers.standard().read("cover-letter.docx", file("docx", BODY));
    assertThat(docx.format()).isEqualTo("docx");
    String docxText = collapsed(docx.text());
    for (String line : lines(letter)) {
      assertThat(docxText).contains(collapsed(line));
    }
    long items = docx.layout().lines().stream().filter(l -> l.has(dev.prism.core.model.Mark.LIST_ITEM)).count();
    assertThat(items).isEqualTo(letter.path("text").asText().lines().filter(l -> l.startsWith("- ")).count()).isPositive();

    // PDF: the same words, from its text layer.
    Extraction pdf = Readers.standard().read("cover-letter.pdf", file("pdf", BODY));
    assertThat(pdf.format()).isEqualTo("pdf");
    String pdfText = collapsed(pdf.text());
    assertThat(pdfText).contains(collapsed(lines(letter)[0]), collapsed(lines(letter)[lines(letter).length - 1]));
  }

  @Test
  void eachToneIsItsOwnFile() throws Exception {
    String formal = new String(file("text", Map.of("text", TestNode.RESUME, "jd", ApiTest.JD)), StandardCharsets.UTF_8);
    String warm = new String(file("text", Map.of("text", TestNode.RESUME, "jd", ApiTest.JD, "tone", "warm")), StandardCharsets.UTF_8);
    assertThat(formal).isNotEqualTo(warm);
    assertThat(formal).isEqualTo(node.json("/api/v1/cover-letters", Map.of("text", TestNode.RESUME, "jd", ApiTest.JD)).json()
        .path("text").asText());
  }

  @Test
  void brokenEmptyHugeAndHostileInput() throws Exception {
    assertProblem(node.json("/api/v1/cover-letters?format=rtf", BODY), 400, "format");
    assertProblem(node.json("/api/v1/cover-letters?format=docx", Map.of("text", TestNode.RESUME)), 400, "jd");
    assertProblem(node.json("/api/v1/cover-letters?format=pdf", Map.of("text", TestNode.RESUME, "jd", ApiTest.JD, "tone", "smug")), 400,
        "tone");
    assertProblem(node.json("/api/v1/cover-letters", Map.of("text", "", "jd", ApiTest.JD)), 422, null);
    assertProblem(node.json("/api/v1/cover-letters", Map.of("text", TestNode.RESUME, "jd", "Free snacks and a dog-friendly office.")),
        400, "jd");
    assertProblem(node.post("/api/v1/cover-letters", "application/json", "[1, 2]"), 400, "body");
    // Characters XML forbids and markup in the resume: the files still open, and the markup is text.
    // (Text that formats with HTML tags, "<b>orders</b>", is read as Markdown and shows no tags;
    // a pasted script and a name in angle brackets are plain text's own.)
    String hostile = TestNode.RESUME.replace("Jane Doe", "Jane \u0001Doe <script>alert(1)</script>")
        .replace("Worked on various APIs", "Built the <Orders> API in Java \u0007 serving 3K req/s");
    Map<String, String> body = Map.of("text", hostile, "jd", ApiTest.JD);
    Extraction docx = Readers.standard().read("cover-letter.docx", file("docx", body));
    assertThat(docx.text()).contains("the <Orders> API in Java \uFFFD serving");
    Extraction pdf = Readers.standard().read("cover-letter.pdf", file("pdf", body));
    assertThat(pdf.text()).contains("the <Orders> API in Java");
    // A huge resume is refused or drafted from, never a crash.
    String huge = TestNode.RESUME + "- Built a Kafka consumer in Java for 10 teams\n".repeat(20_000);
    assertThat(node.json("/api/v1/cover-letters?format=docx", Map.of("text", huge, "jd", ApiTest.JD)).status()).isIn(200, 413, 422);
  }
}
