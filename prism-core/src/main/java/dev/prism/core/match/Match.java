package dev.prism.core.match;

import dev.prism.core.model.Resume;
import java.util.List;
import java.util.Objects;

/**
 * A resume read against a job description.
 *
 * @param matchRate 0 to 100: each requirement's weight ({@link Requirement#weight()}) times its
 *     coverage's credit, over the total weight; 0 when the job has no requirements
 * @param bullets every work bullet with the requirements it shows, in resume order
 * @param text the resume text that coverage spans refer to
 */
public record Match(
    JobDescription job,
    Resume resume,
    String text,
    List<TermMatch> required,
    List<TermMatch> preferred,
    List<BulletMatch> bullets,
    int matchRate,
    LevelFit level) {
  public Match {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(text, "text");
    required = List.copyOf(required);
    preferred = List.copyOf(preferred);
    bullets = List.copyOf(bullets);
    Objects.requireNonNull(level, "level");
    if (matchRate < 0 || matchRate > 100) {
      throw new IllegalArgumentException("matchRate out of range: " + matchRate);
    }
  }

  /** Required terms first, then preferred, that the resume does not mention at all. */
  public List<TermMatch> missing() {
    return java.util.stream.Stream.concat(required.stream(), preferred.stream()).filter(t -> !t.found()).toList();
  }

  /** Terms the resume names but never shows in work. */
  public List<TermMatch> notEvidenced() {
    return java.util.stream.Stream.concat(required.stream(), preferred.stream())
        .filter(t -> t.found() && !t.evidenced()).toList();
  }
}
