package dev.prism.cli;

import dev.prism.core.eval.BulletEvaluation;
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

@Command(name = "eval", description = "Measure Prism's judgement on labelled data.", subcommands = {EvalCommand.Bullets.class, EvalCommand.Parse.class})
final class EvalCommand extends PrismCli.Sub implements Runnable {
  @Override
  public void run() {
    throw new UsageException("eval needs a subcommand: bullets or parse");
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
}
