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
    // The same gaps the report lists, so that a finding never names what the resume shows.
    List<Expectation> gaps = new ArrayList<>();
    for (LevelGaps.Gap g : c.gaps()) {
      p.expects().stream().filter(x -> x.id().equals(g.id())).findFirst().ifPresent(gaps::add);
    }
    if (gaps.isEmpty()) {
      return List.of();
    }
    // One finding for the level: everything it expects that no bullet shows, each in its own words.
    String what = String.join("; ", gaps.stream().map(e -> LevelGaps.lowerFirst(e.text())).toList());
    String words = String.join(", ", gaps.stream().flatMap(e -> e.terms().terms().stream().limit(3)).map(Term::canonical).toList());
    String message = p.name() + " expects: " + what + "; no line of the resume shows " + (gaps.size() == 1 ? "it" : "them")
        + (c.level().ordinal() >= Level.SENIOR.ordinal() ? " (missing architectural scope or leadership evidence)" : "");
    return List.of(new Finding(id(), Severity.WARNING, dimension(), message, c.anchor(),
        List.of(new Suggestion.Advice("Add a bullet that shows " + (gaps.size() == 1 ? "it" : "each") + ", in words such as: " + words + ".")),
        BUDGET * gaps.size() / p.expects().size()));
  }

  @Override
  public List<Example> examples() {
    String bad = ExampleResume.SENIOR
        .replace("- Mentored 4 engineers and led the cross-team migration to Kubernetes with zero downtime.\n", "")
        .replace("EXPERIENCE", "«EXPERIENCE»");
    return List.of(new Example(bad, ExampleResume.SENIOR, "senior"));
  }
}
