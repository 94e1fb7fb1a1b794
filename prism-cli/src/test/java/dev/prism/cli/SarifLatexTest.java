package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF results for a LaTeX resume point at the source lines, not at lines of the extracted text. */
class SarifLatexTest {

  @Test
  void resultsLandOnTheLatexSourceLine(@TempDir Path dir) throws Exception {
    List<String> lines = List.of(
        "\\documentclass{article}",
        "\\begin{document}",
        "\\begin{center}",
        "  \\textbf{\\Huge Casey Moreau} \\\\",
        "  casey.moreau@example.com $|$ +1 555 010 3344",
        "\\end{center}",
        "\\section{Experience}",
        "\\resumeSubHeadingListStart",
        "  \\resumeSubheading{Backend Engineer}{Jan 2021 -- Present}{Quillfeather Labs}{Lyon, France}",
        "  \\resumeItemListStart",
        "    \\resumeItem{Designed the invoicing REST API in Go and PostgreSQL, serving 2K requests per second at 30 ms p99.}",
        "    \\resumeItem{Responsible for backend.}",
        "  \\resumeItemListEnd",
        "\\resumeSubHeadingListEnd",
        "\\section{Skills}",
        "Languages: Go, SQL",
        "\\end{document}");
    Path tex = dir.resolve("resume.tex");
    Files.writeString(tex, String.join("\n", lines) + "\n");
    int weakLine = lines.indexOf("    \\resumeItem{Responsible for backend.}") + 1;

    StringWriter out = new StringWriter();
    int code = new PrismCli(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()), false)
        .run("check", "--format", "sarif", tex.toString());
    assertThat(code).isZero();
    JsonNode results = new ObjectMapper().readTree(out.toString()).at("/runs/0/results");
    boolean found = false;
    for (JsonNode r : results) {
      if (r.get("ruleId").asText().equals("WEAK_OPENER")) {
        JsonNode region = r.at("/locations/0/physicalLocation/region");
        assertThat(region.get("startLine").asInt()).isEqualTo(weakLine);
        assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(tex.toString());
        found = true;
      }
    }
    assertThat(found).as("a WEAK_OPENER result for the duty bullet").isTrue();
  }
}
