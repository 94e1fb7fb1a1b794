package dev.prism.core.level;

import dev.prism.core.model.DateRange;
import dev.prism.core.model.Entry;
import dev.prism.core.model.PartialDate;
import dev.prism.core.model.Resume;
import dev.prism.core.model.SectionKind;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Estimates level from three kinds of evidence, strongest first: the most recent title, years of
 * experience from dates, and level signals in bullets ("mentored", "multi-region", "roadmap").
 * Titles and years set the level; signals can move it one step up when they are plentiful, since a
 * title alone undersells people at companies with flat titles.
 */
public final class LevelEstimator {
  private LevelEstimator() {}

  public static LevelEstimate estimate(Resume resume, List<String> bulletTexts, Role role, PartialDate today) {
    List<String> evidence = new ArrayList<>();
    Double years = years(resume, today);
    Level byYears = null;
    if (years != null) {
      byYears = Level.JUNIOR;
      for (Level l : Level.values()) {
        if (years >= role.level(l).minYears()) {
          byYears = l;
        }
      }
      evidence.add(String.format(Locale.ROOT, "%.1f years of experience from the dates of %d positions", years, datedEntries(resume)));
    }

    Level byTitle = null;
    Entry recent = mostRecent(resume);
    if (recent != null && recent.title() != null) {
      String title = recent.title().value();
      for (Level l : List.of(Level.STAFF, Level.SENIOR, Level.JUNIOR)) {
        if (!role.level(l).titles().find(title).isEmpty()) {
          byTitle = l;
          break;
        }
      }
      if (byTitle == null && !role.level(Level.MID).titles().find(title).isEmpty()) {
        byTitle = Level.MID;
      }
      if (byTitle != null) {
        evidence.add("most recent title \"" + title + "\" reads as " + role.level(byTitle).name().toLowerCase(Locale.ROOT));
      }
    }

    Map<Level, Set<String>> signals = new EnumMap<>(Level.class);
    // Each bullet split into words once, for the signals of every level.
    List<Tokens> bullets = bulletTexts.stream().map(Tokens::of).toList();
    for (Level l : Level.values()) {
      Set<String> found = new LinkedHashSet<>();
      for (Tokens b : bullets) {
        for (Mention m : role.level(l).signals().find(b)) {
          found.add(m.term().canonical());
        }
      }
      signals.put(l, found);
    }

    Level level;
    if (byTitle != null && byYears != null) {
      // A senior title with two years, or a junior title with eight, is read between the two.
      int gap = byTitle.ordinal() - byYears.ordinal();
      level = Math.abs(gap) <= 1 ? byTitle : Level.values()[byYears.ordinal() + Integer.signum(gap)];
    } else if (byTitle != null) {
      level = byTitle;
    } else if (byYears != null) {
      level = byYears;
    } else {
      level = Level.JUNIOR;
      evidence.add("no dates or recognisable titles; read as junior until the resume says more");
    }

    // Plentiful signals of the next level up move the estimate one step, never more.
    if (level.ordinal() < Level.STAFF.ordinal()) {
      Level next = Level.values()[level.ordinal() + 1];
      Set<String> s = signals.get(next);
      boolean enoughYears = years == null || years >= role.level(next).minYears() - 2;
      if (s.size() >= 3 && enoughYears) {
        evidence.add(role.level(next).name().toLowerCase(Locale.ROOT) + "-level signals in bullets: " + String.join(", ", s));
        level = next;
      }
    }
    Set<String> own = signals.get(level);
    if (!own.isEmpty() && level.ordinal() >= Level.SENIOR.ordinal()) {
      evidence.add("signals of this level in bullets: " + String.join(", ", own));
    }
    return new LevelEstimate(level, years, evidence);
  }

  /** Years covered by experience entries, overlapping ranges merged. */
  static Double years(Resume resume, PartialDate today) {
    List<int[]> ranges = new ArrayList<>();
    resume.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).forEach(e -> {
      DateRange d = e.dates();
      if (d != null && (d.end() != null || d.present())) {
        int from = d.start().monthIndex(false);
        int to = (d.present() ? today : d.end()).monthIndex(true) + 1;
        if (to > from) {
          ranges.add(new int[] {from, to});
        }
      }
    });
    if (ranges.isEmpty()) {
      return null;
    }
    ranges.sort(Comparator.comparingInt(r -> r[0]));
    int months = 0;
    int curFrom = ranges.get(0)[0];
    int curTo = ranges.get(0)[1];
    for (int[] r : ranges) {
      if (r[0] > curTo) {
        months += curTo - curFrom;
        curFrom = r[0];
        curTo = r[1];
      } else {
        curTo = Math.max(curTo, r[1]);
      }
    }
    months += curTo - curFrom;
    return Math.round(months / 12.0 * 10) / 10.0;
  }

  private static long datedEntries(Resume resume) {
    return resume.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).filter(e -> e.dates() != null).count();
  }

  /** The experience entry with the latest start (resumes are usually newest first, but not always). */
  static Entry mostRecent(Resume resume) {
    List<Entry> entries = resume.sections(SectionKind.EXPERIENCE).flatMap(s -> s.entries().stream()).toList();
    Entry best = null;
    for (Entry e : entries) {
      if (best == null) {
        best = e;
      } else if (e.dates() != null && (best.dates() == null || e.dates().start().compareTo(best.dates().start()) > 0)) {
        best = e;
      }
    }
    return best;
  }
}
