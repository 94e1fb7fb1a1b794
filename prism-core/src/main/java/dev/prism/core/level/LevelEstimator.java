package dev.prism.core.level;

import dev.prism.core.level.AxisEvidence.Shown;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Level;
import dev.prism.core.role.LevelAxis;
import dev.prism.core.role.Role;
import dev.prism.core.role.Role.LevelProfile;
import dev.prism.core.text.ResourceLists;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.TermMatcher;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the level a resume shows from the role's expectations matrix. Three kinds of evidence, as a
 * hiring manager weighs them:
 *
 * <ul>
 *   <li>what the person did, read along the matrix's axes (scope, ownership, collaboration,
 *       metrics) from the bullets, titles and summary of real positions: an axis reaches a level
 *       only when two lines with two different words show it, and the evidence level is the one
 *       at least two axes reach;
 *   <li>the most recent title, parsed for level words (a strong signal, not the answer);
 *   <li>professional years from the {@link Timeline}, a prior.
 * </ul>
 *
 * They are weighed (weights in {@code level/estimate.txt}) and then held to what the matrix
 * requires: no staff without staff scope shown, no senior without leadership shown, a senior
 * title or the years the matrix puts at staff, and a student or new graduate reads as junior
 * whatever the dates say.
 */
public final class LevelEstimator {
  private static final Map<String, Double> SETTINGS = settings();
  /** The weights of {@code level/estimate.txt}. */
  public static final LevelSignals.Weights WEIGHTS = new LevelSignals.Weights(setting("evidence"), setting("title"), setting("years"));
  private static final int LINES = (int) setting("lines");
  private static final int WORDS = (int) setting("words");
  private static final double WORKING = setting("studying-while-working");
  private static final List<LevelAxis> READ = List.of(LevelAxis.SCOPE, LevelAxis.OWNERSHIP, LevelAxis.COLLABORATION);

  private LevelEstimator() {}

  private static Map<String, Double> settings() {
    Map<String, Double> out = new HashMap<>();
    ResourceLists.read(LevelEstimator.class, "/dev/prism/core/level/estimate.txt").values().forEach(items -> {
      for (String kv : items) {
        String[] p = kv.split("=");
        out.put(p[0].trim(), Double.parseDouble(p[1].trim()));
      }
    });
    return out;
  }

  private static double setting(String key) {
    Double v = SETTINGS.get(key);
    if (v == null) {
      throw new IllegalStateException("level/estimate.txt: no setting '" + key + "'");
    }
    return v;
  }

  /** A line evidence is read from: a bullet, a title or a summary line of a counted position. */
  private record Line(Tokens tokens, Span span, boolean figure) {}

  /** A title's level and how much it weighs (a numbered grade half). */
  private record Title(Level level, double strength, String text, String word, boolean ahead) {}

  /**
   * Estimates the level of a segmented resume.
   *
   * @param written the month the file says it was written, or null
   * @param today the month a check runs in
   */
  public static LevelEstimate estimate(Resume resume, String text, PartialDate written, Role role, PartialDate today) {
    return estimate(resume, Tokens.of(text), written, role, today);
  }

