package dev.prism.core.rules;

import dev.prism.core.model.SectionKind;
import dev.prism.core.role.Dimension;
import java.util.ArrayList;
import java.util.List;

/** A section every backend resume needs (experience or projects, skills) or most have (education). */
final class MissingSectionRule implements Rule {
  @Override
  public String id() {
    return "MISSING_SECTION";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "A standard section is missing or could not be found under a recognisable heading.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Finding> out = new ArrayList<>();
    var r = c.resume();
    if (!r.has(SectionKind.EXPERIENCE) && !r.has(SectionKind.PROJECTS)) {
      out.add(finding(c, Severity.ERROR, "No experience or projects section found; use a heading such as \"Experience\"", 30));
    }
    if (!r.has(SectionKind.SKILLS)) {
      out.add(finding(c, Severity.WARNING, "No skills section found; add one with your skills grouped (\"Languages: Go, Java\")", 10));
    }
    if (!r.has(SectionKind.EDUCATION)) {
      out.add(finding(c, Severity.INFO, "No education section found; add one, even a short line, as most applicant-tracking forms ask for it", 3));
    }
    return out;
  }

  private Finding finding(Context c, Severity s, String message, double penalty) {
    return new Finding(id(), s, dimension(), message, c.anchor(),
        List.of(new Suggestion.Advice("Use the standard headings: Summary, Experience, Projects, Skills, Education.")), penalty);
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("\nSKILLS\nLanguages: Java, Go\nAPIs: REST\nStorage: PostgreSQL, Redis, Kafka\nOperations: Kubernetes, Prometheus, k6\n", "\n")
            .replace("EXPERIENCE", "«EXPERIENCE»"),
        ExampleResume.SENIOR));
  }
}
