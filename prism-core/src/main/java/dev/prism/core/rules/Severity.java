package dev.prism.core.rules;

import java.util.Locale;

/** How much a finding matters. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
