package dev.prism.core.report;

import dev.prism.core.level.AxisEvidence;
import dev.prism.core.level.DocumentDate;
import dev.prism.core.level.LevelEstimate;
import dev.prism.core.level.Position;
import dev.prism.core.level.Timeline;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.LevelProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The level estimate in words, one wording for every report (text, HTML and PDF, SARIF) so that
 * they say the same: the estimate and how sure it is, the professional years beside the years the
 * matrix gives that level, and the evidence along each axis.
 */
public final class LevelText {
  private LevelText() {}

  /**
   * "Reads as mid (high confidence); 4.5 professional years, within the matrix's 2–5 years for mid",
   * or, when the years alone would say another level, which and why the estimate differs.
   * The years are said to be a minimum when "Present" could only be read as the latest date the
   * resume prints.
   */
  public static String headline(LevelEstimate e, Role role, Level target) {
    StringBuilder b = new StringBuilder("Reads as ").append(e.level().id()).append(" (").append(e.confidence().id()).append(" confidence)");
    if (e.years() != null) {
      b.append(String.format(Locale.ROOT, "; %s%.1f professional years", atLeast(e.timeline()) ? "at least " : "", e.years()));
      Level byYears = Level.JUNIOR;
      for (Level l : Level.values()) {
        if (e.years() >= role.level(l).minYears()) {
          byYears = l;
        }
      }
      // Years and level can disagree; say so and why rather than set them side by side unexplained.
      if (byYears == e.level()) {
        b.append(", within the matrix's ").append(range(role.level(byYears))).append(" for ").append(byYears.id());
      } else {
        b.append(", which the matrix alone would put at ").append(byYears.id()).append(" (").append(range(role.level(byYears)))
            .append("); the title and the work shown read ").append(byYears.ordinal() > e.level().ordinal() ? "lower" : "higher");
      }
    }
    if (target != null) {
      b.append("; target ").append(target.id());
    }
    return b.toString();
  }

  /** "2–5 years", "9+ years". */
  public static String range(LevelProfile p) {
    return p.minYears() + (p.level() == Level.STAFF ? "+" : "–" + p.maxYears()) + " years";
  }

  /** Whether the years are a minimum: a position runs to "Present" and the resume has no date of its own. */
  public static boolean atLeast(Timeline t) {
    return t.asOf().source() == DocumentDate.Source.LATEST_PRINTED
        && t.positions().stream().anyMatch(p -> p.kind().counts() && p.dates() != null && p.dates().present());
  }

  /** What the years count and what they leave out, for people. */
  public static List<String> years(Timeline t) {
    List<String> out = new ArrayList<>();
    List<String> counted = t.counted();
    out.add("Counted: " + (counted.isEmpty() ? "no dated full-time, contract or founder position" : String.join("; ", counted)));
    List<String> not = t.notCounted();
    if (!not.isEmpty()) {
      out.add("Not counted: " + String.join("; ", not));
    }
    out.add("\"Present\" read as " + t.asOf().month().iso() + ", " + t.asOf().source().label());
    if (t.stated() != null) {
      out.add("The resume states \"" + t.stated().text() + "\""
          + (t.statedAgrees() == null ? "" : Boolean.TRUE.equals(t.statedAgrees()) ? ", which the dates bear out" : ", which the dates do not bear out"));
    }
    return out;
  }

  /** "Scope: senior, shown by \"distributed\", \"critical\"", per axis, in the matrix's order. */
  public static List<String> axes(LevelEstimate e) {
    List<String> out = new ArrayList<>();
    for (AxisEvidence a : e.axes()) {
      Set<String> words = new LinkedHashSet<>();
      a.atLeast(a.level()).forEach(s -> words.add("\"" + s.words() + "\""));
      String name = Character.toUpperCase(a.axis().id().charAt(0)) + a.axis().id().substring(1);
      out.add(name + ": " + a.level().id() + (words.isEmpty() ? ", nothing above it shown twice" : ", shown by "
          + String.join(", ", words.stream().limit(5).toList())));
    }
    return out;
  }

  /** The kind of a position, for people. */
  public static String kind(Position p) {
    return p.kind().label() + (p.kind().counts() ? "" : ", not counted");
  }
}
