package dev.prism.core.level;

import java.util.Locale;

/** How sure a level estimate is: how many kinds of evidence there were, and whether they agreed. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
