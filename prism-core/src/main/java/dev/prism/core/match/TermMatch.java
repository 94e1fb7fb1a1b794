package dev.prism.core.match;

import java.util.Objects;

/**
 * One requirement and how the resume covers it.
 *
 * @param matched the name of the term the resume used (one of {@link Requirement#anyOf()}), null when missing
 */
public record TermMatch(Requirement requirement, String matched, Coverage coverage) {
  public TermMatch {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(coverage, "coverage");
  }

  public boolean found() {
    return !(coverage instanceof Coverage.Missing);
  }

  /** Shown in work: named in a bullet, or implied by one ("Spring Boot" for Spring). */
  public boolean evidenced() {
    return coverage instanceof Coverage.Shown || coverage instanceof Coverage.Implied i && i.inWork();
  }
}
