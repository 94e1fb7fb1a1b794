package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import java.util.List;

/** No bullets under experience or projects: nothing shows what the person did, so impact is zero. */
final class NoBulletsRule implements Rule {
  @Override
  public String id() {
    return "NO_BULLETS";
  }

  @Override
  public Dimension dimension() {
    return Dimension.IMPACT;
  }

  @Override
  public String description() {
    return "No bullet points under experience or projects, so nothing shows what you did and achieved.";
  }

  @Override
  public List<Finding> check(Context c) {
    if (!c.bullets().isEmpty()) {
      return List.of();
    }
    return List.of(new Finding(id(), Severity.ERROR, dimension(),
        "No bullets found under experience or projects; list what you built, how, and the result, one bullet each",
        c.anchor(), List.of(new Suggestion.Advice("Under each position, add three to five bullets starting with a verb: \"Designed…\", \"Cut…\", \"Led…\".")), 100));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.SENIOR.replaceAll("(?m)^- .*\\n", "").replace("EXPERIENCE", "«EXPERIENCE»"),
        ExampleResume.SENIOR));
  }
}
