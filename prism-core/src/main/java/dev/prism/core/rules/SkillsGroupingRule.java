package dev.prism.core.rules;

import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role.SkillGroupProfile;
import dev.prism.core.vocab.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A long flat skills list. Grouped skills ("Storage: PostgreSQL, Redis") scan in seconds; a wall does not. */
final class SkillsGroupingRule implements Rule {
  private static final int FLAT_LIMIT = 10;

  @Override
  public String id() {
    return "SKILLS_UNGROUPED";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "More than " + FLAT_LIMIT + " skills in one flat list, not grouped the way reviewers scan them.";
  }

  @Override
  public List<Finding> check(Context c) {
    int flat = c.resume().sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream())
        .filter(g -> g.label() == null).mapToInt(g -> g.skills().size()).sum();
    boolean anyLabel = c.resume().sections(SectionKind.SKILLS).flatMap(s -> s.skills().stream()).anyMatch(g -> g.label() != null);
    if (flat <= FLAT_LIMIT || anyLabel) {
      return List.of();
    }
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        flat + " skills in one flat list; group them so a reviewer can scan them",
        c.skillsAnchor(), List.of(new Suggestion.Advice(grouping(c))), 6));
  }

  /** The person's own listed skills, grouped by the role's skill groups. */
  static String grouping(Context c) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (SkillGroupProfile g : c.role().skillGroups()) {
      groups.put(g.name(), new ArrayList<>());
    }
    for (Mention m : SkillsEvidence.firstOf(c.skills()).values()) {
      for (SkillGroupProfile g : c.role().skillGroups()) {
        if (g.categories().contains(m.term().category())) {
          groups.get(g.name()).add(m.term().canonical());
          break;
        }
      }
    }
    StringBuilder b = new StringBuilder("Group them, for example: ");
    List<String> lines = new ArrayList<>();
    groups.forEach((name, skills) -> {
      if (!skills.isEmpty()) {
        lines.add(name + ": " + String.join(", ", skills));
      }
    });
    return lines.isEmpty() ? b.append(c.role().skillGroups().stream().map(SkillGroupProfile::name).toList()).toString()
        : b.append(String.join("; ", lines)).toString();
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("SKILLS\nLanguages: Java, Go\nAPIs: REST\nStorage: PostgreSQL, Redis, Kafka\nOperations: Kubernetes, Prometheus, k6",
            "«SKILLS»\nJava, Go, REST, PostgreSQL, Redis, Kafka, Kubernetes, Prometheus, k6, Docker, Terraform"),
        ExampleResume.SENIOR));
  }
}
