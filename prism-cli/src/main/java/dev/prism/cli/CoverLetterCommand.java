package dev.prism.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.letter.CoverLetter;
import dev.prism.core.letter.CoverLetterJson;
import dev.prism.core.letter.CoverLetters;
import dev.prism.core.letter.Tone;
import dev.prism.core.match.Match;
import dev.prism.core.report.ReportJson;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cover-letter", description = "Draft a cover letter for a job from what the resume says.")
final class CoverLetterCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(paramLabel = "RESUME", description = "The resume, or '-' for standard input.")
  String file;

  @Option(names = "--jd", required = true, paramLabel = "FILE", description = "The job description: text, PDF, DOCX or a JSON Resume job.")
  String jd;

  @Option(names = "--tone", defaultValue = "formal", description = "formal, direct or warm. Default: ${DEFAULT-VALUE}.")
  String tone;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    cli.startEngine(); // builds while the resume and the job are read
    Tone t = Tone.byId(tone).orElseThrow(() -> new UsageException("--tone: unknown tone '" + tone + "'; use "
        + String.join(", ", Arrays.stream(Tone.values()).map(Tone::id).toList())));
    requireFormat(format, "text", "json");
    Match m = cli.prism().match(Inputs.extract(cli, file), JobInputs.read(cli, jd), CheckOptions.defaults());
    CoverLetter letter = CoverLetters.write(m, t);
    if (format.equals("json")) {
      ObjectNode o = CoverLetterJson.tree(letter, m.text());
      cli.out.println(ReportJson.write(o, true));
    } else {
      cli.out.print(letter.text());
    }
    cli.out.flush();
    return ExitCode.OK;
  }
}
