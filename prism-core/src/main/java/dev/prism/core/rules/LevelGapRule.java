package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.vocab.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Something the level being judged expects (from the role file) that no bullet shows: API work at
 * every level, system design from mid, leadership and cost from senior, strategy at staff. For
 * senior and staff this is the "missing architectural scope or leadership evidence" mistake.
 */
final class LevelGapRule implements Rule {
  /** Points off level fit shared out over the level's expectations. */
  private static final double BUDGET = 60;

  @Override
  public String id() {
    return "LEVEL_GAP";
  }

  @Override
  public Dimension dimension() {
    return Dimension.LEVEL_FIT;
  }

  @Override
  public String description() {
    return "Something the target level expects (system design, leadership, strategy...) that no bullet shows.";
  }

  @Override
  public List<Finding> check(Context c) {
    LevelProfile p = c.role().level(c.level());
    List<Finding> out = new ArrayList<>();
    // The same gaps the report lists, so that a finding never names what the resume shows.
    for (LevelGaps.Gap g : LevelGaps.details(c)) {
      Expectation e = p.expects().stream().filter(x -> x.id().equals(g.id())).findFirst().orElse(null);
      if (e == null) {
        continue;
      }
      String words = String.join(", ", e.terms().terms().stream().limit(5).map(Term::canonical).toList());
      String message = p.name() + " expects: " + LevelGaps.lowerFirst(e.text())
          + "; no line of the resume shows it" + (c.level().ordinal() >= Level.SENIOR.ordinal() ? " (missing architectural scope or leadership evidence)" : "");
      out.add(new Finding(id(), Severity.WARNING, dimension(), message, c.anchor(),
          List.of(new Suggestion.Advice("Add a bullet that shows it, in words such as: " + words + ".")), BUDGET / p.expects().size()));
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    String bad = ExampleResume.SENIOR
        .replace("- Mentored 4 engineers and led the cross-team migration to Kubernetes with zero downtime.\n", "")
        .replace("EXPERIENCE", "«EXPERIENCE»");
    return List.of(new Example(bad, ExampleResume.SENIOR, "senior"));
  }
}
