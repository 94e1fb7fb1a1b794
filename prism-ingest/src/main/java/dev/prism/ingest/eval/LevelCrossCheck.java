package dev.prism.ingest.eval;

import dev.prism.core.level.LevelEstimator;
import dev.prism.core.level.LevelSignals;
import dev.prism.core.level.LevelSignals.Weights;
import dev.prism.core.role.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * A leave-one-out cross-check of the level estimate's weights: for each resume, the weights that
 * do best on all the others (from a small grid) estimate it, and the share right is reported beside
 * the shipped weights' share. A large gap between the two would say the weights fit these files
 * rather than resumes in general.
 */
final class LevelCrossCheck {
  private static final double[] GRID = {0.5, 1, 1.5, 2, 2.5, 3};

  /** One resume: what the estimate was weighed from, and the truth. */
  record Case(LevelSignals signals, Level truth) {}

  /** The figures: shipped weights in sample, best grid weights in sample, and leave-one-out. */
  record Result(double shipped, double bestInSample, Weights best, double leaveOneOut) {}

  private LevelCrossCheck() {}

  static Result run(List<Case> cases) {
    List<Weights> grid = new ArrayList<>();
    for (double e : GRID) {
      for (double t : GRID) {
        for (double y : GRID) {
          grid.add(new Weights(e, t, y));
        }
      }
    }
    Weights best = bestOn(cases, -1, grid);
    int right = 0;
    for (int i = 0; i < cases.size(); i++) {
      Weights w = bestOn(cases, i, grid);
      right += LevelEstimator.combine(cases.get(i).signals(), w) == cases.get(i).truth() ? 1 : 0;
    }
    return new Result(share(cases, LevelEstimator.WEIGHTS, -1), share(cases, best, -1), best,
        cases.isEmpty() ? 0 : (double) right / cases.size());
  }

  /** The grid weights right most often leaving case {@code out} aside; the shipped ones win ties. */
  private static Weights bestOn(List<Case> cases, int out, List<Weights> grid) {
    Weights best = LevelEstimator.WEIGHTS;
    double bestShare = share(cases, best, out);
    for (Weights w : grid) {
      double s = share(cases, w, out);
      if (s > bestShare + 1e-12) {
        best = w;
        bestShare = s;
      }
    }
    return best;
  }

  private static double share(List<Case> cases, Weights w, int out) {
    int right = 0;
    int all = 0;
    for (int i = 0; i < cases.size(); i++) {
      if (i == out) {
        continue;
      }
      all++;
      right += LevelEstimator.combine(cases.get(i).signals(), w) == cases.get(i).truth() ? 1 : 0;
    }
    return all == 0 ? 0 : (double) right / all;
  }
}
