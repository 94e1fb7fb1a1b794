package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bullets that open with duty or presence ("Responsible for", "Helped", "Worked on"). Their cost is
 * already in each bullet's strength, so the finding takes no points of its own; it names the habit,
 * once for the whole resume, pointing at the first such opening.
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
    return "Bullets that open with a duty or with being present (\"responsible for\", \"helped\", \"worked on\") instead of what you did.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<AnalyzedBullet> weak = new ArrayList<>();
    for (AnalyzedBullet b : c.bullets()) {
      if (b.analysis().weakPhrase() != null) {
        weak.add(b);
      }
    }
    if (weak.isEmpty()) {
      return List.of();
    }
    AnalyzedBullet first = weak.get(0);
    Span rel = first.analysis().weakPhrase();
    List<String> phrases = new ArrayList<>();
    for (AnalyzedBullet b : weak) {
      String p = "\"" + b.analysis().weakPhrase().of(b.bullet().text()) + "\"";
      if (!phrases.contains(p) && phrases.size() < 4) {
        phrases.add(p);
      }
    }
    String lower = rel.of(first.bullet().text()).toLowerCase(Locale.ROOT);
    boolean duty = lower.startsWith("responsible") || lower.startsWith("in charge") || lower.startsWith("tasked");
    String message = weak.size() == 1
        ? "\"" + rel.of(first.bullet().text()) + "\"" + (duty ? " lists a duty without a result; say what you built or changed and what it achieved"
            : " hides your own part; open with the verb for what you did")
        : weak.size() + " bullets open with a duty or with being there (" + String.join(", ", phrases)
            + "), which hides your own part; open each with the verb for what you did";
    List<Suggestion> s = new ArrayList<>();
    if (first.analysis().suggestion() != null) {
      s.add(new Suggestion.Draft(first.bullet().span(), first.analysis().suggestion()));
    }
    s.add(new Suggestion.Advice("Open with a verb that claims the work: Designed, Built, Migrated, Cut, Led."));
    return List.of(new Finding(id(), Severity.WARNING, dimension(), message, c.within(first, rel), s, 0));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("- Added a Redis cache and a Kafka outbox to the order flow, cutting database reads by 60%.",
            "- «Responsible for» the order flow's Redis cache and Kafka outbox."),
        ExampleResume.SENIOR));
  }
}
