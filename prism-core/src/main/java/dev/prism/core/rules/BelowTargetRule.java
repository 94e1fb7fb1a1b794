package dev.prism.core.rules;

import dev.prism.core.model.Entry;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.role.Role.LevelProfile;
import java.util.List;
import java.util.Locale;

/** The resume reads below the level the person is aiming at. */
final class BelowTargetRule implements Rule {
  private static final double PER_LEVEL = 20;

  @Override
  public String id() {
    return "BELOW_TARGET_LEVEL";
  }

  @Override
  public Dimension dimension() {
    return Dimension.LEVEL_FIT;
  }

  @Override
  public String description() {
    return "The resume reads as a lower level than the one you are aiming at.";
  }

  @Override
  public List<Finding> check(Context c) {
    if (c.target() == null || c.estimate().level().ordinal() >= c.target().ordinal()) {
      return List.of();
    }
    int steps = c.target().ordinal() - c.estimate().level().ordinal();
    LevelProfile want = c.role().level(c.target());
    LevelProfile reads = c.role().level(c.estimate().level());
    Span span = c.resume().sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream())
        .map(Entry::title).filter(t -> t != null).map(t -> t.span()).findFirst().orElse(c.anchor());
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        "Reads as " + reads.name().toLowerCase(Locale.ROOT) + ", you aim at " + want.name().toLowerCase(Locale.ROOT)
            + ": show " + want.scope().toLowerCase(Locale.ROOT) + ", and " + want.ownership().toLowerCase(Locale.ROOT),
        span, List.of(new Suggestion.Advice(want.name() + " is judged by " + want.metric() + "; "
            + want.collaboration().toLowerCase(Locale.ROOT) + ".")), PER_LEVEL * steps));
  }

  @Override
  public List<Example> examples() {
    String junior = """
        Sam Park
        sam.park@example.com | +1 555 010 4455 | Austin, TX

        EXPERIENCE
        «Junior Backend Developer» | Initech | Austin    Jun 2023 – Present
        - Built the invoice export REST API in Go and PostgreSQL, cutting export time from 40 s to 3 s.
        - Added a Redis cache to the pricing service, lifting the hit rate to 90% and p99 latency to 30 ms.
        - Wrote load tests with k6 and Prometheus alerts for the export service, catching 2 regressions before release.

        SKILLS
        Languages: Go
        Storage: PostgreSQL, Redis

        EDUCATION
        BSc Computer Science | UT Austin    2019 – 2023
        """;
    return List.of(new Example(junior, ExampleResume.SENIOR, "senior"));
  }
}
