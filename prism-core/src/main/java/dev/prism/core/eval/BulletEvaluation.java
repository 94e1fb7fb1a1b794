package dev.prism.core.eval;

import dev.prism.core.bullet.BulletAnalyzer;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.bullet.RewriteCheck;
import dev.prism.core.bullet.BulletModel;
import dev.prism.core.eval.BulletData.Labelled;
import dev.prism.core.eval.BulletData.Pair;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures bullet judgement on labelled data (see {@link BulletData}): how often the label agrees
 * with the reader's (and Cohen's kappa, which discounts agreement by chance), how often the stronger
 * bullet of a pair gets the higher strength, and the same for the pairs where numbers mislead. A
 * tie in strength counts as a miss.
 */
public final class BulletEvaluation {

  /**
   * The figures; fractions from 0 to 1. {@code confusion[gold][predicted]} counts labels by
   * {@link BulletLabel} ordinal.
   */
  public record Result(
      int labels, double agreement, double kappa, int[][] confusion,
      int pairs, double pairOrder, int hardPairs, double hardPairOrder, List<String> misses) {
    public Result {
      misses = List.copyOf(misses);
      int[][] c = new int[3][];
      for (int i = 0; i < 3; i++) {
        c[i] = confusion[i].clone();
      }
      confusion = c;
    }
  }

  private BulletEvaluation() {}

  /** With the model that ships. */
  public static Result evaluate(BulletData.Set data) {
    return evaluate(data, BulletModel.standard(), new HashMap<>());
  }

  /** With any model; {@code cache} keeps feature vectors across calls (keyed by bullet text). */
  public static Result evaluate(BulletData.Set data, BulletModel model, Map<String, BulletModel.Input> cache) {
    int[][] confusion = new int[3][3];
    List<String> misses = new ArrayList<>();
    for (Labelled l : data.labelled()) {
      int s = model.strength(cache.computeIfAbsent(l.text(), BulletModel::input));
      BulletLabel got = BulletLabel.of(s);
      confusion[l.label().ordinal()][got.ordinal()]++;
      if (got != l.label()) {
        misses.add("label  " + l.label().id() + " read as " + got.id() + " (" + s + "): " + l.text());
      }
    }
    int ordered = 0;
    int hard = 0;
    int hardOrdered = 0;
    for (Pair p : data.pairs()) {
      int w = model.strength(cache.computeIfAbsent(p.weaker(), BulletModel::input));
      int s = model.strength(cache.computeIfAbsent(p.stronger(), BulletModel::input));
      boolean ok = s > w;
      ordered += ok ? 1 : 0;
      if (p.numbersMislead()) {
        hard++;
        hardOrdered += ok ? 1 : 0;
      }
      if (!ok) {
        misses.add("order  " + w + " >= " + s + (p.numbersMislead() ? " (numbers mislead)" : "") + "  weaker: " + p.weaker()
            + "  | stronger: " + p.stronger());
      }
    }
    int n = data.labelled().size();
    int agree = confusion[0][0] + confusion[1][1] + confusion[2][2];
    return new Result(n, n == 0 ? 0 : (double) agree / n, kappa(confusion), confusion,
        data.pairs().size(), data.pairs().isEmpty() ? 0 : (double) ordered / data.pairs().size(),
        hard, hard == 0 ? 0 : (double) hardOrdered / hard, misses);
  }

