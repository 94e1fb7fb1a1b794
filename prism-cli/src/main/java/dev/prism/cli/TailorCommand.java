package dev.prism.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TailoredMarkdown;
import dev.prism.core.match.Tailoring;
import dev.prism.core.match.TailoringJson;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.core.report.ReportJson;
import dev.prism.report.ResumePdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tailor", description = "Reorder and restate a resume for a job description, adding no new facts.")
final class TailorCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(paramLabel = "RESUME", description = "The resume, or '-' for standard input.")
  String file;

  @Option(names = "--jd", required = true, paramLabel = "FILE", description = "The job description: text, PDF, DOCX or a JSON Resume job.")
  String jd;

  @Option(names = "--format", defaultValue = "markdown",
      description = "markdown, json-resume, json (the tailoring: both summaries, each bullet's move, advice) or pdf (needs --out). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    cli.startEngine(); // builds while the resume and the job are read
    requireFormat(format, "markdown", "json-resume", "json", "pdf");
    if (format.equals("pdf") && out == null) {
      throw new UsageException("--format pdf: give --out FILE.pdf");
    }
    if (file.equals("-") && jd.equals("-")) {
      throw new UsageException("the resume and --jd cannot both come from standard input");
    }
    Match m = cli.prism().match(Inputs.extract(cli, file), JobInputs.read(cli, jd), CheckOptions.defaults());
    Tailoring t = Tailor.tailor(m);
    switch (format) {
      case "pdf" -> Files.write(out, ResumePdf.render(jsonResume(t, m)));
      case "json" -> write(ReportJson.write(TailoringJson.tree(t, m), true) + "\n");
      case "json-resume" -> write(ReportJson.write(jsonResume(t, m), true) + "\n");
      default -> write(TailoredMarkdown.write(t));
    }
    if (!format.equals("json")) {
      // Advice goes to standard error, so that standard output is the resume alone.
      t.changes().forEach(c -> cli.err.println("Changed: " + c));
      if (!t.toAdd().isEmpty() || !t.toEvidence().isEmpty()) {
        cli.err.println("What to add yourself:");
        t.toAdd().forEach(a -> cli.err.println("- " + a.advice()));
        t.toEvidence().forEach(a -> cli.err.println("- " + a.advice()));
      }
    }
    cli.out.flush();
    cli.err.flush();
    return ExitCode.OK;
  }

  /** The tailored resume as JSON Resume; its meta object carries the advice, so the document stays valid for its tools. */
  private static ObjectNode jsonResume(Tailoring t, Match m) {
    ObjectNode doc = JsonResumeWriter.write(t.resume());
    ObjectNode meta = doc.putObject("meta").putObject("prism");
    meta.put("matchRate", m.matchRate());
    ArrayNode add = meta.putArray("toAdd");
    t.toAdd().forEach(a -> add.add(a.advice()));
    t.toEvidence().forEach(a -> add.add(a.advice()));
    return doc;
  }

  private void write(String body) throws IOException {
    if (out == null) {
      cli.out.print(body);
    } else {
      Files.writeString(out, body, StandardCharsets.UTF_8);
    }
  }
}
