package dev.prism.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF results for a LaTeX resume point at the source lines, not at lines of the extracted text. */
class SarifLatexTest {
  private static final List<String> HEAD = List.of(
      "\\documentclass{article}",
      "\\begin{document}",
      "\\begin{center}",
      "  \\textbf{\\Huge Casey Moreau} \\\\",
      "  casey.moreau@example.com $|$ +1 555 010 3344",
      "\\end{center}");
  private static final String DUTY = "    \\resumeItem{Responsible for backend.}";
  private static final List<String> EXPERIENCE = List.of(
      "\\section{Experience}",
      "\\resumeSubHeadingListStart",
      "  \\resumeSubheading{Backend Engineer}{Jan 2021 -- Present}{Quillfeather Labs}{Lyon, France}",
      "  \\resumeItemListStart",
      "    \\resumeItem{Designed the invoicing REST API in Go and PostgreSQL, serving 2K requests per second at 30 ms p99.}",
      DUTY,
      "  \\resumeItemListEnd",
      "\\resumeSubHeadingListEnd");
  private static final List<String> TAIL = List.of("\\section{Skills}", "Languages: Go, SQL", "\\end{document}");

  @Test
  void resultsLandOnTheLatexSourceLine(@TempDir Path dir) throws Exception {
    List<String> lines = join(HEAD, EXPERIENCE, TAIL);
    Path tex = write(dir.resolve("resume.tex"), lines);
    assertThat(weakOpenerLine(tex)).isEqualTo(lines.indexOf(DUTY) + 1);
  }

  @Test
  void aResultInAnInputFileLandsOnTheLineThatInputsIt(@TempDir Path dir) throws Exception {
    // A resume kept as code in several files: the CLI reads the inputs from beside the main file,
    // as TeX does, and a finding in one points at the main file's \input line.
    String input = "\\input{sections/experience}";
    List<String> main = join(HEAD, List.of(input), TAIL);
    Files.createDirectories(dir.resolve("sections"));
    write(dir.resolve("sections/experience.tex"), EXPERIENCE);
    Path tex = write(dir.resolve("resume.tex"), main);
    assertThat(weakOpenerLine(tex)).isEqualTo(main.indexOf(input) + 1);
  }

  /** The line of the main file the WEAK_OPENER result of the duty bullet points at; every result stays in the file. */
  private static int weakOpenerLine(Path tex) throws Exception {
    StringWriter out = new StringWriter();
    int code = new PrismCli(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()), false)
        .run("check", "--format", "sarif", tex.toString());
    assertThat(code).isZero();
    int lines = Files.readAllLines(tex).size();
    Integer found = null;
    for (JsonNode r : new ObjectMapper().readTree(out.toString()).at("/runs/0/results")) {
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo(tex.toString());
      int line = r.at("/locations/0/physicalLocation/region/startLine").asInt();
      assertThat(line).isBetween(1, lines);
      if (r.get("ruleId").asText().equals("WEAK_OPENER")) {
        found = line;
      }
    }
    assertThat(found).as("a WEAK_OPENER result for the duty bullet").isNotNull();
    return found;
  }

  @SafeVarargs
  private static List<String> join(List<String>... parts) {
    List<String> out = new ArrayList<>();
    for (List<String> p : parts) {
      out.addAll(p);
    }
    return out;
  }

  private static Path write(Path p, List<String> lines) throws Exception {
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }
}
