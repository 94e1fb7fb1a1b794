package dev.prism.core.rules;

import dev.prism.core.model.Field;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that claim without showing: "various", "some", "stuff", "strong backend experience",
 * clichés such as "team player". Deleting them loses nothing, so the suggestion is that edit.
 */
final class VagueWordingRule implements Rule {
  // "strong backend experience": a claim of experience by its adjective alone.
  private static final String CLAIMED = "\\s+(?:\\w+\\s+)?(?:experience|background|knowledge|track record)";
  static final Pattern VAGUE =
      Pattern.compile(
          // The look-ahead holds the letters a match can open with: most positions fail it at once.
          // The wordings are grouped by their first letter, so that a word start tries only the
          // few of its letter, not all twenty: no wording is the start of another, so at most one
          // matches at a place, and the order does not change what is found.
          "(?i)(?=[vnsteadbphrg])\\b(?:s(?:ome|tuff|elf[- ]starter|ynergy|(?:trong|olid|ignificant)" + CLAIMED + ")"
              + "|t(?:hings|eam player|hink outside the box)|v(?:arious)|n(?:umerous)|a(?:nd so on)"
              + "|e(?:tc\\.?|xtensive" + CLAIMED + ")|d(?:etail[- ]oriented|ynamic|eep" + CLAIMED + ")"
              + "|p(?:assionate(?:\\s+about)?|roven" + CLAIMED + ")|b(?:road" + CLAIMED + ")|h(?:ard[- ]working)"
              + "|r(?:esults[- ]driven)|g(?:o[- ]getter))\\b\\s*");
  /**
   * A word each wording of {@link #VAGUE} cannot match without (the rarer one where a wording has
   * two: "player" of "team player"), folded as the pattern folds them. Most bullets hold none, and
   * the pattern was tried at every position of every bullet. {@code VagueWordingPatternTest} holds it to the
   * pattern.
   */
  static final dev.prism.core.text.Literals VAGUE_SCREEN = dev.prism.core.text.Literals.of(
      "some", "stuff", "starter", "synergy", "strong", "solid", "significant", "things", "player", "outside", "various",
      "numerous", "and so on", "etc", "extensive", "oriented", "dynamic", "deep", "passionate", "proven", "broad",
      "working", "driven", "getter");
  private static final double PENALTY = 3;
  /** Occurrences that cost points; more add nothing, the habit is one problem. */
  private static final int MAX_COUNTED = 4;

  @Override
  public String id() {
    return "VAGUE_WORDING";
  }

  @Override
  public Dimension dimension() {
    return Dimension.PRESENTATION;
  }

  @Override
  public String description() {
    return "Vague or stock wording (\"various\", \"strong backend experience\", \"team player\") that claims without showing.";
  }

  @Override
  public List<Finding> check(Context c) {
    List<Span> places = new ArrayList<>();
    for (AnalyzedBullet b : c.bullets()) {
      places.add(b.bullet().span());
    }
    c.resume().sections(SectionKind.SUMMARY).flatMap(s -> s.entries().stream()).flatMap(e -> e.lines().stream())
        .map(Field::span).forEach(places::add);
    List<Span> found = new ArrayList<>();
    List<Span> deletions = new ArrayList<>();
    List<String> words = new ArrayList<>();
    String text = c.text();
    for (Span p : places) {
      if (!VAGUE_SCREEN.foundIn(text.substring(p.offset(), p.end()))) {
        continue;
      }
      Matcher m = VAGUE.matcher(text).region(p.offset(), p.end());
      while (m.find()) {
        String word = m.group().strip();
        found.add(new Span(m.start(), word.length()));
        // Deleting the word and the space after it keeps the sentence readable.
        deletions.add(Span.between(m.start(), m.end()));
        String w = "\"" + word.toLowerCase(java.util.Locale.ROOT) + "\"";
        if (!words.contains(w)) {
          words.add(w);
        }
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    if (found.size() == 1) {
      String word = found.get(0).of(text);
      return List.of(new Finding(id(), Severity.WARNING, dimension(),
          "\"" + word + "\" says little; replace it with the specific thing or number, or drop it",
          found.get(0), List.of(new Suggestion.Edit(deletions.get(0), "", "Delete \"" + word + "\"")), PENALTY));
    }
    // One finding for the habit: the words, how often, and where it starts.
    return List.of(new Finding(id(), Severity.WARNING, dimension(),
        found.size() + " vague or stock words (" + String.join(", ", words.subList(0, Math.min(5, words.size())))
            + ") say little; replace each with the specific thing or number, or drop it",
        found.get(0), List.of(new Suggestion.Advice("Replace \"various services\" with the services, \"strong experience\" with what you built.")),
        PENALTY * Math.min(MAX_COUNTED, found.size())));
  }

  @Override
  public List<Example> examples() {
    return List.of(new Example(
        ExampleResume.with("- Mentored 4 engineers and led", "- Mentored 4 engineers on «various» services and led"),
        ExampleResume.SENIOR));
  }
}
