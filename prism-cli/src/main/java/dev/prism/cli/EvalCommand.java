package dev.prism.cli;

import dev.prism.core.CheckOptions;
import dev.prism.core.bullet.BulletModel;
import dev.prism.core.eval.BulletData;
import dev.prism.core.eval.BulletEvaluation;
import dev.prism.core.eval.BulletTraining;
import dev.prism.core.eval.JobEvaluation;
import dev.prism.ingest.eval.MatrixEvaluation;
import dev.prism.ingest.eval.RealEvaluation;
import dev.prism.ingest.eval.TailoringEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "Measure Prism's judgement on labelled data.", subcommands = {EvalCommand.Bullets.class, EvalCommand.Rules.class, EvalCommand.Parse.class, EvalCommand.Real.class, EvalCommand.Matrix.class, EvalCommand.Jobs.class, EvalCommand.Tailoring.class})
final class EvalCommand extends PrismCli.Sub implements Runnable {
  @Override
  public void run() {
    throw new UsageException("eval needs a subcommand: bullets, rules, parse, real, matrix, jobs or tailoring");
  }

  @Command(name = "bullets", description = {
      "Bullet judgement on labelled files: label agreement and Cohen's kappa, pair order, and pair order where numbers mislead.",
      "Reads any of: labels (id, source, role, bullet, label, why), same-person pairs (id, source, weaker, stronger, why),",
      "guide-style pairs (weak, strong, theme). With --train, learns the model's weights from the files and writes them."})
  static final class Bullets extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", arity = "1..*")
    List<Path> files;

    @Option(names = "--min-labels", description = "Floor for label agreement, on every file with labels.")
    Double minLabels;

    @Option(names = "--min-pairs", description = "Floor for pair order, on every file with pairs.")
    Double minPairs;

    @Option(names = "--min-mislead", description = "Floor for pair order where numbers mislead, on every file with such pairs.")
    Double minMislead;

    @Option(names = "--min-pairwise", hidden = true, description = "Older name of --min-pairs.")
    Double minPairwise;

    @Option(names = "--details", description = "List every label and pair Prism gets wrong.")
    boolean details;

    @Option(names = "--cv", paramLabel = "K", description = "Also report K-fold cross-validated figures, folds by person (source).")
    Integer folds;

    @Option(names = "--cv-deal", paramLabel = "D", split = ",", description = {
        "With --cv: deal people to folds in order D (0: sorted, the default; more: a fixed shuffle each).",
        "Several (0,1,2,3) report each deal and the range and mean over them: one deal moves the figures by about a point."},
        defaultValue = "0")
    List<Integer> deals;

    @Option(names = "--train", paramLabel = "MODEL.tsv", description = "Learn the weights from all the files and write the model here.")
    Path train;

    @Option(names = "--hold-out", paramLabel = "FILE.tsv", description = "Evaluate this file too, but never train on it.")
    List<Path> holdOut = new ArrayList<>();

    @Option(names = "--l2", description = "Training: L2 penalty on the weights. Default: ${DEFAULT-VALUE}.", defaultValue = "0.005")
    double l2;

    @Option(names = "--pair-weight", description = "Training: weight of the pair loss beside the label loss. Default: ${DEFAULT-VALUE}.", defaultValue = "1.0")
    double pairWeight;

    @Option(names = "--guide-weight", description = "Training: weight of guide-style pairs (weak, strong, theme). Default: ${DEFAULT-VALUE}.", defaultValue = "40.0")
    double guideWeight;

    @Option(names = "--label-weight", description = "Training: weight of each bullet in a file of labelled real bullets. Default: ${DEFAULT-VALUE}.", defaultValue = "6.0")
    double labelWeight;

    @Option(names = "--word-l2", description = "Training: L2 penalty on the weights of words. Default: ${DEFAULT-VALUE}.", defaultValue = "0.05")
    double wordL2;

    @Option(names = "--word-persons", description = "Training: weigh only words found in the bullets of at least this many people. Default: ${DEFAULT-VALUE}.", defaultValue = "5")
    int wordPersons;

