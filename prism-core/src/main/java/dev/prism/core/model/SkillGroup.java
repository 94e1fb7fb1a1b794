package dev.prism.core.model;

import java.util.List;

/** A group of listed skills ("Languages: Go, Java"); {@code label} is null for a flat list. */
public record SkillGroup(Field label, List<Field> skills) {
  public SkillGroup {
    skills = List.copyOf(skills);
  }
}
