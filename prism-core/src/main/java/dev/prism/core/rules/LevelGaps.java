package dev.prism.core.rules;

import dev.prism.core.level.AxisEvidence;
import dev.prism.core.level.LevelEstimate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.role.Level;
import dev.prism.core.role.LevelAxis;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.Expectation;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the judged level expects that the resume does not show yet, drawn from the same evidence the
 * level is read from. A gap never names something the resume shows: what counts as shown is any
 * line of the resume outside its skills list (a skill listed is not work shown, but a mentoring
 * line under an internship is mentoring shown, even if it does not count towards the level).
 */
public final class LevelGaps {
  private LevelGaps() {}

  /**
   * One gap.
   *
   * @param id the expectation's id, or the axis's ("scope") for a gap along the matrix
   * @param text the gap for people
   * @param missing words any of which would show it, none of which the resume has; empty when the
   *     gap is that the resume shows something too thinly rather than not at all
   */
  public record Gap(String id, String text, List<String> missing) {
    public Gap {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      missing = List.copyOf(missing);
    }
  }

  /** "Throughput (req/s)" reads "throughput (req/s)" mid-sentence; "API latency" stays as it is. */
  static String lowerFirst(String s) {
    boolean acronym = s.length() > 1 && Character.isUpperCase(s.charAt(1));
    return s.isEmpty() || acronym ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The gaps as short lines for people; the first says how far below the target the resume reads. */
  public static List<String> of(Context c) {
    List<Gap> details = c.gaps();
    List<String> out = new ArrayList<>();
    if (c.target() != null && c.estimate().level().ordinal() < c.target().ordinal()) {
      LevelProfile p = c.role().level(c.target());
      out.add("Reads as " + c.estimate().level().id() + "; " + p.name().toLowerCase(Locale.ROOT) + " scope is "
          + lowerFirst(p.scope()));
    }
    details.forEach(g -> out.add(g.text()));
    return out;
  }

  /**
   * The gaps of the judged level ({@code level}: the target if given, else the estimate's),
   * expectations first, then the matrix's axes, then its metric. A check computes them once, before
   * its {@link Context}, which carries them to the rule and the report alike.
   */
  public static List<Gap> details(Resume resume, Tokens text, Role role, Level level, LevelEstimate estimate) {
    LevelProfile p = role.level(level);
    List<Tokens> lines = shownLines(resume, text);
    List<Gap> gaps = new ArrayList<>();
    for (Expectation e : p.expects()) {
      if (!shown(lines, e.terms())) {
        gaps.add(new Gap(e.id(), e.text(), canonical(e.terms())));
      }
    }
    // Along the matrix's axes only when the resume reads below the level judged: a resume that
    // already reads as its level needs no list of what would make it read so.
    if (estimate.level().ordinal() < level.ordinal()) {
      for (LevelAxis axis : List.of(LevelAxis.SCOPE, LevelAxis.OWNERSHIP, LevelAxis.COLLABORATION)) {
        AxisEvidence a = estimate.axis(axis);
        if (a.level().ordinal() >= level.ordinal()) {
          continue;
        }
        String expects = switch (axis) {
          case SCOPE -> p.scope();
          case OWNERSHIP -> p.ownership();
          case COLLABORATION -> p.collaboration();
          case METRICS -> p.metric();
        };
        TermMatcher words = p.evidence().get(axis);
        String head = capital(axis.id()) + ": " + p.name().toLowerCase(Locale.ROOT) + " expects " + lowerFirst(expects);
        if (!shown(lines, words)) {
          gaps.add(new Gap(axis.id(), head + "; nothing in the resume shows it yet", canonical(words)));
        } else {
          List<AxisEvidence.Shown> thin = a.atLeast(level);
          String seen = thin.isEmpty() ? "only outside the positions that count (internships, clubs, volunteering)"
              : "only in one line so far (\"" + thin.get(0).words() + "\"); a second line that shows it makes it count";
          gaps.add(new Gap(axis.id(), head + "; the resume shows it " + seen, List.of()));
        }
      }
    }
    if (!metricShown(lines, p)) {
      String head = p.name() + " resumes are judged by " + lowerFirst(p.metric());
      gaps.add(shown(lines, p.metricTerms())
          ? new Gap(LevelAxis.METRICS.id(), head + "; the resume names it but no line gives the figure", List.of())
          : new Gap(LevelAxis.METRICS.id(), head + "; no line gives that figure", canonical(p.metricTerms())));
    }
    return gaps;
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> canonical(TermMatcher m) {
    return m.terms().stream().map(Term::canonical).toList();
  }

  /**
   * Every line of the resume outside its skills sections, each split into words once: whatever a
   * gap could name is looked for there, headings and headline included.
   *
   * <p>A line the blanking of the skills leaves as it was is read as a range of the whole text's
   * words ({@link Tokens#range}: the same words as splitting it alone), not split again.
   */
  static List<Tokens> shownLines(Resume resume, Tokens words) {
    String text = words.text();
    char[] outside = text.toCharArray();
    for (Section s : resume.sections()) {
      if (s.kind() == SectionKind.SKILLS) {
        for (int i = Math.min(s.span().offset(), outside.length); i < Math.min(s.span().end(), outside.length); i++) {
          outside[i] = outside[i] == '\n' ? '\n' : ' ';
        }
      }
    }
    String plain = new String(outside);
    List<Tokens> out = new ArrayList<>();
    int at = 0;
    while (at <= plain.length()) {
      int nl = plain.indexOf('\n', at);
      int end = nl < 0 ? plain.length() : nl;
      if (!blank(plain, at, end)) {
        out.add(text.regionMatches(at, plain, at, end - at) ? words.range(at, end) : Tokens.of(plain, at, end));
      }
      at = end + 1;
    }
    return out;
  }

  /**
   * What {@code s.substring(from, to).isBlank()} says, without the copy: white space only, or
   * nothing. No white space lies outside the BMP, and a surrogate is none, so chars will do.
   */
  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean shown(List<Tokens> lines, TermMatcher terms) {
    for (Tokens t : lines) {
      if (!terms.find(t).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line outside the skills gives a figure in one of the level's metric terms. */
  private static boolean metricShown(List<Tokens> lines, LevelProfile p) {
    for (Tokens t : lines) {
      if (!p.metricTerms().find(t).isEmpty() && java.util.Arrays.stream(t.exact()).anyMatch(w -> w.chars().anyMatch(Character::isDigit))) {
        return true;
      }
    }
    return false;
  }
}