  /** Cohen's kappa of a square confusion matrix. */
  static double kappa(int[][] c) {
    double total = 0;
    double observed = 0;
    double[] rows = new double[c.length];
    double[] cols = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      for (int j = 0; j < c.length; j++) {
        total += c[i][j];
        rows[i] += c[i][j];
        cols[j] += c[i][j];
        if (i == j) {
          observed += c[i][j];
        }
      }
    }
    if (total == 0) {
      return 0;
    }
    double expected = 0;
    for (int i = 0; i < c.length; i++) {
      expected += rows[i] * cols[i] / (total * total);
    }
    return expected >= 1 ? 0 : (observed / total - expected) / (1 - expected);
  }

  /**
   * The rewrites of every weak or fair bullet (by the reader's label; the weaker of each pair, the
   * weak side of guide-style pairs): how many are the original with placeholders appended rather
   * than a restructured bullet, and how many lose a number or a technology of the original.
   */
  public record Rewrites(int checked, List<String> appended, List<String> lost) {
    public Rewrites {
      appended = List.copyOf(appended);
      lost = List.copyOf(lost);
    }

    public boolean ok() {
      return appended.isEmpty() && lost.isEmpty();
    }
  }

  public static Rewrites rewrites(BulletData.Set data) {
    java.util.LinkedHashSet<String> bullets = new java.util.LinkedHashSet<>();
    for (Labelled l : data.labelled()) {
      if (l.label() != BulletLabel.STRONG) {
        bullets.add(l.text());
      }
    }
    for (Pair p : data.pairs()) {
      bullets.add(p.weaker());
    }
    List<String> appended = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (String b : bullets) {
      String r = BulletAnalyzer.rewrite(b);
      if (RewriteCheck.appendedOnly(b, r)) {
        appended.add(b + "  =>  " + r);
      }
      List<String> missing = RewriteCheck.lostFacts(b, r);
      if (!missing.isEmpty()) {
        lost.add(missing + ": " + b + "  =>  " + r);
      }
    }
    return new Rewrites(bullets.size(), appended, lost);
  }

  public static void print(Rewrites r, boolean details, PrintWriter out) {
    out.printf(Locale.ROOT, "  rewrites checked  %d: original plus placeholders %d, lost a number or technology %d%n",
        r.checked(), r.appended().size(), r.lost().size());
    if (details) {
      r.appended().forEach(m -> out.println("  appended only: " + m));
    }
    r.lost().forEach(m -> out.println("  lost: " + m));
    out.flush();
  }

  public static void print(String title, Result r, boolean details, PrintWriter out) {
    out.println(title);
    if (r.labels() > 0) {
      out.printf(Locale.ROOT, "  labels            %d%n", r.labels());
      out.printf(Locale.ROOT, "  label agreement   %.3f   Cohen's kappa %.3f%n", r.agreement(), r.kappa());
      out.printf(Locale.ROOT, "  confusion (rows: reader weak/fair/strong; columns: Prism)  %s%n", confusion(r.confusion()));
    }
    if (r.pairs() > 0) {
      out.printf(Locale.ROOT, "  pairs             %d%n", r.pairs());
      out.printf(Locale.ROOT, "  pair order        %.3f%n", r.pairOrder());
      out.printf(Locale.ROOT, "  numbers mislead   %.3f  (%d pairs)%n", r.hardPairOrder(), r.hardPairs());
    }
    if (details) {
      for (String m : r.misses()) {
        out.println("  miss: " + m);
      }
    }
    out.flush();
  }

  /**
   * The lowest, highest and mean figure over several results of the same files (cross-validation
   * with other deals of people to folds): a change is judged on the mean, not on one deal.
   */
  public static void printSpread(String title, List<Result> results, PrintWriter out) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no results to summarise");
    }
    out.println(title);
    Result first = results.get(0);
    if (first.labels() > 0) {
      spread(out, "label agreement", results.stream().mapToDouble(Result::agreement).toArray());
      spread(out, "Cohen's kappa", results.stream().mapToDouble(Result::kappa).toArray());
    }
    if (first.pairs() > 0) {
      spread(out, "pair order", results.stream().mapToDouble(Result::pairOrder).toArray());
    }
    if (first.hardPairs() > 0) {
      spread(out, "numbers mislead", results.stream().mapToDouble(Result::hardPairOrder).toArray());
    }
    out.flush();
  }

  private static void spread(PrintWriter out, String what, double[] v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double x : v) {
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
    }
    out.printf(Locale.ROOT, "  %-17s %.3f to %.3f, mean %.3f%n", what, min, max, sum / v.length);
  }

  private static String confusion(int[][] c) {
    StringBuilder b = new StringBuilder();
    for (int[] row : c) {
      b.append('[').append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append("] ");
    }
    return b.toString().strip();
  }
}
