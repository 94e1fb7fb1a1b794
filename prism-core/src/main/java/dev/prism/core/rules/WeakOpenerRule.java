package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bullet that opens with duty or presence ("Responsible for", "Helped", "Worked on"). Its cost is
 * already in the bullet's strength, so it takes no points of its own; it names the mistake.
 */
final class WeakOpenerRule implements Rule {
  @Override
  public String id() {
    return "WEAK_OPENER";
  }

  @Override
  public Dimension dimension() {
    return Dimension.IMPACT;
  }

  @Override
  public String description() {
    return "A bullet that opens with a duty or with being present (\"responsible for\", \"helped\", \"worked on\") instead of what you did.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Finding> out = new ArrayList<>();
    for (AnalyzedBullet b : c.bullets()) {
      Span rel = b.analysis().weakPhrase();
      if (rel == null) {
        continue;
      }
      String phrase = rel.of(b.bullet().text());
      String lower = phrase.toLowerCase(Locale.ROOT);
      String message = lower.startsWith("responsible") || lower.startsWith("in charge") || lower.startsWith("tasked")
          ? "\"" + phrase + "\" lists a duty without a result; say what you built or changed and what it achieved"
          : "\"" + phrase + "\" hides your own part; open with the verb for what you did";
      List<Suggestion> s = new ArrayList<>();
      if (b.analysis().suggestion() != null) {
        s.add(new Suggestion.Draft(b.bullet().span(), b.analysis().suggestion()));
      }
      s.add(new Suggestion.Advice("Open with a verb that claims the work: Designed, Built, Migrated, Cut, Led."));
      out.add(new Finding(id(), Severity.WARNING, dimension(), message, c.within(b, rel), s, 0));
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("- Added a Redis cache and a Kafka outbox to the order flow, cutting database reads by 60%.",
            "- «Responsible for» the order flow's Redis cache and Kafka outbox."),
        ExampleResume.SENIOR));
  }
}
