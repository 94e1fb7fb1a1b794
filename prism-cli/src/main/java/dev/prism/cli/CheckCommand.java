package dev.prism.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.prism.core.CheckOptions;
import dev.prism.core.match.TermMatch;
import dev.prism.core.match.JobDescription;
import dev.prism.core.match.Match;
import dev.prism.core.match.MatchJson;
import dev.prism.core.model.Extraction;
import dev.prism.core.report.Report;
import dev.prism.core.report.ReportJson;
import dev.prism.core.role.Level;
import dev.prism.ingest.LatexInputs;
import dev.prism.report.HtmlReport;
import dev.prism.report.PdfReport;
import dev.prism.report.SarifReport;
import dev.prism.report.SourceMap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "Score resumes for a role: sub-scores, weak bullets with rewrites, findings, level gaps.")
final class CheckCommand extends PrismCli.Sub implements Callable<Integer> {
  private static final java.util.Set<String> FORMATS = java.util.Set.of("text", "json", "html", "pdf", "sarif");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Resume files (text, Markdown, JSON Resume), '-' for standard input, or directories.")
  List<String> files;

  @Option(names = "--role", defaultValue = "backend-engineer", description = "Role to score for (see 'prism roles'). Default: ${DEFAULT-VALUE}.")
  String role;

  @Option(names = "--level", paramLabel = "LEVEL", description = "Target level: junior, mid, senior or staff.")
  String level;

  @Option(names = "--jd", paramLabel = "FILE", description = "A job description (text, PDF, DOCX or JSON Resume job) to match the resume against.")
  String jd;

  @Option(names = "--format", defaultValue = "text",
      description = "Output: text, json, html, pdf (needs --out) or sarif. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path outFile;

  @Option(names = "--fail-under", paramLabel = "N", description = "Exit with 3 when a score is under N.")
  Integer failUnder;

  @Override
  public Integer call() throws IOException {
    requireFormat(format, "text", "json", "html", "pdf", "sarif");
    if (format.equals("pdf") && outFile == null) {
      // PDF is binary and the command's output is a character stream; a file keeps it intact.
      throw new UsageException("--format pdf: give --out FILE.pdf");
    }
    if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
      throw new UsageException("--fail-under: expected a score from 0 to 100, got " + failUnder);
    }
    CheckOptions options = CheckOptions.defaults().withRole(role).withTarget(target());
    // The engine builds while the resumes are read; an unknown --role is reported once it is built,
    // by the first check, before any report is written.
    cli.startEngine();
    job = jd == null ? null : JobInputs.read(cli, jd);

    List<String> singles = new ArrayList<>();
    List<Path> batch = new ArrayList<>();
    for (String f : files) {
      if (!f.equals("-") && Files.isDirectory(Path.of(f))) {
        batch.addAll(Inputs.resumesIn(Path.of(f)));
      } else {
        singles.add(f);
      }
    }
    if (format.equals("sarif")) {
      List<String> all = new ArrayList<>(singles);
      batch.forEach(p -> all.add(p.toString()));
      return sarif(all, options);
    }
    if (singles.size() == 1 && batch.isEmpty()) {
      return single(singles.get(0), options);
    }
    if (format.equals("html") || format.equals("pdf")) {
      throw new UsageException("--format " + format + ": one resume at a time; for many, use json or sarif");
    }
    for (String s : singles) {
      batch.add(Path.of(s));
    }
    if (batch.isEmpty()) {
      throw new UsageException("no resumes found in " + String.join(", ", files));
    }
    return many(batch, options);
  }

  private JobDescription job;

  /** The report as JSON, with the job match under "match" when --jd was given. */
  private ObjectNode json(Report r) {
    ObjectNode n = ReportJson.tree(r);
    if (job != null) {
      n.set("match", MatchJson.tree(cli.prism().match(r, job)));
    }
    return n;
  }

  private Level target() {
    if (level == null) {
      return null;
    }
    return Level.byId(level).orElseThrow(() -> new UsageException("--level: unknown level '" + level + "'; use junior, mid, senior or staff"));
  }

  private int single(String file, CheckOptions options) throws IOException {
    Extraction x = Inputs.extract(cli, file);
    Report r = cli.prism().check(x, options);
    switch (format) {
      case "json" -> write(ReportJson.write(json(r), false) + "\n");
      case "html" -> write(HtmlReport.render(r, Inputs.display(file)));
      case "pdf" -> {
        dev.prism.ingest.pdf.PdfBoxSettings.apply(); // as in ExamplesCommand
        Files.write(outFile, PdfReport.render(r, Inputs.display(file)));
      }
      default -> write(render(r, Inputs.display(file)) + (job == null ? "" : matchSummary(cli.prism().match(r, job))));
    }
    return failUnder != null && r.score() < failUnder ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
  }

