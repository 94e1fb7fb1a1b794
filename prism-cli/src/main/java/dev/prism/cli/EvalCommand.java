package dev.prism.cli;

import dev.prism.core.CheckOptions;
import dev.prism.core.eval.BulletEvaluation;
import dev.prism.core.eval.JobEvaluation;
import dev.prism.ingest.eval.MatrixEvaluation;
import dev.prism.ingest.eval.RealEvaluation;
import dev.prism.ingest.eval.TailoringEvaluation;
import dev.prism.core.eval.BulletEvaluation.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Measure Prism's judgement on labelled data.", subcommands = {EvalCommand.Bullets.class, EvalCommand.Parse.class, EvalCommand.Real.class, EvalCommand.Matrix.class, EvalCommand.Jobs.class, EvalCommand.Tailoring.class})
final class EvalCommand extends PrismCli.Sub implements Runnable {
  @Override
  public void run() {
    throw new UsageException("eval needs a subcommand: bullets, parse, real, matrix, jobs or tailoring");
  }

  @Command(name = "bullets", description = "Pairwise and label accuracy on weak/strong bullet pairs (TSV: weak, strong, theme).")
  static final class Bullets extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv")
    Path file;

    @Option(names = "--min-pairwise", defaultValue = "0.95", description = "Floor for pairwise accuracy. Default: ${DEFAULT-VALUE}.")
    double minPairwise;

    @Option(names = "--min-labels", defaultValue = "0.90", description = "Floor for label accuracy. Default: ${DEFAULT-VALUE}.")
    double minLabels;

    @Option(names = "--role", defaultValue = "backend-engineer")
    String role;

