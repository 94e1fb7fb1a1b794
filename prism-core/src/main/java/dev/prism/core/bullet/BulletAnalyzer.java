package dev.prism.core.bullet;

import dev.prism.core.bullet.BulletAnalysis.Features;
import dev.prism.core.bullet.BulletAnalysis.Kind;
import dev.prism.core.bullet.BulletAnalysis.Lead;
import dev.prism.core.bullet.BulletAnalysis.Outcome;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Judges one bullet as a hiring manager reads it: whose action it is, how it was done, on what
 * scale, and what came of it. "Fixed 120 bugs" counts activity and stays weak; "Retired three
 * logging systems by rolling out one platform with Terraform" reads strong without a number.
 *
 * <p>{@link BulletReading} finds the structure, {@link BulletModel} weighs it with learned weights,
 * and {@link Rewriter} drafts the stronger version. The same text always gives the same result.
 */
public final class BulletAnalyzer {
  /** How many reasons a verdict carries. */
  private static final int REASONS = 4;

  private BulletAnalyzer() {}

  public static BulletAnalysis analyze(String text, Role role) {
    return analyze(text, role, BulletModel.standard());
  }

  public static BulletAnalysis analyze(String text, Role role, BulletModel model) {
    BulletReading r = BulletReading.of(text);
    BulletModel.Input in = BulletModel.input(r);
    int strength = model.strength(in);
    List<String> reasons = BulletModel.notABullet(in.x())
        ? List.of(r.kind == Kind.TECH_LIST ? "a list of technologies, not a bullet: say what you built with them"
            : "a heading or a fragment, not a bullet")
        : model.reasons(in, REASONS);
    BulletLabel label = BulletLabel.of(strength);

    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    if (role != null) {
      for (Role.DimensionProfile d : role.dimensions().values()) {
        boolean byTerm = d.shownIn(r.tokens);
        boolean byTech = r.tech.stream().anyMatch(m -> d.categories().contains(m.term().category()));
        if (byTerm || byTech) {
          dims.add(d.dimension());
        }
      }
    }
    Features f = features(r);
    String suggestion = label == BulletLabel.STRONG ? null : Rewriter.rewrite(r, dims);
    return new BulletAnalysis(r.text, strength, label, reasons, suggestion, f, weakLead(r), dims, List.copyOf(r.technologies),
        r.tech.stream().map(m -> m.term().category()).toList());
  }

  /** The rewrite of any bullet, strong or not: what {@link BulletAnalysis#suggestion()} holds for one that is not. */
  public static String rewrite(String text) {
    BulletReading r = BulletReading.of(text);
    return Rewriter.rewrite(r, Set.of());
  }

  static Features features(BulletReading r) {
    Outcome outcome = r.metricBackend > 0 || r.metricUnclear > 0 || r.beforeAfter ? Outcome.MEASURED
        : r.effect ? Outcome.EFFECT
        : r.adoption ? Outcome.ADOPTION
        : r.metricVanity > 0 ? Outcome.VANITY
        : r.vagueOutcome ? Outcome.VAGUE
        : Outcome.NONE;
    boolean concrete = r.concreteOutcome();
    return new Features(r.kind, r.lead, r.topic, r.words(), r.resultMetric(), r.beforeAfter, concrete, outcome,
        concrete && (r.ownAction() || r.topic) && r.hasMethod() && !r.helpedOutcome, r.hasMethod(),
        r.scope > 0 || r.sizeCounts > 0, r.leadership, r.activityCounts > 0, r.firstPerson, r.passive,
        r.technologies.size());
  }

  /** The opening phrase that hides the person's part ("Responsible for", "Worked on"), as a span of the text. */
  private static Span weakLead(BulletReading r) {
    if (r.kind != Kind.BULLET || r.lead != Lead.PRESENCE && r.lead != Lead.DUTY || r.bodyStart <= r.leadStart) {
      return null;
    }
    int from = r.tokens.words().get(r.leadStart)[0];
    int to = r.tokens.words().get(Math.min(r.n, r.bodyStart) - 1)[1];
    return Span.between(from, to);
  }
}
