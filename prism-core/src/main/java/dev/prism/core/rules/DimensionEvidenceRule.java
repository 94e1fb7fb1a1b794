package dev.prism.core.rules;

import dev.prism.core.bullet.BulletLabel;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role.DimensionProfile;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.vocab.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of the four things a backend resume must prove (service design, storage, performance,
 * reliability), shown in too few bullets. Skills lists do not count: a listed database proves
 * nothing about using one. Performance counts only bullets with a number, since "improved
 * performance" without one is the mistake itself.
 */
final class DimensionEvidenceRule implements Rule {
  /** Points off the dimension for 0, 1 and 2 evidence bullets. */
  private static final double[] PENALTY = {75, 35, 15};

  /**
   * Evidence bullets that make the finding go away. Calibrated on real resumes (firing rates in
   * BENCHMARKS.md): service design and storage show in most backend work, so three are expected;
   * reliability in fewer bullets, so two; performance is the rarest and the hardest to measure, so
   * one measured bullet (or two described) is enough, and the finding is kept for the resumes that
   * show none.
   */
  private int needed() {
    return switch (dimension) {
      case PERFORMANCE -> 1;
      case RELIABILITY -> 2;
      default -> 3;
    };
  }

  private final Dimension dimension;
  private final String name;

  DimensionEvidenceRule(Dimension dimension) {
    if (!dimension.provenByTerms()) {
      throw new IllegalArgumentException(dimension + " is not proven by terms");
    }
    this.dimension = dimension;
    this.name = dimension.name();
  }

  @Override
  public String id() {
    return "NO_" + name;
  }

  @Override
  public Dimension dimension() {
    return dimension;
  }

  @Override
  public String description() {
    return "Too few bullets show " + dimension.id().replace('-', ' ')
        + (dimension == Dimension.PERFORMANCE ? " with numbers (latency, throughput, QPS)." : ".");
  }

  @Override
  public List<Finding> check(Context c) {
    DimensionProfile p = c.role().dimensions().get(dimension);
    List<AnalyzedBullet> evidence = new ArrayList<>();
    List<AnalyzedBullet> mentions = new ArrayList<>();
    double half = 0;
    for (AnalyzedBullet b : c.bullets()) {
      if (!b.analysis().dimensions().contains(dimension) || offRole(c, b)) {
        continue;
      }
      mentions.add(b);
      boolean measured = b.analysis().features().resultMetric() || b.analysis().features().beforeAfter();
      if (b.analysis().label() != BulletLabel.WEAK && (dimension != Dimension.PERFORMANCE || measured)) {
        evidence.add(b);
      } else {
        // A weak bullet on the subject, or performance work without a figure, shows the work but
        // not its worth: half a bullet.
        half += 0.5;
      }
    }
    int n = (int) Math.floor(evidence.size() + half);
    if (n >= needed()) {
      return List.of();
    }
    String what = p.name().toLowerCase(Locale.ROOT);
    boolean listed = c.skills().stream().map(Mention::term).anyMatch(t -> p.categories().contains(t.category()));
    String message;
    if (n == 0 && dimension == Dimension.PERFORMANCE && !mentions.isEmpty()) {
      message = "Performance is mentioned but never measured: give latency, throughput or QPS figures";
    } else if (n == 0) {
      message = "No bullet shows " + what + " (" + p.proves() + ")" + (listed ? "; the skills list names it, but no bullet shows it in use" : "");
    } else {
      message = "Only " + n + " bullet" + (n == 1 ? "" : "s") + " show" + (n == 1 ? "s " : " ") + what + "; hiring teams look for " + p.proves();
    }
    // A thin dimension points at its one good bullet; an unmeasured performance claim at the
    // claim; a missing dimension at the experience heading, where the evidence belongs.
    var span = !evidence.isEmpty() ? evidence.get(0).bullet().span()
        : dimension == Dimension.PERFORMANCE && !mentions.isEmpty() ? mentions.get(0).bullet().span() : c.anchor();
    double penalty = n == 0 && dimension == Dimension.PERFORMANCE && !mentions.isEmpty() ? 50 : PENALTY[n];
    return List.of(new Finding(id(), n == 0 ? Severity.WARNING : Severity.INFO, dimension, message, span,
        List.of(new Suggestion.Advice(advice())), penalty));
  }

  /**
   * A bullet whose technologies are mostly from outside the role (a React screen that calls an API)
   * shows that other work, not the role's: it does not count as the role's evidence.
   */
  static boolean offRole(Context c, AnalyzedBullet b) {
    int off = 0;
    int on = 0;
    // The analysis matched the bullet's technologies already (the same words: it reads the text stripped).
    for (String category : b.analysis().technologyCategories()) {
      if (c.role().offRoleCategories().contains(category)) {
        off++;
      } else {
        on++;
      }
    }
    return off > on;
  }

  private String advice() {
    return switch (dimension) {
      case SERVICE_DESIGN -> "Show a service you designed: its API (REST, gRPC), its data model, and the boundary you drew.";
      case STORAGE -> "Show the storage you chose or tuned: database, cache, queue, and how you kept data consistent.";
      case PERFORMANCE -> "Give a number: p99 latency from X to Y ms, throughput in req/s, QPS held under load.";
      case RELIABILITY -> "Show how you kept it running: SLOs and alerts, load tests, safe releases, incidents you led.";
      default -> throw new IllegalStateException("not a term dimension: " + dimension);
    };
  }

  @Override
  public List<Example> examples() {
    String bad = switch (dimension) {
      case SERVICE_DESIGN -> ExampleResume.SENIOR
          .replace("- Designed the ledger service's REST API and PostgreSQL data model, serving 3K requests per second at 40 ms p99.\n", "")
          .replace("- Built the catalog microservice in Java over PostgreSQL, raising throughput from 800 to 2,400 requests per second.\n", "")
          .replace("Architected the multi-region failover for the payments platform", "Rolled out multi-region failover")
          .replace("- Load-tested the checkout API with k6", "- Load-tested checkout with k6")
          .replace("EXPERIENCE", "«EXPERIENCE»");
      case STORAGE -> ExampleResume.SENIOR
          .replace("- Added a Redis cache and a Kafka outbox to the order flow, cutting database reads by 60%.\n", "")
          .replace(" and PostgreSQL data model", "")
          .replace(" over PostgreSQL", "")
          .replace("EXPERIENCE", "«EXPERIENCE»");
      case PERFORMANCE -> ExampleResume.SENIOR
          .replace(", serving 3K requests per second at 40 ms p99", "")
          .replace(", raising throughput from 800 to 2,400 requests per second", "")
          .replace("Load-tested the checkout API with k6 and removed a connection-pool limit, lifting capacity 3x.",
              "«Load-tested the checkout API with k6.»");
      case RELIABILITY -> ExampleResume.SENIOR
          .replace("- Defined SLOs and alerting in Prometheus for 12 services, reducing incidents from 9 to 3 per quarter.\n", "")
          .replace(" with zero downtime", "")
          .replace("- Architected the multi-region failover for the payments platform, raising availability from 99.9% to 99.99%.\n", "")
          .replace("- Load-tested the checkout API with k6 and removed a connection-pool limit, lifting capacity 3x.\n", "")
          .replace("EXPERIENCE", "«EXPERIENCE»");
      default -> throw new IllegalStateException();
    };
    return List.of(new Example(bad, ExampleResume.SENIOR));
  }
}
