package dev.prism.core.rules;

import dev.prism.core.role.Dimension;
import dev.prism.core.role.Level;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.List;

/**
 * The mistake juniors and mid-levels make most: bullets that list tasks with no system-level
 * result. Judged on the whole resume: most bullets without an outcome.
 */
final class TasksNotImpactRule implements Rule {
  @Override
  public String id() {
    return "TASKS_NOT_IMPACT";
  }

  @Override
  public Dimension dimension() {
    return Dimension.LEVEL_FIT;
  }

  @Override
  public String description() {
    return "Most bullets describe tasks rather than system-level impact (the common junior and mid-level mistake).";
  }

  @Override
  public List<Finding> check(Context c) {
    if (c.level().ordinal() > Level.MID.ordinal() || c.bullets().size() < 3) {
      return List.of();
    }
    List<AnalyzedBullet> tasks = c.bullets().stream().filter(b -> {
      var f = b.analysis().features();
      return !f.outcomeClause() && !f.resultMetric() && !f.beforeAfter();
    }).toList();
    if (tasks.size() * 2 <= c.bullets().size()) {
      return List.of();
    }
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        tasks.size() + " of " + c.bullets().size() + " bullets list tasks with no result; show what changed for the system or its users",
        tasks.get(0).bullet().span(),
        List.of(new Suggestion.Advice("For each task, add what it changed: latency, throughput, errors, cost, or who could now do what.")), 25));
  }

  @Override
  public List<Example> examples() {
    String bad = ExampleResume.with(ExampleResume.STRONG_BULLETS,
        """
        - «Wrote REST endpoints for the ledger service in Java.»
        - Added Redis caching to the order flow.
        - Set up Prometheus alerts for the payments services.
        - Moved services to Kubernetes.
        """)
        .replace("Senior Backend Engineer", "Backend Engineer")
        .replace("Mar 2019 – Present", "Mar 2022 – Present")
        .replace("Backend Engineer | Globex | Hamburg    Jan 2015 – Feb 2019", "Junior Developer | Globex | Hamburg    Jan 2021 – Feb 2022");
    return List.of(new Example(bad, ExampleResume.SENIOR.replace("Senior Backend Engineer", "Backend Engineer"), "mid"));
  }
}
