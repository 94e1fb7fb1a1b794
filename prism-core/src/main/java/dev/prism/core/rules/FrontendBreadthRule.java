package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import dev.prism.core.vocab.Mention;
import java.util.List;
import java.util.Locale;

/**
 * Frontend breadth on a backend resume: a list of CSS frameworks does not serve the role. GraphQL
 * or API design for a UI's needs is fine; the role file names the off-role categories.
 */
final class FrontendBreadthRule implements Rule {
  @Override
  public String id() {
    return "OFF_ROLE_BREADTH";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "Many skills from outside the role (such as frontend frameworks on a backend resume) crowd out the ones that matter.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Mention> off = SkillsEvidence.firstOf(c.skills()).values().stream()
        .filter(m -> c.role().offRoleCategories().contains(m.term().category())).toList();
    if (off.size() <= c.role().offRoleTolerated()) {
      return List.of();
    }
    String names = String.join(", ", off.stream().map(m -> m.term().canonical()).toList());
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        off.size() + " " + String.join("", off.get(0).term().category()) + " skills (" + names + ") on a "
            + c.role().name().toLowerCase(Locale.ROOT) + " resume; keep the ones the role uses and lead with depth in the role's own skills",
        off.get(0).span().union(off.get(off.size() - 1).span()),
        List.of(new Suggestion.Advice("Keep frontend skills only where they served the backend work (GraphQL, API design for a UI).")), 8));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("Languages: Java, Go", "Languages: Java, Go\nFrontend: «React, Vue, Sass, Tailwind, Bootstrap»"),
        ExampleResume.SENIOR));
  }
}
