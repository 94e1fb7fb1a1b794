package dev.prism.core.match;

import java.util.Locale;

/**
 * The kinds of section a job description is made of. Boilerplate kinds never yield requirements:
 * a benefits list that names a cloud provider or an equal-opportunity statement is no skill to have.
 */
public enum JobSection {
  /** Text before the first heading: usually the title and a paragraph on the role. */
  INTRO(false),
  ROLE(false),
  RESPONSIBILITIES(false),
  REQUIREMENTS(false),
  PREFERRED(false),
  /** The team's tools ("Tech stack", "we also use ..."): preferred unless the posting names nothing else. */
  STACK(false),
  /** A paragraph about the team: only its sentences about the hire count. */
  TEAM(false),
  BENEFITS(true),
  EEO(true),
  APPLY(true),
  COMPANY(true);

  private final boolean boilerplate;

  JobSection(boolean boilerplate) {
    this.boilerplate = boilerplate;
  }

  public boolean boilerplate() {
    return boilerplate;
  }

  public Importance importance() {
    return this == PREFERRED || this == STACK ? Importance.PREFERRED : Importance.REQUIRED;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