    @Override
    public Integer call() throws IOException {
      for (int deal : deals) {
        if (deal < 0) {
          throw new UsageException("--cv-deal must be 0 or more, got " + deal);
        }
      }
      if (wordPersons < 1 || !(wordL2 >= 0)) {
        throw new UsageException("--word-persons must be 1 or more and --word-l2 0 or more");
      }
      List<BulletData.Set> sets = new ArrayList<>();
      BulletData.Set all = null;
      List<Path> every = new ArrayList<>(files);
      every.addAll(holdOut);
      for (Path f : every) {
        String tsv;
        try {
          tsv = Files.readString(f);
        } catch (NoSuchFileException e) {
          throw new UsageException(f + ": no such file");
        }
        BulletData.Set set = BulletData.parse(tsv, f.getFileName().toString());
        if (set.isEmpty()) {
          throw new UsageException(f + ": no labelled bullets or pairs found (see prism eval bullets --help for the columns)");
        }
        sets.add(set);
        if (holdOut.contains(f)) {
          continue;
        }
        // Labelled real bullets count more than a pair each: their labels are the measure that lags.
        BulletData.Set weighted = switch (set.format()) {
          case "guide-pairs" -> set.weighted(guideWeight);
          case "labels" -> set.weighted(labelWeight);
          default -> set;
        };
        all = all == null ? weighted : all.plus(weighted);
      }
      Map<String, BulletModel.Input> cache = new HashMap<>();
      BulletTraining.Options options = BulletTraining.Options.defaults().withL2(l2).withPairWeight(pairWeight).withGuideWeight(guideWeight)
          .withWords(wordL2, wordPersons);
      BulletModel model;
      if (train == null) {
        model = BulletModel.standard();
      } else {
        // The model that ships is not read here: training must work when its features have changed.
        model = BulletTraining.train(all, options, cache);
        String header = String.format(Locale.ROOT, "Weights of the bullet model, learned by: prism eval bullets --train MODEL.tsv --l2 %s --pair-weight %s --guide-weight %s --label-weight %s --word-l2 %s --word-persons %s ",
            l2, pairWeight, guideWeight, labelWeight, wordL2, wordPersons)
            + String.join(" ", files.stream().map(p -> p.getFileName().toString()).toList())
            + "\nOrdinal logistic model: score = sum of weight x feature, plus the weight of each word (word:) and of the"
            + "\nopening word (opens:) where the bullet has them; weak below cut1, strong from cut2.";
        Files.writeString(train, model.toTsv(header));
        cli.out.println("wrote " + train);
      }
      Double pairsFloor = minPairs != null ? minPairs : minPairwise;
      boolean ok = true;
      for (int i = 0; i < every.size(); i++) {
        BulletEvaluation.Result r = BulletEvaluation.evaluate(sets.get(i), model, cache);
        boolean held = holdOut.contains(every.get(i));
        BulletEvaluation.print(every.get(i).getFileName() + " (" + sets.get(i).format() + (held ? ", held out" : train != null ? ", in-sample" : "") + ")",
            r, details, cli.out);
        if (folds != null && !held) {
          List<BulletEvaluation.Result> cvs = new ArrayList<>();
          for (int deal : deals) {
            BulletEvaluation.Result cv = BulletTraining.crossValidate(all, sets.get(i), folds, deal, options, cache);
            BulletEvaluation.print(every.get(i).getFileName() + " (" + folds + "-fold cross-validated by person"
                + (deals.size() > 1 ? ", deal " + deal : "") + ")", cv, false, cli.out);
            cvs.add(cv);
          }
          if (cvs.size() > 1) {
            BulletEvaluation.printSpread(every.get(i).getFileName() + " (" + folds + "-fold over deals "
                + String.join(",", deals.stream().map(String::valueOf).toList()) + ")", cvs, cli.out);
          }
        }
        BulletEvaluation.Rewrites rw = BulletEvaluation.rewrites(sets.get(i));
        BulletEvaluation.print(rw, details, cli.out);
        if (!rw.ok()) {
          cli.out.println("rewrite check failed: a rewrite appends placeholders to the original or loses a fact");
          ok = false;
        }
        ok &= floor(r.labels() > 0, r.agreement(), minLabels, "label agreement", every.get(i));
        ok &= floor(r.pairs() > 0, r.pairOrder(), pairsFloor, "pair order", every.get(i));
        ok &= floor(r.hardPairs() > 0, r.hardPairOrder(), minMislead, "pair order where numbers mislead", every.get(i));
      }
      return verdict(cli.out, ok, "FAIL: a bullet judgement figure is under its floor");
    }