  /**
   * One SARIF log for all files, in the order given; each result names its file as given, so that
   * code review tools place the annotations. Unreadable files are reported and skipped.
   */
  private int sarif(List<String> names, CheckOptions options) throws IOException {
    List<Object> checked = InParallel.<String, Object>map(names, name -> {
      try {
        Inputs.Input read = Inputs.read(cli.in, name);
        LatexInputs.Inlined in = read.inlined();
        Extraction x = Inputs.extract(cli, name, in.bytes());
        Report r = cli.prism().check(x, options);
        if (x.format().equals("latex")) {
          // LaTeX text is not its source: point each result at the source line it came from, and
          // a result in a file the main file inputs at the line that inputs it.
          var latex = dev.prism.ingest.LatexReader.toText(new String(in.bytes(), StandardCharsets.UTF_8));
          return new SarifReport.Source(r, name, SourceMap.lines(new String(read.own(), StandardCharsets.UTF_8),
              offset -> in.lineInMain(latex.sourceLineAt(offset))));
        }
        return SarifReport.Source.of(r, name);
      } catch (UsageException e) {
        return e;
      }
    });
    List<SarifReport.Source> sources = new ArrayList<>();
    boolean anyError = false;
    for (Object o : checked) {
      if (o instanceof SarifReport.Source s) {
        sources.add(s);
      } else {
        anyError = true;
        cli.err.println("prism: " + ((UsageException) o).getMessage());
      }
    }
    write(ReportJson.write(SarifReport.log(sources), true) + "\n");
    boolean anyBelow = failUnder != null && sources.stream().anyMatch(s -> s.report().score() < failUnder);
    return anyError ? ExitCode.USAGE : anyBelow ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
  }

  /**
   * Many files, checked in parallel; output in path order, one line per file, each written as soon
   * as it and the lines before it are ready.
   */
  private int many(List<Path> paths, CheckOptions options) throws IOException {
    boolean[] anyError = {false};
    boolean[] anyBelow = {false};
    try (Writer file = outFile == null ? null : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
      PrintWriter sink = file == null ? cli.out : new PrintWriter(file);
      InParallel.forEachInOrder(paths, p -> line(p.toString(), options), l -> {
        if (l.error() != null) {
          anyError[0] = true;
          cli.err.println("prism: " + l.error());
        } else if (failUnder != null && l.score() < failUnder) {
          anyBelow[0] = true;
        }
        sink.print(l.output());
        sink.print('\n');
        if (file == null) {
          sink.flush(); // a line at a time, so a long run shows its progress
        }
      });
      sink.flush();
    }
    return anyError[0] ? ExitCode.USAGE : anyBelow[0] ? ExitCode.BELOW_THRESHOLD : ExitCode.OK;
  }

  /** One file's line of a directory check; {@code error} is null when the file was read. */
  private record Line(String output, int score, String error) {}

  private Line line(String name, CheckOptions options) {
    boolean json = format.equals("json");
    try {
      Report r = cli.prism().check(Inputs.extract(cli, name), options);
      if (!json) {
        return new Line(String.format("%3d  %-9s %s", r.score(), r.scorecard().band(), name), r.score(), null);
      }
      ObjectNode n = json(r);
      ObjectNode out = n.objectNode().put("file", name);
      out.setAll(n);
      return new Line(ReportJson.write(out, false), r.score(), null);
    } catch (UsageException e) {
      if (!json) {
        return new Line(String.format("  -  %-9s %s", "unread", name), -1, e.getMessage());
      }
      ObjectNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("file", name);
      out.putObject("error").put("message", e.getMessage());
      return new Line(ReportJson.write(out, false), -1, e.getMessage());
    }
  }

  /** The job match in a few lines; `prism match` gives the full picture. */
  private String matchSummary(Match m) {
    StringWriter s = new StringWriter();
    PrintWriter w = new PrintWriter(s);
    TextReport t = new TextReport(w, false);
    long shown = m.required().stream().filter(TermMatch::evidenced).count();
    w.println();
    w.println("Job match  " + m.matchRate() + "/100  " + shown + " of " + m.required().size() + " required terms shown in your work");
    List<String> missing = m.required().stream().filter(tm -> !tm.found()).map(tm -> tm.requirement().name()).toList();
    if (!missing.isEmpty()) {
      t.wrap(String.join(", ", missing), "  missing: ", "           ");
    }
    List<String> listed = m.notEvidenced().stream().map(tm -> tm.requirement().name()).toList();
    if (!listed.isEmpty()) {
      t.wrap(String.join(", ", listed), "  listed, not shown: ", "                     ");
    }
    w.println("  (prism match shows each term with its evidence)");
    w.flush();
    return s.toString();
  }

  private String render(Report r, String name) {
    StringWriter s = new StringWriter();
    new TextReport(new PrintWriter(s), cli.tty && outFile == null).print(r, name);
    return s.toString();
  }

  private void write(String output) throws IOException {
    if (outFile != null) {
      Files.writeString(outFile, output, StandardCharsets.UTF_8);
    } else {
      cli.out.print(output);
      cli.out.flush();
    }
  }
}
