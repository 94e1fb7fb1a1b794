package dev.prism.core.rules;

import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.SkillGroup;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.vocab.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Technologies the experience or projects show in use that the skills section leaves out.
 * Applicant-tracking search and recruiters scan the skills list first, so the edit appends them
 * there, all at once. One finding names them all.
 */
final class MissingFromSkillsRule implements Rule {
  private static final double PENALTY = 1;
  private static final int COUNTED = 8;
  /** Categories worth listing as skills; practices such as "monitoring" are not. */
  private static final Set<String> LISTABLE =
      Set.of("language", "framework", "database", "cache", "queue", "search", "cloud", "container", "infrastructure",
          "api", "data", "testing", "security");

  @Override
  public String id() {
    return "MISSING_FROM_SKILLS";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "Technologies used in your experience or projects that the skills section does not list.";
  }

  @Override
  public List<Finding> check(Context c) {
    Field last = lastSkill(c);
    if (last == null) {
      return List.of();
    }
    Set<String> listed = SkillsEvidence.canonical(c.skills());
    List<Mention> missing = new ArrayList<>();
    for (Mention m : SkillsEvidence.firstOf(c.shownTech()).values()) {
      if (!listed.contains(m.term().canonical()) && LISTABLE.contains(m.term().category())) {
        missing.add(m);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    List<String> names = missing.stream().map(m -> m.term().canonical()).toList();
    String list = String.join(", ", names);
    return List.of(new Finding(id(), Severity.INFO, dimension(),
        list + (names.size() == 1 ? " is" : " are") + " used in your experience but missing from your skills section",
        missing.get(0).span(), List.of(new Suggestion.Edit(new Span(last.span().end(), 0), ", " + list, "Add " + list + " to your skills")),
        PENALTY * Math.min(COUNTED, names.size())));
  }

  private static Field lastSkill(Context c) {
    Field last = null;
    for (var s : c.resume().sections(SectionKind.SKILLS).toList()) {
      for (SkillGroup g : s.skills()) {
        for (Field f : g.skills()) {
          if (last == null || f.span().end() > last.span().end()) {
            last = f;
          }
        }
      }
    }
    return last;
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("Built the catalog microservice in Java over", "Built the catalog microservice in «Kotlin» over"),
        ExampleResume.SENIOR));
  }
}