    private boolean floor(boolean applies, double value, Double floor, String what, Path file) {
      if (!applies || floor == null || value >= floor) {
        return true;
      }
      cli.out.printf(Locale.ROOT, "under floor: %s %s %.3f < %.2f%n", file.getFileName(), what, value, floor);
      return false;
    }
  }

  @Command(name = "rules", description = {
      "How often each rule fires on a folder of resumes, and how many findings each report carries.",
      "Fails when a report has more findings than --max-findings, or a rule fires on more than --max-rate of the resumes",
      "(rules named with --allow excepted: ones a reviewer would agree apply to most resumes)."})
  static final class Rules extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    @Option(names = "--max-findings", defaultValue = "15", description = "Most findings one report may carry. Default: ${DEFAULT-VALUE}.")
    int maxFindings;

    @Option(names = "--max-rate", defaultValue = "0.8", description = "Most resumes one rule may fire on, as a fraction. Default: ${DEFAULT-VALUE}.")
    double maxRate;

    @Option(names = "--allow", paramLabel = "RULE", description = "A rule exempt from --max-rate.")
    List<String> allow = new ArrayList<>();

    @Option(names = "--details", description = "One line per resume: score, findings, rules.")
    boolean details;

    @Override
    public Integer call() {
      requireDirectory(dir);
      Map<String, Integer> fired = new java.util.TreeMap<>();
      Map<String, Integer> count = new java.util.TreeMap<>();
      for (dev.prism.core.rules.Rule r : dev.prism.core.rules.Rules.ALL) {
        fired.put(r.id(), 0);
        count.put(r.id(), 0);
      }
      List<Integer> perReport = new ArrayList<>();
      List<String> over = new ArrayList<>();
      int unreadable = 0;
      for (Path p : Inputs.resumesIn(dir)) {
        String name = p.getFileName().toString();
        // The corpus keeps truth files and notes beside the resumes; they are not resumes.
        if (p.toString().contains("/truth/") || name.startsWith("README") || name.startsWith("SOURCES")) {
          continue;
        }
        dev.prism.core.report.Report r;
        try {
          r = cli.prism().check(Inputs.extract(cli, p.toString()), dev.prism.core.CheckOptions.defaults());
        } catch (UsageException e) {
          unreadable++;
          continue;
        }
        java.util.Set<String> rules = new java.util.TreeSet<>();
        for (dev.prism.core.rules.Finding f : r.findings()) {
          rules.add(f.rule());
          count.merge(f.rule(), 1, Integer::sum);
        }
        rules.forEach(id -> fired.merge(id, 1, Integer::sum));
        perReport.add(r.findings().size());
        if (r.findings().size() > maxFindings) {
          over.add(name + " (" + r.findings().size() + ")");
        }
        if (details) {
          cli.out.printf(Locale.ROOT, "  %-40s score %3d  findings %2d  %s%n", name, r.score(), r.findings().size(), String.join(" ", rules));
        }
      }
      int n = perReport.size();
      if (n == 0) {
        throw new UsageException(dir + ": no readable resumes");
      }
      List<Integer> sorted = perReport.stream().sorted().toList();
      cli.out.printf(Locale.ROOT, "resumes %d (unreadable %d); findings per report: median %d, max %d (limit %d)%n",
          n, unreadable, sorted.get(n / 2), sorted.get(n - 1), maxFindings);
      cli.out.println("| rule | resumes fired | rate | findings |");
      cli.out.println("|---|---|---|---|");
      boolean ok = over.isEmpty();
      for (Map.Entry<String, Integer> e : fired.entrySet()) {
        double rate = (double) e.getValue() / n;
        boolean high = rate > maxRate && !allow.contains(e.getKey());
        ok &= !high;
        cli.out.printf(Locale.ROOT, "| %s | %d | %.2f%s | %d |%n", e.getKey(), e.getValue(), rate, high ? " (over " + maxRate + ")" : "",
            count.get(e.getKey()));
      }
      if (!over.isEmpty()) {
        cli.out.println("reports over " + maxFindings + " findings: " + String.join(", ", over));
      }
      return verdict(cli.out, ok, "FAIL: a report carries too many findings, or a rule fires on too many resumes");
    }
  }

  @Command(name = "parse", description = "Contact, experience and RenderCV field figures on a corpus folder (pdf/, truth/, latex/, jsonresume/).")
  static final class Parse extends PrismCli.Sub implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS_DIR")
    Path dir;

    @Override
    public Integer call() {
      requireDirectory(dir);
      boolean ok = dev.prism.ingest.eval.ParseEvaluation.run(dir, cli.out);
      return verdict(cli.out, ok, "FAIL: a parse figure is under its floor");
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
      return verdict(cli.out, ok, "FAIL: a reading or level figure is under its floor");
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
      return verdict(cli.out, ok, "FAIL: a template-matrix figure is past its bound");
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
      requireDirectory(dir);
      JobEvaluation.Figures f = JobEvaluation.run(dir, details, cli.out);
      if (f.postings() == 0) {
        throw new UsageException(dir + ": no postings with truth (expected NAME.txt beside NAME.truth.json)");
      }
      boolean ok = JobEvaluation.check(f, new JobEvaluation.Floors(requiredRecall, requiredPrecision, preferredRecall, confusions,
          years, company, boilerplate), cli.out);
      return verdict(cli.out, ok, "FAIL: a job-posting figure is past its bound");
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
      return verdict(cli.out, ok, "PASS: " + f.pairs() + " pairs, nothing invented", "FAIL: " + f.violations() + " findings of invented content");
    }
  }

  /** Prints PASS or the failure, and gives the exit code every evaluation ends with. */
  static int verdict(PrintWriter out, boolean ok, String failure) {
    return verdict(out, ok, "PASS", failure);
  }

  static int verdict(PrintWriter out, boolean ok, String pass, String failure) {
    out.println(ok ? pass : failure);
    out.flush();
    return ok ? ExitCode.OK : ExitCode.BELOW_THRESHOLD;
  }

  /** A directory an evaluation reads, or a usage error naming it. */
  static void requireDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(dir + ": not a directory");
    }
  }
}
