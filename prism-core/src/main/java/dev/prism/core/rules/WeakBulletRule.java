package dev.prism.core.rules;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.List;

/**
 * A work bullet that is not yet strong. Its penalty is its share of the impact sub-score: the
 * impact score is the mean credit of all work bullets, so each bullet short of strong costs
 * {@code (100 - credit) / n} points, and these findings account for every point the dimension loses.
 */
final class WeakBulletRule implements Rule {
  @Override
  public String id() {
    return "WEAK_BULLET";
  }

  @Override
  public Dimension dimension() {
    return Dimension.IMPACT;
  }

  @Override
  public String description() {
    return "A bullet that lists a task rather than your contribution, method and result.";
  }

  /** A bullet's share of impact: full at "strong", in proportion below it. */
  static double credit(int strength) {
    return Math.min(100.0, strength * 100.0 / BulletLabel.STRONG_FROM);
  }

  @Override
  public List<Finding> check(Context c) {
    List<Finding> out = new ArrayList<>();
    int n = c.bullets().size();
    for (AnalyzedBullet b : c.bullets()) {
      if (b.analysis().label() == BulletLabel.STRONG) {
        continue;
      }
      double penalty = (100.0 - credit(b.analysis().strength())) / n;
      String why = b.analysis().reasons().isEmpty() ? "" : ": " + b.analysis().reasons().get(0);
      List<Suggestion> s = b.analysis().suggestion() == null ? List.of()
          : List.of(new Suggestion.Draft(b.bullet().span(), b.analysis().suggestion()));
      out.add(new Finding(id(), b.analysis().label() == BulletLabel.WEAK ? Severity.WARNING : Severity.INFO, dimension(),
          (b.analysis().label() == BulletLabel.WEAK ? "Weak bullet" : "Bullet could be stronger") + " (strength "
              + b.analysis().strength() + ")" + why,
          b.bullet().span(), s, penalty));
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("- Added a Redis cache and a Kafka outbox to the order flow, cutting database reads by 60%.",
            "- «Worked on the order flow.»"),
        ExampleResume.SENIOR));
  }
}