  /**
   * The same, for a text already split into words: a check splits the whole text once and reads the
   * lines it weighs as ranges of it ({@link Tokens#range}).
   */
  public static LevelEstimate estimate(Resume resume, Tokens words, PartialDate written, Role role, PartialDate today) {
    String text = words.text();
    Timeline timeline = Timelines.of(resume, text, written, today);
    List<Line> lines = lines(resume, words, timeline);
    List<AxisEvidence> axes = new ArrayList<>();
    for (LevelAxis a : LevelAxis.values()) {
      axes.add(axis(a, lines, role));
    }
    Title title = title(resume, timeline, role);
    Double years = timeline.years();
    String yearsNote = null;
    StatedYears stated = timeline.stated();
    if (stated != null && (years == null || !timeline.asOf().exact() && stated.years() > years)) {
      yearsNote = years == null ? "no dated position to count, so the stated \"" + stated.text() + "\" stands for the years"
          : "the resume has no date of its own and states \"" + stated.text() + "\", more than the dates show; the stated figure is used";
      years = stated.years();
    }

    Level byYears = null;
    if (years != null) {
      byYears = Level.JUNIOR;
      for (Level l : Level.values()) {
        if (years >= role.level(l).minYears()) {
          byYears = l;
        }
      }
    }
    double byEvidence = lines.isEmpty() ? -1 : evidenceLevel(axes);
    boolean staffShown = READ.stream().anyMatch(a -> axis(axes, a).level() == Level.STAFF);
    boolean leadership = axis(axes, LevelAxis.COLLABORATION).level().ordinal() >= Level.SENIOR.ordinal();
    boolean seniorTitle = title != null && title.strength() >= 1 && title.level().ordinal() >= Level.SENIOR.ordinal();
    boolean working = timeline.years() != null && timeline.years() >= WORKING;
    // A title ahead of firm years (a senior title at three years, common at small companies) weighs
    // half: the years are firm only when the resume's date is its own.
    boolean ahead = title != null && byYears != null && timeline.asOf().exact() && title.level().ordinal() > byYears.ordinal();
    if (ahead) {
      title = new Title(title.level(), title.strength() / 2, title.text(), title.word(), true);
    }
    LevelSignals signals = new LevelSignals(byEvidence, title == null ? null : title.level(), title == null ? 0 : title.strength(),
        byYears, staffShown, leadership, seniorTitle, timeline.student() != null && !working);
    Level weighed = weighed(signals, WEIGHTS);
    Level level = combine(signals, WEIGHTS);

    List<String> evidence = new ArrayList<>();
    List<String> held = new ArrayList<>();
    if (weighed == Level.STAFF && level != Level.STAFF && !signals.student()) {
      held.add("held at senior: staff needs staff scope shown (platform or organisation-wide work, a roadmap, influence across teams), and no two lines show it");
    }
    if (weighed.ordinal() >= Level.SENIOR.ordinal() && level.ordinal() < Level.SENIOR.ordinal() && !signals.student()) {
      held.add("held at mid: senior needs leadership shown in two lines (mentoring, leading a team or work across teams), a senior title or "
          + role.level(Level.STAFF).minYears() + "+ years");
    }
    if (timeline.student() != null && working) {
      evidence.add(String.format(Locale.ROOT, "studying while working (%s), with %.1f professional years: not read as a student",
          timeline.student(), timeline.years()));
    } else if (timeline.student() != null && weighed != Level.JUNIOR) {
      held.add("held at junior: a student or new graduate (" + timeline.student() + ")");
    } else if (timeline.student() != null) {
      evidence.add("a student or new graduate: " + timeline.student());
    }
    boolean nothing = byEvidence < 0 && title == null && byYears == null;
    if (nothing) {
      evidence.add("no dates, titles or bullets to read a level from; read as junior until the resume says more");
    }

    if (years != null || timeline.years() != null) {
      evidence.add(yearsLine(timeline, role, byYears, yearsNote));
    }
    if (title != null) {
      evidence.add("most recent title \"" + title.text() + "\": \"" + title.word() + "\" reads as " + title.level().id()
          + (title.ahead() ? " (ahead of the years, so it weighs half)" : title.strength() < 1 ? " (a numbered grade, which varies by company, so it weighs less)" : ""));
    }
    for (AxisEvidence a : axes) {
      if (a.level() != Level.JUNIOR) {
        evidence.add(a.axis().id() + " shows " + a.level().id() + ": " + String.join(", ", words(a.atLeast(a.level()))));
      }
    }
    evidence.addAll(held);
    return new LevelEstimate(level, timeline.years(), evidence, confidence(signals, level, held), axes, timeline, signals);
  }

  private static String yearsLine(Timeline t, Role role, Level byYears, String note) {
    StringBuilder b = new StringBuilder();
    if (t.years() != null) {
      int counted = t.countedSize();
      b.append(Timeline.oneDecimal(t.years())).append(" professional years from ").append(counted)
          .append(counted == 1 ? " position" : " positions");
    } else {
      b.append("no dated full-time position");
    }
    if (byYears != null) {
      LevelProfile p = role.level(byYears);
      b.append("; the matrix puts ").append(p.minYears()).append(byYears == Level.STAFF ? "+" : "–" + p.maxYears())
          .append(" years at ").append(byYears.id());
    }
    b.append("; \"Present\" read as ").append(t.asOf().month().iso()).append(" (").append(t.asOf().source().label()).append(')');
    if (note != null) {
      b.append("; ").append(note);
    } else if (t.stated() != null && Boolean.FALSE.equals(t.statedAgrees())) {
      b.append("; the resume states \"").append(t.stated().text()).append("\", which the dates do not bear out");
    }
    return b.toString();
  }

