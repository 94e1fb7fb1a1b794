package dev.prism.core.match;

import dev.prism.core.level.LevelEstimate;
import dev.prism.core.model.Bullet;
import dev.prism.core.model.Entry;
import dev.prism.core.model.Field;
import dev.prism.core.model.Resume;
import dev.prism.core.model.Section;
import dev.prism.core.model.SectionKind;
import dev.prism.core.model.Span;
import dev.prism.core.role.Level;
import dev.prism.core.role.Role;
import dev.prism.core.vocab.Implications;
import dev.prism.core.vocab.Implications.Implied;
import dev.prism.core.vocab.Mention;
import dev.prism.core.vocab.Technologies;
import dev.prism.core.vocab.Term;
import dev.prism.core.vocab.TermMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a segmented resume against a job description. Evidence ranks above claims: a term used in
 * a bullet is shown; one that only the skills section or the summary names is present but not
 * evidenced; the first place of the best kind is the one reported.
 */
public final class JobMatcher {
  private JobMatcher() {}

  /**
   * @param text the resume's extracted text, which {@code resume}'s spans refer to
   * @param estimate the level the resume reads as (see {@link dev.prism.core.level.LevelEstimator})
   * @param role the role profile, for the years each level takes when the job gives years but no level
   */
  public static Match match(Resume resume, String text, JobDescription job, LevelEstimate estimate, Role role) {
    Objects.requireNonNull(resume, "resume");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(job, "job");
    Finder finder = new Finder(job);

    List<Mention> shown = new ArrayList<>();
    List<BulletMatch> bullets = new ArrayList<>();
    List<Mention> summary = new ArrayList<>();
    List<Mention> skills = new ArrayList<>();
    Set<Span> covered = new HashSet<>();
    for (Section s : resume.sections()) {
      if (s.kind().describesWork()) {
        for (int e = 0; e < s.entries().size(); e++) {
          Entry entry = s.entries().get(e);
          for (Bullet b : entry.bullets()) {
            List<Mention> ms = finder.find(text, b.span());
            shown.addAll(ms);
            Set<Term> proves = new HashSet<>();
            ms.forEach(m -> proves.add(m.term()));
            Implications.standard().implied(ms, text, b.span().offset(), b.span().end()).forEach(i -> proves.add(i.term()));
            List<Requirement> meets = job.requirements().stream()
                .filter(r -> r.anyOf().stream().anyMatch(proves::contains)).toList();
            bullets.add(new BulletMatch(b, s.kind(), e, meets, meets.stream().mapToInt(Requirement::weight).sum()));
          }
          for (Field line : entry.lines()) {
            shown.addAll(finder.find(text, line.span()));
          }
        }
      } else if (s.kind() == SectionKind.SUMMARY) {
        s.entries().forEach(e -> {
          e.lines().forEach(l -> summary.addAll(finder.find(text, l.span())));
          e.bullets().forEach(b -> summary.addAll(finder.find(text, b.span())));
        });
      }
    }
    for (Field f : resume.listedSkills()) {
      skills.addAll(finder.find(text, f.span()));
    }
    shown.forEach(m -> covered.add(m.span()));
    summary.forEach(m -> covered.add(m.span()));
    skills.forEach(m -> covered.add(m.span()));
    List<Mention> other = finder.find(text, Span.between(0, text.length())).stream()
        .filter(m -> !covered.contains(m.span())).toList();

    Implications implications = Implications.standard();
    List<Implied> shownImplied = new ArrayList<>(implications.implied(shown, text, 0, 0));
    for (Section s : resume.sections()) {
      if (s.kind().describesWork()) {
        s.entries().forEach(e -> e.bullets().forEach(b -> shownImplied.addAll(
            implications.implied(List.of(), text, b.span().offset(), b.span().end()))));
      }
    }
    List<List<Implied>> impliedByPlace = List.of(shownImplied, implications.implied(skills, text, 0, 0),
        implications.implied(summary, text, 0, 0), implications.implied(other, text, 0, 0));

    List<TermMatch> required = new ArrayList<>();
    List<TermMatch> preferred = new ArrayList<>();
    double earned = 0;
    int total = 0;
    for (Requirement r : job.requirements()) {
      TermMatch tm = cover(r, shown, skills, summary, other, impliedByPlace);
      (r.importance() == Importance.REQUIRED ? required : preferred).add(tm);
      earned += r.weight() * tm.coverage().credit();
      total += r.weight();
    }
    int rate = total == 0 ? 0 : (int) Math.round(100.0 * earned / total);
    Level asked = job.level() != null ? job.level() : byYears(job.years(), role);
    return new Match(job, resume, text, required, preferred, bullets, rate, new LevelFit(asked, job.years(), estimate));
  }

