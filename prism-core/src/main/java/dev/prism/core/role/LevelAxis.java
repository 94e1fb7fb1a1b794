package dev.prism.core.role;

import java.util.Locale;

/**
 * The axes of the expectations matrix a level is read along: the scope of the systems, the
 * ownership of decisions, the collaboration around the work, and the metric each level is judged by.
 */
public enum LevelAxis {
  SCOPE,
  OWNERSHIP,
  COLLABORATION,
  METRICS;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
