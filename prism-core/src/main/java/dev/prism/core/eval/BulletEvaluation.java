package dev.prism.core.eval;

import dev.prism.core.bullet.BulletAnalysis;
import dev.prism.core.bullet.BulletAnalyzer;
import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.role.Role;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures bullet judgement on labelled pairs: a weak bullet and its strong twin per line, as in
 * {@code bullets-dev.tsv} ("weak TAB strong TAB theme"). Pairs whose theme starts with "hard" are the
 * ones where digits mislead; they are reported on their own.
 */
public final class BulletEvaluation {

  /** One labelled pair. */
  public record Pair(String weak, String strong, String theme) {}

  /** The figures; accuracies are fractions from 0 to 1. */
  public record Result(int pairs, double pairwise, int hardPairs, double hardPairwise, double labels, List<String> misses) {
    public Result {
      misses = List.copyOf(misses);
    }
  }

  private BulletEvaluation() {}

  /** Parses the TSV; a first line starting with "weak" is a header. Lines without two columns are skipped. */
  public static List<Pair> parse(String tsv) {
    List<Pair> pairs = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      String[] cols = line.replace("\r", "").split("\t");
      if (cols.length < 2 || cols[0].equalsIgnoreCase("weak")) {
        continue;
      }
      pairs.add(new Pair(cols[0].trim(), cols[1].trim(), cols.length > 2 ? cols[2].trim() : ""));
    }
    return pairs;
  }

  public static Result evaluate(List<Pair> pairs, Role role) {
    int ordered = 0;
    int hard = 0;
    int hardOrdered = 0;
    int labelled = 0;
    List<String> misses = new ArrayList<>();
    for (Pair p : pairs) {
      BulletAnalysis w = BulletAnalyzer.analyze(p.weak(), role);
      BulletAnalysis s = BulletAnalyzer.analyze(p.strong(), role);
      boolean ok = s.strength() > w.strength();
      boolean isHard = p.theme().toLowerCase(Locale.ROOT).startsWith("hard");
      ordered += ok ? 1 : 0;
      if (isHard) {
        hard++;
        hardOrdered += ok ? 1 : 0;
      }
      labelled += (w.label() == BulletLabel.WEAK ? 1 : 0) + (s.label() == BulletLabel.STRONG ? 1 : 0);
      if (!ok) {
        misses.add("order  " + w.strength() + " >= " + s.strength() + "  weak: " + p.weak() + "  | strong: " + p.strong());
      }
      if (w.label() != BulletLabel.WEAK) {
        misses.add("label  weak read as " + w.label().id() + " (" + w.strength() + "): " + p.weak());
      }
      if (s.label() != BulletLabel.STRONG) {
        misses.add("label  strong read as " + s.label().id() + " (" + s.strength() + "): " + p.strong());
      }
    }
    int n = Math.max(1, pairs.size());
    return new Result(pairs.size(), (double) ordered / n, hard, hard == 0 ? 1.0 : (double) hardOrdered / hard,
        (double) labelled / (2 * n), misses);
  }

  public static void print(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "pairs            %d%n", r.pairs());
    out.printf(Locale.ROOT, "pairwise         %.3f%n", r.pairwise());
    out.printf(Locale.ROOT, "pairwise (hard)  %.3f  (%d pairs where numbers mislead)%n", r.hardPairwise(), r.hardPairs());
    out.printf(Locale.ROOT, "labels           %.3f%n", r.labels());
    for (String m : r.misses()) {
      out.println("  miss: " + m);
    }
    out.flush();
  }
}
