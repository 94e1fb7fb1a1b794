package dev.prism.core.score;

import dev.prism.core.role.Dimension;
import java.util.List;

/**
 * A dimension's sub-score and the findings that took points off it.
 *
 * @param findings indexes into the report's finding list
 */
public record DimensionScore(Dimension dimension, int score, double weight, List<Integer> findings) {
  public DimensionScore {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score out of range: " + score);
    }
    findings = List.copyOf(findings);
  }
}
