package dev.prism.core.eval;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.bullet.BulletModel;
import dev.prism.core.eval.BulletData.Labelled;
import dev.prism.core.eval.BulletData.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Learns the weights of {@link BulletModel} from labelled bullets and pairs: an ordinal logistic
 * regression (two cut points on one score) on the labels, plus a logistic loss on each pair's
 * order, plus an L2 penalty that keeps weights small where the data says little. Plain full-batch
 * gradient descent from zero, with a fixed number of steps: the same data always gives the same
 * weights.
 *
 * <p>Words are weighed too, but only words (and opening words) found in the bullets of at least
 * {@link Options#wordPersons} different people of the training data, and under a penalty
 * {@link Options#wordL2} far stronger than the features': a word then counts for what it says
 * across people, and cannot single out one resume.
 *
 * <p>{@link #crossValidate} splits by person (the {@code group} of each example), so that no
 * person's bullets are in both the training and the test part of a fold: the figures it reports
 * are the ones to expect on people the model has never seen.
 */
public final class BulletTraining {

  /** Training settings. */
  public record Options(double l2, double pairWeight, double guideWeight, double wordL2, int wordPersons, int steps, double rate) {
    public Options {
      if (!(l2 >= 0) || !(pairWeight >= 0) || !(guideWeight > 0) || !(wordL2 >= 0) || wordPersons < 1 || steps < 1 || !(rate > 0)) {
        throw new IllegalArgumentException("bad training options: " + l2 + ", " + pairWeight + ", " + guideWeight + ", " + wordL2
            + ", " + wordPersons + ", " + steps + ", " + rate);
      }
    }

    public static Options defaults() {
      return new Options(0.005, 1.0, 40.0, 0.05, 5, 4000, 0.5);
    }

    public Options withL2(double v) {
      return new Options(v, pairWeight, guideWeight, wordL2, wordPersons, steps, rate);
    }

    public Options withPairWeight(double v) {
      return new Options(l2, v, guideWeight, wordL2, wordPersons, steps, rate);
    }

    public Options withGuideWeight(double v) {
      return new Options(l2, pairWeight, v, wordL2, wordPersons, steps, rate);
    }

    public Options withWords(double l2Words, int persons) {
      return new Options(l2, pairWeight, guideWeight, l2Words, persons, steps, rate);
    }
  }

  private BulletTraining() {}

  public static BulletModel train(BulletData.Set data, Options o, Map<String, BulletModel.Input> cache) {
    List<BulletModel.Input> inputs = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (Labelled l : data.labelled()) {
      inputs.add(input(l.text(), cache));
      groups.add(l.group());
    }
    for (Pair p : data.pairs()) {
      inputs.add(input(p.weaker(), cache));
      inputs.add(input(p.stronger(), cache));
      groups.add(p.group());
      groups.add(p.group());
    }
    int d = BulletModel.FEATURES.size();
    // The words to weigh: those of enough different people, each given a column after the features.
    List<String> vocabulary = vocabulary(inputs, groups, o.wordPersons());
    Map<String, Integer> column = new HashMap<>();
    for (String v : vocabulary) {
      column.put(v, d + column.size());
    }
    int dim = d + vocabulary.size();
    double[] penalty = new double[dim];
    for (int k = 0; k < dim; k++) {
      penalty[k] = k < d ? o.l2() : o.wordL2();
    }

    List<Example> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    List<Double> lw = new ArrayList<>();
    double nl = 0;
    for (Labelled l : data.labelled()) {
      xs.add(example(input(l.text(), cache), column));
      ys.add(l.label().ordinal());
      lw.add(l.weight());
      nl += l.weight();
    }
    List<Example[]> pairs = new ArrayList<>();
    List<Double> pw = new ArrayList<>();
    double np = 0;
    for (Pair p : data.pairs()) {
      pairs.add(new Example[] {example(input(p.weaker(), cache), column), example(input(p.stronger(), cache), column)});
      pw.add(p.weight());
      np += p.weight();
    }
    nl = Math.max(1, nl);
    np = Math.max(1, np);
    double[] w = new double[dim];
    double c1 = -0.5;
    double logGap = 0;
    // Momentum smooths the steps; the rate is per averaged loss, so it does not depend on data size.
    double[] vw = new double[dim];
    double vc1 = 0;
    double vgap = 0;
    for (int step = 0; step < o.steps(); step++) {
      double[] gw = new double[dim];
      double gc1 = 0;
      double gc2 = 0;
      double c2 = c1 + Math.exp(logGap);
      for (int i = 0; i < xs.size(); i++) {
        Example x = xs.get(i);
        double weight = lw.get(i);
        double s = x.dot(w);
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
        x.addTo(gw, ds / nl);
      }
      gc1 /= nl;
      gc2 /= nl;
      for (int j = 0; j < pairs.size(); j++) {
        Example[] p = pairs.get(j);
        double margin = p[1].dot(w) - p[0].dot(w);
        double g = -(1 - sigmoid(margin)) * o.pairWeight() * pw.get(j) / np;
        p[1].addTo(gw, g);
        p[0].addTo(gw, -g);
      }
      for (int k = 0; k < dim; k++) {
        gw[k] += 2 * penalty[k] * w[k];
      }
      double gGap = gc2 * Math.exp(logGap);
      double gC1 = gc1 + gc2;
      for (int k = 0; k < dim; k++) {
        vw[k] = 0.9 * vw[k] - o.rate() * gw[k];
        w[k] += vw[k];
      }
      vc1 = 0.9 * vc1 - o.rate() * gC1;
      c1 += vc1;
      vgap = 0.9 * vgap - o.rate() * gGap;
      logGap += vgap;
      logGap = Math.max(-3, Math.min(3, logGap));
    }
    // Words whose weight rounds to nothing are left out of the model: they would change no score.
    Map<String, Double> words = new TreeMap<>();
    Map<String, Double> opens = new TreeMap<>();
    for (String v : vocabulary) {
      double weight = round(w[column.get(v)]);
      if (weight != 0) {
        (v.startsWith(BulletModel.OPENS) ? opens : words).put(v.substring(v.indexOf(':') + 1), weight);
      }
    }
    return new BulletModel(round(Arrays.copyOf(w, d)), round(c1), round(c1 + Math.exp(logGap)), words, opens);
  }

  private static BulletModel.Input input(String text, Map<String, BulletModel.Input> cache) {
    return cache.computeIfAbsent(text, BulletModel::input);
  }

  /**
   * The words and opening words ({@link BulletModel#WORD}, {@link BulletModel#OPENS} keys) found in
   * the bullets of at least {@code persons} groups, sorted.
   */
  static List<String> vocabulary(List<BulletModel.Input> inputs, List<String> groups, int persons) {
    Map<String, Set<String>> seen = new TreeMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      BulletModel.Input in = inputs.get(i);
      String group = groups.get(i);
      for (String w : in.words()) {
        seen.computeIfAbsent(BulletModel.WORD + w, k -> new HashSet<>()).add(group);
      }
      if (!in.opens().isEmpty()) {
        seen.computeIfAbsent(BulletModel.OPENS + in.opens(), k -> new HashSet<>()).add(group);
      }
    }
    List<String> out = new ArrayList<>();
    seen.forEach((k, g) -> {
      if (g.size() >= persons) {
        out.add(k);
      }
    });
    return out;
  }

  /** One bullet in training: its dense features and the columns of its weighed words (value 1). */
  private record Example(double[] x, int[] words) {
    double dot(double[] w) {
      double s = 0;
      for (int k = 0; k < x.length; k++) {
        s += w[k] * x[k];
      }
      for (int c : words) {
        s += w[c];
      }
      return s;
    }

    void addTo(double[] g, double scale) {
      for (int k = 0; k < x.length; k++) {
        g[k] += scale * x[k];
      }
      for (int c : words) {
        g[c] += scale;
      }
    }
  }

  private static Example example(BulletModel.Input in, Map<String, Integer> column) {
    List<Integer> cols = new ArrayList<>();
    for (String w : in.words()) {
      Integer c = column.get(BulletModel.WORD + w);
      if (c != null) {
        cols.add(c);
      }
    }
    Integer c = column.get(BulletModel.OPENS + in.opens());
    if (c != null) {
      cols.add(c);
    }
    return new Example(in.x(), cols.stream().mapToInt(Integer::intValue).toArray());
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
      Map<String, BulletModel.Input> cache) {
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
      Map<String, BulletModel.Input> cache) {
    int[][] confusion = new int[3][3];
    int ordered = 0;
    int hard = 0;
    int hardOrdered = 0;
    for (Labelled l : on.labelled()) {
      BulletModel m = models.get(fold.getOrDefault(l.group(), Math.floorMod(l.group().hashCode(), k)));
      confusion[l.label().ordinal()][BulletLabel.of(m.strength(input(l.text(), cache))).ordinal()]++;
    }
    for (Pair p : on.pairs()) {
      BulletModel m = models.get(fold.getOrDefault(p.group(), Math.floorMod(p.group().hashCode(), k)));
      int w = m.strength(input(p.weaker(), cache));
      int s = m.strength(input(p.stronger(), cache));
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
