package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.vocab.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A technology in the skills list that no bullet uses: listed, not shown. Hiring teams discount a
 * list they cannot tie to work. The edit removes it from the list; showing it in a bullet is better.
 */
final class ListedNotShownRule implements Rule {
  /** Points per skill, for the first {@link #COUNTED} skills; more add findings but no cost. */
  private static final double PENALTY = 2;
  private static final int COUNTED = 10;

  @Override
  public String id() {
    return "LISTED_NOT_SHOWN";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "A technology listed in the skills section that no bullet shows in use.";
  }

  @Override
  public List<Finding> check(Context c) {
    Set<String> used = SkillsEvidence.canonical(c.bulletTech());
    List<Finding> out = new ArrayList<>();
    String text = c.text();
    for (Mention m : SkillsEvidence.firstOf(c.skills()).values()) {
      if (used.contains(m.term().canonical())) {
        continue;
      }
      out.add(new Finding(id(), Severity.INFO, dimension(),
          m.term().canonical() + " is listed, not shown: no bullet uses it. Add it to the bullet where you used it, or drop it",
          m.span(), List.of(new Suggestion.Edit(removal(text, m.span()), "", "Remove " + m.term().canonical() + " from the list")),
          out.size() < COUNTED ? PENALTY : 0));
    }
    return out;
  }

  /** The skill and one separator next to it, so the list stays well formed. */
  static Span removal(String text, Span s) {
    int end = s.end();
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k < text.length() && ",;|".indexOf(text.charAt(k)) >= 0) {
      k++;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      return Span.between(s.offset(), k);
    }
    int b = s.offset();
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    if (b > 0 && ",;|".indexOf(text.charAt(b - 1)) >= 0) {
      return Span.between(b - 1, end);
    }
    return s;
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("Languages: Java, Go", "Languages: Java, Go, «Elixir»"),
        ExampleResume.SENIOR));
  }
}
