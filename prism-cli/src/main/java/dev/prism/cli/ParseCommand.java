package dev.prism.cli;

import dev.prism.core.model.Entry;
import dev.prism.core.model.Extraction;
import dev.prism.core.model.Field;
import dev.prism.core.model.ParseWarning;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.report.JsonResumeWriter;
import dev.prism.core.report.ReportJson;
import dev.prism.core.text.Segmenter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "parse", description = "Show what Prism (and an applicant-tracking system) reads from a resume.")
final class ParseCommand extends PrismCli.Sub implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "The resume, or '-' for standard input.")
  String file;

  @Option(names = "--format", defaultValue = "json-resume", description = "json-resume or text. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() {
    requireFormat(format, "json-resume", "text");
    Extraction x = Inputs.extract(cli, file);
    Resume r = Segmenter.segment(x);
    if (format.equals("json-resume")) {
      cli.out.println(ReportJson.write(JsonResumeWriter.write(r), true));
    } else {
      text(cli.out, x, r);
    }
    cli.out.flush();
    return ExitCode.OK;
  }

  private static void text(PrintWriter out, Extraction x, Resume r) {
    out.println("format   " + x.format() + ", " + x.pages() + (x.pages() == 1 ? " page" : " pages"));
    out.println("name     " + value(r.contact().name()));
    out.println("email    " + value(r.contact().email()));
    out.println("phone    " + value(r.contact().phone()));
    out.println("location " + value(r.contact().location()));
    for (Field l : r.contact().links()) {
      out.println("link     " + l.value());
    }
    for (Section s : r.sections()) {
      out.println();
      out.println("[" + s.kind().id() + "] " + (s.heading() == null ? "(no heading)" : s.heading().value()));
      for (Entry e : s.entries()) {
        String dates = e.dates() == null ? "-" : e.dates().single() ? e.dates().start().iso()
            : e.dates().start().iso() + " – " + (e.dates().present() ? "present" : e.dates().end().iso());
        out.println("  entry: title=" + value(e.title()) + " | org=" + value(e.organization()) + " | location=" + value(e.location()) + " | dates=" + dates);
        e.lines().forEach(l -> out.println("    " + l.value()));
        e.bullets().forEach(b -> out.println("    • " + b.text()));
      }
      for (SkillGroup g : s.skills()) {
        out.println("  " + (g.label() == null ? "(skills)" : g.label().value()) + ": "
            + String.join(", ", g.skills().stream().map(Field::value).toList()));
      }
    }
    if (!x.warnings().isEmpty()) {
      out.println();
      for (ParseWarning w : x.warnings()) {
        out.println("! " + w.code() + ": " + w.message());
      }
    }
  }

  private static String value(Field f) {
    return f == null ? "-" : f.value();
  }
}
