package dev.prism.cli;

import static dev.prism.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prism examples} and {@code prism roles}, including the print-then-check round trip. */
class ExamplesAndRolesCliTest {
  static final String[] LEVELS = {"junior", "mid", "senior", "staff"};

  @Test
  void listsTheFourExamplesWithTheirNotes() {
    Run r = run("", "examples");
    assertThat(r.code()).isZero();
    for (String l : LEVELS) {
      assertThat(r.out().lines()).anyMatch(line -> line.startsWith(l + " "));
    }
    assertThat(r.out()).contains("for: ", "use: ", "not shown: ");
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void printedExamplesCheckBackToTheirLevel(@TempDir Path dir) throws Exception {
    for (String l : LEVELS) {
      for (String[] f : new String[][] {{"text", "txt"}, {"markdown", "md"}, {"json-resume", "json"}}) {
        Run printed = f[0].equals("text") ? run("", "examples", l) : run("", "examples", l, "--format", f[0]);
        assertThat(printed.code()).isZero();
        Path file = dir.resolve(l + "." + f[1]);
        Files.writeString(file, printed.out());
        Run checked = run("", "check", "--format", "json", "--level", l, "--fail-under", "80", file.toString());
        JsonNode report = CliTest.JSON.readTree(checked.out());
        assertThat(checked.code()).as(l + " " + f[0] + " score " + report.get("score")).isZero();
        assertThat(report.at("/level/estimated").asText()).as(l + " " + f[0]).isEqualTo(l);
      }
    }
  }

  @Test
  void savedPdfExamplesCheckBackToTheirLevel(@TempDir Path dir) throws Exception {
    for (String l : LEVELS) {
      Path file = dir.resolve(l + ".pdf");
      Run saved = run("", "examples", l, "--format", "pdf", "--out", file.toString());
      assertThat(saved.code()).isZero();
      assertThat(saved.out()).isEmpty();
      assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes());
      Run checked = run("", "check", "--format", "json", "--level", l, file.toString());
      JsonNode report = CliTest.JSON.readTree(checked.out());
      assertThat(report.at("/level/estimated").asText()).as(l + " pdf").isEqualTo(l);
      assertThat(report.get("score").asInt()).as(l + " pdf").isGreaterThanOrEqualTo(80);
    }
  }

  @Test
  void unknownLevelOrFormatIsAUsageError() {
    assertThat(run("", "examples", "guru").code()).isEqualTo(2);
    Run r = run("", "examples", "mid", "--format", "docx");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("use text, json-resume, markdown or pdf");
    Run noFile = run("", "examples", "mid", "--format", "pdf");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("--out FILE.pdf");
  }

  @Test
  void matrixShowsEveryLevelWithMistakesInEightyColumns() {
    Run r = run("", "roles", "backend-engineer");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Junior", "Mid-level", "Senior", "Staff", "scope", "ownership", "collaboration",
        "judged by", "API latency (ms)", "avoid");
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void matrixAsJson() throws Exception {
    Run r = run("", "roles", "backend-engineer", "--format", "json");
    JsonNode n = CliTest.JSON.readTree(r.out());
    assertThat(n.get("schema").asText()).isEqualTo("prism.role/1");
    assertThat(n.get("levels")).hasSize(4);
    for (JsonNode l : n.get("levels")) {
      assertThat(l.get("metric").asText()).isNotBlank();
      assertThat(l.get("mistakes")).isNotEmpty();
    }
    assertThat(n.at("/levels/3/id").asText()).isEqualTo("staff");
    assertThat(CliTest.JSON.readTree(run("", "roles", "--format", "json").out()).get("roles")).hasSize(2);
  }
}
