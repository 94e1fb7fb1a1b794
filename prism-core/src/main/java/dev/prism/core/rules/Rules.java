package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one list of rules. Adding a rule means writing its class (with examples) and adding it here;
 * nothing is found by scanning. Order is the order findings appear in when they share a position.
 */
public final class Rules {
  public static final List<Rule> ALL =
      List.of(
          new NotAResumeRule(),
          new ContactRule(),
          new MissingSectionRule(),
          new TooShortRule(),
          new DimensionEvidenceRule(Dimension.SERVICE_DESIGN),
          new DimensionEvidenceRule(Dimension.STORAGE),
          new DimensionEvidenceRule(Dimension.PERFORMANCE),
          new DimensionEvidenceRule(Dimension.RELIABILITY),
          new NoBulletsRule(),
          new WeakBulletRule(),
          new WeakOpenerRule(),
          new VagueWordingRule(),
          new FirstPersonRule(),
          new TasksNotImpactRule(),
          new LevelGapRule(),
          new BelowTargetRule(),
          new LengthRule(),
          new ListedNotShownRule(),
          new MissingFromSkillsRule(),
          new SkillsGroupingRule(),
          new FrontendBreadthRule(),
          new DatesRule());

  private Rules() {}

  public static Optional<Rule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Every finding of every rule, in rule order. */
  public static List<Finding> run(Context c) {
    List<Finding> out = new ArrayList<>();
    for (Rule r : ALL) {
      out.addAll(r.check(c));
    }
    return out;
  }
}
