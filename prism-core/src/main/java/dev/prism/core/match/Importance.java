package dev.prism.core.match;

/** How much a job description insists on a term. */
public enum Importance {
  /** A must-have: requirements, responsibilities, the role's description and stack. */
  REQUIRED,
  /** A nice-to-have: "preferred", "bonus", "a plus". */
  PREFERRED;

  public String id() {
    return this == REQUIRED ? "required" : "preferred";
  }
}