    @Override
    public Integer call() throws IOException {
      String tsv;
      try {
        tsv = Files.readString(file);
      } catch (NoSuchFileException e) {
        throw new UsageException(file + ": no such file");
      }
      var pairs = BulletEvaluation.parse(tsv);
      if (pairs.isEmpty()) {
        throw new UsageException(file + ": no weak/strong pairs found (expected tab-separated columns: weak, strong, theme)");
      }
      Result r = BulletEvaluation.evaluate(pairs, cli.prism().role(role));
      BulletEvaluation.print(r, cli.out);
      boolean ok = r.pairwise() >= minPairwise && r.labels() >= minLabels;
      cli.out.printf(Locale.ROOT, "%s: pairwise %.3f (floor %.2f), labels %.3f (floor %.2f)%n",
          ok ? "PASS" : "FAIL", r.pairwise(), minPairwise, r.labels(), minLabels);
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  @Command(name = "parse", description = "Contact, experience and RenderCV field figures on a corpus folder (pdf/, truth/, latex/, jsonresume/).")
  static final class Parse extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS_DIR")
    Path dir;

    @Override
    public Integer call() {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(dir + ": not a directory");
      }
      boolean ok = dev.prism.ingest.eval.ParseEvaluation.run(dir, cli.out);
      cli.out.println(ok ? "PASS" : "FAIL: a parse figure is under its floor");
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  @Command(name = "real", description = "Reading and level figures on real resumes with hand-made truth (DIR/truth/*.truth.json).")
  static final class Real extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--details", description = "Name each missed or extra job and wrong start date.")
    boolean details;

    @Option(names = "--min-work-f1", defaultValue = "0.90") double workF1;
    @Option(names = "--min-start-dates", defaultValue = "0.95") double startDates;
    @Option(names = "--max-no-jobs-per-40", defaultValue = "1") int noJobs;
    @Option(names = "--min-name", defaultValue = "0.97") double name;
    @Option(names = "--min-email", defaultValue = "0.99") double email;
    @Option(names = "--min-phone", defaultValue = "0.97") double phone;
    @Option(names = "--min-level-exact", defaultValue = "0.80") double levelExact;
    @Option(names = "--min-level-within-one", defaultValue = "0.97") double levelNear;
    @Option(names = "--min-years-within-one", defaultValue = "0.85") double yearsNear;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir.resolve("truth"))) {
        throw new UsageException(dir + ": no truth/ folder of *.truth.json files");
      }
      RealEvaluation.Figures f = RealEvaluation.run(dir, cli.prism(), CheckOptions.defaults(), details, cli.out);
      boolean ok = RealEvaluation.check(f, new RealEvaluation.Floors(workF1, startDates, noJobs, name, email, phone, levelExact, levelNear, yearsNear), cli.out);
      cli.out.println(ok ? "PASS" : "FAIL: a reading or level figure is under its floor");
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  @Command(name = "matrix", description = "Score spread and work F1 of one resume typeset by many producers (DIR/CONTENT__PRODUCER.*, DIR/truth/CONTENT.json).")
  static final class Matrix extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--details", description = "One line per file: score, level, jobs matched.")
    boolean details;

    @Option(names = "--max-median-spread", defaultValue = "5") double medianSpread;
    @Option(names = "--max-worst-spread", defaultValue = "10") int worstSpread;
    @Option(names = "--min-producer-work-f1", defaultValue = "0.95") double producerF1;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir.resolve("truth"))) {
        throw new UsageException(dir + ": no truth/ folder of CONTENT.json files");
      }
      MatrixEvaluation.Figures f = MatrixEvaluation.run(dir, cli.prism(), CheckOptions.defaults(), details, cli.out);
      boolean ok = MatrixEvaluation.check(f, new MatrixEvaluation.Floors(medianSpread, worstSpread, producerF1), cli.out);
      cli.out.println(ok ? "PASS" : "FAIL: a template-matrix figure is past its bound");
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  @Command(name = "jobs", description = "Required and preferred terms, years, seniority and company on real job postings with hand-made truth (DIR/*.txt beside DIR/*.truth.json).")
  static final class Jobs extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--details", description = "Name each missed, extra or confused term and each wrong header field.")
    boolean details;

    @Option(names = "--min-required-recall", defaultValue = "0") double requiredRecall;
    @Option(names = "--min-required-precision", defaultValue = "0") double requiredPrecision;
    @Option(names = "--min-preferred-recall", defaultValue = "0") double preferredRecall;
    @Option(names = "--max-confusions", defaultValue = "1", description = "Ceiling on required/preferred confusions, as a share of truth terms.") double confusions;
    @Option(names = "--min-years", defaultValue = "0") double years;
    @Option(names = "--min-company", defaultValue = "0") double company;
    @Option(names = "--max-boilerplate-terms", defaultValue = "0") int boilerplate;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir)) {
        throw new UsageException(dir + ": not a directory");
      }
      JobEvaluation.Figures f = JobEvaluation.run(dir, details, cli.out);
      if (f.postings() == 0) {
        throw new UsageException(dir + ": no postings with truth (expected NAME.txt beside NAME.truth.json)");
      }
      boolean ok = JobEvaluation.check(f, new JobEvaluation.Floors(requiredRecall, requiredPrecision, preferredRecall, confusions,
          years, company, boilerplate), cli.out);
      cli.out.println(ok ? "PASS" : "FAIL: a job-posting figure is past its bound");
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }

  @Command(name = "tailoring", description = "Tailor every corpus resume (CORPUS/real) to every posting (CORPUS/jd-real, CORPUS/jd), with a letter in each tone, and count the pairs whose output holds a number, technology or name that is in neither document.")
  static final class Tailoring extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS_DIR")
    Path dir;

    @Option(names = "--details", description = "Name what was invented, pair by pair.")
    boolean details;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(dir.resolve("real")) || !Files.isDirectory(dir.resolve("jd-real"))) {
        throw new UsageException(dir + ": expected real/ (resumes) and jd-real/ (postings) in it");
      }
      TailoringEvaluation.Figures f = TailoringEvaluation.run(dir, cli.prism(), CheckOptions.defaults(), details, cli.out);
      if (f.resumes() == 0 || f.postings() == 0) {
        throw new UsageException(dir + ": no readable resumes or no postings with requirements");
      }
      boolean ok = f.violations() == 0;
      cli.out.println(ok ? "PASS: " + f.pairs() + " pairs, nothing invented" : "FAIL: " + f.violations() + " findings of invented content");
      cli.out.flush();
      return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
    }
  }
}
