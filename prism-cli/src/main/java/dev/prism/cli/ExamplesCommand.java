package dev.prism.cli;

import dev.prism.core.examples.Example;
import dev.prism.core.examples.Examples;
import dev.prism.core.examples.ResumeMarkdown;
import dev.prism.core.ingest.UnreadableInputException;
import dev.prism.core.report.ReportJson;
import dev.prism.ingest.JsonResumeReader;
import dev.prism.report.ResumePdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "examples", description = "List the example resumes, or print one to start from.")
final class ExamplesCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "LEVEL", description = "junior, mid, senior or staff.")
  String level;

  @Option(names = "--format", defaultValue = "text",
      description = "How to print one example: text, json-resume, markdown or pdf (needs --out). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the example to FILE instead of standard output.")
  Path outFile;

  @Override
  public Integer call() throws UnreadableInputException, IOException {
    requireFormat(format, "text", "json-resume", "markdown", "pdf");
    if (format.equals("pdf") && (outFile == null || level == null)) {
      // A PDF is binary and standard output is a character stream; a file keeps it intact.
      throw new UsageException("--format pdf: give a LEVEL and --out FILE.pdf");
    }
    if (level == null) {
      TextReport t = new TextReport(cli.out, cli.tty);
      for (Example e : Examples.all()) {
        cli.out.printf("%-8s %s (%s)%n", e.level().id(), e.title(), e.name());
        t.wrap("for: " + e.forWhom(), "         ", "         ");
        t.wrap("use: " + e.whenToUse(), "         ", "         ");
        t.wrap("not shown: " + e.doesNotShow(), "         ", "         ");
      }
      cli.out.println();
      cli.out.println("Print one with: prism examples LEVEL [--format text|json-resume|markdown|pdf]");
    } else {
      Example e = Examples.byId(level).orElseThrow(
          () -> new UsageException("LEVEL: unknown level '" + level + "'; use junior, mid, senior or staff"));
      if (format.equals("pdf")) {
        // PDFBox writes the PDF: no system-font scan, no log lines (the reader does the same).
        dev.prism.ingest.pdf.PdfBoxSettings.apply();
        Files.write(outFile, ResumePdf.render(e.resume()));
        return ExitCode.OK;
      }
      String body = switch (format) {
        case "json-resume" -> ReportJson.write(e.resume(), true) + "\n";
        case "markdown" -> ResumeMarkdown.render(e.resume());
        default -> JsonResumeReader.layout(e.resume());
      };
      if (outFile != null) {
        Files.writeString(outFile, body, StandardCharsets.UTF_8);
        return ExitCode.OK;
      }
      cli.out.print(body);
    }
    cli.out.flush();
    return ExitCode.OK;
  }
}
