package dev.prism.core.match;

import dev.prism.core.model.Span;
import dev.prism.core.vocab.Term;
import java.util.List;
import java.util.Objects;

/**
 * One thing a job description asks for, with the sentence it came from.
 *
 * @param name how the requirement is shown: the canonical name, or "Kubernetes or ECS" for choices
 * @param anyOf the terms that satisfy it; the job said "X or Y", so any one will do
 * @param sentence the job description's sentence, whitespace collapsed
 * @param span where the sentence stands in {@link JobDescription#text()}
 */
public record Requirement(String name, List<Term> anyOf, Importance importance, JobSection section, String sentence, Span span) {
  public Requirement {
    Objects.requireNonNull(name, "name");
    anyOf = List.copyOf(anyOf);
    Objects.requireNonNull(importance, "importance");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(span, "span");
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("a requirement needs at least one term");
    }
  }

  /** 3 for a must-have, 1 for a nice-to-have: a missing must-have costs three times as much. */
  public int weight() {
    return importance == Importance.REQUIRED ? 3 : 1;
  }
}
