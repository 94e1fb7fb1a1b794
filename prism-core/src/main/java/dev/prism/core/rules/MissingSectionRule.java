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
    var r = c.resume();
    List<String> missing = new ArrayList<>();
    double penalty = 0;
    Severity severity = Severity.INFO;
    if (!r.has(SectionKind.EXPERIENCE) && !r.has(SectionKind.PROJECTS)) {
      missing.add("experience or projects (use a heading such as \"Experience\")");
      penalty += 30;
      severity = Severity.ERROR;
    }
    if (!r.has(SectionKind.SKILLS)) {
      missing.add("skills (grouped: \"Languages: Go, Java\")");
      penalty += 10;
      severity = severity == Severity.ERROR ? severity : Severity.WARNING;
    }
    if (!r.has(SectionKind.EDUCATION)) {
      missing.add("education (even a short line: most applicant-tracking forms ask for it)");
      penalty += 3;
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    return List.of(finding(c, severity, "No " + String.join("; no ", missing) + " section found", penalty));
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