  /**
   * The weighed level before the matrix's requirements: evidence, title and years averaged by their
   * weights, each present kind counted, and rounded to the nearest level.
   */
  public static Level weighed(LevelSignals s, LevelSignals.Weights w) {
    double sum = 0;
    double weight = 0;
    if (s.evidence() >= 0) {
      sum += w.evidence() * s.evidence();
      weight += w.evidence();
    }
    if (s.title() != null) {
      sum += w.title() * s.titleStrength() * s.title().ordinal();
      weight += w.title() * s.titleStrength();
    }
    if (s.years() != null) {
      sum += w.years() * s.years().ordinal();
      weight += w.years();
    }
    return weight == 0 ? Level.JUNIOR : Level.values()[(int) Math.floor(sum / weight + 0.5)];
  }

  /**
   * The level: the weighed level held to what the matrix requires. No staff without staff scope
   * shown; no senior without leadership shown or a senior title (what tells senior from mid in the
   * matrix is leading and mentoring, not years), unless the years alone reach the matrix's staff
   * band: past nine years a resume that never says "mentored" is far more often a senior engineer's
   * than a mid-level one's (on the real resumes, 10 of 12 held at mid that way were senior in
   * truth). Staff still needs staff scope. A student or new graduate is junior.
   */
  public static Level combine(LevelSignals s, LevelSignals.Weights w) {
    Level level = weighed(s, w);
    if (level == Level.STAFF && !s.staffShown()) {
      level = Level.SENIOR;
    }
    if (level == Level.SENIOR && !s.leadershipShown() && !s.seniorTitle() && s.years() != Level.STAFF) {
      level = Level.MID;
    }
    return s.student() ? Level.JUNIOR : level;
  }

  /**
   * How sure: high when every kind of evidence (at least two) agrees with the result; low with one
   * kind only, none agreeing, or one two levels off; medium otherwise.
   */
  private static Confidence confidence(LevelSignals s, Level level, List<String> held) {
    List<Double> votes = new ArrayList<>();
    if (s.evidence() >= 0) {
      votes.add(s.evidence());
    }
    if (s.title() != null) {
      votes.add((double) s.title().ordinal());
    }
    if (s.years() != null) {
      votes.add((double) s.years().ordinal());
    }
    if (votes.size() < 2) {
      return Confidence.LOW;
    }
    int agree = 0;
    int far = 0;
    for (double v : votes) {
      double d = Math.abs(v - level.ordinal());
      agree += d < 0.5 + 1e-9 ? 1 : 0;
      far += d >= 1.5 ? 1 : 0;
    }
    if (far > 0 || agree == 0) {
      return Confidence.LOW;
    }
    return agree == votes.size() && held.isEmpty() ? Confidence.HIGH : Confidence.MEDIUM;
  }

  /** The mean of the two highest axes: one axis alone moves the evidence half a level at most. */
  private static double evidenceLevel(List<AxisEvidence> axes) {
    List<Integer> levels = new ArrayList<>(axes.stream().map(a -> a.level().ordinal()).toList());
    levels.sort((a, b) -> b - a);
    return (levels.get(0) + levels.get(1)) / 2.0;
  }

  private static AxisEvidence axis(List<AxisEvidence> axes, LevelAxis a) {
    return axes.stream().filter(x -> x.axis() == a).findFirst().orElseThrow();
  }

  private static List<String> words(List<Shown> shown) {
    Set<String> out = new LinkedHashSet<>();
    shown.forEach(s -> out.add("\"" + s.words() + "\""));
    return out.stream().limit(6).toList();
  }

