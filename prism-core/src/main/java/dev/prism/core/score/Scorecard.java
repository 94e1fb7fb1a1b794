package dev.prism.core.score;

import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role;
import dev.prism.core.rules.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The overall score and its parts. Every dimension starts at 100 and loses exactly the penalties of
 * its findings (floored at 0), so every point lost is traceable to a finding and its span; the
 * overall score is the role-weighted mean of the dimensions.
 */
public record Scorecard(int score, String band, List<DimensionScore> dimensions) {
  public Scorecard {
    dimensions = List.copyOf(dimensions);
  }

  /** Bands as the person reads them. */
  public static String band(int score) {
    return score >= 85 ? "excellent" : score >= 70 ? "good" : score >= 50 ? "fair" : "weak";
  }

  public static Scorecard of(Role role, List<Finding> findings) {
    List<DimensionScore> dims = new ArrayList<>();
    double total = 0;
    for (Dimension d : Dimension.values()) {
      double lost = 0;
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (f.dimension() == d) {
          lost += f.penalty();
          ids.add(i);
        }
      }
      double score = Math.max(0, 100 - lost);
      total += role.weight(d) * score;
      dims.add(new DimensionScore(d, (int) Math.round(score), role.weight(d), ids));
    }
    int overall = (int) Math.round(total);
    return new Scorecard(overall, band(overall), dims);
  }

  public DimensionScore get(Dimension d) {
    return dimensions.stream().filter(s -> s.dimension() == d).findFirst().orElseThrow();
  }
}
