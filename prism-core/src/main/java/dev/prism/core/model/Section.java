package dev.prism.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of the resume under one heading. {@code heading} is null for text before the first
 * heading that is not contact information. Skills sections fill {@code skills}; others fill
 * {@code entries} (a summary is one entry whose {@code lines} hold its text).
 */
public record Section(
    SectionKind kind, Field heading, List<Entry> entries, List<SkillGroup> skills, Span span) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    entries = List.copyOf(entries);
    skills = List.copyOf(skills);
    Objects.requireNonNull(span, "span");
  }
}
