package dev.prism.core.report;

import dev.prism.core.model.Span;
import dev.prism.core.role.Dimension;
import dev.prism.core.rules.Context.AnalyzedBullet;
import dev.prism.core.rules.Finding;
import dev.prism.core.rules.Rule;
import dev.prism.core.rules.Rules;
import dev.prism.core.rules.Severity;
import dev.prism.core.rules.Suggestion;
import dev.prism.core.score.DimensionScore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to fix first: the report's findings priced in points of the overall score, grouped by rule
 * under a title a person can act on, and the three fixes worth the most.
 *
 * <p>A finding's price is its share of the points its dimension lost, times the dimension's weight.
 * A dimension floors at 0, so when its penalties add up past 100 each finding gets its part of the
 * 100 actually lost; the prices of all findings then add up to what the overall score lost (before
 * rounding), and no point is counted twice.
 *
 * @param points price of each finding in overall points, indexed like {@link Report#findings()}
 * @param groups one per rule that fired, costliest first
 * @param topFixes up to three groups worth points, costliest first; none for a document that is
 *     not a resume, since no fix would make it one
 */
public record Priorities(List<Double> points, List<Group> groups, List<Fix> topFixes) {
  /** How many fixes the report leads with. */
  public static final int TOP = 3;

  public Priorities {
    points = List.copyOf(points);
    groups = List.copyOf(groups);
    topFixes = List.copyOf(topFixes);
    if (topFixes.size() > TOP) {
      throw new IllegalArgumentException("at most " + TOP + " top fixes");
    }
  }

  /**
   * The findings of one rule.
   *
   * @param findings indexes into the report's findings, costliest first (text order among equals)
   * @param severity the most severe of them
   */
  public record Group(String rule, String title, Severity severity, Dimension dimension, double points, List<Integer> findings) {
    public Group {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(dimension, "dimension");
      findings = List.copyOf(findings);
      if (findings.isEmpty()) {
        throw new IllegalArgumentException("a group has at least one finding");
      }
    }
  }

  /**
   * One fix: a group, pointed at its costliest place.
   *
   * @param points what the whole group costs, so what fixing every place of it is worth
   * @param count how many places the group has
   * @param finding index of the costliest finding, the one {@code span} and {@code message} are from
   * @param bullet id of the bullet the span falls in, or null
   * @param suggestion the bullet's rewrite, else the finding's first suggestion, or null
   */
  public record Fix(String rule, String title, double points, int count, int finding, Span span, String bullet, String message,
      String suggestion) {
    public Fix {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(message, "message");
      if (count < 1 || finding < 0) {
        throw new IllegalArgumentException("a fix has a place");
      }
    }
  }

  public static Priorities of(Report r) {
    List<Finding> fs = r.findings();
    List<Double> points = prices(r, fs);

    Map<String, List<Integer>> byRule = new LinkedHashMap<>();
    for (int i = 0; i < fs.size(); i++) {
      byRule.computeIfAbsent(fs.get(i).rule(), k -> new ArrayList<>()).add(i);
    }
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byRule.entrySet()) {
      List<Integer> ids = new ArrayList<>(e.getValue());
      // Stable: equal prices keep text order.
      ids.sort(Comparator.comparingDouble((Integer i) -> points.get(i)).reversed());
      double sum = ids.stream().mapToDouble(points::get).sum();
      Severity worst = ids.stream().map(i -> fs.get(i).severity()).min(Comparator.naturalOrder()).orElseThrow();
      Finding first = fs.get(ids.get(0));
      groups.add(new Group(e.getKey(), title(e.getKey()), worst, first.dimension(), sum, ids));
    }
    groups.sort(Comparator.comparingDouble(Group::points).reversed()
        .thenComparing(Group::severity)
        .thenComparingInt(g -> ruleOrder(g.rule())));

    List<Fix> top = new ArrayList<>();
    if (!r.notAResume()) {
      for (Group g : groups) {
        if (top.size() == TOP || rounded(g.points()) <= 0) {
          break;
        }
        top.add(fix(r, g));
      }
    }
    return new Priorities(points, groups, top);
  }

  /** The human title of a rule, from {@code rule-titles.tsv}; the id, in words, for a rule it lacks. */
  public static String title(String rule) {
    String t = Titles.ALL.get(rule);
    if (t != null) {
      return t;
    }
    String words = rule.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Whether {@code rule-titles.tsv} has a title for the rule (a test holds every rule to it). */
  public static boolean hasTitle(String rule) {
    return Titles.ALL.containsKey(rule);
  }

  /** The rule ids {@code rule-titles.tsv} names, in file order. */
  public static List<String> titledRules() {
    return List.copyOf(Titles.ALL.keySet());
  }

  /** Points to one decimal, as reports show them. */
  public static double rounded(double points) {
    return Math.round(points * 10) / 10.0;
  }

  private static List<Double> prices(Report r, List<Finding> fs) {
    Map<Dimension, Double> lost = new EnumMap<>(Dimension.class);
    for (Finding f : fs) {
      lost.merge(f.dimension(), f.penalty(), Double::sum);
    }
    Map<Dimension, Double> weight = new EnumMap<>(Dimension.class);
    for (DimensionScore d : r.scorecard().dimensions()) {
      weight.put(d.dimension(), d.weight());
    }
    List<Double> out = new ArrayList<>(fs.size());
    for (Finding f : fs) {
      double total = lost.getOrDefault(f.dimension(), 0.0);
      double share = total <= 0 ? 0 : f.penalty() * Math.min(100, total) / total;
      out.add(share * weight.getOrDefault(f.dimension(), 0.0));
    }
    return out;
  }

  private static Fix fix(Report r, Group g) {
    int lead = g.findings().get(0);
    Finding f = r.findings().get(lead);
    Optional<AnalyzedBullet> bullet = bulletAt(r, f.span());
    String suggestion = bullet.map(b -> b.analysis().suggestion())
        .or(() -> f.suggestions().stream().findFirst().map(Suggestion::text)).orElse(null);
    return new Fix(g.rule(), g.title(), g.points(), g.findings().size(), lead, f.span(), bullet.map(AnalyzedBullet::id).orElse(null),
        f.message(), suggestion);
  }

  /** The bullet a span starts in, if any. */
  static Optional<AnalyzedBullet> bulletAt(Report r, Span s) {
    for (AnalyzedBullet b : r.bullets()) {
      Span bs = b.bullet().span();
      if (s.offset() >= bs.offset() && s.offset() < bs.end()) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static int ruleOrder(String id) {
    List<Rule> all = Rules.ALL;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    return all.size();
  }

  private static final class Titles {
    static final Map<String, String> ALL = load();

    private static Map<String, String> load() {
      String file = "rule-titles.tsv";
      Map<String, String> out = new LinkedHashMap<>();
      try (InputStream in = Priorities.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("dev/prism/core/report/" + file + " is missing from the class path");
        }
        int n = 0;
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] parts = line.split("\t");
          if (parts.length != 2 || !parts[0].strip().matches("[A-Z][A-Z0-9_]*") || parts[1].isBlank()) {
            throw new IllegalStateException(file + " line " + n + ": expected RULE_ID <tab> title");
          }
          if (out.put(parts[0].strip(), parts[1].strip()) != null) {
            throw new IllegalStateException(file + " line " + n + ": " + parts[0].strip() + " has a title already");
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return java.util.Collections.unmodifiableMap(out);
    }
  }
}
