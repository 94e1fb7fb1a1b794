package dev.prism.core.eval;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.bullet.BulletModel;
import dev.prism.core.eval.BulletData.Labelled;
import dev.prism.core.eval.BulletData.Pair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Learns the weights of {@link BulletModel} from labelled bullets and pairs: an ordinal logistic
 * regression (two cut points on one score) on the labels, plus a logistic loss on each pair's
 * order, plus an L2 penalty that keeps weights small where the data says little. Plain full-batch
 * gradient descent from zero, with a fixed number of steps: the same data always gives the same
 * weights.
 *
 * <p>{@link #crossValidate} splits by person (the {@code group} of each example), so that no
 * person's bullets are in both the training and the test part of a fold: the figures it reports
 * are the ones to expect on people the model has never seen.
 */
public final class BulletTraining {

  /** Training settings. */
  public record Options(double l2, double pairWeight, double guideWeight, int steps, double rate) {
    public static Options defaults() {
      return new Options(0.005, 1.0, 14.0, 4000, 0.5);
    }

    public Options withL2(double v) {
      return new Options(v, pairWeight, guideWeight, steps, rate);
    }

    public Options withPairWeight(double v) {
      return new Options(l2, v, guideWeight, steps, rate);
    }

    public Options withGuideWeight(double v) {
      return new Options(l2, pairWeight, v, steps, rate);
    }
  }

  private BulletTraining() {}

  public static BulletModel train(BulletData.Set data, Options o, Map<String, double[]> cache) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Double> lw = new ArrayList<>();
    double nl = 0;
    for (Labelled l : data.labelled()) {
      xs.add(cache.computeIfAbsent(l.text(), BulletModel::features));
      ys.add(l.label().ordinal());
      lw.add(l.weight());
      nl += l.weight();
    }
    List<double[][]> pairs = new ArrayList<>();
    List<Double> pw = new ArrayList<>();
    double np = 0;
    for (Pair p : data.pairs()) {
      pairs.add(new double[][] {cache.computeIfAbsent(p.weaker(), BulletModel::features),
          cache.computeIfAbsent(p.stronger(), BulletModel::features)});
      pw.add(p.weight());
      np += p.weight();
    }
    nl = Math.max(1, nl);
    np = Math.max(1, np);
    int d = BulletModel.FEATURES.size();
    double[] w = new double[d];
    double c1 = -0.5;
    double logGap = 0;
    // Momentum smooths the steps; the rate is per averaged loss, so it does not depend on data size.
    double[] vw = new double[d];
    double vc1 = 0;
    double vgap = 0;
    for (int step = 0; step < o.steps(); step++) {
      double[] gw = new double[d];
      double gc1 = 0;
      double gc2 = 0;
      double c2 = c1 + Math.exp(logGap);
      for (int i = 0; i < xs.size(); i++) {
        double[] x = xs.get(i);
        double weight = lw.get(i);
        double s = dot(w, x);
        double p1 = sigmoid(c1 - s);
        double p2 = sigmoid(c2 - s);
        double ds;
        switch (ys.get(i)) {
          case 0 -> {
            ds = weight * (1 - p1);
            gc1 += -weight * (1 - p1);
          }
          case 2 -> {
            ds = -weight * p2;
            gc2 += weight * p2;
          }
          default -> {
            double prob = Math.max(1e-9, p2 - p1);
            double dpds = -p2 * (1 - p2) + p1 * (1 - p1);
            ds = -weight * dpds / prob;
            gc2 += -weight * (p2 * (1 - p2)) / prob;
            gc1 += weight * (p1 * (1 - p1)) / prob;
          }
        }
        for (int k = 0; k < d; k++) {
          gw[k] += ds * x[k] / nl;
        }
      }
      gc1 /= nl;
      gc2 /= nl;
      for (int j = 0; j < pairs.size(); j++) {
        double[][] p = pairs.get(j);
        double margin = dot(w, p[1]) - dot(w, p[0]);
        double g = -(1 - sigmoid(margin)) * o.pairWeight() * pw.get(j) / np;
        for (int k = 0; k < d; k++) {
          gw[k] += g * (p[1][k] - p[0][k]);
        }
      }
      for (int k = 0; k < d; k++) {
        gw[k] += 2 * o.l2() * w[k];
      }
      double gGap = gc2 * Math.exp(logGap);
      double gC1 = gc1 + gc2;
      for (int k = 0; k < d; k++) {
        vw[k] = 0.9 * vw[k] - o.rate() * gw[k];
        w[k] += vw[k];
      }
      vc1 = 0.9 * vc1 - o.rate() * gC1;
      c1 += vc1;
      vgap = 0.9 * vgap - o.rate() * gGap;
      logGap += vgap;
      logGap = Math.max(-3, Math.min(3, logGap));
    }
    return new BulletModel(round(w), round(c1), round(c1 + Math.exp(logGap)));
  }

  /** Four decimals, as the model file keeps them: the model trained is the model shipped. */
  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static double[] round(double[] w) {
    double[] out = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      out[i] = round(w[i]);
    }
    return out;
  }

  private static double dot(double[] w, double[] x) {
    double s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * x[i];
    }
    return s;
  }

  private static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /**
   * Trains on all groups but one fold's and tests on that fold, for each of {@code k} folds, and
   * pools the test predictions. Groups are dealt to folds in a fixed order, so folds are the same
   * on every run: deal 0 is sorted order, deal {@code d > 0} a shuffle seeded with {@code d}. One
   * deal moves label agreement by about a point on its own, so a change to the model is judged on
   * several. {@code evaluateOn} picks the part of the data to report (for example only the
   * real files), while training always uses all of {@code data} outside the test fold.
   */
  public static BulletEvaluation.Result crossValidate(BulletData.Set data, BulletData.Set evaluateOn, int k, int deal, Options o,
      Map<String, double[]> cache) {
    if (deal < 0) {
      throw new IllegalArgumentException("deal must be 0 or more: " + deal);
    }
    TreeSet<String> sorted = new TreeSet<>();
    data.labelled().forEach(l -> sorted.add(l.group()));
    data.pairs().forEach(p -> sorted.add(p.group()));
    List<String> groups = new ArrayList<>(sorted);
    if (deal > 0) {
      Collections.shuffle(groups, new Random(deal));
    }
    Map<String, Integer> fold = new HashMap<>();
    int i = 0;
    for (String g : groups) {
      fold.put(g, i++ % k);
    }
    List<BulletModel> models = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      final int ff = f;
      BulletData.Set train = new BulletData.Set("train",
          data.labelled().stream().filter(l -> fold.get(l.group()) != ff).toList(),
          data.pairs().stream().filter(p -> fold.get(p.group()) != ff).toList());
      models.add(train(train, o, cache));
    }
    // Each test example is scored by the model of its own fold, then all folds are measured as one.
    return pooled(evaluateOn, fold, models, k, cache);
  }

  private static BulletEvaluation.Result pooled(BulletData.Set on, Map<String, Integer> fold, List<BulletModel> models, int k,
      Map<String, double[]> cache) {
    int[][] confusion = new int[3][3];
    int ordered = 0;
    int hard = 0;
    int hardOrdered = 0;
    for (Labelled l : on.labelled()) {
      BulletModel m = models.get(fold.getOrDefault(l.group(), Math.floorMod(l.group().hashCode(), k)));
      confusion[l.label().ordinal()][BulletLabel.of(m.strength(cache.computeIfAbsent(l.text(), BulletModel::features))).ordinal()]++;
    }
    for (Pair p : on.pairs()) {
      BulletModel m = models.get(fold.getOrDefault(p.group(), Math.floorMod(p.group().hashCode(), k)));
      int w = m.strength(cache.computeIfAbsent(p.weaker(), BulletModel::features));
      int s = m.strength(cache.computeIfAbsent(p.stronger(), BulletModel::features));
      ordered += s > w ? 1 : 0;
      if (p.numbersMislead()) {
        hard++;
        hardOrdered += s > w ? 1 : 0;
      }
    }
    int n = on.labelled().size();
    int agree = confusion[0][0] + confusion[1][1] + confusion[2][2];
    return new BulletEvaluation.Result(n, n == 0 ? 0 : (double) agree / n, BulletEvaluation.kappa(confusion), confusion,
        on.pairs().size(), on.pairs().isEmpty() ? 0 : (double) ordered / on.pairs().size(), hard,
        hard == 0 ? 0 : (double) hardOrdered / hard, List.of());
  }
}
