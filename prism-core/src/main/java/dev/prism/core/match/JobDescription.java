package dev.prism.core.match;

import dev.prism.core.role.Level;
import java.util.List;
import java.util.Objects;

/**
 * A job description as Prism reads it.
 *
 * @param title the job title, or null when the text does not say
 * @param company the hiring company, or null when the text does not say
 * @param location where the job is, as the posting's header gives it, or null
 * @param level the level the title names ("Senior", "New Grad", "II"), else the level the body or the
 *     years ask for; null when neither says
 * @param years the minimum years of experience asked for the role as a whole ("7+ years" gives 7,
 *     "2-8 YOE" gives 2), never a per-skill figure nor one from the company's blurb; null when none
 * @param requirements required and preferred terms and groups, in the order the text gives them, each once
 * @param dropped the headings of boilerplate sections left out (benefits, equal opportunity, ...)
 * @param text the text every requirement span refers to
 */
public record JobDescription(
    String title, String company, String location, Level level, Integer years, List<Requirement> requirements,
    List<String> dropped, String text) {
  public JobDescription {
    requirements = List.copyOf(requirements);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(text, "text");
    if (years != null && years < 0) {
      throw new IllegalArgumentException("years must not be negative");
    }
  }

  public List<Requirement> requirements(Importance importance) {
    return requirements.stream().filter(r -> r.importance() == importance).toList();
  }

  /** False when the text held only boilerplate, or nothing Prism recognises as a skill. */
  public boolean hasRequirements() {
    return !requirements.isEmpty();
  }
}
