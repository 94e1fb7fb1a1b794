package dev.prism.core.rules;

import dev.prism.core.model.SectionKind;
import dev.prism.core.role.Dimension;
import java.util.List;

/**
 * A document that is not a resume at all: no contact details, no experience, education or skills,
 * no dates. The report says so instead of scoring it as a very bad resume.
 */
final class NotAResumeRule implements Rule {
  @Override
  public String id() {
    return "NOT_A_RESUME";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "The document does not look like a resume: no contact details, no experience, education or skills.";
  }

  static boolean notAResume(Context c) {
    var r = c.resume();
    boolean contact = r.contact().email() != null || r.contact().phone() != null;
    boolean sections = r.has(SectionKind.EXPERIENCE) || r.has(SectionKind.EDUCATION) || r.has(SectionKind.SKILLS)
        || r.has(SectionKind.PROJECTS);
    return !contact && !sections;
  }

  @Override
  public List<Finding> check(Context c) {
    if (!notAResume(c)) {
      return List.of();
    }
    return List.of(new Finding(id(), Severity.ERROR, dimension(),
        "This does not look like a resume: no contact details and no experience, education or skills section",
        ContactRule.topLine(c.text()),
        List.of(new Suggestion.Advice("Check that you chose the right file; Prism reads resumes and CVs.")), 100));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        "«Quarterly planning notes»\nWe will revisit the roadmap next week and agree on owners for each item.\nBudget review moves to Thursday.\n",
        ExampleResume.SENIOR));
  }
}
