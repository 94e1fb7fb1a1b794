package dev.prism.core.rules;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.vocab.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Technologies in the skills list that nothing in the experience or projects shows in use: listed,
 * not shown. Hiring teams discount a list they cannot tie to work. One finding names them all; its
 * cost grows with their number, up to {@link #COUNTED} skills. With a single skill the edit removes
 * it from the list; showing it in a bullet is better.
 */
final class ListedNotShownRule implements Rule {
  /** Points per skill, for the first {@link #COUNTED} skills. */
  private static final double PENALTY = 2;
  private static final int COUNTED = 10;
  /** Skills named in the message; the rest are counted. */
  private static final int NAMED = 8;

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
    return "Technologies listed in the skills section that no position or project shows in use.";
  }

  @Override
  public List<Finding> check(Context c) {
    // Nothing to tie skills to when there is no experience or project at all; MISSING_SECTION says so.
    if (c.resume().sections().stream().noneMatch(s -> s.kind().describesWork() && !s.entries().isEmpty())) {
      return List.of();
    }
    Set<String> used = SkillsEvidence.canonical(c.shownTech());
    List<Mention> unshown = new ArrayList<>();
    for (Mention m : SkillsEvidence.firstOf(c.skills()).values()) {
      if (!used.contains(m.term().canonical())) {
        unshown.add(m);
      }
    }
    if (unshown.isEmpty()) {
      return List.of();
    }
    String text = c.text();
    List<String> names = unshown.stream().map(m -> m.term().canonical()).toList();
    String list = String.join(", ", names.subList(0, Math.min(NAMED, names.size())))
        + (names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "");
    Suggestion fix = unshown.size() == 1
        ? new Suggestion.Edit(removal(text, unshown.get(0).span()), "", "Remove " + names.get(0) + " from the list")
        : new Suggestion.Advice("Name each where you used it (\"Built the export service in Go\"), or drop the ones you would not be asked about.");
    Span span = unshown.size() == 1 ? unshown.get(0).span() : unshown.get(0).span().union(unshown.get(unshown.size() - 1).span());
    return List.of(new Finding(id(), Severity.INFO, dimension(),
        (unshown.size() == 1 ? list + " is" : unshown.size() + " skills are") + " listed, not shown: no position or project uses "
            + (unshown.size() == 1 ? "it" : "them") + (unshown.size() == 1 ? "" : " (" + list + ")"),
        span, List.of(fix), PENALTY * Math.min(COUNTED, unshown.size())));
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
    return List.of(
        new Example(ExampleResume.with("Languages: Java, Go", "Languages: Java, Go, «Elixir»"), ExampleResume.SENIOR),
        new Example(ExampleResume.with("Languages: Java, Go", "Languages: Java, Go, «Elixir, Haskell, OCaml»"), ExampleResume.SENIOR));
  }
}