  private static TermMatch cover(Requirement r, List<Mention> shown, List<Mention> skills, List<Mention> summary,
      List<Mention> other, List<List<Implied>> implied) {
    Mention m = first(r, shown);
    if (m != null) {
      return new TermMatch(r, m.term().canonical(), new Coverage.Shown(m.span()));
    }
    // Implied by work outranks a bare claim: a Spring Boot bullet proves Spring better than a list does.
    Implied i = firstImplied(r, implied.get(0));
    if (i != null) {
      return new TermMatch(r, i.term().canonical(), new Coverage.Implied(i.source().span(), i.source().term().canonical(), true, null));
    }
    m = first(r, skills);
    if (m != null) {
      return new TermMatch(r, m.term().canonical(), new Coverage.Listed(m.span(), Coverage.Place.SKILLS));
    }
    m = first(r, summary);
    if (m != null) {
      return new TermMatch(r, m.term().canonical(), new Coverage.Listed(m.span(), Coverage.Place.SUMMARY));
    }
    m = first(r, other);
    if (m != null) {
      return new TermMatch(r, m.term().canonical(), new Coverage.Listed(m.span(), Coverage.Place.OTHER));
    }
    Coverage.Place[] places = {Coverage.Place.SKILLS, Coverage.Place.SUMMARY, Coverage.Place.OTHER};
    for (int p = 1; p < implied.size(); p++) {
      i = firstImplied(r, implied.get(p));
      if (i != null) {
        return new TermMatch(r, i.term().canonical(),
            new Coverage.Implied(i.source().span(), i.source().term().canonical(), false, places[p - 1]));
      }
    }
    return new TermMatch(r, null, new Coverage.Missing());
  }

  private static Implied firstImplied(Requirement r, List<Implied> implied) {
    for (Implied i : implied) {
      if (r.anyOf().contains(i.term())) {
        return i;
      }
    }
    return null;
  }

  private static Mention first(Requirement r, List<Mention> mentions) {
    for (Mention m : mentions) {
      if (r.anyOf().contains(m.term())) {
        return m;
      }
    }
    return null;
  }

  private static Level byYears(Integer years, Role role) {
    if (years == null || role == null) {
      return null;
    }
    Level out = Level.JUNIOR;
    for (Level l : Level.values()) {
      if (years >= role.level(l).minYears()) {
        out = l;
      }
    }
    return out;
  }

  /** The vocabulary, plus the job's own keywords the vocabulary does not know (JSON jobs list some). */
  private static final class Finder {
    private final TermMatcher extra;

    Finder(JobDescription job) {
      List<Term> own = job.requirements().stream().flatMap(r -> r.anyOf().stream())
          .filter(t -> t.category().equals("keyword")).toList();
      extra = own.isEmpty() ? null : new TermMatcher(own);
    }

    List<Mention> find(String text, Span span) {
      List<Mention> out = Technologies.jobMatcher().find(text, span.offset(), span.end());
      if (extra == null) {
        return out;
      }
      List<Mention> all = new ArrayList<>(out);
      all.addAll(extra.find(text, span.offset(), span.end()));
      return all;
    }
  }
}
