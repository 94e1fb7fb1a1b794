package dev.prism.cli;

import static dev.prism.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.prism.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prism check --format html|pdf|sarif}. */
class ReportsCliTest {

  @Test
  void sarifForCi() throws Exception {
    Run r = run("", "check", CliTest.JUNIOR.toString(), "--format", "sarif", "--fail-under", "70");
    assertThat(r.code()).isEqualTo(3);
    JsonNode log = CliTest.JSON.readTree(r.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode loc = log.at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").asText()).isEqualTo(CliTest.JUNIOR.toString());
    assertThat(loc.at("/region/startLine").asInt()).isPositive();
  }

  @Test
  void sarifForSeveralFilesInOneLog(@TempDir Path dir) throws Exception {
    Files.copy(CliTest.SENIOR, dir.resolve("a.md"));
    Files.copy(CliTest.JUNIOR, dir.resolve("b.txt"));
    Path out = dir.resolve("prism.sarif");
    Run r = run("", "check", dir.toString(), "--format", "sarif", "--out", out.toString());
    assertThat(r.code()).isZero();
    JsonNode log = CliTest.JSON.readTree(out.toFile());
    assertThat(log.at("/runs/0/artifacts")).hasSize(2);
  }

  @Test
  void htmlAndPdfToFiles(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("r.html");
    assertThat(run("", "check", CliTest.SENIOR.toString(), "--format", "html", "--out", html.toString()).code()).isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Priya Raman");
    Path pdf = dir.resolve("r.pdf");
    assertThat(run("", "check", CliTest.SENIOR.toString(), "--format", "pdf", "--out", pdf.toString()).code()).isZero();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

  @Test
  void pdfNeedsAFile() {
    Run r = run("", "check", CliTest.SENIOR.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("prism: --format pdf: give --out FILE.pdf\n");
    assertThat(r.out()).isEmpty();
  }
}
