package dev.prism.core.role;

import dev.prism.core.vocab.TermMatcher;
import dev.prism.core.vocab.Tokens;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A role profile, loaded from {@code roles/ID.yaml}: what the role must prove, how the score is
 * weighted, and what each level expects. Immutable; validated when loaded.
 */
public record Role(
    String id,
    String name,
    String summary,
    Map<Dimension, Double> weights,
    Map<Dimension, DimensionProfile> dimensions,
    Set<String> impactUnits,
    List<SkillGroupProfile> skillGroups,
    Set<String> offRoleCategories,
    int offRoleTolerated,
    Map<Level, LevelProfile> levels) {

  public Role {
    Objects.requireNonNull(id, "id");
    weights = Map.copyOf(new EnumMap<>(weights));
    dimensions = Map.copyOf(dimensions);
    impactUnits = Set.copyOf(impactUnits);
    skillGroups = List.copyOf(skillGroups);
    offRoleCategories = Set.copyOf(offRoleCategories);
    levels = Map.copyOf(levels);
  }

  public double weight(Dimension d) {
    return weights.getOrDefault(d, 0.0);
  }

  public LevelProfile level(Level l) {
    return levels.get(l);
  }

  /**
   * One of the term-proven dimensions. Its matcher holds the terms that show the dimension and the
   * longer phrases that hold a term but say something else ("performance review"): matched longest
   * first, a phrase takes its words from the term inside it.
   */
  public record DimensionProfile(
      Dimension dimension, String name, String proves, TermMatcher terms, Set<String> categories, Set<String> units) {
    /** The category of a phrase that holds a term and shows nothing ({@code notTerms} in the role file). */
    public static final String NOT_A_TERM = "not-a-term";

    public DimensionProfile {
      categories = Set.copyOf(categories);
      units = Set.copyOf(units);
    }

    /** Whether the words name the dimension: one of its terms, outside every phrase that says something else. */
    public boolean shownIn(Tokens tokens) {
      return terms.find(tokens).stream().anyMatch(m -> !m.term().category().equals(NOT_A_TERM));
    }
  }

  /** A group reviewers expect in the skills section, by technology category. */
  public record SkillGroupProfile(String name, Set<String> categories) {
    public SkillGroupProfile {
      categories = Set.copyOf(categories);
    }
  }

  /**
   * What one level looks like and expects.
   *
   * @param titles words in a title that place it at this level ("senior", "head of")
   * @param grades numbered grades ("II"), which vary by company and weigh less than a title word
   * @param evidence words that show this level along scope, ownership and collaboration (metrics
   *     are {@code metricTerms} with a figure)
   * @param mistakes the mistakes typical for resumes at this level, in the order to read them
   */
  public record LevelProfile(
      Level level,
      String name,
      int minYears,
      int maxYears,
      int maxPages,
      String scope,
      String ownership,
      String collaboration,
      String metric,
      TermMatcher metricTerms,
      TermMatcher titles,
      TermMatcher grades,
      Map<LevelAxis, TermMatcher> evidence,
      List<Expectation> expects,
      List<String> mistakes) {
    public LevelProfile {
      evidence = Map.copyOf(evidence);
      if (!evidence.keySet().containsAll(List.of(LevelAxis.SCOPE, LevelAxis.OWNERSHIP, LevelAxis.COLLABORATION))) {
        throw new IllegalArgumentException("evidence needs scope, ownership and collaboration");
      }
      expects = List.copyOf(expects);
      mistakes = List.copyOf(mistakes);
    }
  }

  /** Something a level expects to see in bullets, and the words that show it. */
  public record Expectation(String id, String text, TermMatcher terms) {}
}
