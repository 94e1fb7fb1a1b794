package dev.prism.core.match;

import dev.prism.core.level.LevelEstimate;
import dev.prism.core.role.Level;
import java.util.Objects;

/**
 * The level a job asks for against the level the resume reads as.
 *
 * @param asked the job's level, from its title or, failing that, the years it asks for; null when it says neither
 * @param askedYears years of experience the job asks for, or null
 */
public record LevelFit(Level asked, Integer askedYears, LevelEstimate resume) {
  public LevelFit {
    Objects.requireNonNull(resume, "resume");
  }

  /** Negative when the resume reads below the job's level, 0 when it matches or the job does not say. */
  public int gap() {
    return asked == null ? 0 : resume.level().ordinal() - asked.ordinal();
  }
}
