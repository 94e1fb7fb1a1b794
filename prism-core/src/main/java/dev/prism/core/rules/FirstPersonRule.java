package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bullets that open with "I" or "We": resumes are written without the pronoun. */
final class FirstPersonRule implements Rule {
  private static final Pattern LEADING = Pattern.compile("^(?:I|We)\\s+(?=\\p{L})");

  @Override
  public String id() {
    return "FIRST_PERSON";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "A bullet written in the first person; resume bullets start with the verb.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Finding> out = new ArrayList<>();
    String text = c.text();
    for (AnalyzedBullet b : c.bullets()) {
      Span bs = b.bullet().span();
      Matcher m = LEADING.matcher(text).region(bs.offset(), bs.end());
      if (m.lookingAt()) {
        int next = m.end();
        // Remove the pronoun and capitalise the verb that now opens the bullet.
        Span edit = Span.between(m.start(), next + 1);
        String replacement = String.valueOf(Character.toUpperCase(text.charAt(next)));
        Span word = new Span(m.start(), m.group().strip().length());
        out.add(new Finding(id(), Severity.INFO, dimension(), "Drop \"" + word.of(text) + "\": start the bullet with the verb",
            word, List.of(new Suggestion.Edit(edit, replacement, "Start with the verb")), 2));
      }
    }
    if (out.size() <= 1) {
      return out;
    }
    // The same habit in many bullets is one finding.
    Finding first = out.get(0);
    return List.of(new Finding(id(), Severity.INFO, dimension(),
        out.size() + " bullets start with \"I\" or \"We\"; start each with the verb", first.span(),
        List.of(new Suggestion.Advice("Drop the pronoun: \"I built the API\" becomes \"Built the API\".")), Math.min(6, 2.0 * out.size())));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("- Mentored 4 engineers and led", "- «I» mentored 4 engineers and led"),
        ExampleResume.SENIOR));
  }
}
