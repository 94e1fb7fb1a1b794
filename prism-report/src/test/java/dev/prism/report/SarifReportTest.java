package dev.prism.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.prism.core.model.Span;
import dev.prism.core.report.Report;
import dev.prism.core.role.Level;
import dev.prism.core.rules.Rule;
import dev.prism.core.rules.Rules;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Set<ValidationMessage> validate(JsonNode log) throws Exception {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(log);
    }
  }

  @Test
  void validatesAgainstTheSarifSchema() throws Exception {
    JsonNode log = JSON.readTree(JSON.writeValueAsString(SarifReport.log(List.of(
        SarifReport.Source.of(Fixtures.markdown(), "resumes/jo.md"),
        SarifReport.Source.of(Fixtures.check("resume.json", "{\"basics\":{\"name\":\"A B\"}}", null), "a.json")))));
    assertThat(validate(log)).isEmpty();
    // The schema must be able to fail, or the test proves nothing.
    ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");
    assertThat(validate(log)).isNotEmpty();
  }

  @Test
  void driverListsEveryRule() {
    JsonNode driver = SarifReport.log(List.of()).at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("Prism");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    assertThat(driver.get("rules")).hasSize(Rules.ALL.size());
    for (int i = 0; i < Rules.ALL.size(); i++) {
      Rule r = Rules.ALL.get(i);
      JsonNode n = driver.get("rules").get(i);
      assertThat(n.get("id").asText()).isEqualTo(r.id());
      assertThat(n.at("/shortDescription/text").asText()).isEqualTo(r.description());
      assertThat(n.at("/fullDescription/text").asText()).isNotBlank();
      assertThat(n.at("/help/text").asText()).isNotBlank();
    }
  }

  @Test
  void regionsPointAtTheLinesOfAMarkdownResume() {
    Report r = Fixtures.markdown();
    JsonNode results = SarifReport.log(List.of(SarifReport.Source.of(r, "resume.md"))).at("/runs/0/results");
    assertThat(results).hasSize(r.findings().size());
    String source = Fixtures.MARKDOWN;
    assertThat(r.text()).hasSameSizeAs(source);
    boolean sawWeak = false;
    for (int i = 0; i < results.size(); i++) {
      JsonNode res = results.get(i);
      Span span = r.findings().get(i).span();
      JsonNode region = res.at("/locations/0/physicalLocation/region");
      assertThat(res.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("resume.md");
      assertThat(res.get("level").asText()).isIn("error", "warning", "note");
      // Line and columns, read back from the source file, give exactly the span's part of it: the
      // Markdown reader hides markup in place (the tag on the last bullet), so the text and the
      // source share every offset.
      String line = source.split("\n", -1)[region.get("startLine").asInt() - 1];
      if (region.get("startLine").asInt() == region.get("endLine").asInt()) {
        assertThat(line.substring(region.get("startColumn").asInt() - 1, region.get("endColumn").asInt() - 1))
            .isEqualTo(span.of(source));
      }
      if (res.get("ruleId").asText().equals("WEAK_BULLET") && span.of(r.text()).contains("Responsible for backend")) {
        assertThat(region.get("startLine").asInt()).isEqualTo(Fixtures.lineOf(source, "Responsible for backend"));
        sawWeak = true;
      }
    }
    assertThat(sawWeak).isTrue();
  }

  @Test
  void formatsWithoutLinesGetNoRegion() {
    Report pdfLike = Fixtures.check("resume.json", "{\"basics\":{\"name\":\"A B\"},\"work\":[{\"name\":\"X\",\"position\":\"Engineer\","
        + "\"highlights\":[\"Responsible for backend.\"]}]}", Level.JUNIOR);
    JsonNode results = SarifReport.log(List.of(SarifReport.Source.of(pdfLike, "r.json"))).at("/runs/0/results");
    assertThat(results).isNotEmpty();
    results.forEach(res -> assertThat(res.at("/locations/0/physicalLocation/region").isMissingNode()).isTrue());
  }

  @Test
  void mappedSourcesShiftRegions() {
    // A reader that dropped a two-line preamble maps text offsets back to the source.
    String source = "% preamble\n\\begin{document}\nHello\nWorld\n";
    int dropped = source.indexOf("Hello");
    SourceMap map = SourceMap.mapped(source, o -> o + dropped);
    assertThat(map.region(new Span(6, 5))).contains(new SourceMap.Region(4, 1, 4, 6));
    assertThat(SourceMap.text("a\r\nb\rc").region(new Span(5, 1))).contains(new SourceMap.Region(3, 1, 3, 2));
  }
}
