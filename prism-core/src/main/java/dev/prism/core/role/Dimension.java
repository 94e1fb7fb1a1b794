package dev.prism.core.role;

import java.util.Optional;

/** The seven things a resume is scored on. The first four are proven by role vocabulary. */
public enum Dimension {
  SERVICE_DESIGN("service-design"),
  STORAGE("storage"),
  PERFORMANCE("performance"),
  RELIABILITY("reliability"),
  IMPACT("impact"),
  LEVEL_FIT("level-fit"),
  PRESENTATION("presentation");

  private final String id;

  Dimension(String id) {
    this.id = id;
  }

  /** The id used in role files and reports ("service-design"). */
  public String id() {
    return id;
  }

  /** Dimensions that a role proves with a vocabulary of terms. */
  public boolean provenByTerms() {
    return ordinal() <= RELIABILITY.ordinal();
  }

  public static Optional<Dimension> byId(String id) {
    for (Dimension d : values()) {
      if (d.id.equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
