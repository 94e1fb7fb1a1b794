package dev.prism.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.match.Match;
import dev.prism.core.match.Tailor;
import dev.prism.core.match.TailoredMarkdown;
import dev.prism.core.match.Tailoring;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.core.report.ReportJson;
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

  @Option(names = "--format", defaultValue = "markdown", description = "markdown or json-resume. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    cli.startEngine(); // builds while the resume and the job are read
    requireFormat(format, "markdown", "json-resume");
    Match m = cli.prism().match(Inputs.extract(cli, file), JobInputs.read(cli, jd), CheckOptions.defaults());
    Tailoring t = Tailor.tailor(m);
    if (format.equals("json-resume")) {
      ObjectNode doc = JsonResumeWriter.write(t.resume());
      // JSON Resume's meta object carries the advice, so the document stays valid for its tools.
      ObjectNode meta = doc.putObject("meta").putObject("prism");
      meta.put("matchRate", m.matchRate());
      t.toAdd().forEach(meta.putArray("toAdd")::add);
      cli.out.println(ReportJson.write(doc, true));
    } else {
      cli.out.print(TailoredMarkdown.write(t));
      // Advice goes to standard error, so that standard output is the resume alone.
      if (!t.toAdd().isEmpty()) {
        cli.err.println("What to add yourself:");
        t.toAdd().forEach(a -> cli.err.println("- " + a));
      }
    }
    cli.out.flush();
    cli.err.flush();
    return ExitCode.OK;
  }
}
