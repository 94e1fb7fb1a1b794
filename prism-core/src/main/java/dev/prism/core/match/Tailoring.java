package dev.prism.core.match;

import dev.prism.core.model.Resume;
import java.util.List;
import java.util.Objects;

/**
 * A resume tailored to a job, and what only its owner can add.
 *
 * @param resume the same resume with bullets ordered by relevance within each entry, a summary aimed
 *     at the role, and bullet-shown skills surfaced into the skills section; no fact is new
 * @param summary the summary sentence Prism wrote, from the resume's own titles, employers and skills
 * @param surfaced skills shown in bullets and asked for by the job, added to the skills section
 * @param toAdd advice on what the job asks for that the resume does not show
 */
public record Tailoring(Resume resume, String text, String summary, List<String> surfaced, List<String> toAdd) {
  public Tailoring {
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(summary, "summary");
    surfaced = List.copyOf(surfaced);
    toAdd = List.copyOf(toAdd);
  }
}
