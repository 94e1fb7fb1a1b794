package dev.prism.core.role;

import java.util.Locale;
import java.util.Optional;

/** Seniority levels, in order. */
public enum Level {
  JUNIOR,
  MID,
  SENIOR,
  STAFF;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> byId(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String s = id.trim().toLowerCase(Locale.ROOT);
    if (s.equals("mid-level") || s.equals("middle")) {
      s = "mid";
    }
    for (Level l : values()) {
      if (l.id().equals(s)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
