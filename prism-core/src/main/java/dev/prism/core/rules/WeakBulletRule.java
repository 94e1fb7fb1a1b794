package dev.prism.core.rules;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Work bullets that are not yet strong. Their penalties are their shares of the impact sub-score:
 * impact is the mean credit of all work bullets, so each bullet short of strong costs {@code (100 -
 * credit) / n} points, and these findings account for every point the dimension loses.
 *
 * <p>The weakest bullets get a finding each, with the rewrite; the rest share one finding that
 * counts them, so a resume of thirty fair bullets reads as one problem, not thirty. Every bullet's
 * own rewrite stays in the report's bullet list.
 */
final class WeakBulletRule implements Rule {
  /** How many of the weakest bullets get a finding of their own. */
  static final int SINGLED_OUT = 4;

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
    return "Bullets that list a task rather than your contribution, method and result.";
  }

  /**
   * A bullet's share of impact, following its verdict: a strong bullet earns it all, a fair one
   * (a task done well, no result) about half, a weak one little. So impact cannot be high when most
   * bullets are tasks.
   */
  static double credit(int strength) {
    return switch (BulletLabel.of(strength)) {
      case STRONG -> 100;
      case FAIR -> 40 + (strength - BulletLabel.WEAK_BELOW);
      case WEAK -> strength * 0.75;
    };
  }

  @Override
  public List<Finding> check(Context c) {
    return check(c, SINGLED_OUT);
  }

  /** The findings with at most {@code singles} bullets singled out. */
  List<Finding> check(Context c, int singles) {
    int n = c.bullets().size();
    List<AnalyzedBullet> notStrong = new ArrayList<>(c.bullets().stream().filter(b -> b.analysis().label() != BulletLabel.STRONG).toList());
    // The weakest first; among equals, the earlier bullet. The sort is stable.
    List<AnalyzedBullet> weakest = new ArrayList<>(notStrong);
    weakest.sort(Comparator.comparingInt(b -> b.analysis().strength()));
    List<AnalyzedBullet> single = weakest.subList(0, Math.min(singles, weakest.size()));
    List<Finding> out = new ArrayList<>();
    for (AnalyzedBullet b : notStrong) {
      if (!single.contains(b)) {
        continue;
      }
      String why = b.analysis().reasons().isEmpty() ? "" : ": " + b.analysis().reasons().get(0);
      List<Suggestion> s = b.analysis().suggestion() == null ? List.of()
          : List.of(new Suggestion.Draft(b.bullet().span(), b.analysis().suggestion()));
      out.add(new Finding(id(), b.analysis().label() == BulletLabel.WEAK ? Severity.WARNING : Severity.INFO, dimension(),
          (b.analysis().label() == BulletLabel.WEAK ? "Weak bullet" : "Bullet could be stronger") + " (strength "
              + b.analysis().strength() + ")" + why,
          b.bullet().span(), s, (100.0 - credit(b.analysis().strength())) / n));
    }
    List<AnalyzedBullet> rest = notStrong.stream().filter(b -> !single.contains(b)).toList();
    if (!rest.isEmpty()) {
      double penalty = rest.stream().mapToDouble(b -> (100.0 - credit(b.analysis().strength())) / n).sum();
      long weak = rest.stream().filter(b -> b.analysis().label() == BulletLabel.WEAK).count();
      out.add(new Finding(id(), weak > 0 ? Severity.WARNING : Severity.INFO, dimension(),
          rest.size() + " more bullet" + (rest.size() == 1 ? "" : "s") + " could be stronger (" + weak + " weak, " + (rest.size() - weak)
              + " fair): each names a task but not what it changed; the rewrite of each is with the bullet",
          rest.get(0).bullet().span(),
          List.of(new Suggestion.Advice("Lead with your action, say how you did it, and end with the result: latency, throughput, cost, errors or time saved.")),
          penalty));
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