  /**
   * The evidence along one axis. Metrics count only in a line with a figure, and a metric word a
   * lower level also names (throughput is mid's and staff's) counts for the lower level only.
   */
  private static AxisEvidence axis(LevelAxis axis, List<Line> lines, Role role) {
    List<Shown> shown = new ArrayList<>();
    Level reached = Level.JUNIOR;
    Set<String> lower = new HashSet<>();
    for (Level l : Level.values()) {
      LevelProfile p = role.level(l);
      TermMatcher m = axis == LevelAxis.METRICS ? p.metricTerms() : p.evidence().get(axis);
      for (Line line : lines) {
        if (axis == LevelAxis.METRICS && !line.figure()) {
          continue;
        }
        for (Mention mention : m.find(line.tokens())) {
          if (axis == LevelAxis.METRICS && lower.contains(mention.term().canonical())) {
            continue;
          }
          shown.add(new Shown(mention.span().of(line.tokens().text()), l, mention.span(), line.span()));
        }
      }
      if (axis == LevelAxis.METRICS) {
        m.terms().forEach(t -> lower.add(t.canonical()));
      }
    }
    for (Level l : Level.values()) {
      // Junior is where every axis starts; the distinct words are counted only where the lines
      // are enough (each count a stream over the evidence, for every axis and level).
      if (l == Level.JUNIOR) {
        continue;
      }
      List<Shown> at = shown.stream().filter(s -> s.level().ordinal() >= l.ordinal()).toList();
      long lineCount = at.stream().map(Shown::line).distinct().count();
      if (lineCount < LINES) {
        continue;
      }
      long wordCount = at.stream().map(s -> s.words().toLowerCase(Locale.ROOT)).distinct().count();
      if (wordCount >= WORDS) {
        reached = l;
      }
    }
    List<Shown> ordered = new ArrayList<>(shown);
    ordered.sort((a, b) -> b.level().ordinal() - a.level().ordinal());
    return new AxisEvidence(axis, reached, ordered);
  }

  /**
   * The lines evidence is read from: the bullets, titles and description lines of counted
   * positions, and the summary. Internships, assistantships, clubs and volunteering show what a
   * person did while training or in their free time, not the level of their work, so they are left out.
   */
  private static List<Line> lines(Resume resume, Tokens text, Timeline timeline) {
    Map<Span, Position> bySpan = new HashMap<>();
    timeline.positions().forEach(p -> bySpan.put(p.span(), p));
    List<Line> out = new ArrayList<>();
    for (Section s : resume.sections()) {
      if (s.kind() == SectionKind.SUMMARY) {
        for (Entry e : s.entries()) {
          e.lines().forEach(f -> out.add(line(text, f.span())));
          e.bullets().forEach(b -> out.add(line(text, b.span())));
        }
        continue;
      }
      if (s.kind() != SectionKind.EXPERIENCE) {
        continue;
      }
      for (Entry e : s.entries()) {
        Position p = bySpan.get(e.span());
        if (p != null && !p.kind().counts()) {
          continue;
        }
        if (e.title() != null) {
          out.add(line(text, e.title().span()));
        }
        for (Field f : e.lines()) {
          out.add(line(text, f.span()));
        }
        for (Bullet b : e.bullets()) {
          out.add(line(text, b.span()));
        }
      }
    }
    return out;
  }

  private static Line line(Tokens words, Span span) {
    String text = words.text();
    int end = Math.min(text.length(), span.end());
    int start = Math.min(span.offset(), end);
    boolean figure = false;
    for (int i = start; i < end && !figure; i++) {
      figure = Character.isDigit(text.charAt(i));
    }
    return new Line(words.range(start, end), Span.between(start, end), figure);
  }

  /**
   * The title of the most recent counted position, if a level word is in it. A founder's own title
   * ("CTO" of a two-person company) is self-given and read as none.
   */
  private static Title title(Resume resume, Timeline timeline, Role role) {
    Position recent = null;
    for (Position p : timeline.positions()) {
      if (!p.kind().counts() || p.kind() == PositionKind.FOUNDER || p.title() == null) {
        continue;
      }
      if (recent == null || p.dated() && (!recent.dated() || p.from() > recent.from())) {
        recent = p;
      }
    }
    if (recent == null) {
      return null;
    }
    Title best = null;
    for (Level l : Level.values()) {
      for (boolean grade : new boolean[] {false, true}) {
        TermMatcher m = grade ? role.level(l).grades() : role.level(l).titles();
        List<Mention> found = m.find(recent.title());
        if (found.isEmpty()) {
          continue;
        }
        Title t = new Title(l, grade ? 0.5 : 1, recent.title(), found.get(0).span().of(recent.title()), false);
        // A title word outranks a grade; between title words, the highest level ("Senior Staff").
        if (best == null || t.strength() > best.strength() || t.strength() == best.strength() && l.ordinal() > best.level().ordinal()) {
          best = t;
        }
      }
    }
    return best;
  }
}
