package dev.prism.core.rules;

import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import java.util.ArrayList;
import java.util.List;

/** An experience entry without dates: reviewers and applicant-tracking systems compute tenure from them. */
final class DatesRule implements Rule {
  private static final double PENALTY = 4;
  private static final int COUNTED = 3;

  @Override
  public String id() {
    return "MISSING_DATES";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "A position without start and end dates.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Span> undated = new ArrayList<>();
    for (Entry e : c.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList()) {
      if (e.dates() != null || e.title() == null && e.organization() == null) {
        continue;
      }
      undated.add(e.title() != null ? e.title().span() : e.organization().span());
    }
    if (undated.isEmpty()) {
      return List.of();
    }
    String message = undated.size() == 1 ? "No dates for this position; add start and end (\"Mar 2021 – Present\")"
        : undated.size() + " positions have no dates; add start and end to each (\"Mar 2021 – Present\")";
    return List.of(new Finding(id(), Severity.WARNING, dimension(), message, undated.get(0),
        List.of(new Suggestion.Advice("Write dates as month and year, on the same line as the title.")), PENALTY * Math.min(COUNTED, undated.size())));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("Backend Engineer | Globex | Hamburg    Jan 2015 – Feb 2019", "«Backend Engineer» | Globex | Hamburg"),
        ExampleResume.SENIOR));
  }
}
