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
          new UnfilledTemplateRule(),
          new RoleRelevanceRule(),
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

  /** The most findings a report should carry: beyond it a person stops reading. */
  public static final int MAX_FINDINGS = 15;

  /**
   * Every finding of every rule, in rule order. Rules group what repeats (one finding per habit);
   * the weak-bullet rule singles out only as many bullets as the other findings leave room for
   * under {@link #MAX_FINDINGS}, and counts the rest in one finding.
   */
  public static List<Finding> run(Context c) {
    List<List<Finding>> each = new ArrayList<>();
    int others = 0;
    for (Rule r : ALL) {
      List<Finding> f = r instanceof WeakBulletRule ? List.of() : r.check(c);
      each.add(f);
      others += f.size();
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i) instanceof WeakBulletRule w) {
        out.addAll(w.check(c, Math.max(0, Math.min(WeakBulletRule.SINGLED_OUT, MAX_FINDINGS - others - 1))));
      } else {
        out.addAll(each.get(i));
      }
    }
    return out;
  }
}
