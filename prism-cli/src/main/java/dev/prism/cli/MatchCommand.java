package dev.prism.cli;

import dev.prism.core.CheckOptions;
import dev.prism.core.match.Coverage;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.Match;
import dev.prism.core.match.MatchJson;
import dev.prism.core.match.TermMatch;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.ReportJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "match", description = "Show how a resume covers a job description's requirements.")
final class MatchCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(paramLabel = "RESUME", description = "The resume, or '-' for standard input.")
  String file;

  @Option(names = "--jd", required = true, paramLabel = "FILE", description = "The job description: text, PDF, DOCX or a JSON Resume job.")
  String jd;

  @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    cli.startEngine(); // builds while the resume and the job are read
    requireFormat(format, "text", "json");
    if (file.equals("-") && jd.equals("-")) {
      throw new UsageException("the resume and --jd cannot both come from standard input");
    }
    JobDescription job = JobInputs.read(cli, jd);
    Extraction x = Inputs.extract(cli, file);
    Match m = cli.prism().match(x, job, CheckOptions.defaults());
    if (format.equals("json")) {
      cli.out.println(ReportJson.write(MatchJson.tree(m), true));
    } else {
      text(new TextReport(cli.out, cli.tty), cli.out, m);
    }
    cli.out.flush();
    return ExitCode.OK;
  }

  private static void text(TextReport r, PrintWriter out, Match m) {
    String title = m.job().title() == null ? "the job" : m.job().title();
    out.println("Match " + m.matchRate() + "/100 · " + title + (m.job().company() == null ? "" : " at " + m.job().company()));
    if (m.level().asked() != null) {
      String years = m.level().askedYears() == null ? "" : " (" + m.level().askedYears() + "+ years)";
      r.wrap("The job asks for " + m.level().asked().id() + years + "; the resume reads as " + m.level().resume().level().id()
          + (m.level().gap() < 0 ? ", below it." : m.level().gap() > 0 ? ", above it." : ", a fit."), "", "");
    }
    section(r, out, "Required", m.required(), m.text(), m.job().text());
    section(r, out, "Preferred", m.preferred(), m.text(), m.job().text());
    if (!m.job().dropped().isEmpty()) {
      out.println();
      r.wrap("Left out as boilerplate: " + String.join(", ", m.job().dropped()) + ".", "", "");
    }
  }

  private static void section(TextReport r, PrintWriter out, String name, List<TermMatch> terms, String text, String jobText) {
    if (terms.isEmpty()) {
      return;
    }
    long shown = terms.stream().filter(TermMatch::evidenced).count();
    out.println();
    out.println(name + ": " + shown + " of " + terms.size() + " shown in your work");
    java.util.Set<String> quoted = new java.util.HashSet<>();
    for (TermMatch t : terms) {
      String term = t.requirement().shown(jobText);
      Coverage c = t.coverage();
      if (c instanceof Coverage.Shown) {
        r.wrap("shown: " + context(text, c.evidence()), "  ✓ " + term + ": ", "      ");
      } else if (c instanceof Coverage.Implied i && i.inWork()) {
        r.wrap("shown through " + i.via() + ": " + context(text, c.evidence()), "  ✓ " + term + ": ", "      ");
      } else if (c instanceof Coverage.Implied i) {
        r.wrap("implied by " + i.via() + " in your " + i.place().id() + ", but no bullet shows it", "  ~ " + term + ": ", "      ");
      } else if (c instanceof Coverage.Listed l) {
        r.wrap("in your " + l.place().id() + " but no bullet shows it; add one that says what you did with it", "  ~ " + term + ": ", "      ");
      } else if (quoted.add(t.requirement().sentence())) {
        // Terms missing from one sentence share it: quote it once, for the first.
        java.util.List<String> same = terms.stream()
            .filter(o -> o.coverage() instanceof Coverage.Missing && o.requirement().sentence().equals(t.requirement().sentence()))
            .map(o -> o.requirement().shown(jobText)).toList();
        r.wrap("missing; the job says: \"" + t.requirement().sentence() + "\"", "  ✗ " + String.join(", ", same) + ": ", "      ");
      }
    }
  }

  /** The line around a mention, so the person can find it. */
  private static String context(String text, dev.prism.core.model.Span s) {
    int from = text.lastIndexOf('\n', s.offset()) + 1;
    int to = text.indexOf('\n', s.end());
    // The line without its list marker, cut at a word boundary.
    String line = text.substring(from, to < 0 ? text.length() : to).strip().replaceFirst("^(?:[-*+•▪●◦]|\\d+[.)])\\s+", "");
    if (line.length() <= 60) {
      return line;
    }
    int cut = line.lastIndexOf(' ', 58);
    return line.substring(0, cut > 30 ? cut : 58) + "…";
  }
}
